import { BLOCK_OVERHEAD_BYTES, arrayBytes, blocksOf, utf8Bytes, type CellWrite } from '../../src/excel/blocks';

const w = (row: number, col: number, input: CellWrite['input'], numberFormat?: string): CellWrite => ({ row, col, input, numberFormat });

describe('blocksOf', () => {
  it('writes neighbouring cells of a band as one 2-D array, null for the cells left alone', () => {
    const blocks = blocksOf('Grille', [w(9, 10, '=A'), w(10, 10, '=B'), w(10, 12, 'x'), w(12, 10, '=C')], 1_000_000);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].address).toBe('J9:L12');
    expect(blocks[0].formulas).toEqual([
      ['=A', null, null],
      ['=B', null, 'x'],
      [null, null, null],
      ['=C', null, null],
    ]);
    expect(blocks[0].numberFormat).toBeNull();
    expect(blocks[0].cells).toBe(4);
  });

  it('starts another block across a wide gap of columns or rows', () => {
    const blocks = blocksOf('G', [w(1, 1, 'a'), w(1, 20, 'b'), w(2, 1, 'c'), w(30, 1, 'd')], 1_000_000);
    expect(blocks.map((b) => b.address).sort()).toEqual(['A1:A2', 'A30:A30', 'T1:T1']);
  });

  it('sends a number format array only where a cell needs one', () => {
    const [block] = blocksOf('G', [w(1, 1, '2026', '@'), w(1, 2, 'texte')], 1_000_000);
    expect(block.numberFormat).toEqual([['@', null]]);
  });

  it('keeps the last write of a cell', () => {
    const [block] = blocksOf('G', [w(1, 1, 'a'), w(1, 1, 'b')], 1_000_000);
    expect(block.formulas).toEqual([['b']]);
  });

  it('cuts a long band by rows so that each block stays within the budget, and counts its bytes', () => {
    const writes = Array.from({ length: 5000 }, (_, i) => w(i + 1, 3, `=IF(A${i + 1}="","",A${i + 1})`));
    const blocks = blocksOf('G', writes, 50_000);
    expect(blocks.length).toBeGreaterThan(3);
    for (const b of blocks) {
      expect(b.bytes).toBeLessThanOrEqual(50_000);
      expect(b.bytes).toBeGreaterThanOrEqual(arrayBytes(b.formulas) + BLOCK_OVERHEAD_BYTES);
    }
    expect(blocks.reduce((n, b) => n + b.cells, 0)).toBe(5000);
    expect(blocks[0].address).toBe(`C1:C${blocks[0].formulas.length}`);
    expect(blocks[1].address.startsWith(`C${blocks[0].formulas.length + 1}:`)).toBe(true);
  });
});

describe('request size estimates', () => {
  it('counts UTF-8 bytes and the escaping of the body inside the host message', () => {
    expect(utf8Bytes('é')).toBe(2);
    expect(utf8Bytes('€')).toBe(3);
    expect(utf8Bytes('😀')).toBe(4);
    // ["a\"b"] as JSON is 8 characters; inside a JSON string it becomes 14.
    expect(arrayBytes(['a"b'])).toBe(14);
    // ["é"] inside a JSON string: "[\"é\"]", with é as 2 bytes.
    expect(arrayBytes(['é'])).toBe(10);
  });
});

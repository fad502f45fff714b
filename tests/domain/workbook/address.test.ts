/** A1 addresses: the conversions every plan and host relies on, at the edges of the grid and of the syntax. */
import { columnLetter, columnNumber, parseA1, parseRange, toA1 } from '../../../src/domain/workbook/address';

describe('columnLetter and columnNumber', () => {
  it('go both ways over the whole width of a sheet', () => {
    for (let col = 1; col <= 16_384; col++) expect(columnNumber(columnLetter(col))).toBe(col);
    expect([1, 26, 27, 52, 702, 703, 16_384].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA', 'XFD']);
    expect(columnNumber('xfd')).toBe(16_384);
  });

  it('write no letters for no column', () => {
    expect(columnLetter(0)).toBe('');
    expect(toA1(12, 2)).toBe('B12');
  });
});

describe('parseA1', () => {
  it('reads plain, anchored and spaced addresses', () => {
    expect(parseA1('B12')).toEqual({ row: 12, col: 2 });
    expect(parseA1('$B$12')).toEqual({ row: 12, col: 2 });
    expect(parseA1('B$12')).toEqual({ row: 12, col: 2 });
    expect(parseA1('$b12')).toEqual({ row: 12, col: 2 });
    expect(parseA1('  XFD1048576\n')).toEqual({ row: 1_048_576, col: 16_384 });
    expect(parseA1('\u00a0A007\t')).toEqual({ row: 7, col: 1 });
  });

  it('refuses what is not one cell, as the pattern ^$?[A-Za-z]{1,3}$?\\d+$ does', () => {
    const pattern = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
    const texts = ['', ' ', 'B', '12', 'ABCD1', 'A1:B2', 'A 1', '$$A1', 'A$$1', 'A1$', 'É1', 'A-1', 'A1.5', '[1', '@1', '`1', '{1', 'R1C1', 'A١'];
    for (const text of texts) {
      expect({ text, valid: pattern.test(text.trim()) }).toEqual({ text, valid: false });
      expect(() => parseA1(text)).toThrow(`Adresse de cellule invalide : ${text}`);
    }
  });

  it('agrees with the pattern on generated addresses', () => {
    const pattern = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
    const pieces = ['', '$', 'A', 'z', 'AB', 'XFD', 'ABCD', '0', '9', '10', '0042', ' ', '$1', 'é'];
    for (const a of pieces) for (const b of pieces) for (const c of pieces) {
      const text = a + b + c;
      const m = pattern.exec(text.trim());
      if (m) expect(parseA1(text)).toEqual({ row: Number(m[2]), col: columnNumber(m[1]) });
      else expect(() => parseA1(text)).toThrow();
    }
  });

  it('reads ranges in either order', () => {
    expect(parseRange('C5:A2')).toEqual({ start: { row: 2, col: 1 }, end: { row: 5, col: 3 } });
    expect(parseRange('B3')).toEqual({ start: { row: 3, col: 2 }, end: { row: 3, col: 2 } });
  });
});

/** The row patcher on cells written other ways than Excel's `<c r="…"`: the cells it steps over are found as a reader finds them. */
import { patchCells, type CellWrite } from '../../src/xlsx/patch-cells';

const sheet = (rows: string) => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
const value = (row: number, col: number, v: number | string): CellWrite => ({ row, col, value: v, formula: null });
const cellsOf = (xml: string) => [...xml.matchAll(/<c\b[^>]*?(?:\/>|>.*?<\/c>)/g)].map((m) => m[0]);

describe('patchCells finds each cell of a row however it is written', () => {
  it('with `r` after another attribute, with single quotes, or without `r` (the next column)', () => {
    const row = `<row r="2"><c s="1" r="B2"><v>2</v></c><c r='C2'><v>3</v></c><c><v>4</v></c><c r="F2"><v>6</v></c></row>`;
    const xml = patchCells(sheet(row), [value(2, 4, 40), value(2, 5, 50), value(2, 3, 30)]);
    expect(cellsOf(xml)).toEqual(['<c s="1" r="B2"><v>2</v></c>', '<c r="C2"><v>30</v></c>', '<c r="D2"><v>40</v></c>', '<c r="E2"><v>50</v></c>', '<c r="F2"><v>6</v></c>']);
  });

  it('finds rows by their r wherever it is written, and rows without r after the one before', () => {
    const rows = '<row spans="1:2" r="2"><c r="A2"><v>2</v></c></row><row><c r="A3"><v>3</v></c></row><row r=\'5\'><c r="A5"><v>5</v></c></row>';
    const xml = patchCells(sheet(rows), [value(2, 2, 20), value(3, 2, 30), value(5, 2, 50), value(4, 1, 40)]);
    expect(xml).toContain('<row spans="1:2" r="2"><c r="A2"><v>2</v></c><c r="B2"><v>20</v></c></row>');
    expect(xml).toContain('<row><c r="A3"><v>3</v></c><c r="B3"><v>30</v></c></row><row r="4"><c r="A4"><v>40</v></c></row>');
    expect(xml).toContain("<row r='5'><c r=\"A5\"><v>5</v></c><c r=\"B5\"><v>50</v></c></row>");
  });

  it('steps over rich text whose runs hold `<color` and `<charset` elements', () => {
    const rich = '<c r="A2" t="inlineStr"><is><r><rPr><color rgb="FFFF0000"/><charset val="0"/></rPr><t>rouge</t></r></is></c>';
    const xml = patchCells(sheet(`<row r="2">${rich}<c r="C2"><v>3</v></c></row>`), [value(2, 2, 20)]);
    expect(cellsOf(xml)).toEqual([rich, '<c r="B2"><v>20</v></c>', '<c r="C2"><v>3</v></c>']);
  });

  it('keeps the style of the cell it replaces, and a row\'s spans hint only while it covers the writes', () => {
    const xml = patchCells(sheet('<row r="2" spans="1:3"><c r="B2" s="4" t="s"><v>0</v></c></row><row r="3" spans="1:3"><c r="A3"><v>1</v></c></row>'), [value(2, 2, 7), value(3, 5, 9)]);
    expect(xml).toContain('<row r="2" spans="1:3"><c r="B2" s="4"><v>7</v></c></row>');
    expect(xml).toContain('<row r="3"><c r="A3"><v>1</v></c><c r="E3"><v>9</v></c></row>');
  });

  it('keeps a spans hint only when it is written first:last in digits', () => {
    const kept = (spans: string) => patchCells(sheet(`<row r="2" spans="${spans}"><c r="B2"><v>0</v></c></row>`), [value(2, 2, 7)]).includes(`spans="${spans}"`);
    expect(['1:3', '2:2', '01:10'].map(kept)).toEqual([true, true, true]);
    expect(['2 :3', ' 1:3', '1:3 ', '1:', ':3', '1:3:5', 'a:3', '1-3', '', '3:1'].map(kept)).toEqual(Array(10).fill(false));
  });
});

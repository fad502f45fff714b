/** The reader on every way a cell's type and content may be written: the usual shapes take shortcuts, which must read as the others do. */
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { minimalWorkbook, sheetXml } from '../fixtures/hostile-packages';

const strings = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Gravité</t></si><si><t>Fréquence</t></si></sst>`;
const read = (cells: string) => readSnapshot(minimalWorkbook(sheetXml(`<row r="1">${cells}</row>`), { sharedStrings: strings })).sheets[0];

describe('reading a cell', () => {
  it('reads its type wherever the attribute stands, whatever its length', () => {
    const sheet = read(
      [
        '<c r="A1" t="s"><v>1</v></c>',
        '<c t="s" r="B1"><v>0</v></c>',
        '<c r="C1" s="2" t="s"><v>1</v></c>',
        "<c r=\"D1\" t='s'><v>0</v></c>",
        '<c r="E1" t="n"><v>7</v></c>',
        '<c r="F1"><v>2.5</v></c>',
        '<c r="G1" t="b"><v>1</v></c>',
        '<c r="H1" t="e"><v>#N/A</v></c>',
        '<c r="I1" t="str"><v>texte</v></c>',
        '<c r="J1" t="inlineStr"><is><t>en ligne</t></is></c>',
        '<c r="K1" t="d"><v>2026-11-23</v></c>',
        '<c r="L1" t="str" s="1"><f>A1&amp;"x"</f><v>Fréquencex</v></c>',
        '<c r="M1"><v> 12 </v></c>',
      ].join(''),
    );
    expect(sheet.values[0]).toEqual(['Fréquence', 'Gravité', 'Fréquence', 'Gravité', 7, 2.5, true, { error: '#N/A' }, 'texte', 'en ligne', 46349, 'Fréquencex', 12]);
    expect(sheet.formulas[0][11]).toBe('=A1&"x"');
    expect(sheet.formulas[0].filter((f) => f !== null)).toHaveLength(1);
  });

  it('takes no other attribute for the type or the reference, first or last in the tag', () => {
    // `st`, `x:t` last and `rx` first are not `t` and `r`: the types read are `n`, the columns A, then P.
    const sheet = read('<c r="A1" st="9"><v>5</v></c><c r="B1" x:t="s"><v>1</v></c><c rx="Z9" r="P1"><v>4</v></c>');
    expect(sheet.values[0]).toEqual([5, 1, ...Array(13).fill(null), 4]);
  });

  it('reads a value written after its formula, or an empty value, as the others', () => {
    const sheet = read('<c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><v></v></c><c r="C1"><v/></c><c r="D1"><v>3</v></c>');
    expect(sheet.values[0]).toEqual([2, null, null, 3]);
    expect(sheet.formulas[0]).toEqual(['=1+1', null, null, null]);
  });

  it('reads tags spread over lines, spaced around =, or not plainly written, as the others', () => {
    // The first ones are read in one pass over the tag; the unquoted attribute sends the tag to the
    // attribute-by-attribute search, which still finds r and t.
    const sheet = read(
      [
        '<c\n  r="A1"\n  t="s"\n><v>1</v></c>',
        '<c\tr = "B1"\tt = \'s\' ><v>0</v></c>',
        '<c r="C1" s=2 t="s"><v>1</v></c>',
        '<c t="s" t="n" r="D1"><v>0</v></c>',
        // A `>` and a `/>` inside quoted values are not the tag's end; a cell without content is skipped.
        '<c r="E1" x="a>b" t="s"><v>1</v></c>',
        '<c r="F1" x="c/>" s="3"/>',
        '<c r="G1" x=\'d"/>\' t="s"><v>0</v></c>',
      ].join(''),
    );
    expect(sheet.values[0]).toEqual(['Fréquence', 'Gravité', 'Fréquence', 'Gravité', 'Fréquence', null, 'Gravité']);
  });
});

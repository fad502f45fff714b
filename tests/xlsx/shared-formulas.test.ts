/** A formula written down a column is stored once, as an OOXML shared formula, and read back row by row. */
import { unzipSync } from 'fflate';
import { planRecompute } from '../../src/domain/plans/recompute';
import { planRepair } from '../../src/domain/plans/repair';
import { applyPlanToSnapshot } from '../../src/domain/plans/apply-to-snapshot';
import { CENSUS_TABLE } from '../../src/domain/templates';
import { applyPlan } from '../../src/xlsx/apply-plan';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { shiftFormula } from '../../src/xlsx/formula-shift';
import { patchCells, type CellWrite } from '../../src/xlsx/patch-cells';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { rowShiftMatcher, rowShifter } from '../../src/xlsx/sheet-xml';
import { largeCensus } from '../fixtures/generate';

const sheet = (rows: string) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B3"/><sheetData>${rows}</sheetData></worksheet>`;

const INDEX = 'IFERROR(INDEX(DUERP_Matrice,MATCH(TRIM(H9&""),{"1","2"},0),MATCH(I9,{"1","2"},0)),"")';
const down = (formula: string, from: number, to: number, col = 10): CellWrite[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ row: from + i, col, value: i, formula: shiftFormula(formula, i, 0) }));

const formulaTags = (xml: string) => xml.match(/<f\b[^>]*?(?:\/>|>[^<]*<\/f>)/g) ?? [];

describe('rowShifter', () => {
  it('moves a formula down or up its column exactly as shiftFormula does', () => {
    const formulas = [
      INDEX,
      "'Ma feuille'!B2+Feuil1!A1*$A$09+A$3+$B4",
      'SUM(A1:B2)+"A1"&C3',
      'LOG10(A2)+ATAN2(B3,C4)+R2C3',
      "IF('x''y'!A5>0,A5,\"\")&\"\"\"B7\"\"\"",
      'A1-1+XFD1048576',
      'DUERP_Matrice',
    ];
    for (const f of formulas) {
      const shift = rowShifter(f);
      for (const dr of [0, 1, 2, 7, 99_999, -1, -3]) expect({ f, dr, text: shift(dr) }).toEqual({ f, dr, text: shiftFormula(f, dr, 0) });
    }
    expect(rowShifter('A2+$B$1')(-2)).toBe('#REF!+$B$1');
  });

  it('has a matcher that says whether a text is the formula moved down, without writing it', () => {
    const formulas = [INDEX, "'Ma feuille'!B2+Feuil1!A1*$A$09+A$3+$B4", 'SUM(A1:B2)+"A1"&C3', 'A1-1+XFD1048576', 'DUERP_Matrice', 'A2+$B$1'];
    for (const f of formulas) {
      const matches = rowShiftMatcher(f);
      for (const dr of [0, 1, 2, 9, 10, 99, 100, 99_999, -1, -2]) {
        const moved = shiftFormula(f, dr, 0);
        expect({ f, dr, same: matches(moved, dr) }).toEqual({ f, dr, same: true });
        const others = [moved + ' ', moved.slice(0, -1), `${moved}0`, moved.replace(/\d(?=\D*$)/, (d) => String((Number(d) + 1) % 10)), shiftFormula(f, dr + 1, 0), shiftFormula(f, dr + 10, 0)];
        for (const other of others.filter((o) => o !== moved)) expect({ f, dr, other, same: matches(other, dr) }).toEqual({ f, dr, other, same: false });
      }
    }
  });
});

describe('shared formulas written by the patcher', () => {
  it('never shares a formula with an array constant or a reference to another sheet (Excel refuses them shared)', () => {
    const index = formulaTags(patchCells(sheet(''), down(INDEX, 9, 20)));
    expect(index).toHaveLength(12);
    expect(index.every((t) => t.startsWith('<f>'))).toBe(true);
    const link = formulaTags(patchCells(sheet(''), down("IF(COUNTA(B9:I9)=0,\"\",'Informations générales'!$C$5)", 9, 20)));
    expect(link.every((t) => t.startsWith('<f>'))).toBe(true);
  });

  it('writes a run of moved formulas as one master and children, read back as the formulas written', () => {
    const SIMPLE = 'IF(H9="","",H9*I9)';
    const writes = down(SIMPLE, 9, 1008);
    const xml = patchCells(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'), writes);
    const tags = formulaTags(xml);
    expect(tags).toHaveLength(1000);
    expect(tags[0]).toBe(`<f t="shared" ref="J9:J1008" si="0">${SIMPLE}</f>`);
    expect(new Set(tags.slice(1))).toEqual(new Set(['<f t="shared" si="0"/>']));
    expect(xml).toContain('<c r="J1008"><f t="shared" si="0"/><v>999</v></c>');
  });

  it('breaks a run at a gap, at a formula that is not the first one moved, and leaves single formulas plain', () => {
    const writes = [...down('A9*2', 9, 11), ...down('A13*2', 13, 14), { row: 15, col: 10, value: 1, formula: 'B15*2' }, { row: 16, col: 10, value: 1, formula: '$A$1' }];
    const tags = formulaTags(patchCells(sheet(''), writes));
    expect(tags).toEqual([
      '<f t="shared" ref="J9:J11" si="0">A9*2</f>',
      '<f t="shared" si="0"/>',
      '<f t="shared" si="0"/>',
      '<f t="shared" ref="J13:J14" si="1">A13*2</f>',
      '<f t="shared" si="1"/>',
      '<f>B15*2</f>',
      '<f>$A$1</f>',
    ]);
  });

  it('gives a new group an index the sheet does not use yet, and keeps the sheet’s own groups', () => {
    const rows =
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B2" si="4">A1*2</f><v>2</v></c></row>' +
      '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="4"/><v>4</v></c></row>';
    const xml = patchCells(sheet(rows), down('A3+1', 3, 5, 3));
    expect(xml).toContain('<f t="shared" ref="C3:C5" si="5">A3+1</f>');
    expect(xml).toContain('<f t="shared" ref="B1:B2" si="4">A1*2</f>');
  });

  it('keeps the last write to a cell when a column is written twice', () => {
    const writes = [...down('A1+1', 1, 3), { row: 2, col: 10, value: 0, formula: 'Z9' }];
    expect(formulaTags(patchCells(sheet(''), writes))).toEqual(['<f>A1+1</f>', '<f>Z9</f>', '<f>A3+1</f>']);
  });
});

describe('a sheet that already holds shared formulas', () => {
  const group =
    '<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="2"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>' +
    '<row r="2"><c r="A2"><v>2</v></c><c r="B2" s="2"><f t="shared" si="0"/><v>4</v></c></row>' +
    '<row r="3"><c r="A3"><v>3</v></c><c r="B3" s="2"><f t="shared" si="0"/><v>6</v></c></row>';
  it('keeps the group when its master is written again with its own formula, or a cell beside it', () => {
    const xml = patchCells(sheet(group), [
      { row: 1, col: 2, value: 20, formula: 'A1*2' },
      { row: 1, col: 1, value: 10, formula: null },
    ]);
    expect(xml).toContain('<c r="B1" s="2"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>20</v></c>');
    expect(xml).toContain('<c r="A1"><v>10</v></c>');
    expect(formulaTags(xml)).toEqual(['<f t="shared" ref="B1:B3" si="0">A1*2</f>', '<f t="shared" si="0"/>', '<f t="shared" si="0"/>']);
  });

  it('makes every formula of the sheet explicit when a master is given another formula or a value', () => {
    expect(formulaTags(patchCells(sheet(group), [{ row: 1, col: 2, value: 0, formula: 'A1*3' }]))).toEqual(['<f>A1*3</f>', '<f>A2*2</f>', '<f>A3*2</f>']);
    expect(formulaTags(patchCells(sheet(group), [{ row: 1, col: 2, value: 5, formula: null }]))).toEqual(['<f>A2*2</f>', '<f>A3*2</f>']);
  });
});

describe('a 1,000-row recompute', () => {
  it('writes the index column as shared formulas, and a re-read finds every row’s formula and plans nothing more', async () => {
    const broken = await buildWorkbook(largeCensus(1000));
    const repaired = applyPlan(broken, planRepair(readSnapshot(broken)));
    const plan = planRecompute(readSnapshot(repaired));
    const formulas = plan.edits.filter((e) => e.kind === 'formula');
    expect(formulas.length).toBeGreaterThan(900);
    const out = applyPlan(repaired, plan);

    const grid = readSnapshot(out).sheets.find((s) => s.name === CENSUS_TABLE.sheet)!;
    // The repair before it wrote its own groups (the Site and index formulas of the first rows).
    const masters = (bytes: Uint8Array) => {
      const parts = unzipSync(bytes);
      return Object.keys(parts)
        .filter((p) => p.startsWith('xl/worksheets/'))
        .flatMap((p) => new TextDecoder().decode(parts[p]).match(/<f t="shared" ref="[^"]+" si="\d+">/g) ?? []);
    };
    const added = masters(out).filter((m) => !masters(repaired).includes(m));
    const rows = formulas.map((e) => Number(e.kind === 'formula' ? e.cell.replace(/^[A-Z]+/, '') : 0));
    expect(new Set(formulas.map((e) => (e.kind === 'formula' ? e.cell.replace(/\d+/, '') : '')))).toEqual(new Set(['J']));
    // The index formula names its lists (no array constant, which Excel forbids in a shared
    // formula): the column's runs of rows are shared groups covering every written row.
    expect(rows.length).toBeGreaterThan(900);
    expect(added.length).toBeGreaterThanOrEqual(1);
    const covered = added.map((m) => /ref="J(\d+):J(\d+)"/.exec(m)).map((r) => (r ? Number(r[2]) - Number(r[1]) + 1 : NaN));
    expect(covered.reduce((a, b) => a + b, 0)).toBe(rows.length);
    for (const e of formulas) {
      if (e.kind !== 'formula') continue;
      const m = /^([A-Z]+)(\d+)$/.exec(e.cell)!;
      const col = m[1].charCodeAt(0) - 64;
      expect({ cell: e.cell, formula: grid.formulas[Number(m[2]) - 1][col - 1] }).toEqual({ cell: e.cell, formula: e.formula });
    }
    expect(planRecompute(readSnapshot(out)).edits.filter((e) => e.kind === 'formula' || e.kind === 'value')).toEqual([]);
    // The same cells as the snapshot the plan was computed on.
    const expected = applyPlanToSnapshot(readSnapshot(repaired), plan).sheets.find((s) => s.name === CENSUS_TABLE.sheet)!;
    expect(grid.formulas).toEqual(expected.formulas);
    expect(grid.values).toEqual(expected.values);
  });
});

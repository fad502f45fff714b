/** The DU's Synthèse sheet: live counts over the hierarchisation, with results the core computes as the formulas do. */
import { RISK_FAMILIES, familyLabel } from '../../../src/domain/catalogue/families';
import { runChecks } from '../../../src/domain/check/run-checks';
import { hierarchy } from '../../../src/domain/overview/hierarchy';
import { applyPlanToSnapshot } from '../../../src/domain/plans/apply-to-snapshot';
import type { ConditionalFormatEdit, Edit, FormulaEdit, Plan, ValueEdit } from '../../../src/domain/plans/plan';
import { DROPDOWN_ROWS, planRecompute } from '../../../src/domain/plans/recompute';
import { planRepair } from '../../../src/domain/plans/repair';
import { SYNTHESE_GRID_RANGE, SYNTHESE_SHEET, staleSyntheseEdits, syntheseCounts } from '../../../src/domain/plans/synthese';
import { DU_TABLE, layoutToSnapshot } from '../../../src/domain/templates';
import { toA1 } from '../../../src/domain/workbook/address';
import { recognise } from '../../../src/domain/workbook/recognise';
import { cellFormula, cellValue, findSheet, type WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { applyPlan } from '../../../src/xlsx/apply-plan';
import { buildWorkbook } from '../../../src/xlsx/build-workbook';
import { readSnapshot } from '../../../src/xlsx/read-snapshot';
import { CENSUS_RISKS, filledCensus, filledDocumentUnique } from '../../fixtures/generate';
import { planCompile } from '../../../src/domain/plans/compile';
import { textRatedDocumentUnique } from '../../fixtures/residual';

const onSynthese = (plan: Plan) => plan.edits.filter((e) => 'sheet' in e && e.sheet === SYNTHESE_SHEET);
const cellOf = (plan: Plan, cell: string) => onSynthese(plan).find((e): e is ValueEdit | FormulaEdit => (e.kind === 'value' || e.kind === 'formula') && e.cell === cell);
const shown = (plan: Plan, cell: string) => {
  const e = cellOf(plan, cell);
  return e?.kind === 'formula' ? e.result : e?.after;
};

function recomputed(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return applyPlanToSnapshot(snapshot, planRecompute(snapshot));
}

describe('Synthèse of a document unique', () => {
  const snapshot = layoutToSnapshot(textRatedDocumentUnique());
  // Planned in each test, so that the plan's code counts as covered by each (mutation testing).
  let plan!: Plan;
  beforeEach(() => {
    plan = planRecompute(snapshot);
  });

  it('adds the sheet with the G×F grid: G4…G1 down column A, F1…F4 across row 4, counts read as the core reads ratings typed as text', () => {
    expect(onSynthese(plan)[0]).toMatchObject({ kind: 'sheet', sheet: SYNTHESE_SHEET, visibility: 'visible' });
    expect(['A5', 'A6', 'A7', 'A8'].map((c) => shown(plan, c))).toEqual(['G4', 'G3', 'G2', 'G1']);
    expect(['B4', 'C4', 'D4', 'E4'].map((c) => shown(plan, c))).toEqual(['F1', 'F2', 'F3', 'F4']);
    // The six risks (3/3, 4/2, 2/3, 1/4, 2/2, 3/4, typed "3", " 4 ", "3,0"…) and "4.0"/" 1": 7 rated,
    // "trois", 5, 2,5 and an empty G are not.
    const grid = [4, 3, 2, 1].map((g) => [1, 2, 3, 4].map((f) => shown(plan, toA1(5 + 4 - g, 1 + f))));
    expect(grid).toEqual([
      [1, 1, 0, 0], // G4: F1 ("4.0" / " 1"), F2
      [0, 0, 1, 1], // G3: F3, F4
      [0, 1, 1, 0], // G2: F2, F3
      [0, 0, 0, 1], // G1: F4
    ]);
    expect(shown(plan, 'F9')).toBe(7);
    // The same picture as the lead's hierarchy() of the pane.
    expect(syntheseCounts(snapshot).grid).toEqual(hierarchy(snapshot).grid);
    expect(syntheseCounts(snapshot).letters).toEqual(hierarchy(snapshot).letters);
  });

  it('counts with SUMPRODUCT over the normalised G and F of the whole covered range, so new rows count', () => {
    const last = DU_TABLE.firstRow + DROPDOWN_ROWS - 1;
    const b5 = cellOf(plan, 'B5') as FormulaEdit;
    expect(b5.formula).toBe(
      `=SUMPRODUCT(ISNUMBER(MATCH(TRIM('Hiérarchisation'!$H$8:$H$${last}&""),{"4","4,0","4.0"},0))*ISNUMBER(MATCH(TRIM('Hiérarchisation'!$I$8:$I$${last}&""),{"1","1,0","1.0"},0)))`,
    );
    expect(b5.result).toBe(1);
  });

  it('counts per index letter (from the grid, so it always agrees with it), per family and per unit', () => {
    expect(['A12', 'A13', 'A14', 'A15'].map((c) => shown(plan, c))).toEqual(['A', 'B', 'C', 'D']);
    expect(['B12', 'B13', 'B14', 'B15'].map((c) => shown(plan, c))).toEqual([2, 2, 3, 0]);
    expect((cellOf(plan, 'B12') as FormulaEdit).formula).toBe('=D6+E6+D5+E5'); // G3 F3, G3 F4, G4 F3, G4 F4
    // 26 families in rows 18–43; the lower-case spelling counts (COUNTIF ignores case), « Autre chose » does not.
    expect(RISK_FAMILIES.map((_, i) => shown(plan, `A${18 + i}`))).toEqual(RISK_FAMILIES.map(familyLabel));
    const rps = RISK_FAMILIES.findIndex((f) => familyLabel(f).startsWith('18 '));
    expect(shown(plan, `B${18 + rps}`)).toBe(3);
    expect((cellOf(plan, `B${18 + rps}`) as FormulaEdit).formula).toBe(`=COUNTIF('Hiérarchisation'!$D$8:$D$507,"=18 - Risques Psycho-Sociaux (RPS)")`);
    // Units present in the table, alphabetical, quotes doubled in the criterion, one line per unit whatever its case.
    expect(shown(plan, 'A45')).toBe('Unité de travail');
    const units = [46, 47, 48, 49, 50].map((r) => [shown(plan, `A${r}`), shown(plan, `B${r}`)]);
    expect(units).toEqual([
      ['A 01 - Encadrement "supérieur"', 3],
      ["A 05 - Personnel d'entretien \"Ménage\"", 1],
      ["A 08 - Équipe technique et d'entretien", 1],
      ['A 13 - Service informatique et maintenance', 2],
      ['A 16 - Accueil - Accueil téléphonique', 4],
    ]);
    expect((cellOf(plan, 'B46') as FormulaEdit).formula).toBe(`=COUNTIF('Hiérarchisation'!$B$8:$B$507,"=A 01 - Encadrement ""supérieur""")`);
    expect(cellOf(plan, 'A51')).toBeUndefined();
  });

  it('colours the grid like the matrix (expression rules reading the matrix by the labels) and the letters like the index', () => {
    const formats = plan.edits.filter((e): e is ConditionalFormatEdit => e.kind === 'conditionalFormat' && e.sheet === SYNTHESE_SHEET);
    const grid = formats.find((f) => f.range === SYNTHESE_GRID_RANGE)!;
    expect(SYNTHESE_GRID_RANGE).toBe('B5:E8');
    expect(grid.rules.map((r) => [r.equals, r.formula, r.fill])).toEqual([
      ['A', 'INDEX(DUERP_Matrice,VALUE(MID($A5,2,1)),VALUE(MID(B$4,2,1)))="A"', '#C00000'],
      ['B', 'INDEX(DUERP_Matrice,VALUE(MID($A5,2,1)),VALUE(MID(B$4,2,1)))="B"', '#FFA500'],
      ['C', 'INDEX(DUERP_Matrice,VALUE(MID($A5,2,1)),VALUE(MID(B$4,2,1)))="C"', '#FFFF00'],
      ['D', 'INDEX(DUERP_Matrice,VALUE(MID($A5,2,1)),VALUE(MID(B$4,2,1)))="D"', '#92D050'],
    ]);
    expect(formats.find((f) => f.range === 'A12:A15')!.rules.map((r) => [r.equals, r.formula])).toEqual([['A', undefined], ['B', undefined], ['C', undefined], ['D', undefined]]);
    // Both are listed in the registry, so that a second recompute in Excel knows they are there.
    const registry = plan.edits.filter((e): e is ValueEdit => e.kind === 'value' && e.sheet === 'Catalogues DUERP' && e.cell.startsWith('R')).map((e) => e.after);
    expect(registry).toEqual(expect.arrayContaining([`${SYNTHESE_SHEET}!B5:E8 couleurs A/B/C/D`, `${SYNTHESE_SHEET}!A12:A15 couleurs A/B/C/D`]));
  });

  it('plans nothing on a second recompute, and the sheet is ours: recognised as such, never checked', () => {
    const after = recomputed(snapshot);
    expect(planRecompute(after).edits).toEqual([]);
    const rec = recognise(after);
    expect(rec.kind).toBe('document-unique');
    expect(rec.sheets.find((s) => s.name === SYNTHESE_SHEET)?.role).toBe('synthese');
    expect(rec.tables.some((t) => t.sheet === SYNTHESE_SHEET)).toBe(false);
    expect(runChecks(after).filter((f) => f.sheet === SYNTHESE_SHEET)).toEqual([]);
  });

  it('brings the sheet up to date: a new unit gets its line, a unit gone is cleared, stale results are refreshed', () => {
    const after = recomputed(snapshot);
    // A new row far below the table (row 300): the formulas cover it; recompute adds its unit.
    const added = applyPlanToSnapshot(after, {
      command: 't',
      edits: [
        { kind: 'value', sheet: 'Hiérarchisation', cell: 'B300', before: null, beforeFormula: null, after: 'B 51 - Accueil', reason: '' },
        { kind: 'value', sheet: 'Hiérarchisation', cell: 'H300', before: null, beforeFormula: null, after: ' 2 ', reason: '' },
        { kind: 'value', sheet: 'Hiérarchisation', cell: 'I300', before: null, beforeFormula: null, after: '1,0', reason: '' },
      ],
    });
    const again = planRecompute(added);
    // G2 F1: the formula is in place, a host that recalculates shows 1; recompute leaves it (a
    // second run plans nothing), compile refreshes such cached results (staleSyntheseEdits).
    expect(cellOf(again, 'B7')).toBeUndefined();
    const stale = staleSyntheseEdits(added);
    expect(stale.find((e) => e.kind === 'formula' && e.cell === 'B7')).toMatchObject({ result: 1, beforeFormula: (cellOf(plan, 'B7') as FormulaEdit).formula });
    expect(cellOf(again, 'A50')).toBeUndefined(); // A 16…, unchanged
    expect([shown(again, 'A51'), shown(again, 'B51')]).toEqual(['B 51 - Accueil', 1]);
    const upToDate = applyPlanToSnapshot(applyPlanToSnapshot(added, again), { command: 't', edits: staleSyntheseEdits(applyPlanToSnapshot(added, again)) });
    expect(planRecompute(upToDate).edits).toEqual([]);
    expect(staleSyntheseEdits(upToDate)).toEqual([]);
    // The unit disappears from the table: its line goes.
    const removed = applyPlanToSnapshot(upToDate, {
      command: 't',
      edits: ['B300', 'H300', 'I300'].map((cell): Edit => ({ kind: 'value', sheet: 'Hiérarchisation', cell, before: null, beforeFormula: null, after: null, reason: '' })),
    });
    const third = planRecompute(removed);
    expect(cellOf(third, 'A51')).toMatchObject({ kind: 'value', after: null });
    expect(cellOf(third, 'B51')).toMatchObject({ kind: 'value', after: null, beforeFormula: expect.stringMatching(/^=?COUNTIF/) });
  });

  it('after compile into a DU that has it, shows the new counts as cached results', () => {
    const du = recomputed(layoutToSnapshot(filledDocumentUnique()));
    const census = { name: 'cdif.xlsx', snapshot: layoutToSnapshot(filledCensus({ risks: [[...CENSUS_RISKS[0].slice(0, 3), 'Autre danger', 'Autre situation', '', ' 1 ', '1,0', '', '']] })) };
    const out = applyPlanToSnapshot(du, planCompile([census], du));
    const sheet = findSheet(out, SYNTHESE_SHEET)!;
    expect(cellValue(sheet, 8, 2)).toBe(1); // G1 F1
    expect(cellValue(sheet, 9, 6)).toBe(7);
    expect(planRecompute(out).edits).toEqual([]);
  });

  it('is not added to a census', () => {
    const census = layoutToSnapshot(filledCensus());
    expect(onSynthese(planRecompute(census))).toEqual([]);
    expect(syntheseCounts(census).rows).toBeNull();
  });

  it('survives the .xlsx round trip: formulas, cached counts, expression colours, and nothing to do after', async () => {
    const bytes = await buildWorkbook(textRatedDocumentUnique());
    const read = readSnapshot(bytes);
    const repair = planRepair(read);
    const repaired = applyPlan(bytes, repair);
    const first = planRecompute(readSnapshot(repaired));
    const written = applyPlan(repaired, first);
    const back = readSnapshot(written);
    const sheet = findSheet(back, SYNTHESE_SHEET)!;
    expect(cellFormula(sheet, 5, 2)).toMatch(/^=?SUMPRODUCT\(ISNUMBER\(MATCH\(TRIM\('Hiérarchisation'!\$H\$8:\$H\$507&""\)/);
    expect(cellValue(sheet, 5, 2)).toBe(1);
    expect(cellValue(sheet, 9, 6)).toBe(7);
    expect(cellValue(sheet, 12, 2)).toBe(2);
    const gridColours = sheet.conditionalFormats.find((cf) => cf.range === 'B5:E8')!;
    expect(gridColours.formulas).toEqual(['A', 'B', 'C', 'D'].map((l) => `INDEX(DUERP_Matrice,VALUE(MID($A5,2,1)),VALUE(MID(B$4,2,1)))="${l}"`));
    expect(planRecompute(back).edits).toEqual([]);
    expect(syntheseCounts(back)).toEqual(syntheseCounts(read));
  });
});

describe('Synthèse through the Excel host (fake Excel)', () => {
  it('writes the grid colours as custom (expression) conditional formats, and a second recompute plans nothing', async () => {
    const { ExcelHost } = await import('../../../src/excel/excel-host');
    const { fakeExcel, fakeWorkbookFromSnapshot } = await import('../../excel/fake-excel');
    const { run, model } = fakeExcel(fakeWorkbookFromSnapshot(layoutToSnapshot(textRatedDocumentUnique())));
    const host = new ExcelHost(run);
    await host.apply(planRepair(await host.read()));
    await host.apply(planRecompute(await host.read()));
    const sheet = model.sheets.find((s) => s.name === SYNTHESE_SHEET)!;
    expect(sheet.conditionalFormats.filter((cf) => cf.range === 'B5:E8').map((cf) => [cf.formula, cf.fill])).toEqual([
      ['INDEX(DUERP_Matrice,VALUE(MID($A5,2,1)),VALUE(MID(B$4,2,1)))="A"', '#C00000'],
      ['INDEX(DUERP_Matrice,VALUE(MID($A5,2,1)),VALUE(MID(B$4,2,1)))="B"', '#FFA500'],
      ['INDEX(DUERP_Matrice,VALUE(MID($A5,2,1)),VALUE(MID(B$4,2,1)))="C"', '#FFFF00'],
      ['INDEX(DUERP_Matrice,VALUE(MID($A5,2,1)),VALUE(MID(B$4,2,1)))="D"', '#92D050'],
    ]);
    expect(sheet.conditionalFormats.filter((cf) => cf.range === 'A12:A15').map((cf) => cf.equals)).toEqual(['A', 'B', 'C', 'D']);
    expect(planRecompute(await host.read()).edits).toEqual([]);
  });
});

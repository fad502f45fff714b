/** Residual risk: the three optional columns, their live index, `recompute --residuel`, compile, the rule. */
import { runChecks } from '../../../src/domain/check/run-checks';
import { hierarchy } from '../../../src/domain/overview/hierarchy';
import { applyPlanToSnapshot } from '../../../src/domain/plans/apply-to-snapshot';
import { planCompile } from '../../../src/domain/plans/compile';
import type { ConditionalFormatEdit, FormulaEdit, Plan, ValidationEdit, ValueEdit } from '../../../src/domain/plans/plan';
import { planRecompute } from '../../../src/domain/plans/recompute';
import { hasResidualColumns, planAddResidual, residualGrid } from '../../../src/domain/plans/residual';
import { indexFormula } from '../../../src/domain/method/formulas';
import { CENSUS_TABLE, DU_TABLE, layoutToSnapshot } from '../../../src/domain/templates';
import { recognise, tableNamed } from '../../../src/domain/workbook/recognise';
import { cellValue, findSheet, type WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { applyPlan } from '../../../src/xlsx/apply-plan';
import { buildWorkbook } from '../../../src/xlsx/build-workbook';
import { readSnapshot } from '../../../src/xlsx/read-snapshot';
import { filledCensus, filledDocumentUnique } from '../../fixtures/generate';
import { fill } from '../../fixtures/transforms';
import { residualCensus, residualDocumentUnique } from '../../fixtures/residual';

const H = DU_TABLE.sheet;
const G = CENSUS_TABLE.sheet;
const formulasOn = (plan: Plan, sheet: string, column: string) =>
  plan.edits.filter((e): e is FormulaEdit => e.kind === 'formula' && e.sheet === sheet && e.cell.replace(/\d+$/, '') === column);
const applied = (s: WorkbookSnapshot, plan: Plan) => applyPlanToSnapshot(s, plan);

describe('recognition of the residual columns', () => {
  it('finds them on the DU and the census, beside G, F and the index, never taken for them', () => {
    const du = tableNamed(recognise(layoutToSnapshot(residualDocumentUnique())), 'risques')!;
    expect(du.columns).toMatchObject({ gravite: 'H', frequence: 'I', indice: 'J', priorite: 'N', graviteResiduelle: 'O', frequenceResiduelle: 'P', indiceResiduel: 'Q' });
    const census = tableNamed(recognise(layoutToSnapshot(residualCensus())), 'risques')!;
    expect(census.columns).toMatchObject({ gravite: 'H', frequence: 'I', indice: 'J', typeAction: 'L', graviteResiduelle: 'M', frequenceResiduelle: 'N', indiceResiduel: 'O' });
  });

  it('are optional: a workbook without them is recognised as before', () => {
    const rec = recognise(layoutToSnapshot(filledDocumentUnique()));
    expect(rec.kind).toBe('document-unique');
    expect(tableNamed(rec, 'risques')!.columns).not.toHaveProperty('graviteResiduelle');
    expect(hasResidualColumns(rec)).toBe(false);
    expect(recognise(layoutToSnapshot(filledCensus())).kind).toBe('recensement');
  });
});

describe('recompute with the residual columns', () => {
  const snapshot = layoutToSnapshot(residualDocumentUnique());
  // Planned in each test, so that the plan's code counts as covered by each (mutation testing).
  let plan!: Plan;
  beforeEach(() => {
    plan = planRecompute(snapshot);
  });

  it('writes the residual index as a live formula (the index builder) with its result, on the template rows too', () => {
    const q = formulasOn(plan, H, 'Q');
    expect(q).toHaveLength(30);
    expect(q[0]).toMatchObject({ cell: 'Q8', formula: indexFormula('O8', 'P8'), result: 'D' }); // 2/1
    expect(q.slice(0, 6).map((e) => e.result)).toEqual(['D', 'C', 'A', 'C', 'B', '']); // " 4 "/"1,0" read as 4/1
    expect(q[29].cell).toBe('Q37');
  });

  it('puts dropdowns on the residual ratings and colours on the residual index, listed in the registry', () => {
    const lists = plan.edits.filter((e): e is ValidationEdit => e.kind === 'validation' && e.sheet === H).map((e) => [e.range, e.list]);
    expect(lists).toEqual(expect.arrayContaining([['O8:O507', '=DUERP_Echelle'], ['P8:P507', '=DUERP_Echelle']]));
    const colours = plan.edits.find((e): e is ConditionalFormatEdit => e.kind === 'conditionalFormat' && e.range === 'Q8:Q507');
    expect(colours?.rules.map((r) => r.equals)).toEqual(['A', 'B', 'C', 'D']);
    const registry = plan.edits.filter((e): e is ValueEdit => e.kind === 'value' && e.sheet === 'Catalogues DUERP' && e.cell.startsWith('R')).map((e) => e.after);
    expect(registry).toContain(`${H}!Q8:Q507 couleurs A/B/C/D`);
  });

  it('keeps the rank on the current index', () => {
    const ranks = (p: Plan) => p.edits.filter((e): e is ValueEdit => e.kind === 'value' && e.sheet === H && e.cell.startsWith('K')).map((e) => [e.cell, e.after]);
    expect(ranks(plan)).toEqual(ranks(planRecompute(layoutToSnapshot(filledDocumentUnique()))));
    expect(ranks(plan).length).toBe(6);
  });

  it('replaces a residual index typed by hand on the census, and plans nothing the second time', () => {
    const census = layoutToSnapshot(residualCensus());
    const first = planRecompute(census);
    expect(formulasOn(first, G, 'O')[0]).toMatchObject({ cell: 'O9', before: 'Z', formula: indexFormula('M9', 'N9'), result: 'D' });
    expect(planRecompute(applied(census, first)).edits).toEqual([]);
    expect(planRecompute(applied(snapshot, plan)).edits).toEqual([]);
  });
});

describe('recompute --residuel (planAddResidual)', () => {
  it('adds the three columns at the right of the DU table with their exact titles, then their formulas and dropdowns; once', () => {
    const du = layoutToSnapshot(filledDocumentUnique());
    const plan = planAddResidual(du);
    const titles = plan.edits.filter((e): e is ValueEdit => e.kind === 'value' && e.sheet === H && e.cell.endsWith('7'));
    expect(titles.map((e) => [e.cell, e.after])).toEqual([['O7', 'Gravité résiduelle'], ['P7', 'Fréquence résiduelle'], ['Q7', 'Indice résiduel']]);
    expect(formulasOn(plan, H, 'Q')[0]).toMatchObject({ cell: 'Q8', formula: indexFormula('O8', 'P8'), result: '' });
    expect(plan.edits.filter((e) => e.kind === 'validation').map((e) => (e as ValidationEdit).range)).toEqual(expect.arrayContaining(['O8:O507', 'P8:P507']));
    // Everything recompute does comes with it (the index, the rank, the Synthèse).
    expect(plan.edits.some((e) => e.kind === 'sheet' && e.sheet === 'Synthèse')).toBe(true);
    const after = applied(du, plan);
    expect(hasResidualColumns(recognise(after))).toBe(true);
    expect(planAddResidual(after).edits).toEqual([]);
    expect(planRecompute(after).edits).toEqual([]);
  });

  it('goes after a column someone added at the right, and on the census', () => {
    const du = layoutToSnapshot(fill(filledDocumentUnique(), H, { O7: 'Observations', O8: 'à revoir' }));
    const titles = planAddResidual(du).edits.filter((e): e is ValueEdit => e.kind === 'value' && e.sheet === H && e.cell.endsWith('7'));
    expect(titles.map((e) => e.cell)).toEqual(['P7', 'Q7', 'R7']);
    const census = layoutToSnapshot(filledCensus());
    const censusTitles = planAddResidual(census).edits.filter((e): e is ValueEdit => e.kind === 'value' && e.sheet === G && e.cell.endsWith('8') && typeof e.after === 'string' && /résiduel/.test(e.after));
    expect(censusTitles.map((e) => [e.cell, e.after])).toEqual([['M8', 'Gravité résiduelle'], ['N8', 'Fréquence résiduelle'], ['O8', 'Indice résiduel']]);
  });

  it('adds only the missing ones', () => {
    const du = layoutToSnapshot(fill(filledDocumentUnique(), H, { O7: 'Gravité résiduelle' }));
    const titles = planAddResidual(du).edits.filter((e): e is ValueEdit => e.kind === 'value' && e.sheet === H && e.cell.endsWith('7'));
    expect(titles.map((e) => [e.cell, e.after])).toEqual([['P7', 'Fréquence résiduelle'], ['Q7', 'Indice résiduel']]);
  });

  it('writes a file whose residual columns read back, and a second run on it writes nothing', async () => {
    const bytes = await buildWorkbook(filledDocumentUnique({ broken: false }));
    const out = applyPlan(bytes, planAddResidual(readSnapshot(bytes)));
    const back = readSnapshot(out);
    expect(hasResidualColumns(recognise(back))).toBe(true);
    expect(cellValue(findSheet(back, H)!, 7, 17)).toBe('Indice résiduel');
    expect(planAddResidual(back).edits).toEqual([]);
  });
});

describe('compile carries the residual ratings from the census to the DU', () => {
  it('into a DU with the residual columns: ratings copied, residual index computed', () => {
    const emptyDu = layoutToSnapshot(fill(filledDocumentUnique(), H, {}));
    // A DU with no risk yet but the three columns (as recompute --residuel leaves it).
    const base = applied(emptyDu, planAddResidual(emptyDu));
    const cleared = applied(base, {
      command: 't',
      edits: Array.from({ length: 6 }, (_, i) => 8 + i).flatMap((row) =>
        ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'L', 'M', 'N'].map((c): ValueEdit => ({ kind: 'value', sheet: H, cell: `${c}${row}`, before: null, beforeFormula: null, after: null, reason: '' })),
      ),
    });
    const plan = planCompile([{ name: 'sip-nord.xlsx', snapshot: layoutToSnapshot(residualCensus()) }], cleared);
    expect((plan.warnings ?? []).filter((w) => /résiduelles/.test(w.message))).toEqual([]);
    const out = applied(cleared, plan);
    const h = findSheet(out, H)!;
    const rows = [8, 9, 10, 11, 12, 13].map((r) => [cellValue(h, r, 15), cellValue(h, r, 16), cellValue(h, r, 17)]);
    expect(rows).toEqual([
      [2, 1, 'D'],
      [' 4 ', '1,0', 'C'],
      [3, 3, 'A'],
      [1, 4, 'C'],
      [2, 3, 'B'],
      [null, null, ''],
    ]);
    expect(runChecks(out).filter((f) => f.rule === 'residuel-superieur').map((f) => f.cell)).toEqual(['O10', 'P12']);
  });
});

describe('compile into a DU without the residual columns', () => {
  it('says the residual ratings were not carried, once per census, and how to add the columns', () => {
    const du = layoutToSnapshot(filledDocumentUnique());
    const plan = planCompile([{ name: 'sip-nord.xlsx', snapshot: layoutToSnapshot(residualCensus()) }, { name: 'sans.xlsx', snapshot: layoutToSnapshot(filledCensus()) }], du);
    const residual = (plan.warnings ?? []).filter((w) => /résiduelles/.test(w.message));
    expect(residual).toEqual([
      { file: 'sip-nord.xlsx', sheet: G, cell: 'M9', message: 'Notes résiduelles non reprises : le document unique n’a pas les colonnes « Gravité résiduelle » et « Fréquence résiduelle » (ajoutez-les avec « duerp recompute --residuel » avant de compiler).' },
    ]);
    expect(plan.edits.some((e) => (e.kind === 'value' || e.kind === 'formula') && /^[OPQ]\d+$/.test(e.cell) && e.sheet === H)).toBe(false);
  });
});

describe('the rule residuel-superieur', () => {
  it('warns where a residual rating is higher than the current one, on the residual cell', () => {
    const findings = runChecks(layoutToSnapshot(residualCensus())).filter((f) => f.rule === 'residuel-superieur');
    expect(findings.map((f) => [f.severity, f.sheet, f.cell])).toEqual([
      ['warning', G, 'M11'], // G 3 after, 2 now
      ['warning', G, 'N13'], // F 3 after, 2 now
    ]);
    expect(findings[0].message).toBe('La gravité résiduelle (3) dépasse la gravité actuelle (2) : les mesures prévues ne peuvent pas aggraver le risque, revoyez la cotation.');
  });

  it('is silent without the columns, and when the residual ratings are lower or equal', () => {
    expect(runChecks(layoutToSnapshot(filledDocumentUnique())).filter((f) => f.rule === 'residuel-superieur')).toEqual([]);
    const fixed = layoutToSnapshot(fill(residualCensus(), G, { M11: 2, N13: '2,0' }));
    expect(runChecks(fixed).filter((f) => f.rule === 'residuel-superieur')).toEqual([]);
  });
});

describe('residualGrid for the pane', () => {
  it('counts rated risks by residual G × F, grid[g - 1][f - 1] as hierarchy().grid', () => {
    const du = layoutToSnapshot(residualDocumentUnique());
    // Residual ratings 2/1, " 4 "/"1,0", 3/3, 1/4, 2/3 and one empty.
    expect(residualGrid(du)).toEqual([
      [0, 0, 0, 1], // G1
      [1, 0, 1, 0], // G2
      [0, 0, 1, 0], // G3
      [1, 0, 0, 0], // G4
    ]);
    expect(hierarchy(du).grid.flat().reduce((a, b) => a + b, 0)).toBe(6); // the current picture, unchanged
    expect(residualGrid(layoutToSnapshot(filledDocumentUnique()))).toEqual([[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]);
  });
});

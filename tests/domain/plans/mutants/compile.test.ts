/**
 * Mutants of src/domain/plans/compile.ts: census rows into the document unique, with their site,
 * agents, means and type of action; points and figures; the direction; what needs a look.
 *
 * Equivalent mutants (not targeted):
 * - line 67 figure's empty/error test: fieldValue already turns errors to null, and an empty text writes nothing.
 * - line 139 `value === null` → false: a null value plans no edit on a free row anyway.
 * - line 152 `typeof v === 'string'` → true: a number never reads as « Total ».
 * - line 171 (no totals row) and line 222 (totals on the first row): the points tables are only recognised
 *   with their totals row below their first row.
 * - line 188 `barrier ?? row` → `&&`: when the room runs out, the next row is the totals row itself.
 * - lines 194 and 199: a missing figure is skipped either by the `continue` or by the null filter.
 * - line 195's fallback reason: every column of a points table has its own reason.
 * - line 225 skipping the point column: its totals cell holds the « Total » label, which is never overwritten.
 * - line 243 (and its `[]`) and line 358: a DU's risk table always has G, F and the index.
 * - lines 245 `firstRow ± TEMPLATE_ROWS`: the sheet's last row is below the template rows anyway.
 * - line 248 `formula === null` → false: after recompute every index cell of the table holds its formula, and
 *   the rows below show nothing.
 * - lines 288–297: a census naming no direction never wins nor warns (it covers nothing).
 * - lines 350, 352 the command names of the in-memory plans.
 * - line 150 (`<`, `lastRow - 1`): only differ for a points table of more than 200 rows.
 */
import { applyPlanToSnapshot } from '../../../../src/domain/plans/apply-to-snapshot';
import { CompileError, planCompile, sumOfRange, type NamedWorkbook } from '../../../../src/domain/plans/compile';
import { CENSUS_TABLE, DU_TABLE, layoutToSnapshot, type TemplateLayout } from '../../../../src/domain/templates';
import type { CellValue, WorkbookSnapshot } from '../../../../src/domain/workbook/snapshot';
import type { FormulaEdit, ValueEdit } from '../../../../src/domain/plans/plan';
import { residualDocumentUnique } from '../../../fixtures/residual';
import { CENSUS_RISKS, filledCensus, filledDocumentUnique, filledProgramme } from '../../../fixtures/generate';
import { censusOf, freshDocumentUnique } from '../../../fixtures/gt-decisions';
import { fill } from '../../../fixtures/transforms';
import { formulaAt, snap, valueAt } from './helpers';

const H = DU_TABLE.sheet;
const G = CENSUS_TABLE.sheet;
const INFO = 'Informations générales';
const FRESH = freshDocumentUnique();
const FRESH_DGI = freshDocumentUnique('DGI');
const named = (name: string, layout: TemplateLayout): NamedWorkbook => ({ name, snapshot: layoutToSnapshot(layout) });
const compiled = (censuses: NamedWorkbook[], du: WorkbookSnapshot = FRESH) => applyPlanToSnapshot(du, planCompile(censuses, du));
const row = (s: WorkbookSnapshot, r: number) => Object.fromEntries(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'L', 'M', 'N'].map((c) => [c, valueAt(s, H, `${c}${r}`)]));
const twoRisks = (over: Record<string, CellValue> = {}, info: Record<string, CellValue> = {}) =>
  fill(fill(filledCensus({ risks: CENSUS_RISKS.slice(0, 2) }), G, over), INFO, info);

describe('the risks carried', () => {
  it('carries unit, agents, family, danger, situation, current means, G, F, wished means (as the GT’s) and type of action', () => {
    const out = compiled([named('sip.xlsx', twoRisks())]);
    const r = CENSUS_RISKS[0];
    expect(row(out, 8)).toEqual({ A: 'SIP Nord', B: r[0], C: r[1], D: r[2], E: r[3], F: r[4], G: r[5], H: r[6], I: r[7], L: r[8], M: r[9], N: null });
    // the second risk has no current means: nothing written there
    expect(row(out, 9)).toMatchObject({ B: CENSUS_RISKS[1][0], G: null, L: CENSUS_RISKS[1][8], M: CENSUS_RISKS[1][9] });
    expect(valueAt(out, H, 'A10')).toBeNull();
  });

  it('keeps a site the census typed on the row, and leaves out cells showing an error', () => {
    const out = compiled([named('sip.xlsx', twoRisks({ A9: 'Annexe Roubaix', A10: { error: '#REF!' }, K9: { error: '#N/A' } }))]);
    expect(valueAt(out, H, 'A8')).toBe('Annexe Roubaix');
    expect(valueAt(out, H, 'A9')).toBe('SIP Nord');
    expect(valueAt(out, H, 'L8')).toBeNull();
  });

  it('names the site by the analysed service, else the complement, else the file name', () => {
    const complement = compiled([named('sip.xlsx', twoRisks({}, { C5: null, C6: 'Brigade de contrôle' }))]);
    expect(valueAt(complement, H, 'A8')).toBe('Brigade de contrôle');
    const file = compiled([named('Site de Lens.XLSM', twoRisks({}, { C5: { error: '#REF!' }, C6: '' }))]);
    expect(valueAt(file, H, 'A8')).toBe('Site de Lens');
    expect(valueAt(file, 'Identification', 'B8')).toBe('Site de Lens');
  });

  it('adds a risk once, however many censuses name it, and never one the DU holds', () => {
    const a = named('a.xlsx', twoRisks());
    const b = named('b.xlsx', fill(twoRisks(), G, { F10: 'Autre situation' }));
    const out = compiled([a, b]);
    expect([8, 9, 10, 11].map((r) => valueAt(out, H, `F${r}`))).toEqual([CENSUS_RISKS[0][4], CENSUS_RISKS[1][4], 'Autre situation', null]);
    const again = planCompile([a], layoutToSnapshot(filledDocumentUnique()));
    // the filled DU holds SIP Nord's rows already
    expect(again.edits.some((e) => e.kind === 'value' && e.sheet === H && e.reason === 'Risque repris du recensement')).toBe(false);
  });

  it('refuses a census that is not one, naming it', () => {
    expect(() => planCompile([named('prog.xlsx', filledProgramme())], FRESH)).toThrow(CompileError);
    expect(() => planCompile([named('prog.xlsx', filledProgramme())], FRESH)).toThrow(/prog\.xlsx/);
    expect(() => planCompile([named('a.xlsx', twoRisks())], snap({ Feuil1: { A1: 'x' } }))).toThrow(CompileError);
  });
});

describe('points and figures', () => {
  it('carries the census figures as numbers when they read as numbers, as typed otherwise, and no error', () => {
    const out = compiled([named('a.xlsx', twoRisks({}, { C12: ' 25 ', C13: 'deux', C14: { error: '#N/A' }, C15: null }))]);
    expect(['A', 'B', 'C', 'D', 'E', 'F'].map((c) => valueAt(out, 'Statistiques', `${c}4`))).toEqual(['SIP Nord', 25, 'deux', null, null, 1]);
    expect(valueAt(out, 'Identification', 'C8')).toBe(25);
    expect(valueAt(out, 'Statistiques', 'B19')).toBe(25);
  });

  it('lists a point once, whatever its case, below the points already there', () => {
    const first = compiled([named('a.xlsx', censusOf('SIP Nord', 'DGI'))]);
    const out = compiled([named('b.xlsx', censusOf('sip nord', 'DGI')), named('c.xlsx', censusOf('CDIF', 'DGI'))], first);
    expect([8, 9, 10].map((r) => valueAt(out, 'Identification', `B${r}`))).toEqual(['SIP Nord', 'CDIF', null]);
  });
});

describe('sumOfRange', () => {
  const sheet = snap({ S: { A1: 1, A2: '2', A3: 3.5, B1: 10, B2: true, B3: null } }).sheets[0];
  it('sums the numbers of the range as Excel does, text aside, in any spelling of the range', () => {
    expect(sumOfRange(sheet, '=SUM(A1:A3)')).toBe(4.5);
    expect(sumOfRange(sheet, '=sum($A$1:$B$3)')).toBe(14.5);
    expect(sumOfRange(sheet, 'SUM( B3 : A1 )')).toBe(14.5);
    expect(sumOfRange(sheet, '=SUM(A9:A12)')).toBe(0);
  });

  it('reads two-letter columns, rows past 9, lower case and spaces', () => {
    const wide = snap({ S: { AA10: 2, AB11: 3, A10: 1 } }).sheets[0];
    expect(sumOfRange(wide, '=SUM(AA10:AB11)')).toBe(5);
    expect(sumOfRange(wide, '=SUM(A10:AB10)')).toBe(3);
    expect(sumOfRange(wide, '=SUM(a10:ab11)')).toBe(6);
    expect(sumOfRange(wide, '= SUM(A10:A10)')).toBe(1);
  });

  it('is null for any other formula', () => {
    expect(sumOfRange(sheet, '=SUM(A1:A3)+1')).toBeNull();
    expect(sumOfRange(sheet, '=2*SUM(A1:A3)')).toBeNull();
    expect(sumOfRange(sheet, '=XSUM(A1:A3)')).toBeNull();
    expect(sumOfRange(sheet, '=SUM(A1,A3)')).toBeNull();
    expect(sumOfRange(sheet, '=AVERAGE(A1:A3)')).toBeNull();
  });
});

describe('the direction', () => {
  it('takes the direction the censuses agree on, only over the placeholder', () => {
    expect(valueAt(compiled([named('a.xlsx', censusOf('A', 'DGI')), named('b.xlsx', censusOf('B', 'dgi - impôts'))]), 'Identification', 'C3')).toBe('DGI');
    expect(valueAt(compiled([named('a.xlsx', censusOf('A', 'DGI')), named('b.xlsx', censusOf('B', 'DGDDI'))]), 'Identification', 'C3')).toMatch(/^Sélectionner/);
    expect(valueAt(compiled([named('a.xlsx', censusOf('A', 'Sélectionner…'))]), 'Identification', 'C3')).toMatch(/^Sélectionner/);
    const typed = applyPlanToSnapshot(FRESH, { command: 't', edits: [{ kind: 'value', sheet: 'Identification', cell: 'C3', before: null, beforeFormula: null, after: 'Ma direction', reason: 'r' }] });
    expect(valueAt(compiled([named('a.xlsx', censusOf('A', 'DGI'))], typed), 'Identification', 'C3')).toBe('Ma direction');
    const empty = applyPlanToSnapshot(FRESH, { command: 't', edits: [{ kind: 'value', sheet: 'Identification', cell: 'C3', before: null, beforeFormula: null, after: null, reason: 'r' }] });
    expect(valueAt(compiled([named('a.xlsx', censusOf('A', 'DGI'))], empty), 'Identification', 'C3')).toBe('DGI');
  });

  it('does not warn DGI and DGCP censuses compiled with a DGFiP one', () => {
    const plan = planCompile([named('a.xlsx', censusOf('A', 'DGI')), named('b.xlsx', censusOf('B', 'DGFiP')), named('c.xlsx', censusOf('C', 'DGCP'))], FRESH);
    expect(plan.warnings.filter((w) => w.cell === 'C3')).toEqual([]);
  });

  it('takes the first direction named when two cover as many censuses', () => {
    const plan = planCompile([named('a.xlsx', censusOf('A', 'DGDDI')), named('b.xlsx', censusOf('B', 'INSEE'))], FRESH);
    expect(plan.warnings.filter((w) => w.cell === 'C3').map((w) => w.file)).toEqual(['b.xlsx']);
  });

  it('asks to check a census that names no direction, only when the DU names one', () => {
    const none = named('a.xlsx', censusOf('A', 'Sélectionner…'));
    expect(planCompile([none], FRESH_DGI).warnings.filter((w) => w.cell === 'C3').map((w) => w.file)).toEqual(['a.xlsx']);
    expect(planCompile([none, named('b.xlsx', censusOf('B', 'DGI'))], FRESH).warnings.filter((w) => w.cell === 'C3')).toEqual([]);
  });

  it('checks units against the DU’s direction, else the census’s own', () => {
    // B 51 is a unit of the DGI's list, not of the DGDDI's
    const douane = named('d.xlsx', fill(censusOf('Brigade', 'DGDDI'), G, { B9: 'B 51 - Brigade domaniale' }));
    expect(planCompile([douane], FRESH).warnings.map((w) => w.cell)).toEqual(['B9']);
    expect(planCompile([douane], FRESH_DGI).warnings.map((w) => w.cell)).toEqual(['C3']);
    const dgi = named('a.xlsx', fill(censusOf('A', 'DGI'), G, { B9: 'B 51 - Brigade domaniale' }));
    expect(planCompile([dgi], FRESH).warnings).toEqual([]);
    const none = named('n.xlsx', fill(censusOf('A', 'Sélectionner…'), G, { B9: 'Z 99 - Reliure' }));
    expect(planCompile([none], FRESH).warnings).toEqual([]);
  });
});

describe('what needs a look', () => {
  it('points the same-site warning at the site field, else the direction field', () => {
    const plan = planCompile([named('a.xlsx', censusOf('SIP Nord', 'DGI')), named('b.xlsx', censusOf('SIP Nord', 'DGI'))], FRESH_DGI);
    expect(plan.warnings.map((w) => [w.file, w.sheet, w.cell])).toEqual([['b.xlsx', INFO, 'C5']]);
    const byFile = planCompile([named('x.xlsx', twoRisks({}, { C5: null, C6: null })), named('x.xlsm', twoRisks({}, { C5: null, C6: null }))], FRESH_DGI);
    expect(byFile.warnings.map((w) => [w.file, w.sheet, w.cell])).toEqual([['x.xlsm', INFO, 'C3']]);
  });

  it('warns a rating to review once per cell, and each unit outside the list', () => {
    const plan = planCompile([named('a.xlsx', twoRisks({ H9: 'trois', I10: 0, B9: 'Z 99 - Reliure' }))], FRESH_DGI);
    expect(plan.warnings.map((w) => w.cell).sort()).toEqual(['B9', 'H9', 'I10']);
    for (const w of plan.warnings) expect(w).toMatchObject({ file: 'a.xlsx', sheet: G });
  });
});

describe('totals and repeats', () => {
  it('leaves a totals cell holding another formula than a plain sum', () => {
    const other = applyPlanToSnapshot(FRESH, { command: 't', edits: [{ kind: 'formula', sheet: 'Statistiques', cell: 'B19', before: 0, beforeFormula: '=SUM(B4:B18)', formula: '=SUM(B4:B18)*2', result: 0, reason: 'r' }] });
    const plan = planCompile([named('a.xlsx', censusOf('SIP Nord', 'DGI'))], other);
    expect(plan.edits.some((e) => e.kind === 'formula' && e.sheet === 'Statistiques' && e.cell === 'B19')).toBe(false);
    expect(plan.edits.some((e) => e.kind === 'formula' && e.sheet === 'Statistiques' && e.cell === 'C19')).toBe(true);
  });

  it('says a warning once when the same census is given twice', () => {
    const douane = named('d.xlsx', censusOf('Brigade', 'DGDDI'));
    const w = planCompile([douane, douane], FRESH_DGI).warnings;
    expect(w.filter((x) => x.cell === 'C3')).toHaveLength(1);
    expect(w.filter((x) => x.cell === 'C5')).toHaveLength(1);
  });
});

describe('more of what compile reads and writes', () => {
  it('takes off only the final .xlsx of a file name', () => {
    const out = compiled([named('Lens.xlsx (copie).xlsx', twoRisks({}, { C5: null, C6: null }))]);
    expect(valueAt(out, H, 'A8')).toBe('Lens.xlsx (copie)');
  });

  it('refuses a document unique given as a census', () => {
    expect(() => planCompile([named('du.xlsx', filledDocumentUnique())], FRESH)).toThrow(CompileError);
  });

  it('writes nothing into DU columns the census does not have (residual ratings)', () => {
    const du = layoutToSnapshot(residualDocumentUnique());
    const plan = planCompile([named('b.xlsx', censusOf('Brigade', 'DGI', [CENSUS_RISKS[0].map((v, i) => (i === 4 ? 'Autre situation' : v))]))], du);
    const newRow = plan.edits.filter((e): e is ValueEdit => e.kind === 'value' && e.sheet === H && e.cell.endsWith('14'));
    expect(newRow.length).toBeGreaterThan(5);
    expect(newRow.some((e) => e.after === undefined || /^[OP]14$/.test(e.cell))).toBe(false);
    for (const e of newRow) expect(e.reason.trim()).not.toBe('');
    expect(plan.command).toBe('compile');
  });

  it('knows a « Total » only at the start of a label', () => {
    const du = applyPlanToSnapshot(FRESH, {
      command: 't',
      edits: [
        { kind: 'value', sheet: 'Identification', cell: 'B8', before: null, beforeFormula: null, after: 'Sous-total Nord', reason: 'r' },
        { kind: 'value', sheet: 'Identification', cell: 'C8', before: null, beforeFormula: null, after: 5, reason: 'r' },
      ],
    });
    const plan = planCompile([named('c.xlsx', censusOf('CDIF', 'DGI'))], du);
    expect(valueAt(applyPlanToSnapshot(du, plan), 'Identification', 'B9')).toBe('CDIF');
    expect(plan.warnings).toEqual([]);
  });

  it('sees a point on the last row above the totals, and says there is no room left', () => {
    const du = applyPlanToSnapshot(FRESH, { command: 't', edits: [{ kind: 'value', sheet: 'Statistiques', cell: 'A18', before: null, beforeFormula: null, after: 'Vieux point', reason: 'r' }] });
    const plan = planCompile([named('c.xlsx', censusOf('CDIF', 'DGI'))], du);
    expect(plan.edits.some((e) => e.kind === 'value' && e.sheet === 'Statistiques' && e.cell === 'A4')).toBe(false);
    expect(plan.warnings).toEqual([{ file: 'document unique', sheet: 'Statistiques', cell: 'A19', message: expect.stringContaining('« CDIF »') }]);
  });

  it('sees a point whose figures are empty, and not a row holding only a formula', () => {
    const du = applyPlanToSnapshot(FRESH, {
      command: 't',
      edits: [
        { kind: 'value', sheet: 'Identification', cell: 'B8', before: null, beforeFormula: null, after: 'SIP Nord', reason: 'r' },
        { kind: 'formula', sheet: 'Statistiques', cell: 'B4', before: null, beforeFormula: null, formula: '=1', result: 1, reason: 'r' },
      ],
    });
    const out = applyPlanToSnapshot(du, planCompile([named('c.xlsx', censusOf('CDIF', 'DGI'))], du));
    expect(['B8', 'B9'].map((c) => valueAt(out, 'Identification', c))).toEqual(['SIP Nord', 'CDIF']);
    expect(valueAt(out, 'Statistiques', 'A4')).toBe('CDIF');
  });

  it('says each figure of a point apart', () => {
    const plan = planCompile([named('c.xlsx', censusOf('CDIF', 'DGI'))], FRESH);
    const reason = (cell: string) => plan.edits.find((e) => e.kind === 'value' && e.sheet === 'Statistiques' && e.cell === cell)!.reason;
    expect(new Set(['A4', 'B4', 'C4', 'D4', 'E4', 'F4'].map(reason)).size).toBe(6);
  });

  it('writes a plain sum under a figure column that lost its total, and says why', () => {
    const du = applyPlanToSnapshot(FRESH, { command: 't', edits: [{ kind: 'value', sheet: 'Statistiques', cell: 'C19', before: 0, beforeFormula: '=SUM(C4:C18)', after: null, reason: 'r' }] });
    const plan = planCompile([named('c.xlsx', censusOf('CDIF', 'DGI'))], du);
    const total = plan.edits.find((e) => e.kind === 'formula' && e.sheet === 'Statistiques' && e.cell === 'C19') as FormulaEdit;
    expect(total).toMatchObject({ formula: '=SUM(C4:C18)', result: 2 });
    expect(total.reason.trim()).not.toBe('');
  });

  it('refreshes a stale letter left in an empty template row, down to the sheet’s last row', () => {
    const du = applyPlanToSnapshot(FRESH, {
      command: 't',
      edits: [
        { kind: 'formula', sheet: H, cell: 'J20', before: '', beforeFormula: formulaAt(FRESH, H, 'J20'), formula: formulaAt(FRESH, H, 'J20')!, result: 'A', reason: 'r' },
        { kind: 'formula', sheet: H, cell: 'J37', before: '', beforeFormula: formulaAt(FRESH, H, 'J37'), formula: formulaAt(FRESH, H, 'J37')!, result: 'B', reason: 'r' },
      ],
    });
    const plan = planCompile([named('c.xlsx', censusOf('CDIF', 'DGI'))], du);
    const j = (cell: string) => plan.edits.filter((e) => (e.kind === 'formula' || e.kind === 'value') && e.sheet === H && e.cell === cell);
    expect(j('J20')).toEqual([expect.objectContaining({ kind: 'formula', result: '', before: 'A' })]);
    expect(j('J20')[0].reason.trim()).not.toBe('');
    expect(j('J37')).toEqual([expect.objectContaining({ kind: 'formula', result: '' })]);
    // rows already right are left alone
    expect(j('J25')).toEqual([]);
  });

  it('asks nothing of a census that has no direction field', () => {
    const noField = named('n.xlsx', fill(censusOf('A', 'DGI'), INFO, { B3: 'Remarque' }));
    expect(planCompile([noField], FRESH_DGI).warnings).toEqual([]);
  });

  it('says, in its own words, a census that names no direction when the DU names one, and nothing else', () => {
    const none = named('a.xlsx', censusOf('A', 'Sélectionner…'));
    expect(planCompile([none], FRESH).warnings).toEqual([]);
    const w = planCompile([none], FRESH_DGI).warnings;
    expect(w).toEqual([{ file: 'a.xlsx', sheet: INFO, cell: 'C3', message: expect.stringContaining('DGI') }]);
  });

  it('points the same-site warning at the grid when the census names neither site nor direction', () => {
    const bare = (name: string) => named(name, fill(twoRisks({}, { C5: null, C6: null }), INFO, { B3: 'Remarque' }));
    const w = planCompile([bare('x.xlsx'), bare('x.xlsm')], FRESH).warnings;
    expect(w.map((x) => [x.file, x.sheet, x.cell])).toEqual([['x.xlsm', G, 'A1']]);
  });

  it('writes the direction over a placeholder that names one, saying why', () => {
    const du = applyPlanToSnapshot(FRESH, { command: 't', edits: [{ kind: 'value', sheet: 'Identification', cell: 'C3', before: null, beforeFormula: null, after: 'Sélectionner (ex. DGI)', reason: 'r' }] });
    const plan = planCompile([named('a.xlsx', censusOf('A', 'DGDDI'))], du);
    expect(plan.edits.some((e) => e.kind === 'value' && e.sheet === 'Identification' && e.cell === 'C3')).toBe(false);
    const placeholder = planCompile([named('a.xlsx', censusOf('A', 'DGI'))], FRESH);
    const edit = placeholder.edits.find((e) => e.kind === 'value' && e.sheet === 'Identification' && e.cell === 'C3')!;
    expect(edit.reason.trim()).not.toBe('');
  });
});

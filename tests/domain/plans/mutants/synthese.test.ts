/**
 * Mutants of src/domain/plans/synthese.ts: the DU's Synthèse sheet, its counts computed as the
 * formulas compute them, its upkeep and its colours.
 *
 * Equivalent mutants (not targeted):
 * - `canRate` (line 168) and `table.columns.famille ?` (line 201) forced either way, and the column guards of
 *   syntheseCounts (lines 106, 115, 119): a DU's risk table is only recognised with its G, F and family columns.
 * - line 98 `||` → `&&`: without a table there is no sheet either.
 * - line 122 the unit key in upper case instead of lower case: the same grouping.
 * - line 179 `6 + 1`: the total row's cells past column F are never written (the sheet is six columns wide).
 * - line 243 `=` stripped anywhere in a rule, not only first: the letters' rules hold no other `=`.
 * - lines 266, 272 the default `formats` arrays: what is pushed there is not read.
 * - line 284 `\d+$` → `\d+`: an address's only digits are its row.
 * - line 291 `existing &&` / the value test → true, and line 293 `if (e)`: an empty cell plans no edit.
 */
import { RISK_FAMILIES, familyLabel } from '../../../../src/domain/catalogue/families';
import { applyPlanToSnapshot } from '../../../../src/domain/plans/apply-to-snapshot';
import type { ConditionalFormatEdit, Edit, FormulaEdit, ValidationEdit, ValueEdit } from '../../../../src/domain/plans/plan';
import { DROPDOWN_ROWS } from '../../../../src/domain/plans/recompute';
import { SYNTHESE_GRID_RANGE, SYNTHESE_SHEET, gridColourFormula, planSynthese, staleSyntheseEdits, syntheseCounts } from '../../../../src/domain/plans/synthese';
import { DU_TABLE, layoutToSnapshot } from '../../../../src/domain/templates';
import { recognise } from '../../../../src/domain/workbook/recognise';
import { findSheet, type CellValue, type WorkbookSnapshot } from '../../../../src/domain/workbook/snapshot';
import { filledCensus, filledDocumentUnique } from '../../../fixtures/generate';
import { fill } from '../../../fixtures/transforms';
import { formulaAt } from './helpers';

const H = DU_TABLE.sheet;
const S = SYNTHESE_SHEET;
const duWith = (cells: Record<string, CellValue> = {}) => layoutToSnapshot(fill(filledDocumentUnique({ broken: false }), H, cells));
const plan = (s: WorkbookSnapshot, formats: (ValidationEdit | ConditionalFormatEdit)[] = []) => planSynthese(s, recognise(s), formats);
const apply = (s: WorkbookSnapshot, edits: Edit[]) => applyPlanToSnapshot(s, { command: 't', edits });
const edit = (edits: Edit[], cell: string) => edits.find((e) => (e.kind === 'value' || e.kind === 'formula') && e.sheet === S && e.cell === cell) as ValueEdit | FormulaEdit | undefined;
const shown = (edits: Edit[], cell: string) => {
  const e = edit(edits, cell);
  return e?.kind === 'formula' ? e.result : e?.after;
};

describe('syntheseCounts', () => {
  it('counts the rated rows in the grid and per letter', () => {
    const c = syntheseCounts(duWith());
    // rows: 3/3, 4/2, 2/3, 1/4, 2/2, 3/4
    expect(c.grid).toEqual([
      [0, 0, 0, 1],
      [0, 1, 1, 0],
      [0, 0, 1, 1],
      [0, 1, 0, 0],
    ]);
    expect(c.letters).toEqual({ A: 2, B: 2, C: 2, D: 0 });
    expect(c.rated).toBe(6);
    expect(c.rows).toEqual({ sheet: H, first: DU_TABLE.firstRow, last: DU_TABLE.firstRow + DROPDOWN_ROWS - 1 });
  });

  it('leaves out rows whose G or F is no rating', () => {
    const c = syntheseCounts(duWith({ H8: 'trois', I9: 5 }));
    expect(c.rated).toBe(4);
    expect(c.letters).toEqual({ A: 1, B: 1, C: 2, D: 0 });
  });

  it('counts a family as COUNTIF does: exact text, case aside, nothing trimmed', () => {
    const label = familyLabel(RISK_FAMILIES[0]);
    const c = syntheseCounts(duWith({ D8: label.toUpperCase(), D9: ` ${label}`, D11: label }));
    expect(c.families).toHaveLength(RISK_FAMILIES.length);
    expect(c.families[0]).toEqual({ label, count: 3 });
    expect(c.families.reduce((a, l) => a + l.count, 0)).toBe(5);
  });

  it('lists the units as typed, once whatever the case, in natural order, numbers and blanks aside', () => {
    const c = syntheseCounts(duWith({ B8: 'A 10 - Dix', B9: 'a 10 - dix', B10: 'A 2 - Deux', B11: ' 12 ', B12: '3,5', B13: '  ' }));
    expect(c.units).toEqual([
      { label: 'A 2 - Deux', count: 1 },
      { label: 'A 10 - Dix', count: 2 },
    ]);
    const accents = syntheseCounts(duWith({ B8: 'Équipe', B9: 'eau', B10: 'Fin', B11: '-4', B12: '+1.5', B13: 'x' }));
    expect(accents.units.map((u) => u.label)).toEqual(['eau', 'Équipe', 'Fin', 'x']);
  });

  it('covers the table down to its end when it is longer than the dropdowns', () => {
    const n = DROPDOWN_ROWS + 5;
    const cells: Record<string, CellValue> = {};
    for (let i = 0; i < n; i++) Object.assign(cells, { [`B${8 + i}`]: 'A 01', [`D${8 + i}`]: 'x', [`H${8 + i}`]: 1, [`I${8 + i}`]: 1 });
    cells[`B${8 + n - 1}`] = 'Z 99 - Loin';
    const c = syntheseCounts(duWith(cells));
    expect(c.rows?.last).toBe(8 + n - 1);
    expect(c.grid[0][0]).toBe(n);
    expect(c.units.map((u) => [u.label, u.count])).toEqual([
      ['A 01', n - 1],
      ['Z 99 - Loin', 1],
    ]);
  });

  it('counts nothing on a workbook that is not a DU', () => {
    const c = syntheseCounts(layoutToSnapshot(filledCensus({ broken: false })));
    expect(c).toMatchObject({ units: [], rated: 0, rows: null, letters: { A: 0, B: 0, C: 0, D: 0 } });
    expect(c.families.every((l) => l.count === 0)).toBe(true);
  });
});

describe('planSynthese — the sheet', () => {
  const du = duWith({ B8: 'A 16 - Accueil "guichet" ~*?' });
  // Planned in each test (not while Jest collects them), so that the plan counts as each test's.
  let edits: Edit[] = [];
  beforeEach(() => {
    edits = plan(du);
  });

  it('adds the sheet first, with its titles', () => {
    expect(edits[0]).toMatchObject({ kind: 'sheet', sheet: S, visibility: 'visible' });
    expect(shown(edits, 'A1')).toBeTruthy();
    expect(String(shown(edits, 'A2'))).toContain(`lignes ${DU_TABLE.firstRow} à ${DU_TABLE.firstRow + DROPDOWN_ROWS - 1}`);
    expect(['A4', 'F4', 'A9', 'A11', 'B11', 'C11', 'A17', 'B17'].every((c) => typeof shown(edits, c) === 'string')).toBe(true);
  });

  it('totals the grid by row and by column, the corner being the rated rows', () => {
    expect(['F5', 'F6', 'F7', 'F8'].map((c) => shown(edits, c))).toEqual([1, 2, 2, 1]);
    expect(formulaAt(apply(du, edits), S, 'F5')).toBe('=SUM(B5:E5)');
    expect(['B9', 'C9', 'D9', 'E9', 'F9'].map((c) => shown(edits, c))).toEqual([0, 2, 2, 2, 6]);
    expect(formulaAt(apply(du, edits), S, 'C9')).toBe('=SUM(C5:C8)');
    expect(edit(edits, 'G9')).toBeUndefined();
  });

  it('counts each letter from the grid’s crossings', () => {
    expect(['A12', 'A13', 'A14', 'A15'].map((c) => shown(edits, c))).toEqual(['A', 'B', 'C', 'D']);
    expect(['B12', 'B13', 'B14', 'B15'].map((c) => shown(edits, c))).toEqual([2, 2, 2, 0]);
    expect((edit(edits, 'B15') as FormulaEdit).formula).toBe('=B8+C8+B7');
    expect(String(shown(edits, 'C12'))).toMatch(/ : /);
  });

  it('counts units with an exact criterion, quotes doubled and wildcards escaped', () => {
    const line = 18 + RISK_FAMILIES.length + 1;
    expect(shown(edits, `A${line}`)).toBe('Unité de travail');
    const row = [...Array(8).keys()].map((i) => line + 1 + i).find((r) => shown(edits, `A${r}`) === 'A 16 - Accueil "guichet" ~*?')!;
    expect((edit(edits, `B${row}`) as FormulaEdit).formula).toBe(`=COUNTIF('${H}'!$B$8:$B$${7 + DROPDOWN_ROWS},"=A 16 - Accueil ""guichet"" ~~~*~?")`);
    expect(shown(edits, `B${row}`)).toBe(1);
  });

  it('plans nothing on a workbook that is not a DU', () => {
    expect(plan(layoutToSnapshot(filledCensus({ broken: false })))).toEqual([]);
  });
});

describe('planSynthese — upkeep and colours', () => {
  const du = duWith();

  it('colours the grid from the matrix and the letters, and registers them with the caller', () => {
    const formats: (ValidationEdit | ConditionalFormatEdit)[] = [];
    plan(du, formats);
    expect(formats.map((f) => [f.sheet, f.range])).toEqual([
      [S, SYNTHESE_GRID_RANGE],
      [S, 'A12:A15'],
    ]);
    const grid = formats[0] as ConditionalFormatEdit;
    expect(grid.rules.map((r) => [r.equals, r.formula])).toEqual(['A', 'B', 'C', 'D'].map((l) => [l, gridColourFormula(l as 'A')]));
    expect(gridColourFormula('B')).toBe('INDEX(DUERP_Matrice,VALUE(MID($A5,2,1)),VALUE(MID(B$4,2,1)))="B"');
    expect((formats[1] as ConditionalFormatEdit).rules.every((r) => r.formula === undefined)).toBe(true);
  });

  it('colours nothing that the sheet already has, however its rules are written', () => {
    const once = apply(du, plan(du));
    const sheet = findSheet(once, S)!;
    sheet.conditionalFormats.push({ range: SYNTHESE_GRID_RANGE, formulas: ['A', 'B', 'C', 'D'].map((l) => `=${gridColourFormula(l as 'A').replace(/,/g, ', ')}`) });
    sheet.conditionalFormats.push({ range: 'A12:A15', formulas: ['"A"', '="B"', 'C', '"D"'] });
    const formats: (ValidationEdit | ConditionalFormatEdit)[] = [];
    expect(plan(once, formats)).toEqual([]);
    expect(formats).toEqual([]);
    sheet.conditionalFormats.pop();
    sheet.conditionalFormats.push({ range: 'A12:A15', formulas: ['"A"', '"B"', '"C"'] });
    plan(once, formats);
    expect(formats.map((f) => f.range)).toEqual(['A12:A15']);
  });

  it('clears a cell of ours the sheet no longer holds, in its six columns only', () => {
    const once = apply(du, plan(du));
    const cluttered = apply(once, [
      { kind: 'value', sheet: S, cell: 'D20', before: null, beforeFormula: null, after: 'x', reason: 'r' },
      { kind: 'formula', sheet: S, cell: 'F200', before: null, beforeFormula: null, formula: '=1', result: 1, reason: 'r' },
      { kind: 'value', sheet: S, cell: 'G5', before: null, beforeFormula: null, after: 'note', reason: 'r' },
    ]);
    const edits = plan(cluttered);
    expect(edits.map((e) => [(e as ValueEdit).cell, (e as ValueEdit).after])).toEqual([
      ['D20', null],
      ['F200', null],
    ]);
  });

  it('rewrites a changed title or label in place', () => {
    const once = apply(du, plan(du));
    const changed = apply(once, [{ kind: 'value', sheet: S, cell: 'A5', before: 'G4', beforeFormula: null, after: 'G 4', reason: 'r' }]);
    expect(plan(changed).map((e) => [(e as ValueEdit).cell, (e as ValueEdit).after])).toEqual([['A5', 'G4']]);
  });

  it('refreshes stale results only on demand (after compile), and only where the sheet is', () => {
    expect(staleSyntheseEdits(du)).toEqual([]);
    const once = apply(du, plan(du));
    const more = apply(once, [
      { kind: 'value', sheet: H, cell: 'H8', before: 3, beforeFormula: null, after: 1, reason: 'r' },
      { kind: 'value', sheet: H, cell: 'I8', before: 3, beforeFormula: null, after: 1, reason: 'r' },
    ]);
    expect(plan(more)).toEqual([]);
    const stale = staleSyntheseEdits(more);
    expect(edit(stale, 'B8')).toMatchObject({ kind: 'formula', result: 1, before: 0 });
    expect(edit(stale, 'D6')).toMatchObject({ kind: 'formula', result: 0, before: 1 });
    expect(stale.every((e) => e.kind === 'formula')).toBe(true);
  });
});

describe('planSynthese — the registry', () => {
  it('puts no colours the registry lists', () => {
    const s = duWith();
    const first: (ValidationEdit | ConditionalFormatEdit)[] = [];
    plan(s, first);
    const registry = apply(s, [
      { kind: 'sheet', sheet: 'Catalogues DUERP', visibility: 'visible', reason: 'r' },
      { kind: 'value', sheet: 'Catalogues DUERP', cell: 'R2', before: null, beforeFormula: null, after: `${S}!${SYNTHESE_GRID_RANGE} couleurs A/B/C/D`, reason: 'r' },
    ]);
    const formats: (ValidationEdit | ConditionalFormatEdit)[] = [];
    plan(registry, formats);
    expect(formats.map((f) => f.range)).toEqual(['A12:A15']);
    expect(first).toHaveLength(2);
  });
});

describe('planSynthese — each cell, made in its test', () => {
  const last = DU_TABLE.firstRow + DROPDOWN_ROWS - 1;
  const range = (c: string) => `'${H}'!$${c}$8:$${c}$${last}`;

  it('writes the grid’s labels and its formulas over the normalised ratings', () => {
    const edits = plan(duWith());
    expect(['B4', 'C4', 'D4', 'E4'].map((c) => shown(edits, c))).toEqual(['F1', 'F2', 'F3', 'F4']);
    expect((edit(edits, 'B5') as FormulaEdit).formula).toBe(`=SUMPRODUCT(ISNUMBER(MATCH(TRIM(${range('H')}&""),{"4","4,0","4.0"},0))*ISNUMBER(MATCH(TRIM(${range('I')}&""),{"1","1,0","1.0"},0)))`);
    expect((edit(edits, 'E8') as FormulaEdit).formula).toContain(`MATCH(TRIM(${range('I')}&""),{"4","4,0","4.0"},0)`);
    expect(shown(edits, 'E6')).toBe(1);
    expect((edit(edits, 'B12') as FormulaEdit).formula).toBe('=D6+E6+D5+E5');
    for (const e of edits) expect(e.reason.trim()).not.toBe('');
  });

  it('writes a line per family with its exact COUNTIF, and the units’ header', () => {
    const edits = plan(duWith());
    expect(shown(edits, 'A18')).toBe(familyLabel(RISK_FAMILIES[0]));
    expect((edit(edits, 'B18') as FormulaEdit).formula).toBe(`=COUNTIF(${range('D')},"=${familyLabel(RISK_FAMILIES[0])}")`);
    expect(shown(edits, `A${18 + RISK_FAMILIES.length - 1}`)).toBe(familyLabel(RISK_FAMILIES[RISK_FAMILIES.length - 1]));
    expect(shown(edits, `B${18 + RISK_FAMILIES.length + 1}`)).toBe('Nombre de risques');
  });

  it('counts no row past the rows the formulas cover', () => {
    const c = syntheseCounts(duWith({ B600: 'Z 99 - Loin', D600: 'x', H600: 1, I600: 1 }));
    expect(c.rated).toBe(6);
    expect(c.units.some((u) => u.label === 'Z 99 - Loin')).toBe(false);
  });

  it('sorts units by their text without the spaces around, and counts a label with digits and words', () => {
    const c = syntheseCounts(duWith({ B8: ' Zeta', B9: 'Alpha', B10: '12 ateliers', B11: '3,55', B12: 'Beta', B13: 'Gamma' }));
    expect(c.units.map((u) => u.label)).toEqual(['12 ateliers', 'Alpha', 'Beta', 'Gamma', ' Zeta']);
  });

  it('colours the letters again when only another range has their rules, saying why', () => {
    const once = apply(duWith(), plan(duWith()));
    const sheet = findSheet(once, S)!;
    sheet.conditionalFormats = [
      { range: SYNTHESE_GRID_RANGE, formulas: ['A', 'B', 'C', 'D'].map((l) => gridColourFormula(l as 'A')) },
      { range: 'Z1:Z4', formulas: ['"A"', '"B"', '"C"', '"D"'] },
    ];
    const formats: (ValidationEdit | ConditionalFormatEdit)[] = [];
    plan(once, formats);
    expect(formats.map((f) => f.range)).toEqual(['A12:A15']);
    const fresh: (ValidationEdit | ConditionalFormatEdit)[] = [];
    plan(duWith(), fresh);
    for (const f of fresh) expect(f.reason.trim()).not.toBe('');
  });

  it('clears a formula of ours that shows nothing', () => {
    const once = apply(duWith(), plan(duWith()));
    const withFormula = apply(once, [{ kind: 'formula', sheet: S, cell: 'D30', before: null, beforeFormula: null, formula: '=""', result: null, reason: 'r' }]);
    const edits = plan(withFormula);
    expect(edits).toEqual([expect.objectContaining({ kind: 'value', cell: 'D30', after: null, beforeFormula: '=""' })]);
    expect(edits[0].reason.trim()).not.toBe('');
  });
});

/**
 * Mutants of src/domain/plans/residual.ts: the residual columns, their index formulas, the
 * warning when compile cannot carry them, and the pane's residual grid.
 */
import { applyPlanToSnapshot } from '../../../../src/domain/plans/apply-to-snapshot';
import type { ConditionalFormatEdit, Edit, FormulaEdit, ValidationEdit, ValueEdit } from '../../../../src/domain/plans/plan';
import { planRecompute } from '../../../../src/domain/plans/recompute';
import { hasResidualColumns, planAddResidual, planResidual, residualGrid, residualNotCarried, staleResidualEdits } from '../../../../src/domain/plans/residual';
import { CENSUS_TABLE, DU_TABLE, layoutToSnapshot } from '../../../../src/domain/templates';
import { recognise } from '../../../../src/domain/workbook/recognise';
import type { CellValue, WorkbookSnapshot } from '../../../../src/domain/workbook/snapshot';
import { filledCensus, filledDocumentUnique, filledProgramme } from '../../../fixtures/generate';
import { residualCensus, residualDocumentUnique } from '../../../fixtures/residual';
import { fill } from '../../../fixtures/transforms';

const H = DU_TABLE.sheet;
const G = CENSUS_TABLE.sheet;
const apply = (s: WorkbookSnapshot, edits: Edit[]) => applyPlanToSnapshot(s, { command: 't', edits });
const residualDu = (cells: Record<string, CellValue> = {}) => layoutToSnapshot(fill(residualDocumentUnique(), H, cells));
const formulas = (edits: Edit[], sheet: string, letter: string) => edits.filter((e): e is FormulaEdit => e.kind === 'formula' && e.sheet === sheet && e.cell.startsWith(letter));

describe('planResidual', () => {
  it('writes the residual index on the rows and the template rows, and pushes its colours', () => {
    const s = residualDu();
    const formats: (ValidationEdit | ConditionalFormatEdit)[] = [];
    const edits = planResidual(s, recognise(s), formats);
    const q = formulas(edits, H, 'Q');
    expect(q.map((e) => e.cell)).toEqual(Array.from({ length: 30 }, (_, i) => `Q${8 + i}`));
    expect(q.slice(0, 6).map((e) => e.result)).toEqual(['D', 'C', 'A', 'C', 'B', '']);
    expect(edits.every((e) => e.kind === 'formula')).toBe(true);
    expect(formats).toEqual([expect.objectContaining({ kind: 'conditionalFormat', sheet: H, range: 'Q8:Q507' })]);
  });

  it('writes nothing on a table that lacks one of the three columns, or on a programme', () => {
    const s = layoutToSnapshot(fill(filledDocumentUnique(), H, { O7: 'Gravité résiduelle', Q7: 'Indice résiduel' }));
    const formats: (ValidationEdit | ConditionalFormatEdit)[] = [];
    expect(planResidual(s, recognise(s), formats)).toEqual([]);
    // the residual index column alone still gets its colours
    expect(formats.map((f) => f.range)).toEqual(['Q8:Q507']);
    const prog = layoutToSnapshot(filledProgramme());
    expect(planResidual(prog, recognise(prog))).toEqual([]);
  });

  it('plans nothing once in place, and its colours not again when the registry lists them', () => {
    const s = residualDu();
    const once = apply(s, planRecompute(s).edits);
    for (const sh of once.sheets) sh.conditionalFormats = [];
    const formats: (ValidationEdit | ConditionalFormatEdit)[] = [];
    expect(planResidual(once, recognise(once), formats)).toEqual([]);
    expect(formats).toEqual([]);
  });
});

describe('staleResidualEdits', () => {
  it('refreshes a residual index in place whose letter no longer matches, in its own spelling', () => {
    const s = residualDu();
    const once = apply(s, planRecompute(s).edits);
    expect(staleResidualEdits(once)).toEqual([]);
    const changed = apply(once, [{ kind: 'value', sheet: H, cell: 'O8', before: 2, beforeFormula: null, after: 4, reason: 'r' }]);
    const stale = staleResidualEdits(changed);
    expect(stale).toEqual([expect.objectContaining({ kind: 'formula', sheet: H, cell: 'Q8', before: 'D', result: 'C' })]);
    // recompute itself leaves it (a second run plans nothing)
    expect(planRecompute(changed).edits.some((e) => e.kind === 'formula' && e.cell === 'Q8')).toBe(false);
  });

  it('is empty on a workbook without the columns', () => {
    expect(staleResidualEdits(layoutToSnapshot(filledDocumentUnique()))).toEqual([]);
  });
});

describe('planAddResidual', () => {
  it('is the plain recompute once the columns are there', () => {
    const s = residualDu();
    expect(planAddResidual(s)).toEqual(planRecompute(s));
  });

  it('adds the titles after titled neighbours on the header row, skipping blank columns after them', () => {
    const s = layoutToSnapshot(fill(filledDocumentUnique(), H, { O7: 'Observations', P7: 'Suite', Q8: 'x' }));
    const titles = planAddResidual(s).edits.filter((e): e is ValueEdit => e.kind === 'value' && e.sheet === H && e.cell.endsWith('7'));
    expect(titles.map((e) => [e.cell, e.after])).toEqual([
      ['Q7', 'Gravité résiduelle'],
      ['R7', 'Fréquence résiduelle'],
      ['S7', 'Indice résiduel'],
    ]);
    for (const t of titles) expect(t.reason).toContain(String(t.after));
  });

  it('leaves a workbook without a risk table to the plain recompute', () => {
    const prog = layoutToSnapshot(filledProgramme());
    expect(planAddResidual(prog)).toEqual(planRecompute(prog));
  });
});

describe('residualNotCarried', () => {
  const du = layoutToSnapshot(filledDocumentUnique());
  const census = (cells: Record<string, CellValue> = {}) => ({ name: 'c.xlsx', snapshot: layoutToSnapshot(fill(residualCensus(), G, cells)) });

  it('warns once per census with residual ratings, on the first one', () => {
    const w = residualNotCarried([census(), census({ M9: null })], recognise(du));
    expect(w.map((x) => [x.file, x.sheet, x.cell])).toEqual([
      ['c.xlsx', G, 'M9'],
      ['c.xlsx', G, 'N9'],
    ]);
  });

  it('says nothing of a census without residual ratings, or into a DU with the residual G and F', () => {
    const none = census({ M9: null, N9: null, M10: null, N10: null, M11: null, N11: null, M12: null, N12: null, M13: null, N13: null });
    expect(residualNotCarried([none], recognise(du))).toEqual([]);
    expect(residualNotCarried([{ name: 'p.xlsx', snapshot: layoutToSnapshot(filledCensus()) }], recognise(du))).toEqual([]);
    expect(residualNotCarried([census()], recognise(residualDu()))).toEqual([]);
  });

  it('warns into a DU that has only one of the residual ratings', () => {
    const half = layoutToSnapshot(fill(filledDocumentUnique(), H, { O7: 'Gravité résiduelle' }));
    expect(residualNotCarried([census()], recognise(half))).toHaveLength(1);
    const other = layoutToSnapshot(fill(filledDocumentUnique(), H, { O7: 'Fréquence résiduelle' }));
    expect(residualNotCarried([census()], recognise(other))).toHaveLength(1);
  });

  it('uses the recognition given with a census', () => {
    const c = census();
    const programme = layoutToSnapshot(filledProgramme());
    expect(residualNotCarried([{ ...c, recognition: recognise(programme) }], recognise(du))).toEqual([]);
  });
});

describe('residualGrid and hasResidualColumns', () => {
  it('counts only rows with both residual ratings readable', () => {
    const grid = residualGrid(residualDu({ O9: 'x', P10: 7 }));
    expect(grid.flat().reduce((a, b) => a + b, 0)).toBe(3);
    expect(grid[1][0]).toBe(1); // 2/1
  });

  it('is empty without both residual ratings', () => {
    const half = layoutToSnapshot(fill(residualDocumentUnique(), H, { P7: 'Autre' }));
    expect(residualGrid(half).flat().every((n) => n === 0)).toBe(true);
    expect(residualGrid(layoutToSnapshot(filledProgramme())).flat().every((n) => n === 0)).toBe(true);
    expect(hasResidualColumns(recognise(half))).toBe(false);
    expect(hasResidualColumns(recognise(residualDu()))).toBe(true);
    expect(hasResidualColumns(recognise(layoutToSnapshot(filledProgramme())))).toBe(false);
  });
});

describe('reasons', () => {
  it('says why for every edit of recompute --residuel', () => {
    const edits = planAddResidual(layoutToSnapshot(filledDocumentUnique())).edits;
    for (const e of edits) expect(e.reason.trim()).not.toBe('');
    const s = residualDu();
    const formats: (ValidationEdit | ConditionalFormatEdit)[] = [];
    for (const e of planResidual(s, recognise(s), formats)) expect(e.reason.trim()).not.toBe('');
    expect(formats[0].reason.trim()).not.toBe('');
  });
});

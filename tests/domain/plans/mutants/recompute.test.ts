/**
 * Mutants of src/domain/plans/recompute.ts: index formulas, ranks, dropdowns and colours.
 *
 * Equivalent mutants (not targeted):
 * - rankEdits' guard `!g || !f || !rank` (line 51): a DU is only recognised with G, F and its rank column.
 * - indexEdits' guard on `!g || !f` (line 37): G and F are required columns of every risk table.
 * - refreshedFormulaEdit `before.formula ?? formula` (line 97): reached only with a formula in place.
 * - refreshedFormulaEdit's `before.value === ''` (line 96): an empty shown value is '' either way.
 * - validationEdit's `/^=/` as `/=/` (line 81) and indexColourEdit's `/^=|"/g` as `/=|"/g` (line 138):
 *   list names and the letters' rules hold no other `=`.
 * - planRecompute's filter on risk tables and its DU test before ranking (lines 164, 167): the other
 *   tables have no G, F or index column, and a census no rank column, so both plan nothing anyway.
 */
import { INDEX_LEVELS } from '../../../../src/domain/catalogue/scales';
import { applyPlanToSnapshot } from '../../../../src/domain/plans/apply-to-snapshot';
import { registryEntry } from '../../../../src/domain/plans/format-registry';
import type { ConditionalFormatEdit, Edit, FormulaEdit, ValidationEdit, ValueEdit } from '../../../../src/domain/plans/plan';
import { DROPDOWN_ROWS, TEMPLATE_ROWS, columnRange, indexColourEdit, planRecompute, refreshedFormulaEdit } from '../../../../src/domain/plans/recompute';
import { CENSUS_TABLE, DU_TABLE, layoutToSnapshot } from '../../../../src/domain/templates';
import { recognise } from '../../../../src/domain/workbook/recognise';
import type { TableLocation } from '../../../../src/domain/workbook/recognition';
import { CATALOGUE_SHEET } from '../../../../src/domain/workbook/specs';
import { findSheet, type WorkbookSnapshot } from '../../../../src/domain/workbook/snapshot';
import { filledCensus, filledDocumentUnique, largeCensus } from '../../../fixtures/generate';
import { fill } from '../../../fixtures/transforms';
import { snap } from './helpers';

const G = CENSUS_TABLE.sheet;
const H = DU_TABLE.sheet;
const census = () => layoutToSnapshot(filledCensus({ broken: false }));
const du = () => layoutToSnapshot(filledDocumentUnique({ broken: false }));
const apply = (s: WorkbookSnapshot, edits: Edit[]) => applyPlanToSnapshot(s, { command: 'recompute', edits });
const validations = (edits: Edit[]) => edits.filter((e): e is ValidationEdit => e.kind === 'validation');
const colours = (edits: Edit[]) => edits.filter((e): e is ConditionalFormatEdit => e.kind === 'conditionalFormat');
const cell = (edits: Edit[], sheet: string, address: string) => edits.find((e) => (e.kind === 'value' || e.kind === 'formula') && e.sheet === sheet && e.cell === address) as ValueEdit | FormulaEdit | undefined;

const table = (over: Partial<TableLocation> = {}): TableLocation => ({ sheet: 'S', table: 'risques', headerRow: 3, firstRow: 4, lastRow: 10, columns: { indice: 'J', gravite: 'H' }, ...over });

describe('columnRange', () => {
  it('covers a column from the first row down to the dropdown depth', () => {
    expect(columnRange(table(), 'indice')).toBe(`J4:J${4 + DROPDOWN_ROWS - 1}`);
    expect(columnRange(table(), 'gravite')).toBe('H4:H503');
  });

  it('goes down to the table’s end when it is lower', () => {
    expect(columnRange(table({ lastRow: 4 + DROPDOWN_ROWS + 10 }), 'indice')).toBe(`J4:J${4 + DROPDOWN_ROWS + 10}`);
    expect(columnRange(table({ lastRow: 4 + DROPDOWN_ROWS - 1 }), 'indice')).toBe(`J4:J${4 + DROPDOWN_ROWS - 1}`);
  });

  it('is null for a column the table does not have', () => {
    expect(columnRange(table(), 'rang')).toBeNull();
  });
});

describe('refreshedFormulaEdit', () => {
  const s = snap({
    S: {
      A1: { formula: '=B1', value: 'A' },
      A2: { formula: '=B2', value: '' },
      A3: { formula: '=b3', value: null },
      A4: 'typed',
    },
  });

  it('writes a formula that is not in place, as formulaEdit would', () => {
    expect(refreshedFormulaEdit(s, 'S', 'A4', '=B4', 'C', 'r')).toEqual({ kind: 'formula', sheet: 'S', cell: 'A4', before: 'typed', beforeFormula: null, formula: '=B4', result: 'C', reason: 'r' });
  });

  it('plans nothing when the formula is in place and shows the result', () => {
    expect(refreshedFormulaEdit(s, 'S', 'A1', '=B1', 'A', 'r')).toBeNull();
    expect(refreshedFormulaEdit(s, 'S', 'A2', '=B2', null, 'r')).toBeNull();
    expect(refreshedFormulaEdit(s, 'S', 'A2', '=B2', '', 'r')).toBeNull();
    expect(refreshedFormulaEdit(s, 'S', 'A3', '=B3', '', 'r')).toBeNull();
  });

  it('writes its formula where a typed value or another formula already shows the result', () => {
    const t = snap({ S: { A1: { formula: '=B1', value: 'A' }, A5: 'C' } });
    expect(refreshedFormulaEdit(t, 'S', 'A5', '=B5', 'C', 'r')).toEqual({ kind: 'formula', sheet: 'S', cell: 'A5', before: 'C', beforeFormula: null, formula: '=B5', result: 'C', reason: 'r' });
    expect(refreshedFormulaEdit(t, 'S', 'A1', '=B9', 'A', 'r')).toMatchObject({ beforeFormula: '=B1', formula: '=B9', result: 'A' });
  });

  it('rewrites a formula in place whose shown result is stale, in its own spelling', () => {
    expect(refreshedFormulaEdit(s, 'S', 'A1', '=B1', 'B', 'why')).toEqual({ kind: 'formula', sheet: 'S', cell: 'A1', before: 'A', beforeFormula: '=B1', formula: '=B1', result: 'B', reason: 'why' });
    expect(refreshedFormulaEdit(s, 'S', 'A3', '=B3', 'D', 'r')).toMatchObject({ formula: '=b3', before: null, result: 'D' });
    expect(refreshedFormulaEdit(s, 'S', 'A2', '=B2', 0, 'r')).toMatchObject({ result: 0 });
  });
});

describe('indexColourEdit', () => {
  const sheetWith = (cfs: { range: string; formulas: string[] }[]) => {
    const s = snap({ S: { A1: 'x' } });
    findSheet(s, 'S')!.conditionalFormats.push(...cfs);
    return findSheet(s, 'S')!;
  };

  it('colours the four letters, each with its fill and font', () => {
    const e = indexColourEdit(sheetWith([]), 'J4:J503', 'why', new Set())!;
    expect(e).toMatchObject({ kind: 'conditionalFormat', sheet: 'S', range: 'J4:J503', reason: 'why' });
    expect(e.rules).toEqual(INDEX_LEVELS.map((l) => ({ equals: l.index, fill: l.fill, font: l.font })));
  });

  it('plans nothing when the range already has a rule for every letter, however written', () => {
    expect(indexColourEdit(sheetWith([{ range: 'J4:J503', formulas: ['"A"', '="B"', 'C'] }, { range: 'J4:J503', formulas: ['=D'] }]), 'J4:J503', 'r', new Set())).toBeNull();
  });

  it('colours again when a letter lacks, or the rules are on another range', () => {
    expect(indexColourEdit(sheetWith([{ range: 'J4:J503', formulas: ['"A"', '"B"', '"C"'] }]), 'J4:J503', 'r', new Set())).not.toBeNull();
    expect(indexColourEdit(sheetWith([{ range: 'J4:J99', formulas: ['"A"', '"B"', '"C"', '"D"'] }]), 'J4:J503', 'r', new Set())).not.toBeNull();
  });

  it('plans nothing when the registry lists it (Excel cannot read formats back)', () => {
    const e = indexColourEdit(sheetWith([]), 'J4:J503', 'r', new Set())!;
    expect(indexColourEdit(sheetWith([]), 'J4:J503', 'r', new Set([registryEntry(e)]))).toBeNull();
    expect(indexColourEdit(sheetWith([]), 'J4:J503', 'r', new Set(['autre']))).not.toBeNull();
  });
});

describe('planRecompute — index formulas', () => {
  it('plans nothing for a workbook it does not recognise', () => {
    expect(planRecompute(snap({ Feuil1: { A1: 'x' } }))).toEqual({ command: 'recompute', edits: [] });
  });

  it('writes the index of each row with its letter, and of the empty template rows with nothing', () => {
    const edits = planRecompute(census()).edits;
    const first = CENSUS_TABLE.firstRow;
    const idx = edits.filter((e): e is FormulaEdit => e.kind === 'formula' && e.sheet === G && e.cell.startsWith('J'));
    expect(idx.map((e) => e.cell)).toEqual(Array.from({ length: TEMPLATE_ROWS }, (_, i) => `J${first + i}`));
    // first row: G3 F3 → A
    expect(idx[0]).toMatchObject({ result: 'A', formula: expect.stringContaining(`H${first}`) });
    expect(idx[0].formula).toContain(`I${first}`);
    expect(idx[TEMPLATE_ROWS - 1].result).toBe('');
  });

  it('covers every row of a table longer than the template rows', () => {
    const n = TEMPLATE_ROWS + 5;
    const edits = planRecompute(layoutToSnapshot(largeCensus(n))).edits;
    const last = CENSUS_TABLE.firstRow + n - 1;
    expect(cell(edits, G, `J${last}`)).toMatchObject({ kind: 'formula' });
    expect((cell(edits, G, `J${last}`) as FormulaEdit).result).toMatch(/^[ABCD]$/);
    expect(cell(edits, G, `J${last + 1}`)).toBeUndefined();
  });
});

describe('planRecompute — the DU’s rank', () => {
  it('ranks rated rows only, and empties a rank left on a row no longer rated', () => {
    const s = layoutToSnapshot(fill(filledDocumentUnique({ broken: false }), H, { H9: 'x', K9: 4 }));
    const edits = planRecompute(s).edits;
    expect(cell(edits, H, 'K9')).toMatchObject({ kind: 'value', before: 4, after: null });
    const ranks = [8, 10, 11, 12, 13].map((r) => (cell(edits, H, `K${r}`) as ValueEdit).after);
    expect([...ranks].sort()).toEqual([1, 2, 3, 4, 5]);
    // no rank below the table
    expect(edits.some((e) => e.kind === 'value' && e.sheet === H && /^K(1[4-9]|[2-9]\d)$/.test(e.cell))).toBe(false);
  });

  it('breaks ties by the agents exposed', () => {
    // rows 8 and 12: give both G2 F2, and more agents to row 12
    const s = layoutToSnapshot(fill(filledDocumentUnique({ broken: false }), H, { H8: 2, I8: 2, C8: 1, H12: 2, I12: 2, C12: 40 }));
    const edits = planRecompute(s).edits;
    expect((cell(edits, H, 'K12') as ValueEdit).after).toBeLessThan((cell(edits, H, 'K8') as ValueEdit).after as number);
  });

  it('does not rank a census', () => {
    expect(planRecompute(census()).edits.some((e) => e.kind === 'value' && e.sheet === G && e.cell.startsWith('K'))).toBe(false);
  });

  it('plans nothing the second time', () => {
    const s = du();
    const once = apply(s, planRecompute(s).edits);
    expect(planRecompute(once).edits).toEqual([]);
  });
});

describe('planRecompute — dropdowns', () => {
  const first = CENSUS_TABLE.firstRow;
  const end = first + DROPDOWN_ROWS - 1;

  it('puts the lists on family, unit, G, F and action type, and the direction field', () => {
    const v = validations(planRecompute(census()).edits);
    expect(v.filter((e) => e.sheet === G).map((e) => [e.range, e.list])).toEqual(
      expect.arrayContaining([
        [`D${first}:D${end}`, '=DUERP_Familles'],
        [`B${first}:B${end}`, '=DUERP_Unites'],
        [`H${first}:H${end}`, '=DUERP_Echelle'],
        [`I${first}:I${end}`, '=DUERP_Echelle'],
        [`L${first}:L${end}`, '=DUERP_TypesAction'],
      ]),
    );
    expect(v.some((e) => e.list === '=DUERP_Directions' && e.sheet === 'Informations générales' && e.range === 'C3')).toBe(true);
    expect(v.some((e) => e.list === '=DUERP_Directions' && e.sheet === 'Identification')).toBe(false);
    for (const e of v) expect(e.reason.trim()).not.toBe('');
  });

  it('puts the direction list on the DU’s Identification', () => {
    const v = validations(planRecompute(du()).edits);
    expect(v.some((e) => e.list === '=DUERP_Directions' && e.sheet === 'Identification' && e.range === 'C3')).toBe(true);
  });

  it('keeps a list already there over a wider range, whatever the case of its name', () => {
    const s = census();
    findSheet(s, G)!.validations.push({ range: `A1:C2 D${first - 1}:D${end + 5}`, type: 'list', formula1: 'duerp_familles' });
    findSheet(s, G)!.validations.push({ range: `B${first + 1}:B${end}`, type: 'list', formula1: '=DUERP_Unites' });
    findSheet(s, G)!.validations.push({ range: `H${first}:I${end}`, type: 'whole', formula1: '=DUERP_Echelle' });
    findSheet(s, G)!.validations.push({ range: `L${first}:L${end - 1}`, type: 'list', formula1: '=DUERP_TypesAction' });
    findSheet(s, G)!.validations.push({ range: `K${first}:K${end}`, type: 'list', formula1: '=DUERP_TypesAction' });
    const v = validations(planRecompute(s).edits).filter((e) => e.sheet === G).map((e) => e.list);
    expect(v).not.toContain('=DUERP_Familles');
    // too short (from the second row, or to the row before the end), wrong type or wrong column: put again
    expect(v).toContain('=DUERP_Unites');
    expect(v.filter((l) => l === '=DUERP_Echelle')).toHaveLength(2);
    expect(v).toContain('=DUERP_TypesAction');
  });

  it('reads a list’s range however its areas are spaced, and puts it again where it stops short on the right', () => {
    const s = census();
    findSheet(s, G)!.validations.push({ range: `A1:C2  D${first}:D${end}`, type: 'list', formula1: '=DUERP_Familles' });
    findSheet(s, G)!.validations.push({ range: `A${first}:G${end}`, type: 'list', formula1: '=DUERP_Echelle' });
    const v = validations(planRecompute(s).edits).filter((e) => e.sheet === G);
    expect(v.map((e) => e.list)).not.toContain('=DUERP_Familles');
    // A to G stops before H and I: G and F get their list
    expect(v.filter((e) => e.list === '=DUERP_Echelle').map((e) => e.range)).toEqual([`H${first}:H${end}`, `I${first}:I${end}`]);
  });

  it('puts no direction list on an information sheet without a direction field', () => {
    // The field as recognition finds it, by its label, then emptied with its label.
    const layout = filledCensus({ broken: false });
    const field = recognise(layoutToSnapshot(layout)).fields.find((f) => f.field === 'direction')!;
    expect(validations(planRecompute(layoutToSnapshot(layout)).edits)).toContainEqual(expect.objectContaining({ sheet: field.sheet, range: field.valueCell, list: '=DUERP_Directions' }));
    const s = layoutToSnapshot(fill(layout, field.sheet, { [field.labelCell]: null, [field.valueCell]: null }));
    expect(recognise(s).fields.some((f) => f.field === 'direction')).toBe(false);
    const plan = planRecompute(s);
    expect(plan.command).toBe('recompute');
    expect(validations(plan.edits).some((e) => e.list === '=DUERP_Directions')).toBe(false);
    expect(validations(plan.edits).some((e) => e.list === '=DUERP_Familles')).toBe(true);
  });

  it('keeps a list over a range wider on the right and left', () => {
    const s = census();
    findSheet(s, G)!.validations.push({ range: `A${first}:Z${end}`, type: 'list', formula1: '=DUERP_Echelle' });
    const v = validations(planRecompute(s).edits).filter((e) => e.sheet === G).map((e) => e.list);
    expect(v).not.toContain('=DUERP_Echelle');
    expect(v).toContain('=DUERP_Familles');
  });

  it('keeps a list the registry names, and registers the ones it adds', () => {
    const s = census();
    const once = apply(s, planRecompute(s).edits);
    const registered = findSheet(once, CATALOGUE_SHEET)!.values.map((line) => line[17]).filter((x) => typeof x === 'string');
    expect(registered).toContain(`${G}!D${first}:D${end} liste =DUERP_Familles`);
    // Excel does not read validations back: the registry alone keeps them from being planned again
    for (const sh of once.sheets) {
      sh.validations = [];
      sh.conditionalFormats = [];
    }
    expect(planRecompute(once).edits).toEqual([]);
  });
});

describe('planRecompute — colours', () => {
  it('colours the index column of each risk table', () => {
    const c = colours(planRecompute(census()).edits);
    expect(c.map((e) => [e.sheet, e.range])).toEqual([[G, `J${CENSUS_TABLE.firstRow}:J${CENSUS_TABLE.firstRow + DROPDOWN_ROWS - 1}`]]);
  });
});

describe('planRecompute — tables without some columns', () => {
  it('writes no index without an index column', () => {
    const noIndex = planRecompute(layoutToSnapshot(fill(filledCensus({ broken: false }), G, { J8: null }))).edits;
    for (const e of noIndex) expect(typeof e.kind).toBe('string');
    expect(noIndex.some((e) => e.kind === 'formula' && e.sheet === G)).toBe(false);
    expect(colours(noIndex)).toEqual([]);
    expect(validations(noIndex).some((e) => e.list === '=DUERP_Familles')).toBe(true);
  });

  it('ranks without the agents column, by index and G × F', () => {
    const edits = planRecompute(layoutToSnapshot(fill(filledDocumentUnique({ broken: false }), H, { C7: null }))).edits;
    const ranks = [8, 9, 10, 11, 12, 13].map((r) => (cell(edits, H, `K${r}`) as ValueEdit).after);
    expect([...ranks].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('planRecompute — reasons', () => {
  it('says why for every edit, on a census and on a DU', () => {
    for (const s of [census(), du()]) {
      const edits = planRecompute(s).edits;
      expect(edits.length).toBeGreaterThan(50);
      for (const e of edits) expect(e.reason.trim()).not.toBe('');
    }
  });
});

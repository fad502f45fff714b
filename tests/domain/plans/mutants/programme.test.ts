/**
 * Mutants of src/domain/plans/programme.ts: the actions of the year in the GT's order, the risks put
 * off, the numbers of new rows, and the summary block below the table.
 */
import { applyPlanToSnapshot } from '../../../../src/domain/plans/apply-to-snapshot';
import { CompileError } from '../../../../src/domain/plans/compile';
import type { Edit } from '../../../../src/domain/plans/plan';
import { POSTPONED_PREFIX, SUMMARY_TITLE, planProgramme, programmeOrder, readGtPriority, type GtPriority } from '../../../../src/domain/plans/programme';
import { DU_TABLE, layoutToSnapshot } from '../../../../src/domain/templates';
import { findSheet, type CellValue, type WorkbookSnapshot } from '../../../../src/domain/workbook/snapshot';
import { filledCensus } from '../../../fixtures/generate';
import { freshProgramme, gtDecisionsDocumentUnique } from '../../../fixtures/gt-decisions';
import { fill } from '../../../fixtures/transforms';
import { formulaAt, valueAt } from './helpers';

const P = 'Programme';
const DU = layoutToSnapshot(gtDecisionsDocumentUnique());
const FRESH = freshProgramme();
const duWith = (cells: Record<string, CellValue>) => layoutToSnapshot(fill(gtDecisionsDocumentUnique(), DU_TABLE.sheet, cells));
const run = (du: WorkbookSnapshot, programme: WorkbookSnapshot = FRESH) => {
  const plan = planProgramme(du, programme, { programmeName: 'prog.xlsx' });
  return { plan, out: applyPlanToSnapshot(programme, plan) };
};
const typed = (s: WorkbookSnapshot, cells: Record<string, CellValue>) =>
  applyPlanToSnapshot(s, {
    command: 't',
    edits: Object.entries(cells).map(([cell, after]): Edit => ({ kind: 'value', sheet: P, cell, before: null, beforeFormula: null, after, reason: 'saisie' })),
  });
const col = (s: WorkbookSnapshot, letter: string, rows: number[]) => rows.map((r) => valueAt(s, P, `${letter}${r}`));

describe('readGtPriority', () => {
  it.each<[CellValue, GtPriority]>([
    [999, { kind: 'number', value: 999 }],
    [1000, { kind: 'word', text: '1000' }],
    [-2, { kind: 'word', text: '-2' }],
    [0.5, { kind: 'word', text: '0.5' }],
    ['1,5', { kind: 'number', value: 1.5 }],
    ['p.4', { kind: 'number', value: 4 }],
    ['Priorite 12', { kind: 'number', value: 12 }],
    ['N° 5', { kind: 'number', value: 5 }],
    ['no7', { kind: 'number', value: 7 }],
    ['P0', { kind: 'word', text: 'P0' }],
    ['P1234', { kind: 'word', text: 'P1234' }],
    ['3,5 jours', { kind: 'word', text: '3,5 jours' }],
    ['  Reporté ', { kind: 'word', text: 'Reporté' }],
    [{ error: '#N/A' }, { kind: 'none' }],
    ['', { kind: 'none' }],
  ])('%p → %p', (input, expected) => {
    expect(readGtPriority(input)).toEqual(expected);
  });

  it('reads nothing from a missing cell', () => {
    expect(readGtPriority(undefined)).toEqual({ kind: 'none' });
  });
});

describe('programmeOrder', () => {
  const risk = (row: number, index: string | null, rank: number, priority: GtPriority) => ({ row: { row, cells: {} }, index, rank, priority });
  const none: GtPriority = { kind: 'none' };
  const n = (value: number): GtPriority => ({ kind: 'number', value });
  const w: GtPriority = { kind: 'word', text: 'plus tard' };

  it('takes numbered risks by number (rank, then row, between equals), then the A and B risks by rank', () => {
    const risks = [
      risk(1, 'A', 3, none),
      risk(2, 'C', 9, n(2)),
      risk(3, 'B', 2, n(2)),
      risk(4, 'D', 8, n(1)),
      risk(5, 'B', 1, none),
      risk(6, 'C', 4, none),
      risk(7, 'A', 5, w),
      risk(8, 'B', 2, n(2)),
      risk(9, null, Number.MAX_SAFE_INTEGER, none),
    ];
    const { actions, postponed } = programmeOrder(risks);
    expect(actions.map((r) => r.row.row)).toEqual([4, 3, 8, 2, 5, 1]);
    expect(postponed.map((r) => r.row.row)).toEqual([7]);
  });

  it('puts off only A and B risks the GT gave a word, by rank', () => {
    const { actions, postponed } = programmeOrder([risk(1, 'B', 7, w), risk(2, 'C', 1, w), risk(3, 'A', 2, w), risk(4, null, 9, w)]);
    expect(actions).toEqual([]);
    expect(postponed.map((r) => r.row.row)).toEqual([3, 1]);
  });
});

describe('planProgramme', () => {
  it('refuses a source that is no DU and a destination that is no programme', () => {
    const census = layoutToSnapshot(filledCensus());
    expect(() => planProgramme(census, FRESH)).toThrow(CompileError);
    expect(() => planProgramme(DU, census)).toThrow(CompileError);
  });

  it('carries site, agents, family, situation, index, the GT’s means and type of action; nothing else', () => {
    const { out } = run(DU);
    expect(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'].map((c) => valueAt(out, P, `${c}10`))).toEqual([
      2,
      'SIP Nord',
      4,
      '18 - Risques Psycho-Sociaux (RPS)',
      'Accueil du public au guichet',
      'A',
      'Formation à la gestion des conflits',
      'Humaine (formation, information)',
      null,
      null,
      null,
      null,
    ]);
  });

  it('writes no measure when the GT envisaged none, and no cell that shows an error', () => {
    const { out } = run(duWith({ L10: null, A10: { error: '#REF!' }, M10: { error: '#N/A' } }));
    // RACP (row 10 of the DU) is the first action
    expect(col(out, 'D', [9])).toEqual(["01 - Risques liés à l'Activité Physique (RACP)"]);
    expect(col(out, 'G', [9])).toEqual([null]);
    expect(col(out, 'B', [9])).toEqual([null]);
    expect(col(out, 'H', [9])).toEqual([null]);
  });

  it('says the GT’s word for a risk put off, in Réalisation', () => {
    const { out, plan } = run(DU);
    expect(valueAt(out, P, 'L12')).toBe(`${POSTPONED_PREFIX}Reporté à 2027`);
    const reasons = new Set(plan.edits.filter((e) => e.kind === 'value' && e.sheet === P && /^[B-L]12$/.test(e.cell)).map((e) => e.reason));
    const actionReasons = new Set(plan.edits.filter((e) => e.kind === 'value' && e.sheet === P && /^[B-L]9$/.test(e.cell)).map((e) => e.reason));
    expect(reasons.size).toBe(1);
    expect([...reasons][0]).not.toBe([...actionReasons][0]);
  });

  it('numbers the rows past the template’s numbered ones, following the last number', () => {
    const sheet = findSheet(FRESH, P)!;
    const cells: Record<string, CellValue> = {};
    for (let r = 9; r <= 37; r++) Object.assign(cells, { [`B${r}`]: `Site ${r}`, [`E${r}`]: `Situation ${r}` });
    expect(sheet.values[37][0]).toBe(30);
    const full = typed(FRESH, cells);
    const { out } = run(DU, full);
    expect(col(out, 'A', [38, 39, 40, 41])).toEqual([30, 31, 32, 33]);
    expect(col(out, 'D', [38, 41])).toEqual(["01 - Risques liés à l'Activité Physique (RACP)", '05 - Risques Chimiques (RCHI)']);
    expect(valueAt(out, P, 'A43')).toBe(SUMMARY_TITLE);
  });

  it('numbers from 1 a table whose numbers were cleared', () => {
    const cleared = typed(FRESH, Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`A${9 + i}`, null])));
    const { out } = run(DU, cleared);
    expect(col(out, 'A', [9, 10, 11, 12, 13])).toEqual([1, 2, 3, 4, null]);
  });

  it('says how many risks found no free row above a summary block already there', () => {
    const blocked = typed(FRESH, { A11: SUMMARY_TITLE });
    const { plan, out } = run(DU, blocked);
    expect(col(out, 'D', [9, 10])).toEqual(["01 - Risques liés à l'Activité Physique (RACP)", '18 - Risques Psycho-Sociaux (RPS)']);
    expect(valueAt(out, P, 'D11')).toBeNull();
    expect(plan.warnings).toEqual([{ file: 'prog.xlsx', sheet: P, cell: 'A11', message: expect.stringMatching(/^2 risque/) }]);
    // the block is written where it is
    expect(valueAt(out, P, 'B12')).toBe('Actions par indice');
  });
});

describe('the summary block', () => {
  const base = run(DU).out;

  it('reads Réalisation so that the rows put off are not counted as actions', () => {
    expect(formulaAt(base, P, 'C42')).toContain('LEFT($L$9:$L$39,13)<>"Non programmé"');
  });

  it('sums costs by quarter of deadline, Q4 up to the next January, quarters in order, typed labels left alone', () => {
    const withCosts = typed(base, {
      I9: 100, J9: 46752, // 31/12/2027: T4 2027
      I10: 200, J10: 46023, // 01/01/2026: T1 2026
      I11: 50, J11: 46387, // 31/12/2026: T4 2026
      J41: "Coût par trimestre d'échéance",
      J42: 'à voir',
    });
    // J42 is typed: the block's quarters start below it
    const { out } = run(DU, withCosts);
    expect(col(out, 'J', [42, 43, 44, 45, 46])).toEqual(['à voir', 'T1 2026', 'T4 2026', 'T4 2027', null]);
    expect(col(out, 'K', [42, 43, 44, 45])).toEqual([null, 200, 50, 100]);
    expect(formulaAt(out, P, 'K45')).toBe('=SUMIFS($I$9:$I$39,$J$9:$J$39,">="&DATE(2027,10,1),$J$9:$J$39,"<"&DATE(2028,1,1))');
    expect(formulaAt(out, P, 'K43')).toBe('=SUMIFS($I$9:$I$39,$J$9:$J$39,">="&DATE(2026,1,1),$J$9:$J$39,"<"&DATE(2026,4,1))');
  });

  it('sums costs by service, a service once whatever its case, a listed one kept in its place', () => {
    const withServices = typed(base, { I9: 100, K9: 'RH', I10: 20, K10: 'Logistique', I11: 3, K11: 'rh', E42: 'Logistique' });
    const { out } = run(DU, withServices);
    expect(col(out, 'E', [42, 43, 44])).toEqual(['Logistique', 'RH', null]);
    expect(col(out, 'F', [42, 43])).toEqual([20, 103]);
    expect(valueAt(out, P, 'C47')).toBe(123);
  });

  it('counts a letter only on actions, not on rows put off', () => {
    expect(col(base, 'C', [42, 43, 44, 45, 46])).toEqual([1, 2, 0, 0, 3]);
    const after = typed(base, { F13: 'C', B13: 'x', L13: 'non programmé cette année' });
    expect(col(run(DU, after).out, 'C', [44, 46])).toEqual([0, 3]);
  });

  it('brings a result up to date under its own formula, never over a typed cell', () => {
    const withCost = typed(base, { I9: 1000 });
    const { plan } = run(DU, withCost);
    expect(plan.edits.filter((e) => e.kind === 'formula' && e.sheet === P && e.cell === 'C47')).toEqual([expect.objectContaining({ result: 1000, before: 0 })]);
    const other = typed(base, { I9: 1000 });
    findSheet(other, P)!.formulas[46][2] = '=SUM($I$9:$I$20)';
    expect(run(DU, other).plan.edits.some((e) => e.kind === 'formula' && e.cell === 'C47')).toBe(false);
  });

  it('warns a cost typed as text on any row, a deadline typed as text on actions only', () => {
    const withText = typed(base, { I9: '100 €', J9: 'mars', I12: 'x', J12: 'plus tard', I10: ' ', J10: '' });
    const { plan } = run(DU, withText);
    expect(plan.warnings.map((w) => w.cell)).toEqual(['I9', 'J9', 'I12']);
    expect(plan.warnings.every((w) => w.file === 'prog.xlsx' && w.sheet === P)).toBe(true);
  });
});

describe('a programme without the Réalisation column', () => {
  const noReal = typed(FRESH, { L8: null });

  it('says the GT’s word before the measures, and counts every row of a letter', () => {
    const { out } = run(DU, noReal);
    expect(valueAt(out, P, 'G12')).toBe(`${POSTPONED_PREFIX}Reporté à 2027 — Produits moins nocifs`);
    expect(valueAt(out, P, 'L12')).toBeNull();
    expect(formulaAt(out, P, 'C42')).toBe('=COUNTIF($F$9:$F$39,"A")');
    expect(col(out, 'C', [42, 43, 46])).toEqual([2, 2, 4]);
  });

  it('says the GT’s word alone when the GT envisaged no measure', () => {
    const { out } = run(duWith({ L13: null }), noReal);
    expect(valueAt(out, P, 'G12')).toBe(`${POSTPONED_PREFIX}Reporté à 2027`);
  });
});

describe('the summary block around what people typed', () => {
  const base = run(DU).out;

  it('writes no label over a cell holding a formula, and counts no blank service nor a deadline that is no date', () => {
    const edited = applyPlanToSnapshot(typed(base, { I9: 10, K9: '  ', J9: 0, I10: 5, K10: 'RH', J10: 46023 }), {
      command: 't',
      edits: [{ kind: 'value', sheet: P, cell: 'B41', before: 'Actions par indice', beforeFormula: null, after: null, reason: 'r' }, { kind: 'formula', sheet: P, cell: 'B41', before: null, beforeFormula: null, formula: '="Résumé"', result: 'Résumé', reason: 'r' }],
    });
    const { plan, out } = run(DU, edited);
    expect(plan.edits.some((e) => e.kind === 'value' && e.cell === 'B41')).toBe(false);
    expect(col(out, 'E', [42, 43])).toEqual(['RH', null]);
    expect(col(out, 'J', [42, 43])).toEqual(['T1 2026', null]);
    expect(col(out, 'K', [42])).toEqual([5]);
  });
});

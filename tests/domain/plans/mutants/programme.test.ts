/**
 * Mutants of src/domain/plans/programme.ts: the actions of the year in the GT's order, the risks put
 * off, the numbers of new rows, and the summary block below the table. Every plan is made inside its
 * test: one made while Jest collects the tests counts for none of them.
 *
 * Equivalent mutants (not targeted):
 * - line 60 the null/undefined test and line 63 the number test of readGtPriority: the text path reads
 *   the same (an empty cell is none, a number's text is the same number).
 * - line 98 `r.index !== null` → true and line 100 `kind === 'number'` → true: no index is no programmed
 *   letter, and only numbered risks are valued.
 * - line 129 `headerRow - 1`: the block's title is never above the table's header.
 * - lines 156, 165 `if (e)` → true: the cell is empty there, so the edit is never null.
 * - line 262 `quarter === 4` → false: Date.UTC carries month 13 into the next January.
 * - line 289 `&&`/false: no other kind of workbook has an actions table.
 * - line 304 all free rows: only the first `room` are used.
 * - lines 313 `value !== null` → true and 323 the null filter: a null value plans no edit on a free row.
 * - lines 324, 328 the command names of the in-memory plans.
 */
import { applyPlanToSnapshot } from '../../../../src/domain/plans/apply-to-snapshot';
import { CompileError } from '../../../../src/domain/plans/compile';
import type { Edit } from '../../../../src/domain/plans/plan';
import { POSTPONED_PREFIX, SUMMARY_TITLE, planProgramme, programmeOrder, readGtPriority, type GtPriority } from '../../../../src/domain/plans/programme';
import { DU_TABLE, layoutToSnapshot } from '../../../../src/domain/templates';
import { findSheet, type CellValue, type WorkbookSnapshot } from '../../../../src/domain/workbook/snapshot';
import { filledCensus } from '../../../fixtures/generate';
import { freshProgramme, gtDecisionsDocumentUnique } from '../../../fixtures/gt-decisions';
import { filledDocumentUnique, filledProgramme } from '../../../fixtures/generate';
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
  // Made in each test (not while Jest collects them), so that the block counts as the test's.
  const base = () => run(DU).out;

  it('reads Réalisation so that the rows put off are not counted as actions', () => {
    expect(formulaAt(base(), P, 'C42')).toContain('LEFT($L$9:$L$39,13)<>"Non programmé"');
  });

  it('sums costs by quarter of deadline, Q4 up to the next January, quarters in order, typed labels left alone', () => {
    const withCosts = typed(base(), {
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
    const withServices = typed(base(), { I9: 100, K9: 'RH', I10: 20, K10: 'Logistique', I11: 3, K11: 'rh', E42: 'Logistique' });
    const { out } = run(DU, withServices);
    expect(col(out, 'E', [42, 43, 44])).toEqual(['Logistique', 'RH', null]);
    expect(col(out, 'F', [42, 43])).toEqual([20, 103]);
    expect(valueAt(out, P, 'C47')).toBe(123);
  });

  it('counts a letter only on actions, not on rows put off', () => {
    expect(col(base(), 'C', [42, 43, 44, 45, 46])).toEqual([1, 2, 0, 0, 3]);
    const after = typed(base(), { F13: 'C', B13: 'x', L13: 'non programmé cette année' });
    expect(col(run(DU, after).out, 'C', [44, 46])).toEqual([0, 3]);
  });

  it('brings a result up to date under its own formula, never over a typed cell', () => {
    const withCost = typed(base(), { I9: 1000 });
    const { plan } = run(DU, withCost);
    expect(plan.edits.filter((e) => e.kind === 'formula' && e.sheet === P && e.cell === 'C47')).toEqual([expect.objectContaining({ result: 1000, before: 0 })]);
    const other = typed(base(), { I9: 1000 });
    findSheet(other, P)!.formulas[46][2] = '=SUM($I$9:$I$20)';
    expect(run(DU, other).plan.edits.some((e) => e.kind === 'formula' && e.cell === 'C47')).toBe(false);
  });

  it('warns a cost typed as text on any row, a deadline typed as text on actions only', () => {
    const withText = typed(base(), { I9: '100 €', J9: 'mars', I12: 'x', J12: 'plus tard', I10: ' ', J10: '' });
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
  // Made in each test (not while Jest collects them), so that the block counts as the test's.
  const base = () => run(DU).out;

  it('writes no label over a cell holding a formula, and counts no blank service nor a deadline that is no date', () => {
    const edited = applyPlanToSnapshot(typed(base(), { I9: 10, K9: '  ', J9: 0, I10: 5, K10: 'RH', J10: 46023 }), {
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

describe('more of the programme, each plan made in its test', () => {
  const noPriority = { N8: null, N9: null, N10: null, N11: null, N12: null, N13: null };
  const withFormula = (s: WorkbookSnapshot, cell: string, formula: string, result: CellValue) =>
    applyPlanToSnapshot(s, { command: 't', edits: [{ kind: 'formula', sheet: P, cell, before: null, beforeFormula: null, formula, result, reason: 'r' }] });

  it('reads « n ° 5 » as the number 5', () => {
    expect(readGtPriority('n ° 5')).toEqual({ kind: 'number', value: 5 });
  });

  it('orders the A and B risks by their automatic rank, an unrated risk left out', () => {
    const { out } = run(duWith({ ...noPriority, H11: null }));
    expect(col(out, 'E', [9, 10, 11, 12, 13])).toEqual(['Nettoyage des sanitaires', 'Accueil du public au guichet', 'Déplacements vers les sites distants', 'Manutention des cartons d’archives', null]);
  });

  it('puts the risk with more agents first between equal ratings, and rows in order between equal ranks', () => {
    const { out } = run(duWith({ ...noPriority, H10: 4, I10: 2 }));
    // RRCE (row 9, 2 agents) and RACP (row 10, 3 agents), both G4 F2
    expect(col(out, 'E', [11, 12])).toEqual(['Manutention des cartons d’archives', 'Déplacements vers les sites distants']);
    const risk = (row: number) => ({ row: { row, cells: {} }, index: 'B', rank: 5, priority: { kind: 'number', value: 1 } as GtPriority });
    expect(programmeOrder([risk(30), risk(20), risk(10)]).actions.map((r) => r.row.row)).toEqual([10, 20, 30]);
  });

  it('keeps apart actions of another site, family or situation', () => {
    const programme = layoutToSnapshot(filledProgramme());
    const added = (cells: Record<string, CellValue>) => col(run(duWith(cells), programme).out, 'E', [11, 12, 13, 14, 15]).filter((v) => v === 'Accueil du public au guichet').length;
    expect(added({})).toBe(0);
    expect(added({ A8: 'Autre site' })).toBe(1);
    expect(added({ D8: '17 - Risques Organisationnels (RO)' })).toBe(1);
    const other = col(run(duWith({ F8: 'Accueil téléphonique' }), programme).out, 'E', [11, 12, 13, 14]);
    expect(other).toContain('Accueil téléphonique');
  });

  it('finds a summary title typed on the sheet’s last row', () => {
    const titled = typed(FRESH, { A45: SUMMARY_TITLE });
    const { out } = run(DU, titled);
    expect(valueAt(out, P, 'B46')).toBe('Actions par indice');
    expect(valueAt(out, P, 'A40')).toBeNull();
  });

  it('writes the block’s labels and formulas where they belong, each edit with its reason', () => {
    const { out, plan } = run(DU);
    expect(col(out, 'B', [41, 42, 43, 44, 45, 46, 47])).toEqual(['Actions par indice', 'A', 'B', 'C', 'D', 'Total des actions', 'Coût prévisionnel total (€)']);
    expect(col(out, 'C', [41])).toEqual(['Nombre']);
    expect(col(out, 'E', [41])).toEqual(['Coût par service chargé du dossier']);
    expect(col(out, 'F', [41])).toEqual(['Montant (€)']);
    expect(col(out, 'J', [41])).toEqual(["Coût par trimestre d'échéance"]);
    expect(col(out, 'K', [41])).toEqual(['Montant (€)']);
    expect(formulaAt(out, P, 'C44')).toBe('=SUMPRODUCT(($F$9:$F$39="C")*(LEFT($L$9:$L$39,13)<>"Non programmé"))');
    expect(formulaAt(out, P, 'C46')).toBe('=SUM(C42:C45)');
    expect(formulaAt(out, P, 'C47')).toBe('=SUM($I$9:$I$39)');
    for (const e of plan.edits) expect(e.reason.trim()).not.toBe('');
    expect(plan.command).toBe('programme');
    const again = run(DU, typed(out, { F13: 'D', B13: 'x', E13: 'y' }));
    expect(col(again.out, 'C', [45, 46])).toEqual([1, 4]);
    expect(again.plan.edits.find((e) => e.kind === 'formula' && e.cell === 'C45')!.reason.trim()).not.toBe('');
  });

  it('counts the costs of every row above the block, numbers only', () => {
    const { out } = run(DU);
    const costs = run(DU, typed(out, { I12: 100, I9: '50 €', I10: 7 }));
    expect(valueAt(costs.out, P, 'C47')).toBe(107);
  });

  it('counts as actions the rows whose Réalisation says something else', () => {
    const { out } = run(DU);
    const again = run(DU, typed(out, { L9: 'En cours', J9: 'mars' }));
    expect(col(again.out, 'C', [43, 46])).toEqual([2, 3]);
    expect(again.plan.warnings.map((w) => w.cell)).toEqual(['J9']);
    expect(again.plan.warnings[0].message).toContain('mars');
  });

  it('writes no block part for a column the programme does not have', () => {
    for (const [header, none] of [['F8', 'B41'], ['K8', 'E41'], ['I8', 'J41']] as const) {
      const { out } = run(DU, typed(FRESH, { [header]: null }));
      expect(valueAt(out, P, none)).toBeNull();
      expect(valueAt(out, P, 'A40')).toBe(SUMMARY_TITLE);
    }
    const noCost = run(DU, typed(FRESH, { I8: null })).out;
    expect(col(noCost, 'B', [46, 47])).toEqual(['Total des actions', null]);
    expect(valueAt(noCost, P, 'E41')).toBeNull();
    const noAgents = run(DU, typed(FRESH, { C8: null })).out;
    expect(valueAt(noAgents, P, 'D9')).toBe("01 - Risques liés à l'Activité Physique (RACP)");
  });

  it('leaves a service or quarter line someone typed that is no name or no quarter', () => {
    const { out } = run(DU);
    const typedLines = typed(out, { E42: 12, J42: 'Voir T1 2026', J43: 'T2 2026 bis', I9: 10, J9: 46023, K9: 'RH' });
    const again = run(DU, typedLines).out;
    expect(formulaAt(again, P, 'F42')).toBeNull();
    expect(formulaAt(again, P, 'K42')).toBeNull();
    expect(formulaAt(again, P, 'K43')).toBeNull();
    expect(col(again, 'J', [44])).toEqual(['T1 2026']);
    expect(col(again, 'K', [44])).toEqual([10]);
    const spaced = run(DU, typed(out, { J42: ' T2 2026 ', I9: 5, J9: 46113 })).out;
    expect(col(spaced, 'K', [42])).toEqual([5]);
    expect(col(spaced, 'J', [43])).toEqual([null]);
  });

  it('sorts the quarters of a year, and counts a deadline on the first day of a quarter in that quarter only', () => {
    const { out } = run(DU);
    // Q2, Q4, Q1, Q3 of 2026 in rows 9 to 12; 01/04/2026 and 01/01/2026; a text deadline; the serial 1
    const again = run(DU, typed(out, { I9: 1, J9: 46113, I10: 2, J10: 46296, I11: 4, J11: 46023, I12: 8, J12: 46204, I13: 16, J13: '46100', B13: 'x', I14: 32, J14: 1, B14: 'y' })).out;
    expect(col(again, 'J', [42, 43, 44, 45, 46, 47])).toEqual(['T4 1899', 'T1 2026', 'T2 2026', 'T3 2026', 'T4 2026', null]);
    expect(col(again, 'K', [42, 43, 44, 45, 46])).toEqual([32, 4, 1, 8, 2]);
  });

  it('warns no blank deadline', () => {
    const { out } = run(DU);
    const again = run(DU, typed(out, { J10: '   ', I10: '  ' }));
    expect(again.plan.warnings).toEqual([]);
    const text = run(DU, typed(out, { I10: 'cher' }));
    expect(text.plan.warnings[0].message).toContain('cher');
  });

  it('never writes a label over a typed cell or an empty formula', () => {
    const { out } = run(DU);
    const cleared = applyPlanToSnapshot(out, {
      command: 't',
      edits: [
        { kind: 'value', sheet: P, cell: 'B41', before: null, beforeFormula: null, after: 'Par indice', reason: 'r' },
        { kind: 'formula', sheet: P, cell: 'E41', before: null, beforeFormula: null, formula: '=""', result: '', reason: 'r' },
      ],
    });
    const again = run(DU, cleared);
    expect(again.plan.edits.some((e) => e.kind === 'value' && ['B41', 'E41'].includes(e.cell))).toBe(false);
  });

  it('says how many risks found no room, and names the programme when no name is given', () => {
    const { plan, out } = run(DU, typed(FRESH, { A12: SUMMARY_TITLE }));
    expect(col(out, 'D', [9, 10, 11, 12])).toEqual(["01 - Risques liés à l'Activité Physique (RACP)", '18 - Risques Psycho-Sociaux (RPS)', "09 - Risques Routiers et Conduite d'Engins (RRCE)", null]);
    expect(plan.warnings[0].message).toMatch(/^1 risque/);
    expect(planProgramme(DU, typed(FRESH, { A12: SUMMARY_TITLE })).warnings[0].file).toBe('programme');
  });

  it('refuses, saying why, a source that is no DU and a destination that is no programme', () => {
    const census = layoutToSnapshot(filledCensus());
    expect(() => planProgramme(census, FRESH)).toThrow(/document unique/);
    expect(() => planProgramme(DU, census)).toThrow(/programme/);
  });

  it('numbers only the rows that have no number, after the one above', () => {
    const sevenFirst = run(DU, typed(FRESH, { A9: 7 })).out;
    expect(col(sevenFirst, 'A', [9, 10])).toEqual([7, 2]);
    const formulaFirst = withFormula(typed(FRESH, Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`A${9 + i}`, null]))), 'A9', '=""', '');
    const { out, plan } = run(DU, formulaFirst);
    expect(formulaAt(out, P, 'A9')).toBe('=""');
    expect(col(out, 'A', [10, 11])).toEqual([2, 3]);
    const numbering = plan.edits.find((e) => e.kind === 'value' && e.cell === 'A10')!;
    expect(numbering.reason.trim()).not.toBe('');
  });

  it('says the risks put off and the actions apart, each with a reason', () => {
    const { plan } = run(DU);
    const reasonAt = (cell: string) => plan.edits.find((e) => e.kind === 'value' && e.cell === cell)!.reason;
    expect(reasonAt('D12').trim()).not.toBe('');
    expect(reasonAt('D9').trim()).not.toBe('');
    expect(reasonAt('D12')).not.toBe(reasonAt('D9'));
  });

  it('puts the block below the template rows of a programme with few actions', () => {
    const { out } = run(layoutToSnapshot(filledDocumentUnique()), layoutToSnapshot(filledProgramme()));
    expect(valueAt(out, P, 'A40')).toBe(SUMMARY_TITLE);
  });
});

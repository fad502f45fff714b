import { applyPlanToSnapshot } from '../../../src/domain/plans/apply-to-snapshot';
import type { Plan } from '../../../src/domain/plans/plan';
import { planProgramme, readGtPriority, SUMMARY_TITLE } from '../../../src/domain/plans/programme';
import { planRecompute } from '../../../src/domain/plans/recompute';
import { runChecks } from '../../../src/domain/check/run-checks';
import { layoutToSnapshot } from '../../../src/domain/templates';
import { recognise, tableNamed } from '../../../src/domain/workbook/recognise';
import { parseA1 } from '../../../src/domain/workbook/address';
import { cellFormula, cellValue, type WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { filledProgramme } from '../../fixtures/generate';
import { fill } from '../../fixtures/transforms';
import { freshProgramme, gtDecisionsDocumentUnique } from '../../fixtures/gt-decisions';

const cell = (s: WorkbookSnapshot, a1: string) => {
  const { row, col } = parseA1(a1);
  const sh = s.sheets.find((x) => x.name === 'Programme')!;
  return { value: cellValue(sh, row, col), formula: cellFormula(sh, row, col) };
};
const v = (s: WorkbookSnapshot, a1: string) => cell(s, a1).value;
const du = layoutToSnapshot(gtDecisionsDocumentUnique());

describe('readGtPriority', () => {
  it.each([
    [1, { kind: 'number', value: 1 }], ['2', { kind: 'number', value: 2 }], [' 3 ', { kind: 'number', value: 3 }],
    ['P1', { kind: 'number', value: 1 }], ['Priorité 1 (budget 2027)', { kind: 'number', value: 1 }], ['priorite n°2', { kind: 'number', value: 2 }],
    ['Reporté à 2027', { kind: 'word', text: 'Reporté à 2027' }], ['hors programme', { kind: 'word', text: 'hors programme' }],
    ['2027', { kind: 'word', text: '2027' }], [0, { kind: 'word', text: '0' }], [null, { kind: 'none' }], ['  ', { kind: 'none' }],
  ])('%p → %p', (input, expected) => {
    expect(readGtPriority(input as never)).toEqual(expected);
  });
});

describe('planProgramme as the GT decided', () => {
  const programme = freshProgramme();
  // Planned in each test, so that the programme's code counts as covered by each (mutation testing).
  let plan!: Plan;
  let out!: WorkbookSnapshot;
  beforeEach(() => {
    plan = planProgramme(du, programme);
    out = applyPlanToSnapshot(programme, plan);
  });

  it('orders the actions by the GT’s priority, then the other A and B risks by automatic rank', () => {
    // RACP (B, GT 1), RPS (A, GT "2"), RRCE (B, no GT priority).
    expect([9, 10, 11].map((r) => [v(out, `A${r}`), v(out, `D${r}`), v(out, `F${r}`), v(out, `L${r}`)])).toEqual([
      [1, "01 - Risques liés à l'Activité Physique (RACP)", 'B', null],
      [2, '18 - Risques Psycho-Sociaux (RPS)', 'A', null],
      [3, "09 - Risques Routiers et Conduite d'Engins (RRCE)", 'B', null],
    ]);
  });

  it('lists the A risk the GT postponed after the actions, with the GT’s word in Réalisation, and leaves the C risk out', () => {
    expect([v(out, 'D12'), v(out, 'F12'), v(out, 'G12'), v(out, 'L12')]).toEqual(['05 - Risques Chimiques (RCHI)', 'A', 'Produits moins nocifs', 'Non programmé (GT) : Reporté à 2027']);
    expect(v(out, 'D13')).toBeNull(); // REET (C, « hors programme ») is not listed
  });

  it('writes a summary block below the table: actions per letter (the postponed one aside) with results', () => {
    expect(v(out, 'A40')).toBe(SUMMARY_TITLE);
    expect(['B42', 'B43', 'B44', 'B45'].map((a) => v(out, a))).toEqual(['A', 'B', 'C', 'D']);
    expect(['C42', 'C43', 'C44', 'C45', 'C46'].map((a) => v(out, a))).toEqual([1, 2, 0, 0, 3]);
    expect(cell(out, 'C42').formula).toBe('=SUMPRODUCT(($F$9:$F$39="A")*(LEFT($L$9:$L$39,13)<>"Non programmé"))');
    expect(cell(out, 'C46').formula).toBe('=SUM(C42:C45)');
    expect(cell(out, 'C47')).toEqual({ value: 0, formula: '=SUM($I$9:$I$39)' });
  });

  it('keeps the table recognised as before (the block closes it) and recompute plans nothing', () => {
    const t = tableNamed(recognise(out), 'actions')!;
    expect([t.firstRow, t.lastRow]).toEqual([9, 38]);
    expect(planRecompute(out).edits).toEqual([]);
    expect(runChecks(out).filter((f) => f.rule === 'valeurs-erreur')).toEqual([]);
  });

  it('adds nothing the second time', () => {
    expect(planProgramme(du, out).edits).toEqual([]);
  });

  it('is checked as the GT decided: cost, deadline and service asked of the actions, not of the postponed risk', () => {
    const asked = runChecks(out).filter((f) => ['action-cout', 'action-echeance', 'action-service'].includes(f.rule)).map((f) => f.cell);
    expect(asked).toEqual(expect.arrayContaining(['I9', 'J9', 'K9', 'I11']));
    expect(asked.filter((c) => c.endsWith('12'))).toEqual([]);
  });

  it('sums the costs people typed by service and by quarter of deadline, in rows it adds', () => {
    const typed = applyPlanToSnapshot(out, {
      command: 'test',
      edits: [
        ['I9', 1200], ['J9', 46400], ['K9', 'Logistique'], // 12/01/2027: T1 2027
        ['I10', 800], ['J10', 46600], ['K10', 'Service RH'], // 31/07/2027: T3 2027
        ['I11', 500], ['J11', 46420], ['K11', 'logistique'],
      ].map(([c, after]) => ({ kind: 'value' as const, sheet: 'Programme', cell: c as string, before: null, beforeFormula: null, after, reason: 'saisie' })),
    });
    const again = applyPlanToSnapshot(typed, planProgramme(du, typed));
    expect([['E42', 'F42'], ['E43', 'F43'], ['E44', 'F44']].map(([l, x]) => [v(again, l), v(again, x)])).toEqual([['Logistique', 1700], ['Service RH', 800], [null, null]]);
    expect(cell(again, 'F42').formula).toBe('=SUMIF($K$9:$K$39,E42,$I$9:$I$39)');
    expect([['J42', 'K42'], ['J43', 'K43']].map(([l, x]) => [v(again, l), v(again, x)])).toEqual([['T1 2027', 1700], ['T3 2027', 800]]);
    expect(cell(again, 'K43').formula).toBe('=SUMIFS($I$9:$I$39,$J$9:$J$39,">="&DATE(2027,7,1),$J$9:$J$39,"<"&DATE(2027,10,1))');
    expect(v(again, 'C47')).toBe(2500);
    expect(planProgramme(du, again).edits).toEqual([]);
  });

  it('never writes over a cell of the block someone typed in', () => {
    const typed = applyPlanToSnapshot(out, { command: 'test', edits: [{ kind: 'value', sheet: 'Programme', cell: 'C42', before: 1, beforeFormula: null, after: 'voir note', reason: 'saisie' }] });
    expect(planProgramme(du, typed).edits).toEqual([]);
  });
});

describe('planProgramme: a GT number makes an action whatever the letter', () => {
  it('takes a C risk the GT numbered, in its place', () => {
    const cells = { N11: 2 }; // REET (C, automatic rank 5) given priority 2
    const source = layoutToSnapshot(fill(gtDecisionsDocumentUnique(), 'Hiérarchisation', cells));
    const out = applyPlanToSnapshot(freshProgramme(), planProgramme(source, freshProgramme()));
    // Same number 2 for RPS (A, rank 2) and REET (C, rank 5): the automatic rank orders them.
    expect([v(out, 'D9'), v(out, 'D10'), v(out, 'D11'), v(out, 'F11')]).toEqual([
      "01 - Risques liés à l'Activité Physique (RACP)", '18 - Risques Psycho-Sociaux (RPS)', '12 - Risques liés aux Ecrans & Equipements de Travail (REET)', 'C',
    ]);
  });
});

describe('planProgramme --into a programme people filled in', () => {
  const programme = layoutToSnapshot(filledProgramme());
  let plan!: Plan;
  let out!: WorkbookSnapshot;
  beforeEach(() => {
    plan = planProgramme(du, programme, { programmeName: 'programme.xlsx' });
    out = applyPlanToSnapshot(programme, plan);
  });

  it('keeps every typed action and adds the others in the GT’s order, then the postponed risk', () => {
    expect([9, 10].map((r) => [v(out, `D${r}`), v(out, `I${r}`), v(out, `K${r}`)])).toEqual([
      ['18 - Risques Psycho-Sociaux (RPS)', '1 500 €', 'Service RH'],
      ['05 - Risques Chimiques (RCHI)', 300, 'Logistique'],
    ]);
    expect(plan.edits.some((e) => 'cell' in e && e.sheet === 'Programme' && ['9', '10'].includes(e.cell.replace(/^[A-Z]+/, '')))).toBe(false);
    // RPS and RCHI are held already: RACP (GT 1) then RRCE (B).
    expect([v(out, 'D11'), v(out, 'D12'), v(out, 'D13')]).toEqual(["01 - Risques liés à l'Activité Physique (RACP)", "09 - Risques Routiers et Conduite d'Engins (RRCE)", null]);
    expect(planProgramme(du, out).edits).toEqual([]);
  });

  it('reports costs and deadlines typed as text, which the sums cannot count', () => {
    expect(plan.warnings).toEqual([
      { file: 'programme.xlsx', sheet: 'Programme', cell: 'I9', message: expect.stringMatching(/« 1 500 € » est saisi en texte/) },
      { file: 'programme.xlsx', sheet: 'Programme', cell: 'J10', message: expect.stringMatching(/« 15\/01\/2027 » est saisie en texte/) },
    ]);
  });
});

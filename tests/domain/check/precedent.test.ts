/** risque-intolerable-ancien: an A risk already A in the previous DU, still with nothing programmed. */
import { runChecks } from '../../../src/domain/check/run-checks';
import { isNumberedPriority } from '../../../src/domain/check/rules/risque-intolerable-ancien';
import { readGtPriority } from '../../../src/domain/plans/programme';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { currentDocumentUnique, previousDocumentUnique, programmeFor, ROW } from '../../fixtures/precedent';
import { clean, edit, TODAY } from './baselines';

const RULE = 'risque-intolerable-ancien';
const H = 'Hiérarchisation';

const findings = (du: WorkbookSnapshot, opts: { precedent?: WorkbookSnapshot; programme?: WorkbookSnapshot } = {}) =>
  runChecks(du, { today: TODAY, ...opts }).filter((f) => f.rule === RULE);

const previous = () => clean(previousDocumentUnique());
const current = (opts?: Parameters<typeof currentDocumentUnique>[0]) => clean(currentDocumentUnique(opts));

describe('without --programme: the GT’s priority and measures say whether something is programmed', () => {
  it('fires on the A risk that was A last year, postponed by a word and without a GT measure, and on it only', () => {
    const found = findings(current(), { precedent: previous() });
    expect(found).toEqual([
      {
        severity: 'warning', rule: RULE, sheet: H, cell: `J${ROW.rps}`,
        message: expect.stringMatching(/^Risque intolérable depuis au moins un an \(« 18 - Risques Psycho-Sociaux \(RPS\) », Accueil du public au guichet\) : déjà coté A dans le document unique précédent et toujours sans priorité chiffrée ni moyens envisagés par le GT/),
      },
    ]);
    // Silent on: RCHI (A both years, priority 1), RRCE (B last year, A now), the new A risk (no previous year).
    expect(found.map((f) => f.cell)).not.toContain(`J${ROW.rchi}`);
    expect(found.map((f) => f.cell)).not.toContain(`J${ROW.rrce}`);
    expect(found.map((f) => f.cell)).not.toContain(`J${ROW.added}`);
  });

  it.each<[string, CellValue, CellValue]>([
    ['an empty priority', null, null],
    ['a word', 'hors programme', null],
    ['a year, which is a word, not a rank', 2027, null],
  ])('fires with %s and no measure', (_what, priority, measure) => {
    expect(findings(current({ rpsPriority: priority, rpsMeasure: measure }), { precedent: previous() })).toHaveLength(1);
  });

  it.each<[string, CellValue, CellValue]>([
    ['a numbered priority', 2, null],
    ['a priority written « P1 »', 'P1', null],
    ['a GT measure, even postponed', 'Reporté à 2027', 'Médiation et formation à la gestion des conflits'],
  ])('stays silent with %s', (_what, priority, measure) => {
    expect(findings(current({ rpsPriority: priority, rpsMeasure: measure }), { precedent: previous() })).toEqual([]);
  });

  it('stays silent when the risk was not A last year, or was another risk', () => {
    const lastYearB = edit(previous(), H, { [`I${ROW.rps}`]: 1 }); // G3 F1: C
    expect(findings(current(), { precedent: lastYearB })).toEqual([]);
    const otherSituation = edit(previous(), H, { [`F${ROW.rps}`]: 'Accueil téléphonique' });
    expect(findings(current(), { precedent: otherSituation })).toEqual([]);
  });

  it('reads the key as compile does: case, accents and spaces aside', () => {
    const shouted = edit(previous(), H, { [`F${ROW.rps}`]: '  ACCUEIL DU PUBLIC AU GUICHET ', [`A${ROW.rps}`]: 'sip nord' });
    expect(findings(current(), { precedent: shouted })).toHaveLength(1);
  });

  it('judges A by the matrix of G and F, not by the index cell', () => {
    const typedIndex = edit(previous(), H, { [`J${ROW.rps}`]: 'D' }); // G3 F3 is A whatever the cell says
    expect(findings(current(), { precedent: typedIndex })).toHaveLength(1);
    const nowB = edit(current(), H, { [`I${ROW.rps}`]: 2, [`J${ROW.rps}`]: 'A' }); // G3 F2 is B
    expect(findings(nowB, { precedent: previous() })).toEqual([]);
  });

  it('says nothing without --precedent', () => {
    expect(findings(current())).toEqual([]);
  });
});

describe('with --programme: an action in the programme for the same site, family and situation', () => {
  it('stays silent when the programme has the action, whatever the GT’s cells say', () => {
    expect(findings(current(), { precedent: previous(), programme: clean(programmeFor()) })).toEqual([]);
  });

  it('fires when the programme has none for it, even with a numbered priority', () => {
    const found = findings(current({ rpsPriority: 1 }), { precedent: previous(), programme: clean(programmeFor({ withoutRps: true })) });
    expect(found.map((f) => [f.cell, f.severity])).toEqual([[`J${ROW.rps}`, 'warning']]);
    expect(found[0].message).toMatch(/toujours sans action au programme annuel/);
  });
});

describe('isNumberedPriority reads the GT’s priority as duerp programme does', () => {
  it.each<CellValue>([null, '', '  ', 1, 2.5, 0, -1, 2027, '1', ' 3 ', 'P1', 'p.2', 'Priorité 1 (budget 2027)', 'priorite n° 4', 'Reporté à 2027', 'hors programme', '2027', '1,5', { error: '#N/A' }])(
    '%j',
    (v) => {
      expect(isNumberedPriority(v)).toBe(readGtPriority(v).kind === 'number');
    },
  );
});

/** Rules over the programme's actions: cost, deadline, service, overdue, individual protection only. */
import { runChecks } from '../../../src/domain/check/run-checks';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { census, programme, edit, TODAY } from './baselines';

const P = 'Programme';
const run = (s: WorkbookSnapshot, rule: string) => runChecks(s, { today: TODAY }).filter((f) => f.rule === rule);
const where = (s: WorkbookSnapshot, rule: string) => run(s, rule).map((f) => [f.severity, f.sheet, f.cell]);
const POSTPONED = 'Non programmé (GT) : reporté à 2027';

describe('action-cout', () => {
  it('reads « 1 500 € » and 0 as amounts', () => {
    expect(run(edit(programme(), P, { I9: '1 500 €', I10: 0 }), 'action-cout')).toEqual([]);
  });

  it('reports a blank cost and a cost that is not an amount, differently', () => {
    const s = edit(programme(), P, { I9: null, I10: 'à voir' });
    expect(where(s, 'action-cout')).toEqual([['error', P, 'I9'], ['error', P, 'I10']]);
    const [blank, text] = run(s, 'action-cout').map((f) => f.message);
    expect(blank).not.toContain('«');
    expect(text).toContain('« à voir »');
  });

  it('skips numbered lines without an action, and risks the GT postponed', () => {
    expect(run(edit(programme(), P, { I11: 'x' }), 'action-cout')).toEqual([]);
    expect(run(edit(programme(), P, { I9: null, L9: POSTPONED }), 'action-cout')).toEqual([]);
  });
});

describe('action-echeance', () => {
  it('reports a blank and an unreadable deadline, differently', () => {
    const s = edit(programme(), P, { J9: '  ', J10: '31/02/2027' });
    expect(where(s, 'action-echeance')).toEqual([['error', P, 'J9'], ['error', P, 'J10']]);
    const [blank, text] = run(s, 'action-echeance').map((f) => f.message);
    expect(blank).not.toContain('«');
    expect(text).toContain('« 31/02/2027 »');
  });

  it('skips postponed risks and empty lines', () => {
    expect(run(edit(programme(), P, { J9: null, L9: POSTPONED, J11: 'jamais' }), 'action-echeance')).toEqual([]);
  });
});

describe('action-service', () => {
  it('reports an action with no service, not a postponed risk nor an empty line', () => {
    expect(where(edit(programme(), P, { K9: '  ', K10: null }), 'action-service')).toEqual([['error', P, 'K9'], ['error', P, 'K10']]);
    expect(run(edit(programme(), P, { K9: null, L9: POSTPONED }), 'action-service')).toEqual([]);
    expect(run(programme(), 'action-service')).toEqual([]);
  });
});

describe('echeance-depassee', () => {
  it('is silent on the deadline day, warns the day after', () => {
    expect(run(edit(programme(), P, { J9: '22/11/2026' }), 'echeance-depassee')).toEqual([]);
    expect(where(edit(programme(), P, { J9: '21/11/2026' }), 'echeance-depassee')).toEqual([['warning', P, 'J9']]);
    expect(run(edit(programme(), P, { J9: '21/11/2026' }), 'echeance-depassee')[0].message).toContain('21/11/2026');
  });

  it('is silent once the realisation is filled in, or on a postponed risk', () => {
    expect(run(edit(programme(), P, { J9: '01/01/2026', L9: 'En cours' }), 'echeance-depassee')).toEqual([]);
    expect(run(edit(programme(), P, { J9: '01/01/2026', L9: POSTPONED }), 'echeance-depassee')).toEqual([]);
    expect(run(edit(programme(), P, { J9: 'hier' }), 'echeance-depassee')).toEqual([]);
  });
});

describe('epi-seulement on the programme', () => {
  it('warns on an A or B risk whose every action is individual protection', () => {
    expect(where(programme(), 'epi-seulement')).toEqual([['warning', P, 'H10']]);
    expect(where(edit(programme(), P, { F10: ' b ' }), 'epi-seulement')).toEqual([['warning', P, 'H10']]);
    expect(where(edit(programme(), P, { H9: 'EPI' }), 'epi-seulement')).toEqual([['warning', P, 'H9'], ['warning', P, 'H10']]);
  });

  it('is silent when one action of the same risk is collective, or the risk is C or D', () => {
    const second = { A11: 3, B11: 'CDIF Lille', D11: '05 - Risques Chimiques (RCHI)', E11: 'Nettoyage des sanitaires', F11: 'A', G11: 'Produits moins nocifs', H11: 'Technique collective', I11: 500, J11: '01/03/2027', K11: 'Logistique' };
    expect(run(edit(programme(), P, second), 'epi-seulement')).toEqual([]);
    expect(where(edit(programme(), P, { ...second, H11: 'Individuelle (EPI)' }), 'epi-seulement')).toEqual([['warning', P, 'H10']]);
    expect(run(edit(programme(), P, { F10: 'C' }), 'epi-seulement')).toEqual([]);
    expect(run(edit(programme(), P, { F10: 'AB' }), 'epi-seulement')).toEqual([]);
    expect(run(edit(programme(), P, { F10: 1 }), 'epi-seulement')).toEqual([]);
    expect(run(edit(programme(), P, { L10: POSTPONED }), 'epi-seulement')).toEqual([]);
  });

  it('does not apply to a census', () => {
    expect(run(census(), 'epi-seulement')).toEqual([]);
  });
});

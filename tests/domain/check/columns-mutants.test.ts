/** Rules skip a column the table does not have; findings come out in sheet, row, column, severity order. */
import { runChecks } from '../../../src/domain/check/run-checks';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { census, du, edit, programme, TODAY } from './baselines';

const G = 'Grille de recensement';
const H = 'Hiérarchisation';
const I = 'Informations générales';
const P = 'Programme';
const rules = (s: WorkbookSnapshot, opts: { programme?: WorkbookSnapshot } = {}) => runChecks(s, { today: TODAY, ...opts }).map((f) => [f.rule, f.severity, f.cell]);

describe('a column the table does not have', () => {
  it('cost, service: no finding for its cells', () => {
    expect(rules(edit(programme(), P, { I8: null, I9: 'à voir' }))).toEqual([['epi-seulement', 'warning', 'H10']]);
    expect(rules(edit(programme(), P, { K8: null, K9: null }))).toEqual([['epi-seulement', 'warning', 'H10']]);
    // with the column, the same cells are findings
    expect(rules(edit(programme(), P, { I9: 'à voir' }))).toContainEqual(['action-cout', 'error', 'I9']);
    expect(rules(edit(programme(), P, { K9: null }))).toContainEqual(['action-service', 'error', 'K9']);
  });

  it('agents exposed, index: no finding for its cells', () => {
    const noAgents = rules(edit(census(), G, { C8: null, C9: 'beaucoup' })).map((f) => f[0]);
    expect(noAgents).not.toContain('agents-exposes');
    const noIndex = rules(edit(census(), G, { J8: null, J9: 'D' })).map((f) => f[0]);
    expect(noIndex).not.toContain('indice-matrice');
  });
});

describe('the order of findings', () => {
  it('puts workbook-wide findings first', () => {
    const f = runChecks({ ...du(), sheets: du().sheets.filter((x) => x.name !== 'Statistiques') }, { today: TODAY });
    expect(f.length).toBeGreaterThan(1);
    expect([f[0].rule, f[0].sheet, f[0].cell]).toEqual(['structure-parties', '', '']);
  });

  it('puts the error before the information on the same cell', () => {
    const without = edit(programme(), P, { B9: 'Ailleurs', B10: 'Ailleurs' });
    const f = rules(edit(du(), H, { D13: 'Risque de noyade' }), { programme: without }).filter((x) => x[2] === 'D13');
    expect(f).toEqual([['risque-a-sans-action', 'error', 'D13'], ['famille-hors-catalogue', 'info', 'D13']]);
  });
});

describe('more edges', () => {
  it('a declared unit line without a name is not a unit to cover', () => {
    expect(rules(edit(census(), I, { C24: 5 })).map((f) => f[0])).not.toContain('couverture-unites');
  });

  it('radiation: every word of a radiation unit', () => {
    for (const unit of ['Rayonnements', 'Installation nucléaire', 'Radioactivité', 'Radiologie', 'Radioprotection', 'Rayons X']) {
      expect(rules(edit(census(), G, { B10: unit })).filter((f) => f[0] === 'rayonnements-suivi-renforce')).toEqual([['rayonnements-suivi-renforce', 'info', 'B10']]);
    }
    expect(rules(edit(census(), G, { B10: 'Rayonnage des archives' })).filter((f) => f[0] === 'rayonnements-suivi-renforce')).toEqual([]);
  });

  it('an A risk without a site says so', () => {
    const without = edit(programme(), P, { B9: 'Ailleurs', B10: 'Ailleurs' });
    const f = runChecks(edit(du(), H, { A13: null }), { today: TODAY, programme: without }).filter((x) => x.rule === 'risque-a-sans-action' && x.cell === 'D13');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('site non précisé');
    expect(f[0].message).toContain('« 05 - Risques Chimiques (RCHI) »');
  });

  it('error cells: a sheet whose formulas are shorter than its values', () => {
    const s = edit(census(), G, { C10: { error: '#N/A' } });
    s.sheets.find((x) => x.name === G)!.formulas = [];
    expect(runChecks(s, { today: TODAY }).filter((f) => f.rule === 'valeurs-erreur').map((f) => f.cell)).toEqual(['C10']);
  });

  it('champs-entete leaves a missing sheet to structure-parties', () => {
    const s = { ...census(), sheets: census().sheets.filter((x) => x.name !== I) };
    expect(rules(s).map((f) => f[0])).not.toContain('champs-entete');
  });
});

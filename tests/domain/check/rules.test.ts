/** Each rule fires on a workbook that breaks it, and stays silent on one that does not. */
import { runChecks, summarise } from '../../../src/domain/check/run-checks';
import { RULES } from '../../../src/domain/check/rules';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { census, du, edit, programme, TODAY } from './baselines';

const G = 'Grille de recensement';
const I = 'Informations générales';
const H = 'Hiérarchisation';
const ID = 'Identification';
const P = 'Programme';

interface Case {
  rule: string;
  fires: () => WorkbookSnapshot;
  at: { severity: string; sheet: string; cell: string };
  silent: () => WorkbookSnapshot;
  programme?: () => WorkbookSnapshot;
  /** The previous DU (`--precedent`), given with the firing workbook only. */
  precedent?: () => WorkbookSnapshot;
}

const withoutSheet = (s: WorkbookSnapshot, name: string) => ({ ...s, sheets: s.sheets.filter((x) => x.name !== name) });
const ref = { error: '#REF!' };

const CASES: Case[] = [
  { rule: 'structure-parties', fires: () => withoutSheet(du(), 'AT-MP'), at: { severity: 'error', sheet: '', cell: '' }, silent: du },
  { rule: 'ref-erreurs', fires: () => edit(census(), G, { B4: ref }), at: { severity: 'error', sheet: G, cell: 'B4' }, silent: census },
  { rule: 'valeurs-erreur', fires: () => edit(census(), G, { C10: { error: '#N/A' } }), at: { severity: 'error', sheet: G, cell: 'C10' }, silent: census },
  { rule: 'champs-entete', fires: () => edit(census(), I, { B7: 'Auteur' }), at: { severity: 'warning', sheet: I, cell: 'A1' }, silent: census },
  { rule: 'identification-direction', fires: () => edit(census(), I, { C3: 'Sélectionner…' }), at: { severity: 'error', sheet: I, cell: 'C3' }, silent: census },
  { rule: 'identification-service', fires: () => edit(du(), ID, { C4: 'Indiquer le service' }), at: { severity: 'error', sheet: ID, cell: 'C4' }, silent: du },
  { rule: 'identification-redacteur', fires: () => edit(programme(), I, { C5: null }), at: { severity: 'error', sheet: I, cell: 'C5' }, silent: programme },
  { rule: 'date-mise-a-jour', fires: () => edit(census(), I, { C11: 'juin' }), at: { severity: 'error', sheet: I, cell: 'C11' }, silent: census },
  { rule: 'date-mise-a-jour-ancienne', fires: () => edit(census(), I, { C11: '01/09/2025' }), at: { severity: 'warning', sheet: I, cell: 'C11' }, silent: census },
  { rule: 'date-future', fires: () => edit(du(), ID, { E25: '12/12/2026' }), at: { severity: 'error', sheet: ID, cell: 'E25' }, silent: () => edit(du(), ID, { C29: '10/12/2026', C30: '12/12/2026' }) },
  { rule: 'date-consultation-prevue', fires: () => edit(du(), ID, { C30: '12/12/2026' }), at: { severity: 'info', sheet: ID, cell: 'C30' }, silent: du },
  { rule: 'ctp-avant-chs', fires: () => edit(du(), ID, { C29: '10/11/2026', C30: '04/11/2026' }), at: { severity: 'error', sheet: ID, cell: 'C30' }, silent: du },
  { rule: 'avis-consigne', fires: du, at: { severity: 'warning', sheet: ID, cell: 'C31' }, silent: () => edit(du(), ID, { C31: 'Favorable', C32: '04/11/2026' }) },
  { rule: 'cotation-gravite', fires: () => edit(census(), G, { H10: 5 }), at: { severity: 'error', sheet: G, cell: 'H10' }, silent: census },
  { rule: 'cotation-frequence', fires: () => edit(du(), H, { I9: null }), at: { severity: 'error', sheet: H, cell: 'I9' }, silent: du },
  { rule: 'cotation-texte', fires: () => edit(census(), G, { I11: '3,0' }), at: { severity: 'info', sheet: G, cell: 'I11' }, silent: census },
  { rule: 'indice-matrice', fires: () => edit(census(), G, { J9: 'D' }), at: { severity: 'error', sheet: G, cell: 'J9' }, silent: census },
  { rule: 'rang-coherent', fires: () => edit(du(), H, { K8: 6 }), at: { severity: 'warning', sheet: H, cell: 'K8' }, silent: du },
  { rule: 'residuel-superieur', fires: () => edit(census(), G, { M8: 'Gravité résiduelle', N8: 'Fréquence résiduelle', O8: 'Indice résiduel', M9: 4, N9: 1 }), at: { severity: 'warning', sheet: G, cell: 'M9' }, silent: () => edit(census(), G, { M8: 'Gravité résiduelle', N8: 'Fréquence résiduelle', O8: 'Indice résiduel', M9: 3, N9: ' 2 ' }) },
  { rule: 'famille-vide', fires: () => edit(census(), G, { D12: null }), at: { severity: 'error', sheet: G, cell: 'D12' }, silent: census },
  { rule: 'famille-hors-catalogue', fires: () => edit(census(), G, { D12: 'Risque de noyade' }), at: { severity: 'info', sheet: G, cell: 'D12' }, silent: census },
  { rule: 'unite-vide', fires: () => edit(du(), H, { B8: null }), at: { severity: 'error', sheet: H, cell: 'B8' }, silent: du },
  { rule: 'unite-hors-catalogue', fires: () => edit(census(), G, { B9: 'Cellule de veille' }), at: { severity: 'info', sheet: G, cell: 'B9' }, silent: () => edit(census(), G, { B11: 'A 16', B14: 'a16' }) },
  { rule: 'agents-exposes', fires: () => edit(census(), G, { C9: 'beaucoup' }), at: { severity: 'error', sheet: G, cell: 'C9' }, silent: census },
  { rule: 'couverture-unites', fires: () => edit(census(), I, { B24: 'A 02 - Encadrement "chef de division"', C24: 1 }), at: { severity: 'error', sheet: I, cell: 'B24' }, silent: census },
  { rule: 'agents-exposes-effectif', fires: () => edit(census(), G, { C9: 40 }), at: { severity: 'error', sheet: G, cell: 'C9' }, silent: census },
  { rule: 'total-unites-effectif', fires: census, at: { severity: 'warning', sheet: I, cell: 'C12' }, silent: () => edit(census(), I, { C12: 18 }) },
  { rule: 'action-echeance', fires: () => edit(programme(), P, { J9: 'bientôt' }), at: { severity: 'error', sheet: P, cell: 'J9' }, silent: programme },
  { rule: 'action-service', fires: () => edit(programme(), P, { K10: null }), at: { severity: 'error', sheet: P, cell: 'K10' }, silent: programme },
  { rule: 'action-cout', fires: () => edit(programme(), P, { I9: 'à voir' }), at: { severity: 'error', sheet: P, cell: 'I9' }, silent: programme },
  { rule: 'echeance-depassee', fires: () => edit(programme(), P, { J9: '01/10/2026' }), at: { severity: 'warning', sheet: P, cell: 'J9' }, silent: () => edit(programme(), P, { J9: '01/10/2026', L9: 'Fait le 30/09/2026' }) },
  { rule: 'epi-seulement', fires: programme, at: { severity: 'warning', sheet: P, cell: 'H10' }, silent: () => edit(programme(), P, { H10: 'Technique collective' }) },
  { rule: 'risque-a-sans-action', fires: du, programme: () => edit(programme(), P, { B10: 'Ailleurs' }), at: { severity: 'error', sheet: H, cell: 'D13' }, silent: du },
  { rule: 'risque-intolerable-ancien', fires: () => edit(du(), H, { L8: null }), precedent: du, at: { severity: 'warning', sheet: H, cell: 'J8' }, silent: du },
  { rule: 'route-sans-atmp', fires: du, at: { severity: 'warning', sheet: H, cell: 'H9' }, silent: () => edit(du(), 'AT-MP', { C4: 3, C9: 1 }) },
  { rule: 'rayonnements-suivi-renforce', fires: () => edit(census(), G, { D13: '19 - Risques liés aux Rayonnements (RR)' }), at: { severity: 'info', sheet: G, cell: 'B13' }, silent: census },
];

describe.each(CASES.map((c) => [c.rule, c] as const))('rule %s', (rule, c) => {
  const findingsOf = (s: WorkbookSnapshot, withProgramme = false) =>
    runChecks(s, { today: TODAY, programme: withProgramme && c.programme ? c.programme() : undefined, precedent: withProgramme && c.precedent ? c.precedent() : undefined }).filter((f) => f.rule === rule);

  it('fires where the workbook breaks it', () => {
    expect(findingsOf(c.fires(), true)).toContainEqual(expect.objectContaining({ rule, ...c.at }));
  });

  it('stays silent otherwise', () => {
    expect(findingsOf(c.silent(), false)).toEqual([]);
  });
});

describe('the rules', () => {
  it('are at least 25, each tested here, with unique ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(25);
    expect(CASES.map((c) => c.rule).sort()).toEqual([...ids].sort());
  });

  it('say what to do, in French', () => {
    const findings = runChecks(edit(census(), G, { H10: 5, B9: null }), { today: TODAY });
    for (const f of findings) expect(f.message).toMatch(/[a-zé]{3,}.*[:.]/);
    expect(summarise(findings).errors).toBeGreaterThanOrEqual(2);
  });

  it('sort findings by sheet order, then row, then column', () => {
    const findings = runChecks(edit(census(), G, { H10: 5, C9: 'x', B9: null }), { today: TODAY }).filter((f) => f.sheet === G);
    const cells = findings.map((f) => f.cell);
    expect(cells.indexOf('B9')).toBeLessThan(cells.indexOf('C9'));
    expect(cells.indexOf('C9')).toBeLessThan(cells.indexOf('H10'));
  });
});

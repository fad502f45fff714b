/** Rules over risk rows (census grid, DU table): ratings, index, rank, residual, agents, families and units. */
import { runChecks } from '../../../src/domain/check/run-checks';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { census, du, programme, edit, TODAY } from './baselines';

const G = 'Grille de recensement';
const H = 'Hiérarchisation';
const I = 'Informations générales';
const run = (s: WorkbookSnapshot, rule: string, opts: { programme?: WorkbookSnapshot } = {}) =>
  runChecks(s, { today: TODAY, ...opts }).filter((f) => f.rule === rule);
const where = (s: WorkbookSnapshot, rule: string, opts: { programme?: WorkbookSnapshot } = {}) => run(s, rule, opts).map((f) => [f.severity, f.sheet, f.cell]);

describe('cotation-gravite and cotation-frequence', () => {
  it('report each invalid rating at its own cell, gravity and frequency apart', () => {
    const s = edit(census(), G, { H9: 0, I10: 'trois', I11: null, H12: 2.5 });
    expect(where(s, 'cotation-gravite')).toEqual([['error', G, 'H9'], ['error', G, 'H12']]);
    expect(where(s, 'cotation-frequence')).toEqual([['error', G, 'I10'], ['error', G, 'I11']]);
    expect(run(s, 'cotation-frequence')[1].message).toMatch(/^Fréquence : note absente/);
    expect(run(s, 'cotation-gravite')[0].message).toMatch(/^Gravité : /);
  });

  it('accept every valid spelling', () => {
    expect(run(edit(census(), G, { H9: '4', I9: ' 1 ', H10: '2,0', I10: 1 }), 'cotation-gravite')).toEqual([]);
  });
});

describe('cotation-texte', () => {
  it('informs on each rating typed as text, with the rating read', () => {
    const s = edit(census(), G, { H9: '4', I10: '2,0' });
    expect(where(s, 'cotation-texte')).toEqual([['info', G, 'H9'], ['info', G, 'I10']]);
    expect(run(s, 'cotation-texte')[1].message).toContain('lue comme 2');
  });

  it('is silent on numbers and on what is not a rating', () => {
    expect(run(edit(census(), G, { H9: 'cinq', I9: '5' }), 'cotation-texte')).toEqual([]);
  });
});

describe('indice-matrice', () => {
  it('accepts the letter in any case and with spaces', () => {
    expect(run(edit(census(), G, { J9: ' a ' }), 'indice-matrice')).toEqual([]);
  });

  it('reports a wrong or missing letter', () => {
    expect(where(edit(census(), G, { J9: 'B' }), 'indice-matrice')).toEqual([['error', G, 'J9']]);
    expect(where(edit(census(), G, { J10: null }), 'indice-matrice')).toEqual([['error', G, 'J10']]);
    expect(where(edit(census(), G, { J10: 2 }), 'indice-matrice')).toEqual([['error', G, 'J10']]);
    const m = run(edit(census(), G, { J9: 'D', H9: ' 3', I9: '3 ' }), 'indice-matrice')[0].message;
    expect(m).toContain('« D »');
    expect(m).toContain('G 3 et F 3 (A)');
  });

  it('leaves an error value and an unrated row to other rules', () => {
    expect(run(edit(census(), G, { J9: { error: '#N/A' } }), 'indice-matrice')).toEqual([]);
    expect(run(edit(census(), G, { H9: null, J9: 'Z' }), 'indice-matrice')).toEqual([]);
  });
});

describe('rang-coherent', () => {
  it('accepts the rank typed as text, and reports an empty one', () => {
    expect(run(edit(du(), H, { K8: '2' }), 'rang-coherent')).toEqual([]);
    expect(where(edit(du(), H, { K8: null }), 'rang-coherent')).toEqual([['warning', H, 'K8']]);
    expect(run(edit(du(), H, { K8: null }), 'rang-coherent')[0].message).toMatch(/vide.*rang attendu : 2/);
  });

  it('ranks only the rated rows and says which rank is expected', () => {
    // Row 13 (rank 1) loses its rating: the others move up by one.
    const s = edit(du(), H, { H13: null, K8: 1, K9: 2, K10: 3, K11: 5, K12: 4 });
    expect(run(s, 'rang-coherent')).toEqual([]);
    const t = edit(du(), H, { H13: null });
    expect(where(t, 'rang-coherent').map((x) => x[2])).toEqual(['K8', 'K9', 'K10', 'K11', 'K12']);
  });

  it('breaks ties by the agents exposed', () => {
    // Rows 10 and 12 both G2: (2,3)=B vs (2,2)=C; make them equal and let the agents decide.
    const s = edit(du(), H, { I12: 3, C12: 9, C10: 3 });
    expect(run(s, 'rang-coherent').map((f) => f.cell)).toEqual(['K10', 'K12']);
    expect(run(edit(s, H, { K10: 5, K12: 4 }), 'rang-coherent')).toEqual([]);
  });
});

describe('residuel-superieur', () => {
  const withResidual = (cells: Record<string, string | number | null>) =>
    edit(census(), G, { M8: 'Gravité résiduelle', N8: 'Fréquence résiduelle', O8: 'Indice résiduel', ...cells });

  it('accepts a residual equal to or below the current rating', () => {
    expect(run(withResidual({ M9: 3, N9: 3, M10: 1, N10: 1 }), 'residuel-superieur')).toEqual([]);
  });

  it('warns on each residual above, gravity and frequency apart', () => {
    const s = withResidual({ M9: 4, N9: 3, M10: 4, N10: 3 });
    expect(where(s, 'residuel-superieur')).toEqual([['warning', G, 'M9'], ['warning', G, 'N10']]);
    const [g, f] = run(s, 'residuel-superieur').map((x) => x.message);
    expect(g).toMatch(/gravité résiduelle \(4\) dépasse la gravité actuelle \(3\)/);
    expect(f).toMatch(/fréquence résiduelle \(3\) dépasse la fréquence actuelle \(2\)/);
  });

  it('ignores ratings that cannot be read, and sheets without residual columns', () => {
    expect(run(withResidual({ M9: 'x', N9: 9, H10: null, M10: 4 }), 'residuel-superieur')).toEqual([]);
    expect(run(census(), 'residuel-superieur')).toEqual([]);
  });
});

describe('agents-exposes', () => {
  it('accepts zero and text counts, reports blanks, negatives and decimals', () => {
    expect(run(edit(census(), G, { C9: 0, C10: ' 2 ' }), 'agents-exposes')).toEqual([]);
    const s = edit(census(), G, { C9: null, C10: -1, C11: 2.5 });
    expect(where(s, 'agents-exposes')).toEqual([['error', G, 'C9'], ['error', G, 'C10'], ['error', G, 'C11']]);
    const [blank, negative] = run(s, 'agents-exposes').map((f) => f.message);
    expect(blank).not.toContain('«');
    expect(negative).toContain('« -1 »');
  });

  it('applies to the DU too', () => {
    expect(where(edit(du(), H, { C8: 'tous' }), 'agents-exposes')).toEqual([['error', H, 'C8']]);
  });
});

describe('agents-exposes-effectif', () => {
  it('accepts as many exposed agents as the unit counts, not one more', () => {
    expect(run(edit(census(), G, { C9: 8 }), 'agents-exposes-effectif')).toEqual([]);
    expect(where(edit(census(), G, { C9: 9 }), 'agents-exposes-effectif')).toEqual([['error', G, 'C9']]);
    expect(run(edit(census(), G, { C9: 9 }), 'agents-exposes-effectif')[0].message).toMatch(/9 agents exposés pour une unité de 8 agents/);
  });

  it('finds the unit by its code and ignores unknown units or unreadable counts', () => {
    expect(where(edit(census(), G, { B9: 'a16', C9: 9 }), 'agents-exposes-effectif')).toEqual([['error', G, 'C9']]);
    expect(run(edit(census(), G, { B9: 'Cellule de veille', C9: 90 }), 'agents-exposes-effectif')).toEqual([]);
    expect(run(edit(census(), I, { C20: 'huit' }), 'agents-exposes-effectif')).toEqual([]);
    expect(run(edit(census(), G, { C9: 'beaucoup' }), 'agents-exposes-effectif')).toEqual([]);
  });
});

describe('total-unites-effectif', () => {
  // The units declare 8 + 2 + 3 + 5 = 18 agents.
  it('warns below the headcount, informs above, is silent when equal', () => {
    expect(where(edit(census(), I, { C12: 19 }), 'total-unites-effectif')).toEqual([['warning', I, 'C12']]);
    expect(run(edit(census(), I, { C12: 19 }), 'total-unites-effectif')[0].message).toMatch(/18 agents pour un effectif de 19/);
    expect(run(edit(census(), I, { C12: 18 }), 'total-unites-effectif')).toEqual([]);
    expect(where(edit(census(), I, { C12: 17 }), 'total-unites-effectif')).toEqual([['info', I, 'C12']]);
    expect(run(edit(census(), I, { C12: 17 }), 'total-unites-effectif')[0].message).toMatch(/18 agents pour un effectif de 17/);
  });

  it('counts an unreadable unit count as 0, and says nothing without a headcount or units', () => {
    expect(run(edit(census(), I, { C20: 'huit', C12: 10 }), 'total-unites-effectif')).toEqual([]);
    expect(run(edit(census(), I, { C12: 'vingt' }), 'total-unites-effectif')).toEqual([]);
    const noUnits = edit(census(), I, { B20: null, C20: null, B21: null, C21: null, B22: null, C22: null, B23: null, C23: null });
    expect(run(noUnits, 'total-unites-effectif')).toEqual([]);
  });
});

describe('couverture-unites', () => {
  it('reports each declared unit without a risk, by name or code', () => {
    const s = edit(census(), I, { B24: 'A 02 - Encadrement', C24: 1, B25: 'Cellule de veille', C25: 1, B26: 'a 16', C26: 1 });
    expect(where(s, 'couverture-unites')).toEqual([['error', I, 'B24'], ['error', I, 'B25']]);
    expect(run(s, 'couverture-unites')[1].message).toContain('« Cellule de veille »');
  });
});

describe('catalogue rules', () => {
  it('reports empty family and unit at their cells', () => {
    const s = edit(census(), G, { D9: '  ', B10: null });
    expect(where(s, 'famille-vide')).toEqual([['error', G, 'D9']]);
    expect(where(s, 'unite-vide')).toEqual([['error', G, 'B10']]);
    expect(run(s, 'famille-hors-catalogue')).toEqual([]);
    expect(run(s, 'unite-hors-catalogue').map((f) => f.cell)).not.toContain('B10');
  });

  it('names the direction whose list a unit is not in', () => {
    const m = run(edit(census(), G, { B9: 'Cellule de veille' }), 'unite-hors-catalogue').find((f) => f.cell === 'B9')!.message;
    expect(m).toContain('« Cellule de veille »');
    expect(m).toContain('de la DGI');
    const any = run(edit(census(), I, { C3: 'Autre' }), 'unite-hors-catalogue');
    for (const f of any) expect(f.message).not.toContain('de la ');
  });

  it('reads the direction of a DU on its Identification sheet', () => {
    const m = run(edit(du(), H, { B8: 'Cellule de veille' }), 'unite-hors-catalogue').find((f) => f.cell === 'B8')!.message;
    expect(m).toContain('de la DGI');
  });

  it('informs on a family outside the 26', () => {
    expect(where(edit(census(), G, { D9: 'Risque de noyade' }), 'famille-hors-catalogue')).toEqual([['info', G, 'D9']]);
    expect(run(edit(census(), G, { D9: 'Risque de noyade' }), 'famille-hors-catalogue')[0].message).toContain('« Risque de noyade »');
  });
});

describe('rayonnements-suivi-renforce', () => {
  it('informs on a radiation family or a unit that names radiation, at the unit', () => {
    expect(where(edit(census(), G, { D9: '19 - Risques liés aux Rayonnements (RR)' }), 'rayonnements-suivi-renforce')).toEqual([['info', G, 'B9']]);
    expect(where(edit(census(), G, { B10: 'Radioprotection' }), 'rayonnements-suivi-renforce')).toEqual([['info', G, 'B10']]);
    expect(where(edit(census(), G, { B10: 'Salle de RAYONS X' }), 'rayonnements-suivi-renforce')).toEqual([['info', G, 'B10']]);
    expect(run(census(), 'rayonnements-suivi-renforce')).toEqual([]);
  });
});

describe('route-sans-atmp', () => {
  it('warns on a rated road risk with no accident figure, at its gravity', () => {
    expect(where(du(), 'route-sans-atmp')).toEqual([['warning', H, 'H9']]);
    expect(where(edit(du(), 'AT-MP', { C4: 'aucun' }), 'route-sans-atmp')).toEqual([['warning', H, 'H9']]);
  });

  it('is silent with any accident figure, even 0, or without a rated road risk', () => {
    expect(run(edit(du(), 'AT-MP', { C4: 0 }), 'route-sans-atmp')).toEqual([]);
    expect(run(edit(du(), 'AT-MP', { C8: 2 }), 'route-sans-atmp')).toEqual([]);
    expect(run(edit(du(), 'AT-MP', { C9: 1 }), 'route-sans-atmp')).toEqual([]);
    expect(run(edit(du(), 'AT-MP', { C7: 1 }), 'route-sans-atmp')).toEqual([]);
    expect(run(edit(du(), H, { H9: 'x' }), 'route-sans-atmp')).toEqual([]);
    expect(run(edit(du(), H, { D9: '18 - Risques Psycho-Sociaux (RPS)' }), 'route-sans-atmp')).toEqual([]);
  });
});

describe('risque-a-sans-action', () => {
  it('needs the programme, and reports each A risk without its action', () => {
    expect(run(du(), 'risque-a-sans-action')).toEqual([]);
    expect(run(du(), 'risque-a-sans-action', { programme: programme() })).toEqual([]);
    const without = edit(programme(), 'Programme', { B9: 'Ailleurs', B10: 'Ailleurs' });
    expect(where(du(), 'risque-a-sans-action', { programme: without })).toEqual([['error', H, 'D8'], ['error', H, 'D13']]);
    expect(run(du(), 'risque-a-sans-action', { programme: without })[0].message).toContain('SIP Nord');
  });

  it('only counts A risks', () => {
    const without = edit(programme(), 'Programme', { B9: 'Ailleurs', B10: 'Ailleurs' });
    expect(run(edit(du(), H, { H8: 2, H13: 1 }), 'risque-a-sans-action', { programme: without })).toEqual([]);
  });
});

describe('epi-seulement on the DU', () => {
  it('warns on an A or B risk whose only measure is individual', () => {
    expect(where(du(), 'epi-seulement')).toEqual([['warning', H, 'M13']]);
    expect(where(edit(du(), H, { M9: 'Protection individuelle' }), 'epi-seulement')).toEqual([['warning', H, 'M9'], ['warning', H, 'M13']]);
  });

  it('is silent on C and D risks and on collective measures', () => {
    expect(run(edit(du(), H, { H13: 1, I13: 1 }), 'epi-seulement')).toEqual([]);
    expect(run(edit(du(), H, { M12: 'Individuelle (EPI)' }), 'epi-seulement').map((f) => f.cell)).toEqual(['M13']);
    expect(run(edit(du(), H, { M13: 'Technique collective' }), 'epi-seulement')).toEqual([]);
  });
});

import { FREQUENCY_SCALE, GRAVITY_SCALE, INDEX_LEVELS, RISK_MATRIX } from '../../../src/domain/catalogue/scales';

describe('annex 5: the gravity scale, with every row of the guide’s grid', () => {
  it('gives each level its name, damages, qualifier and accident, as the guide prints them', () => {
    expect(GRAVITY_SCALE.map((l) => [l.level, l.label, l.qualifier, l.damages, l.accident])).toEqual([
      [1, 'Inconfort', 'Négligeable', 'Dommages mineurs ou inconfort', 'Accident sans arrêt'],
      [2, 'Lésion légère', 'Significatif', 'Dommages avec conséquences réversibles', 'Accident sans hospitalisation'],
      [3, 'Lésion grave', 'Sérieux', 'Dommages avec séquelles', 'Accident avec hospitalisation'],
      [4, 'Mort possible', 'Majeur', 'Mort', 'Atteinte à la vie'],
    ]);
  });

  it('defines each qualifier in the guide’s words', () => {
    expect(GRAVITY_SCALE.map((l) => l.qualifierDefinition)).toEqual([
      'pas ou peu de dommages',
      'dommages faibles sans arrêt de travail',
      'dommages réversibles entraînant souvent des arrêts de travail',
      'dommage irréversibles (incapacité totale ou partielle, décès)', // sic
    ]);
  });

  it('lists the four descriptions of each level, in the grid’s row order', () => {
    for (const l of GRAVITY_SCALE) {
      expect(l.descriptions).toEqual([l.label, l.damages, `${l.qualifier} = ${l.qualifierDefinition}`, l.accident]);
    }
    expect(GRAVITY_SCALE[0].descriptions).toEqual(['Inconfort', 'Dommages mineurs ou inconfort', 'Négligeable = pas ou peu de dommages', 'Accident sans arrêt']);
    expect(GRAVITY_SCALE[3].descriptions).toEqual(['Mort possible', 'Mort', 'Majeur = dommage irréversibles (incapacité totale ou partielle, décès)', 'Atteinte à la vie']);
  });

  it('keeps the one-line summaries the pane already shows', () => {
    expect(GRAVITY_SCALE.map((l) => l.description)).toEqual([
      'Dommages mineurs ; accident sans arrêt',
      'Dommages avec conséquences réversibles ; sans hospitalisation',
      'Dommages avec séquelles ; avec hospitalisation',
      'Atteinte à la vie',
    ]);
  });
});

describe('annex 5: the frequency scale', () => {
  it('gives each level its intensity, rhythm and qualifier, and both rows of the guide', () => {
    expect(FREQUENCY_SCALE.map((l) => [l.level, l.intensity, l.rhythm, l.qualifier])).toEqual([
      [1, 'Faible', '1 à 2 jours/an', 'Occasionnelle'],
      [2, 'Moyenne', '1 à 2 jours/mois', 'Intermittente'],
      [3, 'Forte', '1 à 2 jours /semaine', 'Fréquente'],
      [4, 'Très forte', 'tous les jours', 'Permanente'],
    ]);
    for (const l of FREQUENCY_SCALE) expect(l.descriptions).toEqual([`${l.intensity} = ${l.rhythm}`, l.qualifier]);
    expect(FREQUENCY_SCALE[2].descriptions).toEqual(['Forte = 1 à 2 jours /semaine', 'Fréquente']);
    expect(FREQUENCY_SCALE.map((l) => l.label)).toEqual(['Faible, occasionnelle', 'Moyenne, intermittente', 'Forte, fréquente', 'Très forte, permanente']);
  });
});

describe('annex 5: the matrix and the index letters', () => {
  it('is the guide’s table (G3 and G4 alike), with A intolérable … D tolérable', () => {
    expect(RISK_MATRIX.map((row) => row.join(''))).toEqual(['DDCC', 'DCBB', 'CBAA', 'CBAA']);
    expect(INDEX_LEVELS.map((l) => `${l.index} ${l.label}`)).toEqual(['A Intolérable', 'B Substantiel', 'C Modéré', 'D Tolérable']);
  });
});

import { recognise, fieldOn, tableNamed } from '../../../src/domain/workbook/recognise';
import { rowAt, sheetOf, workbookOf } from '../../helpers/snapshot-builder';

const CENSUS_HEADERS = [
  'Site', 'Unités de travail : Métiers ou fonctions exposés', "Nb d'agents exposés", 'Type de risques (Risques liés à/aux…)',
  'Nature du danger', "Description de la situation d'exposition", 'Moyens actuels de prévention', 'Gravité', 'Fréquence',
  'Indice de risque', 'Moyens de prévention souhaités', "Type d'action",
];

function census(options: { shiftRows?: number; upper?: boolean; names?: [string, string] } = {}) {
  const dr = options.shiftRows ?? 0;
  const t = (s: string) => (options.upper ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase() + ' :' : s);
  const [infoName, gridName] = options.names ?? ['Informations générales', 'Grille de recensement'];
  const info = sheetOf(infoName, {
    [`B${2 + dr}`]: t('Dir. Générale'), [`C${2 + dr}`]: 'DGDDI',
    [`B${3 + dr}`]: t('Sigle du service analysé (TP, CDI, BS…)'), [`C${3 + dr}`]: 'BS Hendaye',
    [`B${4 + dr}`]: t('Rédacteur du site analysé'), [`C${4 + dr}`]: 'M. Durand',
    [`B${5 + dr}`]: t("Nb d'agents"), [`C${5 + dr}`]: 42,
    [`B${6 + dr}`]: t('Date de mise à jour'),
  });
  const grid = sheetOf(gridName, {
    [`A${1 + dr}`]: 'Identification',
    [`A${2 + dr}`]: t('Nom du rédacteur'), [`B${2 + dr}`]: { f: '=#REF!', v: { error: '#REF!' } },
    ...rowAt(`A${5 + dr}`, CENSUS_HEADERS.map(t)),
    ...rowAt(`A${6 + dr}`, ['BS', 'F 64 - Maître chiens', 3, '21 - Risques liés aux Animaux (RA)', 'Morsure', '', '', 3, '2', { f: '=#REF!', v: { error: '#REF!' } }]),
    ...rowAt(`A${7 + dr}`, [{ f: '=#REF!', v: { error: '#REF!' } }, 'A 16 - Accueil', 2, '18', '', '', '', 2, 2]),
  });
  return workbookOf(grid, info);
}

describe('recognise', () => {
  it('finds the census, its roles, fields and risk table', () => {
    const rec = recognise(census());
    expect(rec.kind).toBe('recensement');
    expect(rec.sheets).toEqual([
      { name: 'Grille de recensement', role: 'grille' },
      { name: 'Informations générales', role: 'informations' },
    ]);
    const table = tableNamed(rec, 'risques')!;
    expect(table).toMatchObject({ sheet: 'Grille de recensement', headerRow: 5, firstRow: 6, lastRow: 7 });
    expect(table.columns).toMatchObject({ site: 'A', unite: 'B', agents: 'C', famille: 'D', gravite: 'H', frequence: 'I', indice: 'J', typeAction: 'L' });
    expect(fieldOn(rec, 'Informations générales', 'sigle')?.valueCell).toBe('C3');
    expect(fieldOn(rec, 'Informations générales', 'nbAgents')?.valueCell).toBe('C5');
    // An empty field's value cell is the one right of its label.
    expect(fieldOn(rec, 'Informations générales', 'dateMiseAJour')?.valueCell).toBe('C6');
    expect(fieldOn(rec, 'Grille de recensement', 'redacteur')?.valueCell).toBe('B2');
    expect(rec.refErrors).toBe(3);
  });

  it('tolerates moved blocks, capitals without accents, colons and renamed sheets', () => {
    const rec = recognise(census({ shiftRows: 7, upper: true, names: ['Infos', 'Recensement 2026'] }));
    expect(rec.kind).toBe('recensement');
    expect(rec.sheets.map((s) => s.role)).toEqual(['grille', 'informations']);
    expect(tableNamed(rec, 'risques')).toMatchObject({ headerRow: 12, firstRow: 13, lastRow: 14 });
    expect(fieldOn(rec, 'Infos', 'sigle')?.valueCell).toBe('C10');
  });

  it('says inconnu for a workbook with none of the parts', () => {
    const rec = recognise(workbookOf(sheetOf('Feuil1', { A1: 'Budget', B1: 12 })));
    expect(rec.kind).toBe('inconnu');
    expect(rec.sheets).toEqual([{ name: 'Feuil1', role: 'autre' }]);
  });

  it('tells a document unique from a census by its Hiérarchisation column', () => {
    const du = sheetOf('Tableau GT', {
      ...rowAt('B4', [...CENSUS_HEADERS.slice(0, 10), 'Hiérarchisation', 'Moyens de prévention envisagés par le GT', "Type d'action", 'Priorité retenue par le GT']),
      ...rowAt('B5', ['BS', 'A 16', 2, '18', '', '', '', 2, 2, '', 1]),
    });
    const rec = recognise(workbookOf(du, sheetOf('Identification', { A1: 'Direction', B1: 'DGI', A2: 'Service', B2: 'SIP' })));
    expect(rec.kind).toBe('document-unique');
    expect(tableNamed(rec, 'risques')?.columns).toMatchObject({ rang: 'L', priorite: 'O' });
    expect(rec.sheets.find((s) => s.name === 'Identification')?.role).toBe('identification');
  });
});

describe('recognise, headers on two rows', () => {
  it('finds the units table whose titles sit on two rows, as in the distributed census', () => {
    const info = sheetOf('Informations générales', {
      A1: 'Dir. Générale :', B1: 'DGI',
      A10: "Nb d'unités de travail :", B10: 3, C10: "Nb d'agents concernés :",
      A11: 'Désignation des unités (indispensable) :',
      A12: 'A 16 - Accueil', C12: 4,
      A13: 'A 01 - Encadrement', C13: 2,
    });
    const grid = sheetOf('Grille de recensement', {
      ...rowAt('A5', ['Site', 'Unités de travail : Métiers ou fonctions exposés', "Nb d'agents exposés", 'Type de Risques', 'Nature du danger', "Description de la situation d'exposition", 'Moyens actuels de prévention', 'Gravité', 'Fréquence', 'Indice de risqu e']),
      D6: '(Risques liés à/aux…)',
      ...rowAt('A7', ['BS', 'A 16 - Accueil', 2, '18', '', '', '', 2, 2]),
    });
    const rec = recognise(workbookOf(info, grid));
    expect(tableNamed(rec, 'unites')).toMatchObject({ headerRow: 11, firstRow: 12, lastRow: 13, columns: { unite: 'A', agents: 'C' } });
    // The distributed template's typo "Indice de risqu e" still names the index column.
    expect(tableNamed(rec, 'risques')?.columns.indice).toBe('J');
    // Its sub-title row belongs to the header, not to the risks.
    expect(tableNamed(rec, 'risques')).toMatchObject({ headerRow: 6, firstRow: 7, lastRow: 7 });
  });
});

describe('recognise, the distributed document unique’s identification', () => {
  it('takes the direction from its placeholder cell and the service after « Indiquer le service : »', () => {
    const ident = sheetOf('Identification', { B3: 'Sélectionner la Direction concernée…', D3: 'Indiquer le service :', E3: 'SIP Lyon' });
    const atmp = sheetOf('AT-MP', { A4: "Nombre d'accidents de trajet (privé-travail) :", C4: 2, A5: "Nombre total d'accidents de service :", C5: 5 });
    const grid = sheetOf('Hiérarchisation', rowAt('A7', ['Site', 'Unités de travail', "Nb d'agents exposés", 'Type de Risques', 'Nature du danger', 'Description', 'Moyens actuels de prévention', 'Gravité', 'Fréquence', 'Indice de risqu e', 'Hiérarchisation', 'Moyens de prévention envisagés par le GT', "Type d'action", 'Priorité retenu e par le GT']));
    const rec = recognise(workbookOf(ident, atmp, grid));
    expect(fieldOn(rec, 'Identification', 'direction')?.valueCell).toBe('B3');
    expect(fieldOn(rec, 'Identification', 'service')?.valueCell).toBe('E3');
    expect(fieldOn(rec, 'AT-MP', 'accidentsTrajet')?.valueCell).toBe('C4');
    expect(tableNamed(rec, 'risques')?.columns.priorite).toBe('N');
  });
});

describe('recognise, a value far right of its label', () => {
  it('finds the #REF! field five columns away, but never past another label', () => {
    const grid = sheetOf('Grille de recensement', {
      A2: 'Nom du rédacteur :', F2: { f: '=#REF!', v: { error: '#REF!' } },
      A3: 'Service analysé :', C3: 'Adresse :', D3: 'Rue Haute',
      ...rowAt('A5', ['Site', 'Unités de travail', "Nb d'agents exposés", 'Type de risques', 'Gravité', 'Fréquence']),
    });
    const rec = recognise(workbookOf(grid));
    expect(fieldOn(rec, 'Grille de recensement', 'redacteur')?.valueCell).toBe('F2');
    expect(fieldOn(rec, 'Grille de recensement', 'serviceAnalyse')?.valueCell).toBe('B3');
    expect(fieldOn(rec, 'Grille de recensement', 'adresse')?.valueCell).toBe('D3');
  });
});

/** Annex 3: the document unique (Outil de hiérarchisation des risques professionnels), after TEMPLATES.md. */
import { CENSUS_COLUMNS, TEMPLATE_ROWS } from './census';
import { BROKEN, headerRow, labelledFields, put, sheet, type LayoutCell, type TemplateLayout, type TemplateOptions } from './layout';

export const DU_COLUMNS = [
  ...CENSUS_COLUMNS.slice(0, 10),
  'Hiérarchisation', 'Moyens de prévention envisagés par le GT', "Type d'action", 'Priorité retenue par le GT',
];
export const DU_TABLE = { sheet: 'Hiérarchisation', headerRow: 7, firstRow: 8 };

export function documentUniqueLayout(opts: TemplateOptions): TemplateLayout {
  const link = (style?: LayoutCell['style']): LayoutCell | undefined => (opts.broken ? { ...BROKEN, style } : undefined);

  const ident = sheet('Identification', { A: 3, B: 36, C: 34, D: 8, E: 16 });
  put(ident, 'B1', { value: "Document unique d'évaluation des risques professionnels", style: 'title' });
  ident.merges.push('B1:E1');
  labelledFields(ident, 'B', 'C', 3, [
    { label: 'Direction', value: { value: opts.direction ?? 'Sélectionner la Direction concernée…', style: 'input' } },
    { label: 'Service', value: { value: 'Indiquer le service', style: 'input' } },
    { label: 'Année', value: { style: 'input' } },
  ]);
  headerRow(ident, 7, 2, ['Liste des points de recensement', 'Effectifs']);
  put(ident, 'B23', { value: 'Total des effectifs =', style: 'label' });
  put(ident, 'C23', { formula: '=SUM(C8:C22)', value: 0 });
  put(ident, 'B25', { value: 'Fait à', style: 'label' });
  put(ident, 'C25', { style: 'input' });
  put(ident, 'D25', { value: 'le', style: 'label' });
  put(ident, 'E25', { style: 'date' });
  labelledFields(ident, 'B', 'C', 26, [
    { label: 'Nom du rédacteur', value: { style: 'input' } },
    { label: 'Signature du chef de service', value: { style: 'input' } },
  ]);
  labelledFields(ident, 'B', 'C', 29, [
    { label: 'Date de transmission au CTP', value: { style: 'date' } },
    { label: 'Date de présentation au CHS', value: { style: 'date' } },
    // The consultation record (TEMPLATES.md, annex 1 step 3): the CHS's opinion joins the DU, then the head of service signs.
    { label: 'Avis du CHS', value: { style: 'input' } },
    { label: "Date de l'avis", value: { style: 'date' } },
    { label: 'Date de signature du chef de service', value: { style: 'date' } },
  ]);

  const stats = sheet('Statistiques', { A: 34, B: 12, C: 22, D: 22, E: 18, F: 18 });
  const statsTitle = link('title');
  if (statsTitle) put(stats, 'A1', statsTitle);
  headerRow(stats, 3, 1, ['Liste des points de recensement', 'Effectifs', 'Nombre de surveillances médicales spéciales', "Formations à l'évacuation des locaux", 'Formations Premiers Secours', 'Habilitations électrique']);
  put(stats, 'A19', { value: 'Totaux', style: 'label' });
  for (const col of ['B', 'C', 'D', 'E', 'F']) put(stats, `${col}19`, { formula: `=SUM(${col}4:${col}18)`, value: 0 });
  put(stats, 'A21', { value: 'Commentaires', style: 'label' });

  const atmp = sheet('AT-MP', { A: 70, B: 4, C: 14 });
  const atmpTitle = link('title');
  if (atmpTitle) put(atmp, 'A1', atmpTitle);
  put(atmp, 'A2', { value: 'Accidents de service – Maladies professionnelles (année N-1)', style: 'title' });
  labelledFields(atmp, 'A', 'C', 4, [
    "Nombre total d'accidents de service", "Nombre d'accidents sur le lieu de travail", 'Piétons', 'Véhicules',
    "Nombre d'accidents de mission", "Nombre d'accidents de trajet", "Nombre d'analyses de causalités réalisées",
    "Nombre de journées d'arrêts de travail consécutives à ces accidents", 'Nombre de maladies professionnelles déclarées',
    'Nombre de maladies professionnelles reconnues', "Nombre d'arrêts de travail pour maladies professionnelles",
    "Nombre de journées d'arrêts de travail pour maladies professionnelles", 'Date de mise à jour',
  ].map((label) => ({ label, value: { style: label.startsWith('Date') ? ('date' as const) : ('input' as const) } })));

  const grid = sheet('Hiérarchisation', { A: 18, B: 30, C: 10, D: 34, E: 22, F: 30, G: 26, H: 9, I: 10, J: 10, K: 16, L: 30, M: 22, N: 18 });
  put(grid, 'A1', { value: 'Tableau de hiérarchisation des risques professionnels', style: 'title' });
  grid.merges.push('A1:N1');
  if (opts.broken) put(grid, 'A2', BROKEN); // the line under the title, linked to the identification
  for (const [labelAt, label, valueAt] of [
    ['A3', 'Identification Service', 'B3'], ['D3', 'Nom du Chef de service', 'E3'], ['A4', 'Adresse', 'B4'], ['D4', 'Ville', 'E4'],
    ['G4', 'CP', 'H4'], ['A5', 'Nom du rédacteur du GT', 'B5'], ['D5', 'Date de mise à jour', 'E5'],
  ] as const) {
    put(grid, labelAt, { value: label, style: 'label' });
    const value = link(label.startsWith('Date') ? 'date' : undefined);
    if (value) put(grid, valueAt, value);
  }
  headerRow(grid, DU_TABLE.headerRow, 1, DU_COLUMNS);
  if (opts.broken) for (let r = DU_TABLE.firstRow; r < DU_TABLE.firstRow + TEMPLATE_ROWS; r++) put(grid, `J${r}`, BROKEN);
  return { sheets: [ident, stats, atmp, grid] };
}

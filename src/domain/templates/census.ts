/** Annex 2: the census workbook (Outil de recueil des risques professionnels), after TEMPLATES.md. */
import { BROKEN, headerRow, labelledFields, put, sheet, type TemplateLayout, type TemplateOptions } from './layout';

export const CENSUS_COLUMNS = [
  'Site', 'Unités de travail : Métiers ou fonctions exposés', "Nb d'agents exposés", 'Type de risques (Risques liés à/aux…)',
  'Nature du danger', "Description de la situation d'exposition", 'Moyens actuels de prévention', 'Gravité', 'Fréquence',
  'Indice de risque', 'Moyens de prévention souhaités', "Type d'action",
];
export const TEMPLATE_ROWS = 30;
export const CENSUS_TABLE = { sheet: 'Grille de recensement', headerRow: 8, firstRow: 9 };

export function censusLayout(opts: TemplateOptions): TemplateLayout {
  const info = sheet('Informations générales', { A: 3, B: 48, C: 30, D: 24 });
  put(info, 'B1', { value: "Fiche d'informations générales", style: 'title' });
  info.merges.push('B1:D1');
  labelledFields(info, 'B', 'C', 3, [
    { label: 'Dir. Générale', value: { value: opts.direction ?? 'Sélectionner…', style: 'input' } },
    { label: 'Service Départemental', value: { style: 'input' } },
    { label: 'Sigle du service analysé (TP, CDI, BS…)', value: { style: 'input' } },
    { label: "Complément d'information (Service, Division, Brigade…)", value: { style: 'input' } },
    { label: 'Rédacteur du site analysé', value: { style: 'input' } },
    { label: 'Adresse du site analysé', value: { style: 'input' } },
    { label: 'Code Postal', value: { style: 'input' } },
    { label: 'Ville', value: { style: 'input' } },
    { label: 'Date de mise à jour', value: { style: 'date' } },
    { label: "Nb d'agents", value: { style: 'input' } },
    { label: "Nb d'agents faisant l'objet d'une SMS", value: { style: 'input' } },
    { label: "… formés à l'évacuation des locaux", value: { style: 'input' } },
    { label: '… formés aux premiers secours', value: { style: 'input' } },
    { label: "… disposant d'une habilitation électrique", value: { style: 'input' } },
    { label: "Nb d'unités de travail", value: { style: 'input' } },
  ]);
  headerRow(info, 19, 2, ['Désignation des unités (indispensable)', "Nb d'agents concernés"]);
  put(info, 'B35', { value: 'Total*', style: 'label' });
  put(info, 'C35', { formula: '=SUM(C20:C34)', value: 0 });
  put(info, 'D35', { formula: '=C35&" agents comptabilisés."', value: '0 agents comptabilisés.' });
  put(info, 'B36', { value: "* un agent peut relever de plusieurs unités : le total peut dépasser l'effectif." });

  const grid = sheet('Grille de recensement', { A: 18, B: 30, C: 10, D: 34, E: 22, F: 30, G: 26, H: 9, I: 10, J: 10, K: 28, L: 22 });
  put(grid, 'A1', { value: 'Grille de recensement des risques professionnels', style: 'title' });
  grid.merges.push('A1:L1');
  // The line under the title: a formula with no label that stood for the service's identification.
  if (opts.broken) put(grid, 'A2', BROKEN);
  put(grid, 'A3', { value: 'Identification', style: 'title' });
  const link = opts.broken ? BROKEN : undefined;
  for (const [labelAt, label] of [['A4', 'Nom du rédacteur'], ['D4', 'Service Départemental'], ['A5', 'Service analysé'], ['D5', 'Adresse'], ['A6', 'Date de mise à jour']] as const) {
    put(grid, labelAt, { value: label, style: 'label' });
    const valueAt = String.fromCharCode(labelAt.charCodeAt(0) + 1) + labelAt.slice(1);
    if (link) put(grid, valueAt, { ...link, style: label.startsWith('Date') ? 'date' : undefined });
  }
  headerRow(grid, CENSUS_TABLE.headerRow, 1, CENSUS_COLUMNS);
  if (opts.broken) {
    for (let r = CENSUS_TABLE.firstRow; r < CENSUS_TABLE.firstRow + TEMPLATE_ROWS; r++) {
      put(grid, `A${r}`, BROKEN);
      put(grid, `J${r}`, BROKEN);
    }
  }

  const print = sheet('Fiche à imprimer', { A: 30, B: 26, C: 12, D: 24, E: 26, F: 26 });
  put(print, 'A1', { value: 'Grille de recensement manuelle', style: 'title' });
  labelledFields(print, 'A', 'B', 3, [{ label: 'Direction' }, { label: 'Service' }, { label: 'Immeuble' }, { label: "Nombre d'agents" }]);
  headerRow(print, 8, 1, ['Description', 'Unités de travail', "Nombre d'agents", 'Nature du danger', 'Moyens de prévention actuels', 'Moyens de prévention souhaités']);
  return { sheets: [info, grid, print] };
}

/** Annex 4: the annual prevention programme, after TEMPLATES.md. */
import { TEMPLATE_ROWS } from './census';
import { BROKEN, headerRow, labelledFields, put, sheet, type TemplateLayout, type TemplateOptions } from './layout';

export const PROGRAMME_COLUMNS = [
  'N°', 'Site', "Nb d'agents exposés", 'Type de risques', "Description de la situation d'exposition", 'Indice de risque',
  'Mesures de prévention programmées', "Type d'action", 'Coût prévisionnel', 'Échéance de mise en œuvre', 'Service chargé du dossier', 'Réalisation',
];
export const PROGRAMME_TABLE = { sheet: 'Programme', headerRow: 8, firstRow: 9 };

export function programmeLayout(opts: TemplateOptions): TemplateLayout {
  const info = sheet('Informations générales', { A: 3, B: 38, C: 34 });
  put(info, 'B1', { value: 'Programme annuel de prévention des risques professionnels', style: 'title' });
  info.merges.push('B1:C1');
  labelledFields(info, 'B', 'C', 3, [
    { label: 'Direction', value: { value: opts.direction ?? 'Sélectionner…', style: 'input' } },
    ...['Chef de service', 'Rédacteur du Programme de prévention'].map((label) => ({ label, value: { style: 'input' as const } })),
    { label: 'Date de mise à jour', value: { style: 'date' } },
    ...['Adresse', 'Code postal', 'Ville', 'Téléphone'].map((label) => ({ label, value: { style: 'input' as const } })),
    { label: 'Date de transmission au CTP', value: { style: 'date' } },
    { label: 'Date de présentation au CHS', value: { style: 'date' } },
    { label: 'Effectifs de la direction', value: { style: 'input' } },
  ]);

  const prog = sheet('Programme', { A: 6, B: 18, C: 10, D: 34, E: 30, F: 10, G: 34, H: 22, I: 14, J: 16, K: 22, L: 14 });
  put(prog, 'A1', { value: 'Programme annuel de prévention des risques professionnels', style: 'title' });
  prog.merges.push('A1:L1');
  if (opts.broken) put(prog, 'A2', BROKEN); // the line under the title, linked to the identification
  for (const [labelAt, label, valueAt] of [
    ['A3', 'Identification Service', 'B3'], ['D3', 'Nom du Chef de service', 'E3'], ['A4', 'Adresse', 'B4'], ['D4', 'Nom du rédacteur du PP', 'E4'],
    ['A5', 'Code Postal', 'B5'], ['D5', 'Ville', 'E5'], ['A6', 'Date de mise à jour', 'B6'],
  ] as const) {
    put(prog, labelAt, { value: label, style: 'label' });
    if (opts.broken) put(prog, valueAt, { ...BROKEN, style: label.startsWith('Date') ? 'date' : undefined });
  }
  headerRow(prog, PROGRAMME_TABLE.headerRow, 1, PROGRAMME_COLUMNS);
  for (let i = 0; i < TEMPLATE_ROWS; i++) put(prog, `A${PROGRAMME_TABLE.firstRow + i}`, { value: i + 1 });
  return { sheets: [info, prog] };
}

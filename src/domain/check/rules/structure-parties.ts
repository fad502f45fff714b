import type { SheetRole } from '../../workbook/recognition';
import { ALL_KINDS, type Rule } from '../rule';

const EXPECTED: Record<string, { role: SheetRole; label: string; table?: string }[]> = {
  recensement: [{ role: 'informations', label: 'Informations générales' }, { role: 'grille', label: 'Grille de recensement', table: 'risques' }],
  'document-unique': [
    { role: 'identification', label: 'Identification' }, { role: 'statistiques', label: 'Statistiques' },
    { role: 'at-mp', label: 'AT-MP' }, { role: 'hierarchisation', label: 'Hiérarchisation', table: 'risques' },
  ],
  programme: [{ role: 'informations', label: 'Informations générales' }, { role: 'programme', label: 'Programme', table: 'actions' }],
};

export const structureParties: Rule = {
  id: 'structure-parties',
  severity: 'error',
  title: 'Les feuilles et tableaux attendus pour ce type de classeur sont présents',
  appliesTo: ALL_KINDS,
  check(c) {
    return EXPECTED[c.recognition.kind].flatMap(({ role, label, table }) => {
      const sheet = c.recognition.sheets.find((s) => s.role === role);
      if (!sheet) return [{ severity: 'error' as const, rule: this.id, sheet: '', cell: '', message: `La feuille « ${label} » est introuvable : rétablissez-la (ou partez d'un modèle neuf avec « duerp new »).` }];
      if (table && !c.table(table)) return [{ severity: 'error' as const, rule: this.id, sheet: sheet.name, cell: 'A1', message: `Le tableau de la feuille « ${sheet.name} » est introuvable : rétablissez sa ligne de titres de colonnes.` }];
      return [];
    });
  },
};

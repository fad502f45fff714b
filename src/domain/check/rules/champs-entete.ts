import type { SheetRole } from '../../workbook/recognition';
import { ALL_KINDS, type Rule } from '../rule';

const REQUIRED: Record<string, [SheetRole, string, string][]> = {
  recensement: [['informations', 'direction', 'Dir. Générale'], ['informations', 'sigle', 'Sigle du service analysé'], ['informations', 'redacteur', 'Rédacteur du site analysé'], ['informations', 'dateMiseAJour', 'Date de mise à jour'], ['informations', 'nbAgents', "Nb d'agents"]],
  'document-unique': [['identification', 'direction', 'Direction'], ['identification', 'service', 'Service'], ['identification', 'redacteur', 'Nom du rédacteur'], ['identification', 'dateCTP', 'Date de transmission au CTP'], ['identification', 'dateCHS', 'Date de présentation au CHS']],
  programme: [['informations', 'direction', 'Direction'], ['informations', 'redacteur', 'Rédacteur du Programme de prévention'], ['informations', 'dateMiseAJour', 'Date de mise à jour']],
};

export const champsEntete: Rule = {
  id: 'champs-entete',
  severity: 'warning',
  title: 'Les champs d’identification attendus sont présents (par leur libellé)',
  appliesTo: ALL_KINDS,
  check(c) {
    return REQUIRED[c.recognition.kind].flatMap(([role, field, label]) => {
      const sheet = c.recognition.sheets.find((s) => s.role === role);
      if (!sheet || c.field(role, field)) return [];
      return [{ severity: 'warning' as const, rule: this.id, sheet: sheet.name, cell: 'A1', message: `Le champ « ${label} » est introuvable sur la feuille : rétablissez son libellé, la valeur à sa droite.` }];
    });
  },
};

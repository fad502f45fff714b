import { requiredField } from './identification';

export const identificationRedacteur = requiredField(
  'identification-redacteur',
  'Le rédacteur est renseigné',
  { recensement: ['informations', 'redacteur'], 'document-unique': ['identification', 'redacteur'], programme: ['informations', 'redacteur'] },
  'Le nom du rédacteur',
);

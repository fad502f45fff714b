import { requiredField } from './identification';

export const identificationService = requiredField(
  'identification-service',
  'Le service (ou le service analysé) est renseigné',
  { recensement: ['informations', 'sigle'], 'document-unique': ['identification', 'service'] },
  'Le service',
);

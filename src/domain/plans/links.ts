/**
 * Which header field of a part links to which field of the workbook's information sheet
 * (TEMPLATES.md: the fields that show `#REF!` in the distributed templates).
 */
import type { SheetRole, WorkbookKind } from '../workbook/recognition';

export interface FieldLink {
  role: SheetRole;
  field: string;
  /** The source, or null where the workbook holds nothing to point at (the field becomes empty). */
  source: { role: SheetRole; field: string } | null;
}

const from = (role: SheetRole, field: string) => ({ role, field });

export const FIELD_LINKS: Record<Exclude<WorkbookKind, 'inconnu'>, FieldLink[]> = {
  recensement: [
    { role: 'grille', field: 'redacteur', source: from('informations', 'redacteur') },
    { role: 'grille', field: 'serviceDepartemental', source: from('informations', 'serviceDepartemental') },
    { role: 'grille', field: 'serviceAnalyse', source: from('informations', 'sigle') },
    { role: 'grille', field: 'adresse', source: from('informations', 'adresse') },
    { role: 'grille', field: 'dateMiseAJour', source: from('informations', 'dateMiseAJour') },
  ],
  'document-unique': [
    { role: 'hierarchisation', field: 'identificationService', source: from('identification', 'service') },
    { role: 'hierarchisation', field: 'chefService', source: null },
    { role: 'hierarchisation', field: 'adresse', source: null },
    { role: 'hierarchisation', field: 'ville', source: null },
    { role: 'hierarchisation', field: 'codePostal', source: null },
    { role: 'hierarchisation', field: 'redacteurGT', source: from('identification', 'redacteur') },
    { role: 'hierarchisation', field: 'dateMiseAJour', source: from('identification', 'le') },
  ],
  programme: [
    { role: 'programme', field: 'identificationService', source: from('informations', 'direction') },
    { role: 'programme', field: 'chefService', source: from('informations', 'chefService') },
    { role: 'programme', field: 'adresse', source: from('informations', 'adresse') },
    { role: 'programme', field: 'redacteurPP', source: from('informations', 'redacteur') },
    { role: 'programme', field: 'codePostal', source: from('informations', 'codePostal') },
    { role: 'programme', field: 'ville', source: from('informations', 'ville') },
    { role: 'programme', field: 'dateMiseAJour', source: from('informations', 'dateMiseAJour') },
  ],
};

/** The DU's sheets whose title links to the identification sheet. */
export const TITLED_ROLES: SheetRole[] = ['statistiques', 'at-mp'];
/** The identification fields a DU title joins. */
export const TITLE_FIELDS = ['direction', 'service', 'annee'];

/**
 * Which header field of a part links to which field of the workbook's information sheet
 * (TEMPLATES.md: the fields that show `#REF!` in the distributed templates).
 */
import type { SheetRole, WorkbookKind } from '../workbook/recognition';
import { isCellError, type CellValue } from '../workbook/snapshot';

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

/** Where a title line (the formula under a sheet's title, with no label) takes its parts. */
export interface TitlePart {
  role: SheetRole;
  field: string;
  /** The part is the year of a date field. */
  year?: boolean;
}

export interface TitleLink {
  /** The sheets whose title line stands for the identification. */
  roles: SheetRole[];
  /** Service, direction, year: joined with spaces, each empty when it is. */
  parts: TitlePart[];
}

export const TITLE_LINKS: Record<Exclude<WorkbookKind, 'inconnu'>, TitleLink> = {
  recensement: {
    roles: ['grille'],
    parts: [
      { role: 'informations', field: 'sigle' }, { role: 'informations', field: 'serviceDepartemental' },
      { role: 'informations', field: 'direction' }, { role: 'informations', field: 'dateMiseAJour', year: true },
    ],
  },
  'document-unique': {
    roles: ['statistiques', 'at-mp', 'hierarchisation'],
    parts: [{ role: 'identification', field: 'service' }, { role: 'identification', field: 'direction' }, { role: 'identification', field: 'annee' }],
  },
  programme: {
    roles: ['programme'],
    parts: [{ role: 'informations', field: 'direction' }, { role: 'informations', field: 'dateMiseAJour', year: true }],
  },
};

/** Sheet name and reference (`'Feuille'!`, `Feuille!`, `[1]Feuille!`) before a dead `#REF!`. */
const DEAD_REF = /^=\s*(?:(?:'(?:[^']|'')*'|[^'!"(),;&=+\-*/^<> ]+)!)?\s*#REF!\s*$/i;

function outsideStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

/** The formula holds a `#REF!` token (any letter case, as LibreOffice writes `'…'!#ref!`), outside string literals. */
export function hasBrokenReference(formula: string | null): boolean {
  return formula !== null && /#REF!/i.test(outsideStrings(formula));
}

/** The whole formula is a dead reference (`=#REF!`, `='informations générales'!#ref!`): it computes nothing else. */
export function isDeadReference(formula: string | null): boolean {
  return formula !== null && DEAD_REF.test(formula.trim());
}

/** A cell showing `#REF!`, or whose formula holds a broken reference whatever it shows (`#VALUE!` after LibreOffice). */
export function isBrokenCell(value: CellValue, formula: string | null): boolean {
  return (isCellError(value) && value.error.toUpperCase() === '#REF!') || hasBrokenReference(formula);
}

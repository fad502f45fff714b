/** What recognition finds in a snapshot: the kind of workbook and where its parts are. */

export type WorkbookKind = 'recensement' | 'document-unique' | 'programme' | 'inconnu';

export type SheetRole =
  | 'informations' // census: Informations générales; programme: Informations générales
  | 'grille' // census: Grille de recensement
  | 'fiche' // census: Fiche à imprimer (read-only for us)
  | 'identification' // DU: Identification
  | 'statistiques' // DU: Statistiques
  | 'at-mp' // DU: AT-MP
  | 'hierarchisation' // DU: Hiérarchisation
  | 'programme' // programme: the table of actions
  | 'catalogue' // our catalogue sheet
  | 'synthese' // our Synthèse sheet on a DU (live counts)
  | 'autre';

/** A header field: its label's cell and the cell holding its value (first non-empty right or below, else the cell right of the label). */
export interface FieldLocation {
  sheet: string;
  /** Our key for the field, e.g. `direction`, `redacteur`, `dateMiseAJour`. */
  field: string;
  labelCell: string;
  valueCell: string;
}

export interface TableLocation {
  sheet: string;
  /** Our key for the table: `risques`, `actions`, `unites`, `points`. */
  table: string;
  headerRow: number;
  firstRow: number;
  /** Last row holding data; firstRow - 1 when the table is empty. */
  lastRow: number;
  /** Field key → column letter. */
  columns: Record<string, string>;
}

export interface Recognition {
  kind: WorkbookKind;
  sheets: { name: string; role: SheetRole }[];
  fields: FieldLocation[];
  tables: TableLocation[];
  /** Number of cells showing `#REF!`. */
  refErrors: number;
}

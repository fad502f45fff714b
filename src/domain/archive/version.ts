/**
 * One workbook made an archived version: its name in the archive folder and its register line.
 * Pure but for the hash (Web Crypto, in Node and in the browser): the command line writes the
 * file and appends the line; the pane offers both for download.
 */
import { formatDate, fromJsDate, readDate } from '../method/dates';
import { readField } from '../workbook/fields';
import { recognise } from '../workbook/recognise';
import type { Recognition, SheetRole } from '../workbook/recognition';
import type { CellValue, WorkbookSnapshot } from '../workbook/snapshot';
import { sha256Hex } from './hash';
import { archiveFileName, nextVersion, workbookExtension, type ArchiveKind } from './naming';
import { registerLine, type RegisterEntry } from './register';

/** Where each kind says which year it is about: the DU's Année first, then the update dates. */
const YEAR_FIELDS: Record<ArchiveKind, [SheetRole, string][]> = {
  'document-unique': [['identification', 'annee'], ['identification', 'le'], ['hierarchisation', 'dateMiseAJour'], ['at-mp', 'dateMiseAJour']],
  recensement: [['informations', 'dateMiseAJour'], ['grille', 'dateMiseAJour']],
  programme: [['informations', 'dateMiseAJour'], ['programme', 'dateMiseAJour']],
};

/** A year a cell states: `2026`, `"2026"`, `Année 2026`, or the year of a date (serial or `dd/mm/yyyy`). */
export function yearOf(value: CellValue): number | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1980 && value <= 2200) return value;
  if (typeof value === 'string') {
    const t = value.trim();
    if (/^\d{4}$/.test(t)) return yearOf(Number(t));
    const d = readDate(t);
    if (d) return d.year;
    const m = /\b(19[89]\d|2[01]\d\d)\b/.exec(t);
    return m ? Number(m[1]) : null;
  }
  const d = readDate(value);
  return d && d.year >= 1980 && d.year <= 2200 ? d.year : null;
}

/** The year the workbook is about: its Année, else its update date, else today's. */
export function archiveYear(snapshot: WorkbookSnapshot, rec: Recognition, today: Date = new Date()): number {
  if (rec.kind !== 'inconnu') {
    for (const [role, field] of YEAR_FIELDS[rec.kind]) {
      const f = readField(snapshot, rec, role, field);
      const y = f ? yearOf(f.value) : null;
      if (y !== null) return y;
    }
  }
  return today.getFullYear();
}

export interface ArchiveInput {
  /** The workbook's bytes, archived as they are. */
  bytes: Uint8Array;
  snapshot: WorkbookSnapshot;
  recognition?: Recognition;
  /** The original file's name (`DU SIP Nord.xlsx`): recorded, and its extension kept. */
  sourceName: string;
  /** The names already in the archive folder. */
  existingNames?: readonly string[];
  /** The register's lines so far (parseRegister). */
  register?: readonly RegisterEntry[];
  today?: Date;
}

export interface ArchiveVersion {
  /** The name to give the copy in the archive folder: `document-unique-2026-v3.xlsx`. */
  fileName: string;
  entry: RegisterEntry;
  /** The register line to append (CRLF-terminated; see registerHeader for a new register). */
  line: string;
}

/** Names the version and computes its register line; throws (French) for a workbook of unknown kind. */
export async function prepareArchiveVersion(input: ArchiveInput): Promise<ArchiveVersion> {
  const rec = input.recognition ?? recognise(input.snapshot);
  if (rec.kind === 'inconnu') throw new Error(`« ${input.sourceName} » n’est ni un recensement, ni un document unique, ni un programme : il n’est pas archivé.`);
  const today = input.today ?? new Date();
  const year = archiveYear(input.snapshot, rec, today);
  const version = nextVersion(rec.kind, year, input.existingNames ?? [], input.register ?? []);
  const fileName = archiveFileName(rec.kind, year, version, workbookExtension(input.sourceName));
  const entry: RegisterEntry = {
    version,
    date: formatDate(fromJsDate(today)),
    fichier: fileName,
    type: rec.kind,
    annee: year,
    source: input.sourceName.split(/[\\/]/).pop() ?? input.sourceName,
    sha256: await sha256Hex(input.bytes),
  };
  return { fileName, entry, line: registerLine(entry) };
}

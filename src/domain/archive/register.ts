/**
 * The archive's register, `registre.csv` (CONTRACT.md, "Archive"): one line per archived version,
 * read by people in Excel or LibreOffice. UTF-8 with a byte-order mark (so that Excel reads the
 * accents), `;` between fields (the French list separator), CRLF line ends, a header row.
 * Dates are `dd/mm/yyyy`, as people read them (the JSON of the command line carries ISO dates).
 */
import type { ArchiveKind } from './naming';
import { SHA256_HEX } from './hash';

export const REGISTER_FILE = 'registre.csv';
export const BOM = '\ufeff';
/** The columns, in the order written; a register is read by its header's names, whatever their order. */
export const REGISTER_COLUMNS = ['version', 'date', 'fichier', 'type', 'annee', 'source', 'sha256'] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

export interface RegisterEntry {
  /** The version number within its kind and year (`3` for `document-unique-2026-v3.xlsx`). */
  version: number;
  /** When it was archived, `dd/mm/yyyy`. */
  date: string;
  /** The archived file's name in the folder. */
  fichier: string;
  type: ArchiveKind | string;
  annee: number;
  /** The original file's name. */
  source: string;
  sha256: string;
}

function field(text: string): string {
  return /[;"\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header row, with its line end. */
export function registerHeader(): string {
  return `${REGISTER_COLUMNS.join(';')}\r\n`;
}

/** One register line, with its line end. */
export function registerLine(e: RegisterEntry): string {
  const values: Record<RegisterColumn, string> = {
    version: String(e.version),
    date: e.date,
    fichier: e.fichier,
    type: String(e.type),
    annee: String(e.annee),
    source: e.source,
    sha256: e.sha256,
  };
  return `${REGISTER_COLUMNS.map((c) => field(values[c])).join(';')}\r\n`;
}

/** What to write for a new register: the mark, the header, the lines. */
export function newRegisterText(entries: readonly RegisterEntry[]): string {
  return BOM + registerHeader() + entries.map(registerLine).join('');
}

/** The text to append to an existing register's text (a line end first when its last line has none). */
export function appendToRegister(existing: string, entries: readonly RegisterEntry[]): string {
  if (existing.replace(BOM, '').trim() === '') return newRegisterText(entries);
  const sep = /\r?\n$/.test(existing) ? '' : '\r\n';
  return sep + entries.map(registerLine).join('');
}

/** Splits CSV text into rows of fields (`;`, double quotes, CRLF or LF). */
function rows(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(cur);
      cur = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cur);
      out.push(row);
      row = [];
      cur = '';
    } else cur += ch;
  }
  if (cur !== '' || row.length > 0) {
    row.push(cur);
    out.push(row);
  }
  return out.filter((r) => r.some((f) => f.trim() !== ''));
}

export interface ParsedRegister {
  entries: RegisterEntry[];
  /** Lines that are not an archived version (a missing name or hash): their line number (1 = header). */
  unreadable: { line: number; text: string }[];
}

const norm = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();

/** Reads a register's text (with or without its mark); columns found by the header's names. */
export function parseRegister(text: string): ParsedRegister {
  const all = rows(text.replace(/^\ufeff/, ''));
  if (all.length === 0) return { entries: [], unreadable: [] };
  const header = all[0].map(norm);
  const at = (c: RegisterColumn) => header.indexOf(c);
  const entries: RegisterEntry[] = [];
  const unreadable: ParsedRegister['unreadable'] = [];
  all.slice(1).forEach((r, i) => {
    const get = (c: RegisterColumn) => (at(c) >= 0 ? (r[at(c)] ?? '').trim() : '');
    const fichier = get('fichier');
    const sha256 = get('sha256').toLowerCase();
    if (!fichier || !SHA256_HEX.test(sha256)) {
      unreadable.push({ line: i + 2, text: r.join(';') });
      return;
    }
    entries.push({
      version: Number(get('version')) || 0,
      date: get('date'),
      fichier,
      type: get('type'),
      annee: Number(get('annee')) || 0,
      source: get('source'),
      sha256,
    });
  });
  return { entries, unreadable };
}

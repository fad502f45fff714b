/**
 * Names of archived versions: `document-unique-2026-v3.xlsx` — the kind, the year the workbook is
 * about, the version within that kind and year. A version is never reused: the next one is past
 * every name in the folder and every line of the register (a deleted file keeps its number).
 */
import type { WorkbookKind } from '../workbook/recognition';

export type ArchiveKind = Exclude<WorkbookKind, 'inconnu'>;

/** `.xlsx` or `.xlsm` (a workbook with macros keeps its extension, else Excel would refuse it). */
export function workbookExtension(sourceName: string): '.xlsx' | '.xlsm' {
  return /\.xlsm$/i.test(sourceName) ? '.xlsm' : '.xlsx';
}

export function archiveFileName(kind: ArchiveKind, year: number, version: number, extension: '.xlsx' | '.xlsm' = '.xlsx'): string {
  return `${kind}-${year}-v${version}${extension}`;
}

/** The kind, year and version a name carries, or null when it is not an archived version's name. */
export function parseArchiveFileName(name: string): { kind: string; year: number; version: number } | null {
  const m = /^(recensement|document-unique|programme)-(\d{4})-v(\d+)\.xls[xm]$/i.exec(name);
  return m ? { kind: m[1].toLowerCase(), year: Number(m[2]), version: Number(m[3]) } : null;
}

/**
 * The next free version for a kind and year, given the names in the folder and those of the
 * register (`fichier`), plus the versions the register records for that kind and year.
 */
export function nextVersion(kind: ArchiveKind, year: number, names: readonly string[], recorded: readonly { type: string; annee: number; version: number }[] = []): number {
  let last = 0;
  for (const n of names) {
    const p = parseArchiveFileName(n);
    if (p && p.kind === kind && p.year === year) last = Math.max(last, p.version);
  }
  for (const r of recorded) if (r.type === kind && r.annee === year) last = Math.max(last, r.version);
  return last + 1;
}

/**
 * Recognises which of the three workbooks a snapshot is and where its parts are, by labels:
 * sheets by their name or their content, header fields by their labels, tables by their header row.
 */
import { findFields, findTable } from './find-labels';
import { normaliseLabel } from './labels';
import type { FieldLocation, Recognition, SheetRole, TableLocation, WorkbookKind } from './recognition';
import { isCellError, type SheetSnapshot, type WorkbookSnapshot } from './snapshot';
import { CATALOGUE_SHEET, KIND_SPECS, SYNTHESE_SHEET, type KindSpec, type SheetSpec, type TableSpec } from './specs';

interface SheetMatch {
  sheet: SheetSnapshot;
  spec: SheetSpec;
  score: number;
  tables: TableLocation[];
  fields: FieldLocation[];
}

function nameScore(name: string, spec: SheetSpec): number {
  const n = normaliseLabel(name);
  let best = 0;
  for (const candidate of spec.names) {
    const c = normaliseLabel(candidate);
    if (n === c) best = Math.max(best, 10);
    else if (n.startsWith(c + ' ') || c.startsWith(n + ' ')) best = Math.max(best, 4);
  }
  return best;
}

/** Every table any kind could find on a sheet: header fields are never looked for inside them. */
const ALL_TABLE_SPECS: readonly TableSpec[] = KIND_SPECS.flatMap((k) => k.sheets.flatMap((s) => s.tables));

function tablesOn(sheet: SheetSnapshot, found: Map<TableSpec, TableLocation | null>): TableLocation[] {
  return ALL_TABLE_SPECS.map((t) => tableFor(sheet, t, found)).filter((t): t is TableLocation => t !== null);
}

function tableFor(sheet: SheetSnapshot, spec: TableSpec, found: Map<TableSpec, TableLocation | null>): TableLocation | null {
  if (!found.has(spec)) found.set(spec, findTable(sheet, spec));
  return found.get(spec)!;
}

function matchSheet(sheet: SheetSnapshot, spec: SheetSpec, found: Map<TableSpec, TableLocation | null>): SheetMatch {
  const tables = spec.tables.map((t) => tableFor(sheet, t, found)).filter((t): t is TableLocation => t !== null);
  const fields = findFields(sheet, spec.fields, tablesOn(sheet, found));
  const score = nameScore(sheet.name, spec) + tables.length * 20 + fields.length * 2;
  return { sheet, spec, score, tables, fields };
}

/** A sheet plays a role when its name says so, or it holds the role's table, or enough of its labels. */
function isPlausible(m: SheetMatch): boolean {
  const fieldsNeeded = Math.min(3, m.spec.fields.length);
  return nameScore(m.sheet.name, m.spec) >= 10 || m.tables.length > 0 || (fieldsNeeded > 0 && m.fields.length >= fieldsNeeded);
}

function assignRoles(sheets: SheetSnapshot[], kind: KindSpec, cache: Map<SheetSnapshot, Map<TableSpec, TableLocation | null>>): SheetMatch[] {
  const found = (sheet: SheetSnapshot) => {
    if (!cache.has(sheet)) cache.set(sheet, new Map());
    return cache.get(sheet)!;
  };
  const candidates = sheets
    .flatMap((sheet) => kind.sheets.map((spec) => matchSheet(sheet, spec, found(sheet))))
    .filter(isPlausible)
    .sort((a, b) => b.score - a.score);
  const taken = new Set<string>();
  const roles = new Set<SheetRole>();
  const chosen: SheetMatch[] = [];
  for (const m of candidates) {
    if (taken.has(m.sheet.name) || roles.has(m.spec.role)) continue;
    taken.add(m.sheet.name);
    roles.add(m.spec.role);
    chosen.push(m);
  }
  return chosen;
}

/** The cells showing #REF! (indexed loops: this runs once over every cell, before it is optimised). */
function countRefErrors(snapshot: WorkbookSnapshot): number {
  let n = 0;
  for (const sheet of snapshot.sheets) {
    const values = sheet.values;
    for (let r = 0; r < values.length; r++) {
      const line = values[r];
      for (let c = 0; c < line.length; c++) {
        const v = line[c];
        if (isCellError(v) && v.error === '#REF!') n++;
      }
    }
  }
  return n;
}

/** The kind is decided by the key table: a ranked risk table (DU) before a census grid, then a programme. */
function keyTableFound(matches: SheetMatch[], kind: KindSpec): boolean {
  return matches.some((m) => m.spec.role === kind.keyRole && m.tables.length > 0);
}

export function recognise(snapshot: WorkbookSnapshot): Recognition {
  const sheets = snapshot.sheets.filter((s) => s.name !== CATALOGUE_SHEET && s.name !== SYNTHESE_SHEET);
  const cache = new Map<SheetSnapshot, Map<TableSpec, TableLocation | null>>();
  const byKind = KIND_SPECS.map((kind) => ({ kind, matches: assignRoles(sheets, kind, cache) }));
  const order: WorkbookKind[] = ['document-unique', 'recensement', 'programme'];
  let winner = order
    .map((k) => byKind.find((b) => b.kind.kind === k)!)
    .find((b) => keyTableFound(b.matches, b.kind));
  // No key table: fall back on a sheet named like the key role (a template emptied of its table).
  winner ??= byKind.find((b) => b.matches.some((m) => m.spec.role === b.kind.keyRole && nameScore(m.sheet.name, m.spec) >= 10));
  const matches = winner?.matches ?? [];
  const roleOf = new Map(matches.map((m) => [m.sheet.name, m.spec.role] as const));
  return {
    kind: winner?.kind.kind ?? 'inconnu',
    sheets: snapshot.sheets.map((s) => ({
      name: s.name,
      role: s.name === CATALOGUE_SHEET ? 'catalogue' : s.name === SYNTHESE_SHEET ? 'synthese' : roleOf.get(s.name) ?? 'autre',
    })),
    fields: matches.flatMap((m) => m.fields),
    tables: matches.flatMap((m) => m.tables),
    refErrors: countRefErrors(snapshot),
  };
}

/** The sheet that plays a role, if any. */
export function sheetWithRole(recognition: Recognition, role: SheetRole): string | undefined {
  return recognition.sheets.find((s) => s.role === role)?.name;
}

export function fieldOn(recognition: Recognition, sheet: string | undefined, field: string): FieldLocation | undefined {
  return recognition.fields.find((f) => f.sheet === sheet && f.field === field);
}

export function tableNamed(recognition: Recognition, table: string): TableLocation | undefined {
  return recognition.tables.find((t) => t.table === table);
}

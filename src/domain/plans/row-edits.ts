/**
 * One risk row, edited from the pane: the row under the selection (or chosen), a family or a work
 * unit written into it, a danger or a prevention means appended to what was typed (never replacing
 * it). Each edit is a plan, so it is previewed, applied and re-read like any other.
 */
import { familyLabel } from '../catalogue/families';
import type { RiskFamily, WorkUnit } from '../catalogue/types';
import { unitLabel } from '../catalogue/units';
import { columnNumber, parseA1, toA1 } from '../workbook/address';
import { normaliseLabel } from '../workbook/labels';
import { recognise } from '../workbook/recognise';
import type { Recognition, TableLocation } from '../workbook/recognition';
import { contentRows, freeRows } from '../workbook/rows';
import { cellValue, findSheet, isCellError, type CellValue, type WorkbookSnapshot } from '../workbook/snapshot';
import { valueEdit } from './cell-edits';
import type { Plan } from './plan';
import { TEMPLATE_ROWS } from './recompute';

export interface RiskRowRef {
  sheet: string;
  row: number;
  table: TableLocation;
  cells: Record<string, CellValue>;
  /** `Manutention des colis — A 00 Ensemble des agents`, or `Ligne 12 (vide)`. */
  label: string;
  empty: boolean;
}

/** Appendable text columns: the danger, and the prevention means (census: wished; DU: the GT's). */
export type AppendField = 'danger' | 'moyensSouhaites' | 'moyensGT';

const plain = (v: CellValue | undefined) => (v === null || v === undefined || isCellError(v) ? '' : String(v).trim());

function risksTables(rec: Recognition): TableLocation[] {
  return rec.tables.filter((t) => t.table === 'risques');
}

function rowRef(snapshot: WorkbookSnapshot, table: TableLocation, row: number): RiskRowRef {
  const sheet = findSheet(snapshot, table.sheet)!;
  const cells: Record<string, CellValue> = {};
  for (const [field, letter] of Object.entries(table.columns)) cells[field] = cellValue(sheet, row, columnNumber(letter));
  const what = plain(cells.situation) || plain(cells.danger) || plain(cells.famille);
  const where = plain(cells.unite);
  const empty = !what && !where;
  const label = empty ? `Ligne ${row} (vide)` : `Ligne ${row} : ${[what, where].filter(Boolean).join(' — ')}`;
  return { sheet: table.sheet, row, table, cells, label, empty };
}

/** The last row a person may fill in below a table (its template rows, or a few past its content). */
function lastUsableRow(table: TableLocation): number {
  return Math.max(table.lastRow + 20, table.firstRow + TEMPLATE_ROWS - 1);
}

/** The risk row at a cell (the selection in Excel), or null when the cell is not in a risk table. */
export function riskRowAt(snapshot: WorkbookSnapshot, sheet: string, address: string, rec: Recognition = recognise(snapshot)): RiskRowRef | null {
  const first = address.replace(/^.*!/, '').replace(/\$/g, '').split(':')[0];
  let row: number;
  try {
    row = parseA1(first).row;
  } catch {
    return null;
  }
  const table = risksTables(rec).find((t) => t.sheet.toLowerCase() === sheet.toLowerCase() && row >= t.firstRow && row <= lastUsableRow(t));
  return table ? rowRef(snapshot, table, row) : null;
}

/** The rows a person can choose without a selection: every risk row, then the first free one. */
export function riskRowChoices(snapshot: WorkbookSnapshot, rec: Recognition = recognise(snapshot)): RiskRowRef[] {
  return risksTables(rec).flatMap((t) => {
    const sheet = findSheet(snapshot, t.sheet)!;
    const rows = contentRows(sheet, t).map((r) => rowRef(snapshot, t, r.row));
    return [...rows, rowRef(snapshot, t, freeRows(sheet, t, 1)[0])];
  });
}

function onePlan(command: string, edit: ReturnType<typeof valueEdit>): Plan {
  return { command, edits: edit ? [edit] : [] };
}

function cellOf(ref: RiskRowRef, field: string): string | null {
  const letter = ref.table.columns[field];
  return letter ? toA1(ref.row, columnNumber(letter)) : null;
}

/** Writes the family's dropdown text into the row's family cell. */
export function planSetFamily(snapshot: WorkbookSnapshot, ref: RiskRowRef, family: RiskFamily): Plan {
  const cell = cellOf(ref, 'famille');
  if (!cell) return { command: 'famille', edits: [] };
  return onePlan('famille', valueEdit(snapshot, ref.sheet, cell, familyLabel(family), `Type de risques choisi : ${family.title}`));
}

/** Writes the unit's dropdown text into the row's unit cell. */
export function planSetUnit(snapshot: WorkbookSnapshot, ref: RiskRowRef, unit: WorkUnit): Plan {
  const cell = cellOf(ref, 'unite');
  if (!cell) return { command: 'unite', edits: [] };
  return onePlan('unite', valueEdit(snapshot, ref.sheet, cell, unitLabel(unit), `Unité de travail choisie : ${unit.code}`));
}

/** The column that takes prevention means on this row's table (census: wished; DU: the GT's). */
export function meansField(ref: RiskRowRef): AppendField | null {
  if (ref.table.columns.moyensSouhaites) return 'moyensSouhaites';
  if (ref.table.columns.moyensGT) return 'moyensGT';
  return null;
}

/** Appends a line of text to a cell, after what was typed; nothing when it is already there. */
export function appendedText(current: CellValue, addition: string): string | null {
  const before = plain(current);
  const add = addition.trim();
  if (!add) return null;
  if (before && normaliseLabel(before).includes(normaliseLabel(add))) return null;
  return before ? `${before} ; ${add}` : add;
}

export function planAppend(snapshot: WorkbookSnapshot, ref: RiskRowRef, field: AppendField, addition: string): Plan {
  const cell = cellOf(ref, field);
  if (!cell) return { command: 'ajout', edits: [] };
  const sheet = findSheet(snapshot, ref.sheet)!;
  const { row, col } = parseA1(cell);
  const next = appendedText(cellValue(sheet, row, col), addition);
  if (next === null) return { command: 'ajout', edits: [] };
  const why = field === 'danger' ? 'Danger ajouté depuis la fiche de la famille' : 'Moyen de prévention ajouté depuis la fiche de la famille';
  return onePlan('ajout', valueEdit(snapshot, ref.sheet, cell, next, why));
}

/** Writes the row's gravity and frequency (1–4); each only when it changes. */
export function planSetRatings(snapshot: WorkbookSnapshot, ref: RiskRowRef, ratings: { gravite?: number; frequence?: number }): Plan {
  const edits: ReturnType<typeof valueEdit>[] = [];
  for (const field of ['gravite', 'frequence'] as const) {
    const value = ratings[field];
    const cell = cellOf(ref, field);
    if (value === undefined || !cell) continue;
    edits.push(valueEdit(snapshot, ref.sheet, cell, value, field === 'gravite' ? `Gravité cotée ${value}` : `Fréquence cotée ${value}`));
  }
  return { command: 'cotation', edits: edits.filter((e): e is NonNullable<typeof e> => e !== null) };
}

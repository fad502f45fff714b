/** Finding labels, header fields and tables in one sheet by their text. */
import { columnLetter, parseRange, toA1 } from './address';
import { normaliseLabel } from './labels';
import { cellFormula, cellValue, columnCount, isEmptyValue, rowCount, type SheetSnapshot } from './snapshot';
import type { ColumnSpec, FieldSpec, TableSpec } from './specs';
import type { FieldLocation, TableLocation } from './recognition';

/** Rows after the last data row that must be empty before a table is taken to end. */
export const TABLE_END_GAP = 10;
/** How far right of a label its value may sit. */
const VALUE_SEARCH_WIDTH = 4;

export function labelMatchesSpec(text: string, spec: FieldSpec): boolean {
  const cell = normaliseLabel(text);
  if (!cell) return false;
  return spec.labels.some((label) => {
    const wanted = normaliseLabel(label);
    switch (spec.match ?? 'exact') {
      case 'exact':
        return cell === wanted;
      case 'prefix':
        return cell === wanted || cell.startsWith(wanted + ' ');
      case 'contains':
        return (' ' + cell + ' ').includes(' ' + wanted + ' ');
    }
  });
}

/** How well a header cell's text names a column: the length of the matched label, 0 when none. */
export function columnMatchStrength(text: string, column: ColumnSpec): number {
  const cell = normaliseLabel(text);
  if (!cell) return 0;
  let best = 0;
  for (const label of column.exact ?? []) if (cell === normaliseLabel(label)) best = Math.max(best, cell.length);
  for (const label of column.labels) {
    const wanted = normaliseLabel(label);
    if (cell === wanted || cell.startsWith(wanted + ' ')) best = Math.max(best, wanted.length);
  }
  return best;
}

function textAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  const v = cellValue(sheet, row, col);
  return typeof v === 'string' ? v : null;
}

function isFilled(sheet: SheetSnapshot, row: number, col: number): boolean {
  return !isEmptyValue(cellValue(sheet, row, col)) || cellFormula(sheet, row, col) !== null;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergeAt(sheet: SheetSnapshot, row: number, col: number): Box | null {
  for (const m of sheet.merges) {
    const r = parseRange(m);
    if (row >= r.start.row && row <= r.end.row && col >= r.start.col && col <= r.end.col) {
      return { top: r.start.row, left: r.start.col, bottom: r.end.row, right: r.end.col };
    }
  }
  return null;
}

function findTableColumns(sheet: SheetSnapshot, row: number, spec: TableSpec): Map<string, number> {
  const found = new Map<string, number>();
  const width = columnCount(sheet);
  for (let col = 1; col <= width; col++) {
    const text = textAt(sheet, row, col);
    if (!text) continue;
    let bestField: string | null = null;
    let bestStrength = 0;
    for (const column of spec.columns) {
      const s = columnMatchStrength(text, column);
      if (s > bestStrength) {
        bestStrength = s;
        bestField = column.field;
      }
    }
    if (bestField && !found.has(bestField)) found.set(bestField, col);
  }
  return found;
}

/** Finds a table by its header row: the row naming the most columns, all required ones among them. */
export function findTable(sheet: SheetSnapshot, spec: TableSpec): TableLocation | null {
  let best: { row: number; columns: Map<string, number> } | null = null;
  const height = rowCount(sheet);
  for (let row = 1; row <= height; row++) {
    const columns = findTableColumns(sheet, row, spec);
    if (!spec.required.every((f) => columns.has(f))) continue;
    if (!best || columns.size > best.columns.size) best = { row, columns };
  }
  if (!best) return null;
  const cols = [...best.columns.values()];
  const firstRow = best.row + 1;
  let lastRow = best.row;
  let gap = 0;
  for (let row = firstRow; row <= height && gap < TABLE_END_GAP; row++) {
    // A totals row closes the table (`Total*`, `Totaux`, `Total des effectifs =`).
    if (cols.some((c) => /^total/.test(normaliseLabel(textAt(sheet, row, c))))) break;
    if (cols.some((c) => isFilled(sheet, row, c))) {
      lastRow = row;
      gap = 0;
    } else gap++;
  }
  const columns: Record<string, string> = {};
  for (const [field, col] of best.columns) columns[field] = columnLetter(col);
  return { sheet: sheet.name, table: spec.table, headerRow: best.row, firstRow, lastRow, columns };
}

/** Whether a cell lies inside one of the tables found on the sheet (header and data rows). */
function inTables(row: number, tables: readonly TableLocation[]): boolean {
  return tables.some((t) => row >= t.headerRow && row <= t.lastRow);
}

/**
 * Finds header fields by their labels. The value is the first filled cell to the right of the
 * label (past its merge) that is not itself a label, else the filled cell below, else the cell
 * just right of the label.
 */
export function findFields(sheet: SheetSnapshot, specs: readonly FieldSpec[], tables: readonly TableLocation[]): FieldLocation[] {
  const labelCells = new Map<string, { row: number; col: number }>();
  const isLabel = new Set<string>();
  const height = rowCount(sheet);
  const width = columnCount(sheet);
  for (let row = 1; row <= height; row++) {
    if (inTables(row, tables)) continue;
    for (let col = 1; col <= width; col++) {
      const text = textAt(sheet, row, col);
      if (!text) continue;
      for (const spec of specs) {
        if (!labelMatchesSpec(text, spec)) continue;
        isLabel.add(`${row}:${col}`);
        if (!labelCells.has(spec.field)) labelCells.set(spec.field, { row, col });
      }
    }
  }
  const fields: FieldLocation[] = [];
  for (const spec of specs) {
    const at = labelCells.get(spec.field);
    if (!at) continue;
    const box = mergeAt(sheet, at.row, at.col) ?? { top: at.row, left: at.col, bottom: at.row, right: at.col };
    let value: { row: number; col: number } | null = null;
    for (let col = box.right + 1; col <= box.right + VALUE_SEARCH_WIDTH; col++) {
      if (isLabel.has(`${at.row}:${col}`)) break;
      if (isFilled(sheet, at.row, col)) {
        value = { row: at.row, col };
        break;
      }
    }
    if (!value) {
      const below = box.bottom + 1;
      if (!isLabel.has(`${below}:${at.col}`) && isFilled(sheet, below, at.col) && !inTables(below, tables)) {
        value = { row: below, col: at.col };
      }
    }
    value ??= { row: at.row, col: box.right + 1 };
    fields.push({ sheet: sheet.name, field: spec.field, labelCell: toA1(at.row, at.col), valueCell: toA1(value.row, value.col) });
  }
  return fields;
}

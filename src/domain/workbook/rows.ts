/** Reading a recognised table's rows as records keyed by field. */
import { columnNumber } from './address';
import type { TableLocation } from './recognition';
import { cellFormula, cellValue, isEmptyValue, type CellValue, type SheetSnapshot } from './snapshot';

/** Columns never counted as content: derived or prefilled (a summary names them on an added row). */
export const DERIVED_COLUMNS = new Set(['numero', 'indice', 'rang']);

/** A row holds something when a person typed in it (formulas and derived columns aside). */
export function rowHasContent(sheet: SheetSnapshot, table: TableLocation, row: number): boolean {
  return Object.entries(table.columns).some(([field, letter]) => {
    if (DERIVED_COLUMNS.has(field)) return false;
    const col = columnNumber(letter);
    return cellFormula(sheet, row, col) === null && !isEmptyValue(cellValue(sheet, row, col));
  });
}

export interface TableRow {
  row: number;
  cells: Record<string, CellValue>;
}

/** The rows of a table that hold content, with each recognised column's value. */
export function contentRows(sheet: SheetSnapshot, table: TableLocation): TableRow[] {
  const rows: TableRow[] = [];
  for (let row = table.firstRow; row <= table.lastRow; row++) {
    if (!rowHasContent(sheet, table, row)) continue;
    const cells: Record<string, CellValue> = {};
    for (const [field, letter] of Object.entries(table.columns)) cells[field] = cellValue(sheet, row, columnNumber(letter));
    rows.push({ row, cells });
  }
  return rows;
}

/** The first rows after the last content row, where new records can go (empty template rows first). */
export function freeRows(sheet: SheetSnapshot, table: TableLocation, count: number): number[] {
  let last = table.firstRow - 1;
  for (let row = table.firstRow; row <= table.lastRow; row++) if (rowHasContent(sheet, table, row)) last = row;
  return Array.from({ length: count }, (_, i) => last + 1 + i);
}

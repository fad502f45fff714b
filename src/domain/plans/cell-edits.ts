/** Building cell edits against a snapshot: each returns null when the cell already is what we want. */
import { parseA1 } from '../workbook/address';
import { sameFormula } from '../method/formulas';
import { cellFormula, cellValue, findSheet, isCellError, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../workbook/snapshot';
import type { FormulaEdit, ValueEdit } from './plan';

export interface CellState {
  value: CellValue;
  formula: string | null;
}

export function cellState(snapshot: WorkbookSnapshot, sheet: string, cell: string): CellState {
  const s = findSheet(snapshot, sheet);
  if (!s) return { value: null, formula: null };
  const { row, col } = parseA1(cell);
  return { value: cellValue(s, row, col), formula: cellFormula(s, row, col) };
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (isCellError(a) || isCellError(b)) return isCellError(a) && isCellError(b) && a.error === b.error;
  const emptyA = a === null || a === '';
  const emptyB = b === null || b === '';
  return (emptyA && emptyB) || a === b;
}

export function formulaEdit(
  snapshot: WorkbookSnapshot,
  sheet: string,
  cell: string,
  formula: string,
  result: CellValue,
  reason: string,
): FormulaEdit | null {
  return formulaOver(cellState(snapshot, sheet, cell), sheet, cell, formula, result, reason);
}

/** formulaEdit on a sheet already found, at a cell given by number too (a table's rows, one by one). */
export function formulaEditAt(sheet: SheetSnapshot, row: number, col: number, cell: string, formula: string, result: CellValue, reason: string): FormulaEdit | null {
  return formulaOver({ value: cellValue(sheet, row, col), formula: cellFormula(sheet, row, col) }, sheet.name, cell, formula, result, reason);
}

function formulaOver(before: CellState, sheet: string, cell: string, formula: string, result: CellValue, reason: string): FormulaEdit | null {
  if (sameFormula(before.formula, formula)) return null;
  return { kind: 'formula', sheet, cell, before: before.value, beforeFormula: before.formula, formula, result, reason };
}

export function valueEdit(snapshot: WorkbookSnapshot, sheet: string, cell: string, after: CellValue, reason: string): ValueEdit | null {
  const before = cellState(snapshot, sheet, cell);
  if (before.formula === null && sameValue(before.value, after)) return null;
  return { kind: 'value', sheet, cell, before: before.value, beforeFormula: before.formula, after, reason };
}

/** Cached result of a link formula: what the linked cell shows, empty instead of nothing. */
export function linkedResult(value: CellValue): CellValue {
  return value === null ? '' : value;
}

/**
 * A plain picture of a workbook, read in one batch by a host (Excel or an .xlsx file).
 * The core never sees Office.js or a file library: only this.
 */

/** An error value shown in a cell (`#REF!`, `#N/A`, `#VALUE!`…). */
export interface CellError {
  error: string;
}

/**
 * What a cell shows. Dates are Excel serial numbers (days since 1899-12-30), as Excel's
 * `range.values` gives them; hosts convert file-library dates to serials.
 */
export type CellValue = string | number | boolean | null | CellError;

export interface ValidationRule {
  /** A1 range, e.g. `D12:D500` (may hold several areas separated by spaces). */
  range: string;
  type: 'list' | 'whole' | 'decimal' | 'date' | 'other';
  /** The list source or first bound, with a leading `=` when it is a formula or reference. */
  formula1: string;
}

export interface ConditionalFormatRule {
  range: string;
  /** The rule's formulas as written (`"A"` for a text/cell-is rule, `=…` for an expression). */
  formulas: string[];
}

export interface SheetSnapshot {
  name: string;
  visibility: 'visible' | 'hidden' | 'veryHidden';
  /**
   * Values of the grid from A1 to the end of the used range: values[r][c] is the cell at row r+1,
   * column c+1. Rows may be shorter than others; a missing cell reads as null.
   */
  values: CellValue[][];
  /** Same shape: the formula (with its leading `=`) where the cell holds one, else null. */
  formulas: (string | null)[][];
  /** Merged ranges as A1 (`B2:D2`). */
  merges: string[];
  validations: ValidationRule[];
  conditionalFormats: ConditionalFormatRule[];
}

export interface DefinedName {
  name: string;
  /** The reference, without a leading `=`, e.g. `'Catalogues DUERP'!$A$2:$A$27`. */
  ref: string;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  names: DefinedName[];
  /**
   * The workbook's custom document properties, as text (`DUERP_Version` → `"3"`); absent when
   * the host does not read them (then nothing is planned for them).
   */
  properties?: Record<string, string>;
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === 'object' && v !== null && 'error' in v;
}

export function cellValue(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const line = sheet.values[row - 1];
  if (!line) return null;
  const v = line[col - 1];
  return v === undefined ? null : v;
}

export function cellFormula(sheet: SheetSnapshot, row: number, col: number): string | null {
  const line = sheet.formulas[row - 1];
  if (!line) return null;
  return line[col - 1] ?? null;
}

export function rowCount(sheet: SheetSnapshot): number {
  return sheet.values.length;
}

export function columnCount(sheet: SheetSnapshot): number {
  let max = 0;
  for (const line of sheet.values) if (line.length > max) max = line.length;
  return max;
}

export function isEmptyValue(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export function findSheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => s.name === name);
}

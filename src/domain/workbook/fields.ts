/** A recognised header field's value: where it sits and what it shows. */
import { parseA1 } from './address';
import { fieldOn, sheetWithRole } from './recognise';
import type { Recognition, SheetRole } from './recognition';
import { cellValue, findSheet, type CellValue, type WorkbookSnapshot } from './snapshot';

export interface FieldValue {
  sheet: string;
  cell: string;
  row: number;
  col: number;
  value: CellValue;
}

export function readField(snapshot: WorkbookSnapshot, rec: Recognition, role: SheetRole, field: string): FieldValue | null {
  const sheetName = sheetWithRole(rec, role);
  const loc = fieldOn(rec, sheetName, field);
  const sheet = sheetName ? findSheet(snapshot, sheetName) : undefined;
  if (!loc || !sheet) return null;
  const { row, col } = parseA1(loc.valueCell);
  return { sheet: sheet.name, cell: loc.valueCell, row, col, value: cellValue(sheet, row, col) };
}

/** A test helper: a field of the Identification sheet, found by recognition. */
import { parseA1 } from '../../src/domain/workbook/address';
import { fieldOn, recognise, sheetWithRole } from '../../src/domain/workbook/recognise';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/workbook/snapshot';

/** Sets a field of the Identification sheet where recognition finds it (not at a fixed address). */
export function setField(snap: WorkbookSnapshot, field: string, value: CellValue): void {
  const rec = recognise(snap);
  const loc = fieldOn(rec, sheetWithRole(rec, 'identification'), field);
  if (!loc) throw new Error(`no field ${field}`);
  const { row, col } = parseA1(loc.valueCell);
  snap.sheets.find((s) => s.name === loc.sheet)!.values[row - 1][col - 1] = value;
}

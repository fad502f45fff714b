/** The cells showing an error value on the sheets recognition gave a role. */
import { toA1 } from '../../workbook/address';
import { isCellError, type CellError } from '../../workbook/snapshot';
import type { CheckContext } from '../context';

export function errorCells(c: CheckContext, keep: (e: CellError) => boolean): { sheet: string; cell: string; error: string }[] {
  const known = new Set(c.recognition.sheets.filter((r) => r.role !== 'autre' && r.role !== 'catalogue').map((r) => r.name));
  return c.snapshot.sheets
    .filter((s) => known.has(s.name))
    .flatMap((s) => s.values.flatMap((line, r) => line.flatMap((v, col) => (isCellError(v) && keep(v) ? [{ sheet: s.name, cell: toA1(r + 1, col + 1), error: v.error }] : []))));
}

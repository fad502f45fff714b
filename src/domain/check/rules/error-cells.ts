/** The cells showing an error value, or holding a broken reference, on the sheets recognition gave a role. */
import { toA1 } from '../../workbook/address';
import { isBrokenCell } from '../../plans/links';
import { isCellError, type CellValue } from '../../workbook/snapshot';
import type { CheckContext } from '../context';

export interface ErrorCell {
  sheet: string;
  cell: string;
  /** What the cell shows: an error (`#REF!`, `#VALUE!`…), or a value computed over a broken reference. */
  shown: CellValue;
  /** Shows `#REF!`, or its formula holds a `#REF!` (LibreOffice keeps `'…'!#ref!` and shows `#VALUE!`). */
  broken: boolean;
}

export function errorCells(c: CheckContext, keep: (e: ErrorCell) => boolean): ErrorCell[] {
  const known = new Set(c.recognition.sheets.filter((r) => r.role !== 'autre' && r.role !== 'catalogue').map((r) => r.name));
  return c.snapshot.sheets
    .filter((s) => known.has(s.name))
    .flatMap((s) => s.values.flatMap((line, r) => line.flatMap((v, col) => {
      const formula = s.formulas[r]?.[col] ?? null;
      const broken = isBrokenCell(v, formula);
      if (!broken && !isCellError(v)) return [];
      const e = { sheet: s.name, cell: toA1(r + 1, col + 1), shown: v, broken };
      return keep(e) ? [e] : [];
    })));
}

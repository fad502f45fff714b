/** Small workbooks for the mutation tests of src/domain/plans: a few cells by address, read as a host would. */
import { layoutToSnapshot, type LayoutCell } from '../../../../src/domain/templates';
import { parseA1 } from '../../../../src/domain/workbook/address';
import { cellFormula, cellValue, findSheet, type CellValue, type WorkbookSnapshot } from '../../../../src/domain/workbook/snapshot';

/** A cell given as its value, or as `{ formula, value }`. */
export type CellSpec = CellValue | LayoutCell;

const isLayoutCell = (c: CellSpec): c is LayoutCell => typeof c === 'object' && c !== null && !('error' in c);

/** A workbook of the given sheets (in order), each a map of A1 address → cell. */
export function snap(sheets: Record<string, Record<string, CellSpec>>): WorkbookSnapshot {
  return layoutToSnapshot({
    sheets: Object.entries(sheets).map(([name, cells]) => ({
      name,
      merges: [],
      widths: {},
      cells: new Map(Object.entries(cells).map(([a, c]): [string, LayoutCell] => [a, isLayoutCell(c) ? c : { value: c }])),
    })),
  });
}

/** What a cell shows, by sheet name and A1 address. */
export function valueAt(s: WorkbookSnapshot, sheet: string, cell: string): CellValue {
  const sh = findSheet(s, sheet);
  if (!sh) return null;
  const { row, col } = parseA1(cell.replace(/\$/g, ''));
  return cellValue(sh, row, col);
}

export function formulaAt(s: WorkbookSnapshot, sheet: string, cell: string): string | null {
  const sh = findSheet(s, sheet);
  if (!sh) return null;
  const { row, col } = parseA1(cell.replace(/\$/g, ''));
  return cellFormula(sh, row, col);
}

/** Builds small snapshots by hand for domain tests: cells by A1 address, formulas with their value. */
import { parseA1 } from '../../src/domain/workbook/address';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/domain/workbook/snapshot';

export type CellSpec = CellValue | { f: string; v: CellValue };

export function sheetOf(name: string, cells: Record<string, CellSpec>, extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (const [address, spec] of Object.entries(cells)) {
    const { row, col } = parseA1(address);
    while (values.length < row) {
      values.push([]);
      formulas.push([]);
    }
    const isFormula = typeof spec === 'object' && spec !== null && 'f' in spec;
    values[row - 1][col - 1] = isFormula ? spec.v : (spec as CellValue);
    formulas[row - 1][col - 1] = isFormula ? spec.f : null;
  }
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      if (values[r][c] === undefined) values[r][c] = null;
      if (formulas[r][c] === undefined) formulas[r][c] = null;
    }
  }
  return { name, visibility: 'visible', values, formulas, merges: [], validations: [], conditionalFormats: [], ...extra };
}

export function workbookOf(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets, names: [] };
}

/** Writes a row of cells starting at an address: row('B5', ['a', 'b']) → {B5: 'a', C5: 'b'}. */
export function rowAt(start: string, items: CellSpec[]): Record<string, CellSpec> {
  const { row, col } = parseA1(start);
  const out: Record<string, CellSpec> = {};
  items.forEach((item, i) => {
    let n = col + i;
    let letters = '';
    while (n > 0) {
      letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
      n = Math.floor((n - 1) / 26);
    }
    out[`${letters}${row}`] = item;
  });
  return out;
}

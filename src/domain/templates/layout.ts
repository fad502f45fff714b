/** A template as pure data: sheets of cells with a style, merges and widths. Written by src/xlsx/build-workbook. */
import { parseA1 } from '../workbook/address';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';

export type CellStyle = 'title' | 'label' | 'header' | 'input' | 'date';

export interface LayoutCell {
  value?: CellValue;
  /** With its leading `=`. */
  formula?: string;
  style?: CellStyle;
}

export interface SheetLayout {
  name: string;
  cells: Map<string, LayoutCell>;
  merges: string[];
  /** Column letter → width in characters. */
  widths: Record<string, number>;
}

export interface TemplateLayout {
  sheets: SheetLayout[];
}

export interface TemplateOptions {
  /** As distributed: the linked fields and per-row formulas show `#REF!`. */
  broken: boolean;
  direction?: string;
}

export const BROKEN: LayoutCell = { formula: '=#REF!', value: { error: '#REF!' } };

export function sheet(name: string, widths: Record<string, number> = {}): SheetLayout {
  return { name, cells: new Map(), merges: [], widths };
}

export function put(s: SheetLayout, address: string, cell: LayoutCell): void {
  s.cells.set(address, cell);
}

/** Labels down a column with their value cells to the right. */
export function labelledFields(s: SheetLayout, labelCol: string, valueCol: string, firstRow: number, fields: { label: string; value?: LayoutCell }[]): void {
  fields.forEach((f, i) => {
    put(s, `${labelCol}${firstRow + i}`, { value: f.label, style: 'label' });
    if (f.value) put(s, `${valueCol}${firstRow + i}`, f.value);
  });
}

export function headerRow(s: SheetLayout, row: number, firstCol: number, titles: string[]): void {
  titles.forEach((t, i) => put(s, `${String.fromCharCode(64 + firstCol + i)}${row}`, { value: t, style: 'header' }));
}

/** The layout as a snapshot (what a host would read from the written workbook). */
export function layoutToSnapshot(layout: TemplateLayout): WorkbookSnapshot {
  return {
    names: [],
    sheets: layout.sheets.map((s): SheetSnapshot => {
      const values: CellValue[][] = [];
      const formulas: (string | null)[][] = [];
      for (const [address, cell] of s.cells) {
        const { row, col } = parseA1(address);
        while (values.length < row) {
          values.push([]);
          formulas.push([]);
        }
        values[row - 1][col - 1] = cell.value ?? null;
        formulas[row - 1][col - 1] = cell.formula ?? null;
      }
      for (let r = 0; r < values.length; r++) {
        for (let c = 0; c < values[r].length; c++) {
          values[r][c] ??= null;
          formulas[r][c] ??= null;
        }
      }
      return { name: s.name, visibility: 'visible', values, formulas, merges: [...s.merges], validations: [], conditionalFormats: [] };
    }),
  };
}

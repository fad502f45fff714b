/** Writes a template layout as a new .xlsx with ExcelJS (fresh files only: existing ones are patched). */
import ExcelJS from 'exceljs';
import type { CellStyle, LayoutCell, TemplateLayout } from '../domain/templates/layout';

const FILL_HEADER: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const FILL_INPUT: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

function styleCell(cell: ExcelJS.Cell, style: CellStyle | undefined): void {
  switch (style) {
    case 'title':
      cell.font = { bold: true, size: 14, color: { argb: 'FF1F3864' } };
      break;
    case 'label':
      cell.font = { bold: true };
      break;
    case 'header':
      cell.font = { bold: true };
      cell.fill = FILL_HEADER;
      cell.border = THIN;
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      break;
    case 'input':
      cell.fill = FILL_INPUT;
      cell.border = THIN;
      break;
    case 'date':
      cell.fill = FILL_INPUT;
      cell.border = THIN;
      cell.numFmt = 'dd/mm/yyyy';
      break;
  }
}

function cellContent(c: LayoutCell): ExcelJS.CellValue {
  if (c.formula) {
    const result = c.value ?? undefined;
    return { formula: c.formula.replace(/^=/, ''), result } as ExcelJS.CellValue;
  }
  if (c.value === undefined || c.value === null) return null;
  if (typeof c.value === 'object') return { error: c.value.error } as ExcelJS.CellValue;
  return c.value;
}

export async function buildWorkbook(layout: TemplateLayout): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Assistant DUERP';
  for (const s of layout.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [col, width] of Object.entries(s.widths)) ws.getColumn(col).width = width;
    for (const [address, c] of s.cells) {
      const cell = ws.getCell(address);
      cell.value = cellContent(c);
      styleCell(cell, c.style);
    }
    for (const m of s.merges) ws.mergeCells(m);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

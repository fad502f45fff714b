/** Scanning a worksheet part's cells. */
import { columnNumber } from '../domain/workbook/address';
import { attributes } from './xml';

export interface RawCell {
  row: number;
  col: number;
  attrs: Record<string, string>;
  /** What is between `<c …>` and `</c>` ('' for `<c …/>`). */
  inner: string;
}

export interface RawRow {
  row: number;
  /** The row's start tag inside (`r="3" spans="1:12" ht="20"`). */
  attrsText: string;
  cells: RawCell[];
}

const ROW_RE = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL_RE = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

export function sheetDataBounds(xml: string): { start: number; end: number; inner: string } | null {
  const open = /<sheetData\b[^>]*?(\/>|>)/.exec(xml);
  if (!open) return null;
  const innerStart = open.index + open[0].length;
  if (open[1] === '/>') return { start: open.index, end: innerStart, inner: '' };
  const close = xml.indexOf('</sheetData>', innerStart);
  return { start: open.index, end: close + '</sheetData>'.length, inner: xml.slice(innerStart, close) };
}

export function parseRows(sheetDataInner: string): RawRow[] {
  const rows: RawRow[] = [];
  let implicitRow = 0;
  for (const m of sheetDataInner.matchAll(ROW_RE)) {
    const rowAttrs = attributes(m[1]);
    const row = rowAttrs.r ? Number(rowAttrs.r) : implicitRow + 1;
    implicitRow = row;
    const cells: RawCell[] = [];
    let implicitCol = 0;
    for (const c of (m[2] ?? '').matchAll(CELL_RE)) {
      const attrs = attributes(c[1]);
      const ref = attrs.r ? /^([A-Z]+)(\d+)$/.exec(attrs.r) : null;
      const col = ref ? columnNumber(ref[1]) : implicitCol + 1;
      implicitCol = col;
      cells.push({ row, col, attrs, inner: c[2] ?? '' });
    }
    rows.push({ row, attrsText: m[1], cells });
  }
  return rows;
}

/** The `<f>` element of a cell: its attributes and text. */
export function formulaElement(inner: string): { attrs: Record<string, string>; text: string } | null {
  const m = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner);
  return m ? { attrs: attributes(m[1]), text: m[2] ?? '' } : null;
}

export function valueElement(inner: string): string | null {
  const m = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(inner);
  return m ? m[1] : null;
}

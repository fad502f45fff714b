/**
 * Writing cells into a worksheet part: rows and cells kept in order, each cell's style kept,
 * everything outside sheetData untouched. Shared formulas are made explicit first, so that
 * overwriting a group's master never breaks its children.
 */
import { columnLetter } from '../domain/workbook/address';
import type { CellValue } from '../domain/workbook/snapshot';
import { shiftFormula } from './formula-shift';
import { formulaElement, parseRows, sheetDataBounds, type RawCell, type RawRow } from './sheet-xml';
import { decodeXml, escapeXml } from './xml';

export interface CellWrite {
  row: number;
  col: number;
  value: CellValue;
  /** Without the leading `=`; null for a constant. */
  formula: string | null;
}

function valueXml(value: CellValue, formula: boolean): { t: string | null; inner: string } {
  if (value === null || value === undefined) return { t: null, inner: '' };
  if (typeof value === 'object') return { t: 'e', inner: `<v>${escapeXml(value.error)}</v>` };
  if (typeof value === 'boolean') return { t: 'b', inner: `<v>${value ? 1 : 0}</v>` };
  if (typeof value === 'number') return { t: null, inner: `<v>${value}</v>` };
  if (formula) return { t: 'str', inner: `<v>${escapeXml(value)}</v>` };
  return { t: 'inlineStr', inner: `<is><t xml:space="preserve">${escapeXml(value)}</t></is>` };
}

function cellXml(row: number, col: number, style: string | undefined, write: CellWrite): string | null {
  const v = valueXml(write.value, write.formula !== null);
  const s = style ? ` s="${style}"` : '';
  if (write.formula === null && !v.inner) return style ? `<c r="${columnLetter(col)}${row}"${s}/>` : null;
  const t = v.t ? ` t="${v.t}"` : '';
  const f = write.formula !== null ? `<f>${escapeXml(write.formula)}</f>` : '';
  return `<c r="${columnLetter(col)}${row}"${s}${t}>${f}${v.inner}</c>`;
}

function rawCellXml(c: RawCell): string {
  const attrs = Object.entries(c.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  return c.inner ? `<c${attrs}>${c.inner}</c>` : `<c${attrs}/>`;
}

/** Rewrites every shared formula of the sheet as a plain one (children shifted from their master). */
function unshareFormulas(rows: RawRow[]): void {
  const masters = new Map<string, { row: number; col: number; text: string }>();
  for (const row of rows) {
    for (const cell of row.cells) {
      if (!cell.inner.includes('t="shared"')) continue;
      const f = formulaElement(cell.inner);
      if (!f || f.attrs.t !== 'shared') continue;
      let text: string;
      if (f.text) {
        text = decodeXml(f.text);
        masters.set(f.attrs.si, { row: cell.row, col: cell.col, text });
      } else {
        const m = masters.get(f.attrs.si);
        if (!m) continue;
        text = shiftFormula(m.text, cell.row - m.row, cell.col - m.col);
      }
      cell.inner = cell.inner.replace(/<f\b[^>]*?(?:\/>|>[\s\S]*?<\/f>)/, `<f>${escapeXml(text)}</f>`);
    }
  }
}

function rowXml(row: RawRow): string {
  if (row.cells.length === 0 && /^\s*r="\d+"\s*$/.test(row.attrsText)) return '';
  const cells = row.cells.map(rawCellXml).join('');
  const attrs = row.attrsText.replace(/\s*spans="[^"]*"/, '');
  return cells ? `<row${attrs}>${cells}</row>` : `<row${attrs}/>`;
}

export function patchCells(sheetXml: string, writes: CellWrite[]): string {
  if (writes.length === 0) return sheetXml;
  const bounds = sheetDataBounds(sheetXml);
  if (!bounds) throw new Error('feuille sans sheetData');
  const rows = parseRows(bounds.inner);
  unshareFormulas(rows);
  const byRow = new Map(rows.map((r) => [r.row, r]));
  for (const w of writes) {
    let row = byRow.get(w.row);
    if (!row) {
      row = { row: w.row, attrsText: ` r="${w.row}"`, cells: [] };
      byRow.set(w.row, row);
    }
    const index = row.cells.findIndex((c) => c.col >= w.col);
    const existing = index >= 0 && row.cells[index].col === w.col ? row.cells[index] : null;
    const xml = cellXml(w.row, w.col, existing?.attrs.s, w);
    const replacement: RawCell[] = xml ? [{ row: w.row, col: w.col, attrs: {}, inner: '' }] : [];
    if (xml) {
      const m = /^<c\b([^>]*?)(?:\/>|>([\s\S]*)<\/c>)$/.exec(xml)!;
      replacement[0].attrs = Object.fromEntries([...m[1].matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], decodeXml(a[2])]));
      replacement[0].inner = m[2] ?? '';
    }
    if (existing) row.cells.splice(index, 1, ...replacement);
    else row.cells.splice(index < 0 ? row.cells.length : index, 0, ...replacement);
  }
  const ordered = [...byRow.values()].sort((a, b) => a.row - b.row);
  const inner = ordered.map(rowXml).join('');
  const dataXml = `<sheetData>${inner}</sheetData>`;
  let out = sheetXml.slice(0, bounds.start) + dataXml + sheetXml.slice(bounds.end);
  out = updateDimension(out, ordered);
  return out;
}

function updateDimension(xml: string, rows: RawRow[]): string {
  if (!/<dimension\b/.test(xml)) return xml;
  let maxRow = 1;
  let maxCol = 1;
  for (const r of rows) for (const c of r.cells) {
    maxRow = Math.max(maxRow, c.row);
    maxCol = Math.max(maxCol, c.col);
  }
  return xml.replace(/<dimension\b[^>]*?\/>/, `<dimension ref="A1:${columnLetter(maxCol)}${maxRow}"/>`);
}

/**
 * Writing cells into a worksheet part: rows and cells kept in order, each cell's style kept,
 * everything outside sheetData untouched. Shared formulas are made explicit first, so that
 * overwriting a group's master never breaks its children.
 */
import { columnLetter, columnNumber } from '../domain/workbook/address';
import type { CellValue } from '../domain/workbook/snapshot';
import { shiftFormula } from './formula-shift';
import { attributeAt, attributeEnd, digitsAt, formulaElement, integerAt, parseRows, rowShiftMatcher, rowShifter, sheetDataBounds, type RawCell, type RawRow } from './sheet-xml';
import { decodeXml, escapeText, escapeXml, fromBinary, isNameEnd, toBinary } from './xml';
import type { SheetLayout } from './package';

export interface CellWrite {
  row: number;
  col: number;
  value: CellValue;
  /** Without the leading `=`; null for a constant. */
  formula: string | null;
}

const asIs = (text: string) => text;

/** The cell's type and content; `bin` turns what the plan wrote into the sheet's text (binary or not). */
function valueXml(value: CellValue, formula: boolean, bin: (text: string) => string): { t: string | null; inner: string } {
  if (value === null || value === undefined) return { t: null, inner: '' };
  if (typeof value === 'object') return { t: 'e', inner: `<v>${bin(escapeText(value.error))}</v>` };
  if (typeof value === 'boolean') return { t: 'b', inner: `<v>${value ? 1 : 0}</v>` };
  if (typeof value === 'number') return { t: null, inner: `<v>${value}</v>` };
  if (formula) return { t: 'str', inner: `<v>${bin(escapeText(value))}</v>` };
  return { t: 'inlineStr', inner: `<is><t xml:space="preserve">${bin(escapeText(value))}</t></is>` };
}

/** A write's place in a shared formula: the master carries the group's range and the text. */
interface SharedPlace {
  si: number;
  ref?: string;
  /** A child's `<f>` element, the same for the whole group (made once). */
  childXml?: string;
}

function formulaXml(formula: string, shared: SharedPlace | undefined, bin: (text: string) => string): string {
  if (!shared) return `<f>${bin(escapeText(formula))}</f>`;
  if (shared.ref === undefined) return (shared.childXml ??= `<f t="shared" si="${shared.si}"/>`);
  return `<f t="shared" ref="${shared.ref}" si="${shared.si}">${bin(escapeText(formula))}</f>`;
}

/**
 * A written cell's XML, or null when nothing is left to write. `keptFormula`: the cell's own `<f>`
 * element, kept as it was (a shared formula's master written again). `bin`: the sheet's text is
 * binary UTF-8 (xml.ts, toBinary), and so must be what the plan wrote (the rest is ASCII).
 */
function cellXml(row: number, col: number, style: string | undefined, write: CellWrite, shared?: SharedPlace, keptFormula?: string, bin: (text: string) => string = asIs): string | null {
  const v = valueXml(write.value, write.formula !== null, bin);
  const s = style ? ` s="${style}"` : '';
  if (write.formula === null && !v.inner) return style ? `<c r="${columnLetter(col)}${row}"${s}/>` : null;
  const t = v.t ? ` t="${v.t}"` : '';
  const f = write.formula !== null ? (keptFormula !== undefined ? bin(keptFormula) : formulaXml(write.formula, shared, bin)) : '';
  return `<c r="${columnLetter(col)}${row}"${s}${t}>${f}${v.inner}</c>`;
}

/**
 * The first shared-formula index the sheet does not use (any `si="n"` or `si='n'` in its text
 * counts), when the reader did not note it (package.ts, SheetLayout).
 */
function nextSharedIndex(xml: string): number {
  let next = 0;
  for (let at = xml.indexOf('si='); at >= 0; at = xml.indexOf('si=', at + 3)) {
    const n = Number(/^["'](\d+)/.exec(xml.slice(at + 3, at + 14))?.[1] ?? -1);
    if (n >= next) next = n + 1;
  }
  return next;
}

/**
 * Only formulas Excel is known to share: none with an array constant (`{…}`, as in the index
 * formula) nor a reference to another sheet (as in the Site link). Excel's own file format forbids
 * both in a shared formula, and Excel has been seen to "repair" a workbook (dropping the formulas)
 * when a shared formula holds such references. Without Excel to try it here, the safe side.
 */
function shareable(formula: string): boolean {
  return formula.indexOf('{') < 0 && formula.indexOf('!') < 0;
}

/**
 * The same relative formula written down consecutive rows of a column becomes one shared formula
 * (OOXML: the first cell holds the text and the range, the others only the group's index): a
 * 50,000-row census index column takes 16 MB instead of 44. A run is shared only when each row's
 * formula is the first one moved down (as Excel, LibreOffice and read-snapshot.ts expand them), so
 * what a reader finds is exactly what the plan wrote.
 */
function shareFormulas(writes: CellWrite[], firstFreeIndex: () => number, skip: Map<number, string>): (SharedPlace | undefined)[] {
  // Places by the write's index (a Map keyed by 50,000 write objects costs more than the rest).
  const places: (SharedPlace | undefined)[] = new Array(writes.length);
  // Each column's writes (their indices), in row order (a stable sort keeps a cell's writes in plan order).
  const byCol = new Map<number, number[]>();
  writes.forEach((w, i) => {
    const list = byCol.get(w.col);
    if (list) list.push(i);
    else byCol.set(w.col, [i]);
  });
  let si = -1;
  for (const [col, all] of byCol) {
    all.sort((a, b) => writes[a].row - writes[b].row);
    // The last write to a cell wins (as patchRowText writes them); only shareable formulas group.
    const list = all.filter((k, i) => {
      const w = writes[k];
      return (i + 1 === all.length || writes[all[i + 1]].row !== w.row) && w.formula !== null && !skip.has(k) && shareable(w.formula);
    });
    for (let i = 0; i < list.length; ) {
      const master = writes[list[i]];
      const movedDown = rowShiftMatcher(master.formula!);
      let j = i + 1;
      let previous = master.row;
      for (; j < list.length; j++) {
        const w = writes[list[j]];
        if (w.row !== previous + 1 || !movedDown(w.formula!, w.row - master.row)) break;
        previous = w.row;
      }
      const end = writes[list[j - 1]];
      // rowShiftMatcher repeats shiftFormula's steps; the reader's own function confirms the run's end.
      if (j - i >= 2 && shiftFormula(master.formula!, end.row - master.row, 0) === end.formula) {
        if (si < 0) si = firstFreeIndex();
        places[list[i]] = { si, ref: `${columnLetter(col)}${master.row}:${columnLetter(col)}${end.row}` };
        // The group's children share one place (nothing in it differs from one to the next).
        const child: SharedPlace = { si };
        for (let k = i + 1; k < j; k++) places[list[k]] = child;
        si++;
      }
      i = j;
    }
  }
  return places;
}

function rawCellXml(c: RawCell): string {
  const attrs = Object.entries(c.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  return c.inner ? `<c${attrs}>${c.inner}</c>` : `<c${attrs}/>`;
}

/** Rewrites every shared formula of the sheet as a plain one (children shifted from their master). */
function unshareFormulas(rows: RawRow[]): void {
  const masters = new Map<string, { row: number; col: number; text: string; down?: (dr: number) => string }>();
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
        text = m.col === cell.col ? (m.down ??= rowShifter(m.text))(cell.row - m.row) : shiftFormula(m.text, cell.row - m.row, cell.col - m.col);
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

/**
 * The rows of sheetData as they are written (a linear scan; attributes and cells untouched), as
 * (row number, start, end) triples of offsets in the text: no object per row of a 50,000-row sheet.
 */
export function rowChunks(xml: string, from: number, to: number): number[] {
  const chunks: number[] = [];
  let implicit = 0;
  let at = xml.indexOf('<row', from);
  while (at >= 0 && at < to) {
    const gt = xml.indexOf('>', at);
    const lt = xml.indexOf('<', at + 1);
    // Not a row element (`<rowBreaks…`), or a tag broken before its end.
    if (!isNameEnd(xml.charCodeAt(at + 4)) || gt < 0 || (lt >= 0 && lt < gt)) {
      at = xml.indexOf('<row', at + 4);
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const r = attributeAt(xml, at + 4, selfClosing ? gt - 1 : gt, 'r');
    const n = r >= 0 ? integerAt(xml, r, attributeEnd) : -1;
    implicit = n >= 0 ? n : implicit + 1;
    let end = gt + 1;
    if (!selfClosing) {
      const close = xml.indexOf('</row>', gt + 1);
      if (close >= 0 && close <= to) end = close + 6;
    }
    chunks.push(implicit, at, end);
    at = xml.indexOf('<row', end);
  }
  return chunks;
}

/** Applies the writes `indices` (of `writes`) to a parsed row; `places`, their shared formulas. */
function applyWrites(row: RawRow, indices: number[], writes: CellWrite[], places?: (SharedPlace | undefined)[]): void {
  for (const k of indices) {
    const w = writes[k];
    const index = row.cells.findIndex((c) => c.col >= w.col);
    const existing = index >= 0 && row.cells[index].col === w.col ? row.cells[index] : null;
    const xml = cellXml(w.row, w.col, existing?.attrs.s, w, places?.[k]);
    const replacement: RawCell[] = [];
    if (xml) {
      const m = /^<c\b([^>]*?)(?:\/>|>([\s\S]*)<\/c>)$/.exec(xml)!;
      replacement.push({ row: w.row, col: w.col, attrs: Object.fromEntries([...m[1].matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], decodeXml(a[2])])), inner: m[2] ?? '' });
    }
    if (existing) row.cells.splice(index, 1, ...replacement);
    else row.cells.splice(index < 0 ? row.cells.length : index, 0, ...replacement);
  }
}

/** Column number of the A1 reference's letters in text[from, to) (`AB12` → 28); 0 when it has none. */
function refColumnAt(text: string, from: number, to: number): number {
  let col = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return col;
}

// The cell patchRowText's scanner stands on (module state: nothing allocated per cell).
let cellCol = 0;
let cellStart = -1;
let cellTagEnd = -1;
let cellEnd = -1;

/**
 * Finds the next cell element of a row's XML from `from`, after the column `previous`: false when
 * none. Sets cellStart, cellTagEnd and cellCol; the cell's end (cellEnd) is found by cellBounds
 * when needed, since most cells are only stepped over.
 */
function nextCell(raw: string, from: number, previous: number): boolean {
  let at = raw.indexOf('<c', from);
  while (at >= 0 && !isNameEnd(raw.charCodeAt(at + 2))) at = raw.indexOf('<c', at + 2);
  if (at < 0) return false;
  const gt = raw.indexOf('>', at);
  if (gt < 0) return false;
  cellStart = at;
  cellTagEnd = raw.charCodeAt(gt - 1) === 47 ? gt - 1 : gt;
  cellEnd = -1;
  const r = attributeAt(raw, at + 2, cellTagEnd, 'r');
  cellCol = r >= 0 && attributeEnd > r ? refColumnAt(raw, r, attributeEnd) || previous + 1 : previous + 1;
  return true;
}

/** The end of the cell at cellStart (cellEnd), found when needed; false when its element is cut short. */
function cellBounds(raw: string): boolean {
  if (cellEnd >= 0) return true;
  // cellTagEnd is the `/` of `<c …/>`, or the `>` of `<c …>`.
  if (raw.charCodeAt(cellTagEnd) === 47) {
    cellEnd = cellTagEnd + 2;
    return true;
  }
  const close = raw.indexOf('</c>', cellTagEnd);
  if (close < 0) return false;
  cellEnd = close + 4;
  return true;
}

/**
 * A row's start tag as it is written back: its `spans` hint (the columns its cells cover) is kept
 * when every write falls inside it, and dropped otherwise (a stale hint is worse than none).
 */
function rowStartTag(startTag: string, indices: number[], writes: CellWrite[]): string {
  const at = startTag.indexOf(' spans="');
  if (at < 0) return startTag;
  const end = startTag.indexOf('"', at + 8);
  const colon = end < 0 ? -1 : startTag.indexOf(':', at + 8);
  // `first:last`, in digits only.
  const first = colon < 0 || colon > end ? -1 : digitsAt(startTag, at + 8, colon);
  const last = first < 0 ? -1 : digitsAt(startTag, colon + 1, end);
  let inside = first >= 0 && last >= 0;
  for (let i = 0; inside && i < indices.length; i++) inside = writes[indices[i]].col >= first && writes[indices[i]].col <= last;
  if (inside) return startTag;
  return startTag.replace(/\s*spans="[^"]*"/, '');
}

/** Rewrites the written cells of one row's XML, every other cell kept as it was (one linear scan), as pieces. */
function patchRowText(
  raw: string,
  row: number,
  /** The indices (in `writes`) of the writes to this row. */
  indices: number[],
  writes: CellWrite[],
  bin: (text: string) => string,
  emit: (piece: string) => void,
  places: (SharedPlace | undefined)[],
  keptMasters: Map<number, string>,
): void {
  // The start tag (see rowStartTag); a self-closing row gets a body.
  const startEnd = raw.indexOf('>') + 1;
  const selfClosingRow = raw.charCodeAt(startEnd - 2) === 47;
  const startTag = selfClosingRow ? `${raw.slice(0, startEnd - 2)}>` : raw.slice(0, startEnd);
  const closeAt = raw.lastIndexOf('</row>');
  const bodyEnd = selfClosingRow ? startEnd : closeAt >= startEnd ? closeAt : raw.length;
  // The last write to a column wins; writes in column order.
  let ordered = indices;
  if (indices.length > 1) {
    const byCol = new Map<number, number>();
    for (const k of indices) byCol.set(writes[k].col, k);
    ordered = [...byCol.values()].sort((a, b) => writes[a].col - writes[b].col);
  }
  emit(rowStartTag(startTag, ordered, writes));
  let from = startEnd;
  let has = !selfClosingRow && nextCell(raw, startEnd, 0);
  for (const k of ordered) {
    const w = writes[k];
    while (has && cellCol < w.col) has = nextCell(raw, cellStart + 2, cellCol);
    // A cell cut short (no end) ends the row's cells: what follows is copied as it is.
    if (has && cellCol === w.col && !cellBounds(raw)) has = false;
    const existing = has && cellCol === w.col;
    const s = existing ? attributeAt(raw, cellStart + 2, cellTagEnd, 's') : -1;
    const xml = cellXml(row, w.col, s >= 0 ? raw.slice(s, attributeEnd) : undefined, w, places[k], existing ? keptMasters.get(k) : undefined, bin) ?? '';
    const cut = has ? cellStart : bodyEnd;
    emit(raw.slice(from, cut));
    emit(xml);
    from = existing ? cellEnd : cut;
    if (existing) has = nextCell(raw, cellEnd, cellCol);
  }
  emit(raw.slice(from, bodyEnd));
  emit('</row>');
}

const SHARED_MASTER = /<f\b[^>]*t="shared"[^>]*\bref="/;

/**
 * Whether a row's writes land on a shared formula's master in a way that needs the slow path. A
 * master written again with its own formula (a recompute refreshing the result) keeps its `<f>`
 * element, recorded in `kept`; masters no write lands on are copied as they are.
 */
function overwritesMaster(raw: string, indices: number[], writes: CellWrite[], txt: (s: string) => string, kept: Map<number, string>): boolean {
  const byCol = new Map<number, number>();
  for (const k of indices) byCol.set(writes[k].col, k);
  for (let has = nextCell(raw, 0, 0); has && cellBounds(raw); has = nextCell(raw, cellEnd, cellCol)) {
    const k = byCol.get(cellCol);
    // Only a cell with content (`<c …>…</c>`) can hold a formula.
    if (k === undefined || raw.charCodeAt(cellTagEnd) !== 62) continue;
    const w = writes[k];
    const inner = txt(raw.slice(cellTagEnd + 1, cellEnd - 4));
    if (!SHARED_MASTER.test(inner)) continue;
    const f = formulaElement(inner);
    const element = /<f\b[^>]*?(?:\/>|>[\s\S]*?<\/f>)/.exec(inner)?.[0];
    if (!f || !element || w.formula === null || decodeXml(f.text) !== w.formula) return true;
    kept.set(k, element);
  }
  return false;
}

/** The indices of the writes to each row. */
function writesByRow(writes: CellWrite[]): Map<number, number[]> {
  const byRow = new Map<number, number[]>();
  writes.forEach((w, k) => {
    const list = byRow.get(w.row);
    if (list) list.push(k);
    else byRow.set(w.row, [k]);
  });
  return byRow;
}

/**
 * Writes cells into a worksheet part. Rows no write touches keep their XML as it was, and so do the
 * cells no write lands on; a write that replaces a shared formula's master by anything but its own
 * formula sends the whole sheet through the slow path, which first makes every shared formula
 * explicit so that no group loses its master. `tail`, when given,
 * rewrites the text after sheetData (validations, colours) without searching the cells again.
 */
export function patchCells(sheetXml: string, writes: CellWrite[], tail?: (afterSheetData: string) => string): string {
  return patchCellsPieces(sheetXml, writes, tail).join('');
}

/**
 * patchCells as the pieces of the new text, in order: runs of untouched rows are single slices of
 * the original (no copy), so that a large sheet is encoded piece by piece (xml.ts, encodeUtf8Pieces,
 * or zip.ts's EntryWriter for binary pieces) without ever building the whole new text as one string.
 *
 * `binary`: the sheet's text is binary UTF-8 (xml.ts, bytesToBinary), and so are the pieces; what we
 * write is turned to binary, and `tail` still receives and returns ordinary text.
 */
export function patchCellsPieces(
  sheetXml: string,
  writes: CellWrite[],
  tail?: (afterSheetData: string) => string,
  binary = false,
  /** Receives each piece as it is made (nothing is then kept, and [] is returned). */
  emit?: (piece: string) => void,
  /** What the reader noted of the sheet (package.ts, SheetLayout): not searched for again. */
  layout?: SheetLayout,
): string[] {
  const bin = binary ? toBinary : (text: string) => text;
  const onTail = tail && binary ? (rest: string) => toBinary(tail(fromBinary(rest))) : tail;
  const bounds = sheetDataBounds(sheetXml);
  if (writes.length === 0) {
    const pieces = onTail ? [sheetXml.slice(0, bounds?.end ?? 0), onTail(sheetXml.slice(bounds?.end ?? 0))] : [sheetXml];
    if (!emit) return pieces;
    pieces.forEach(emit);
    return [];
  }
  if (!bounds) throw new Error('feuille sans sheetData');
  const innerEnd = bounds.innerStart + bounds.inner.length;
  const byRow = writesByRow(writes);
  const chunks = layout && layout.rows.length > 0 ? layout.rows : rowChunks(sheetXml, bounds.innerStart, innerEnd);
  const keptMasters = new Map<number, string>();
  // Most sheets hold no shared formula at all: one search spares looking row by row.
  let touchesMaster = false;
  if (sheetXml.includes('t="shared"')) {
    for (let i = 0; i < chunks.length && !touchesMaster; i += 3) {
      const ws = byRow.get(chunks[i]);
      if (!ws) continue;
      const raw = sheetXml.slice(chunks[i + 1], chunks[i + 2]);
      touchesMaster = raw.includes('t="shared"') && SHARED_MASTER.test(raw) && overwritesMaster(raw, ws, writes, binary ? fromBinary : (t) => t, keptMasters);
    }
  }
  // The used-range hint sits before sheetData: only that head is searched.
  const kept: string[] = [];
  const out = emit ? coalesced(emit) : { push: (piece: string) => void kept.push(piece), flush: () => {} };
  out.push(extendDimension(sheetXml.slice(0, bounds.start), writes));
  out.push('<sheetData>');
  if (touchesMaster) {
    // Formulas are read and rewritten as text: a binary sheet is decoded for this path.
    const rows = parseRows(binary ? fromBinary(bounds.inner) : bounds.inner);
    unshareFormulas(rows);
    const all = new Map(rows.map((r) => [r.row, r]));
    for (const [row, ws] of byRow) {
      if (!all.has(row)) all.set(row, { row, attrsText: ` r="${row}"`, cells: [] });
      applyWrites(all.get(row)!, ws, writes);
    }
    for (const r of [...all.values()].sort((a, b) => a.row - b.row)) out.push(bin(rowXml(r)));
  } else {
    const places = shareFormulas(writes, () => layout?.nextSharedIndex ?? nextSharedIndex(sheetXml), keptMasters);
    // Rows written that the sheet does not have yet (none, when every written row is there).
    let found = 0;
    for (let i = 0; i < chunks.length; i += 3) if (byRow.has(chunks[i])) found++;
    let pending: number[] = [];
    if (found < byRow.size) {
      const existing = new Set<number>();
      for (let i = 0; i < chunks.length; i += 3) existing.add(chunks[i]);
      pending = [...byRow.keys()].filter((r) => !existing.has(r)).sort((a, b) => a - b);
    }
    let next = 0;
    const emitNew = (upTo: number) => {
      while (next < pending.length && pending[next] < upTo) {
        const row = pending[next++];
        const fresh: RawRow = { row, attrsText: ` r="${row}"`, cells: [] };
        applyWrites(fresh, byRow.get(row)!, writes, places);
        out.push(bin(rowXml(fresh)));
      }
    };
    // A run of untouched rows is copied as one slice, from the end of the last written piece.
    let runStart = -1;
    let runEnd = -1;
    const flush = () => {
      if (runStart >= 0) out.push(sheetXml.slice(runStart, runEnd));
      runStart = -1;
    };
    for (let i = 0; i < chunks.length; i += 3) {
      const row = chunks[i];
      const start = chunks[i + 1];
      const end = chunks[i + 2];
      const ws = byRow.get(row);
      if (!ws && (next >= pending.length || pending[next] >= row)) {
        if (runStart < 0) runStart = start;
        runEnd = end;
        continue;
      }
      flush();
      emitNew(row);
      if (!ws) {
        runStart = start;
        runEnd = end;
        continue;
      }
      patchRowText(sheetXml.slice(start, end), row, ws, writes, bin, out.push, places, keptMasters);
    }
    flush();
    emitNew(Number.POSITIVE_INFINITY);
  }
  out.push('</sheetData>');
  const rest = sheetXml.slice(bounds.end);
  out.push(onTail ? onTail(rest) : rest);
  out.flush();
  return kept;
}

/** Below this, pieces are joined before being handed on (a receiver pays per call; V8 joins cheaply). */
const COALESCE = 16_384;

/** `emit`, handed the small pieces joined into runs of about COALESCE characters; `flush` hands on the rest. */
function coalesced(emit: (piece: string) => void): { push: (piece: string) => void; flush: () => void } {
  let pending = '';
  const flush = () => {
    if (pending) emit(pending);
    pending = '';
  };
  return {
    push: (piece) => {
      if (piece.length >= COALESCE) {
        flush();
        emit(piece);
        return;
      }
      pending += piece;
      if (pending.length >= COALESCE) flush();
    },
    flush,
  };
}

/** The used-range hint grows to cover what was written. */
function extendDimension(xml: string, writes: CellWrite[]): string {
  const m = /<dimension\b[^>]*?ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"[^>]*?\/>/.exec(xml);
  if (!m) return xml;
  let maxRow = Number(m[4] ?? m[2]);
  let maxCol = columnNumber(m[3] ?? m[1]);
  for (let k = 0; k < writes.length; k++) {
    if (writes[k].row > maxRow) maxRow = writes[k].row;
    if (writes[k].col > maxCol) maxCol = writes[k].col;
  }
  return xml.replace(m[0], `<dimension ref="${m[1]}${m[2]}:${columnLetter(maxCol)}${maxRow}"/>`);
}

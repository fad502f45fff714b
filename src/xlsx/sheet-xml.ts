/** Scanning a worksheet part's cells: linear in the text, nothing allocated for an empty cell. */
import { UnreadableWorkbook } from './errors';
import { attribute, attributes, forEachElement, isNameEnd } from './xml';

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

export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

export function sheetDataBounds(xml: string): { start: number; end: number; inner: string; innerStart: number } | null {
  let open = xml.indexOf('<sheetData');
  while (open >= 0 && !/[\s/>]/.test(xml[open + 10] ?? '')) open = xml.indexOf('<sheetData', open + 1);
  if (open < 0) return null;
  const gt = xml.indexOf('>', open);
  if (gt < 0) return null;
  const innerStart = gt + 1;
  if (xml[gt - 1] === '/') return { start: open, end: innerStart, inner: '', innerStart };
  // sheetData is followed by a few small elements: its end is found from the end (a forward search
  // over a 40 MB two-byte string takes tens of milliseconds); `</sheetData>` appears nowhere else.
  let close = xml.lastIndexOf('</sheetData>');
  if (close < innerStart) close = xml.length;
  return { start: open, end: Math.min(xml.length, close + '</sheetData>'.length), inner: xml.slice(innerStart, close), innerStart };
}

function outOfGrid(ref: string): UnreadableWorkbook {
  return new UnreadableWorkbook(
    `est endommagé : une de ses feuilles nomme une cellule hors de la grille d'Excel (« ${ref.slice(0, 40)} ») ; ouvrez-le dans Excel, qui propose de le réparer, puis enregistrez-le`,
  );
}

/** Column number and row number of an A1 reference (`XFD1048576` → 16384, 1048576); row 0 when absent. */
function parseRef(ref: string): { col: number; row: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    if (col > MAX_COL) return null;
  }
  if (i === 0) return null;
  let row = 0;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
    if (row > MAX_ROW) return null;
  }
  return { col, row };
}

function rowNumber(text: string | undefined, implicit: number): number {
  if (text === undefined) return implicit;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > MAX_ROW) throw outOfGrid(text);
  return n;
}

/** The non-negative integer written in xml[from, to) (spaces around allowed), or -1. */
export function integerAt(xml: string, from: number, to: number): number {
  while (from < to && xml.charCodeAt(from) === 32) from++;
  while (to > from && xml.charCodeAt(to - 1) === 32) to--;
  return digitsAt(xml, from, to);
}

/** The number written in text[from, to) in digits only (nothing else, not empty), or -1. */
export function digitsAt(text: string, from: number, to: number): number {
  if (from >= to) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const RANGE: [number, number] = [0, 0];

/** The end of the value found by the last attributeAt (module state: no allocation per cell). */
export let attributeEnd = -1;

/**
 * Where an attribute's value starts in a start tag spanning xml[from, to), or -1; it ends at
 * attributeEnd. Looks only inside the tag (linear in the tag).
 */
export function attributeAt(xml: string, from: number, to: number, name: string): number {
  const r = attributeRange(xml, from, to, name);
  if (!r) return -1;
  attributeEnd = r[1];
  return r[0];
}

function attributeRange(xml: string, from: number, to: number, name: string): [number, number] | null {
  const n = name.length;
  // Where Excel puts them, found without searching the tag: the first attribute (`<c r="B9"`),
  // or the last one in double quotes (`… t="s">`, a value never holds `"`).
  if (xml.charCodeAt(from) === 32 && xml.charCodeAt(from + 1 + n) === 61 && xml.charCodeAt(from + 2 + n) === 34 && xml.startsWith(name, from + 1)) {
    const close = xml.indexOf('"', from + 3 + n);
    if (close >= 0 && close < to) return ((RANGE[0] = from + 3 + n), (RANGE[1] = close), RANGE);
  }
  if (xml.charCodeAt(to - 1) === 34) {
    const open = xml.lastIndexOf('"', to - 2);
    const start = open - 1 - n;
    if (start > from && xml.charCodeAt(open - 1) === 61 && xml.charCodeAt(start - 1) === 32 && xml.startsWith(name, start)) return ((RANGE[0] = open + 1), (RANGE[1] = to - 1), RANGE);
  }
  for (let eq = xml.indexOf('=', from); eq >= 0 && eq < to; eq = xml.indexOf('=', eq + 1)) {
    let end = eq;
    while (end > from && xml.charCodeAt(end - 1) === 32) end--;
    const start = end - name.length;
    if (start < from || !xml.startsWith(name, start)) continue;
    const before = start === from ? 32 : xml.charCodeAt(start - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    let q = eq + 1;
    while (xml.charCodeAt(q) === 32) q++;
    const quote = xml.charCodeAt(q);
    if (quote !== 34 && quote !== 39) return null;
    const close = xml.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (close < 0 || close > to) return null;
    RANGE[0] = q + 1;
    RANGE[1] = close;
    return RANGE;
  }
  return null;
}

let refCol = 0;
let refRow = 0;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

// Where cellTagEnd found a cell's `r` and `t` values (-1 when absent; module state: nothing
// allocated per cell).
let tagRef = -1;
let tagRefEnd = -1;
let tagType = -1;
let tagTypeEnd = -1;

/**
 * One pass over a cell's start tag from `from` (after `<c`): records where `r` and `t` are, instead
 * of one search per attribute, and gives the index of the tag's `>` (the tag's end found on the
 * way). -1 when the tag is not plainly `name="value"` pairs ending in `>` or `/>` before `limit`:
 * the caller then asks attributeRange, which knows the odd shapes.
 */
function cellTagEnd(xml: string, from: number, limit: number): number {
  tagRef = tagType = -1;
  let p = from;
  for (;;) {
    let c = xml.charCodeAt(p);
    while (isSpace(c)) c = xml.charCodeAt(++p);
    if (p >= limit) return -1;
    if (c === 62 /* > */) return p;
    if (c === 47 /* / */) return xml.charCodeAt(p + 1) === 62 && p + 1 < limit ? p + 1 : -1;
    const name = p;
    while (p < limit && c !== 61 && c !== 62 && c !== 47 && !isSpace(c)) c = xml.charCodeAt(++p);
    const nameEnd = p;
    while (p < limit && isSpace(c)) c = xml.charCodeAt(++p);
    if (p >= limit || c !== 61 || nameEnd === name) return -1;
    c = xml.charCodeAt(++p);
    while (p < limit && isSpace(c)) c = xml.charCodeAt(++p);
    if (c !== 34 && c !== 39) return -1;
    const close = xml.indexOf(c === 34 ? '"' : "'", p + 1);
    if (close < 0 || close >= limit) return -1;
    if (nameEnd - name === 1) {
      const n = xml.charCodeAt(name);
      if (n === 114 /* r */ && tagRef < 0) {
        tagRef = p + 1;
        tagRefEnd = close;
      } else if (n === 116 /* t */ && tagType < 0) {
        tagType = p + 1;
        tagTypeEnd = close;
      }
    }
    p = close + 1;
  }
}

/** Reads the A1 reference in xml[from, to) into refCol and refRow (0 when absent); false when outside the grid. */
function refAt(xml: string, from: number, to: number): boolean {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const c = xml.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    if (col > MAX_COL) return false;
  }
  if (i === from) return false;
  let row = 0;
  for (; i < to; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    row = row * 10 + d;
    if (row > MAX_ROW) return false;
  }
  refCol = col;
  refRow = row;
  return true;
}

/**
 * Calls `visit` for every cell of sheetData that has content, with the offsets of its content and
 * of its type in `xml` (`<c …/>` and `<c …></c>` carry only a format and are skipped without
 * allocating anything). Rows and columns are the ones the cells name (or follow
 * their predecessor when unnamed); a reference outside Excel's grid is refused.
 */
export function scanCellRanges(
  xml: string,
  from: number,
  to: number,
  /** A cell with content: its content is xml[innerStart, innerEnd), its `t` value xml[typeStart, typeEnd) (typeStart -1 when it has none). */
  visit: (row: number, col: number, innerStart: number, innerEnd: number, typeStart: number, typeEnd: number) => void,
  /**
   * Receives the rows as patch-cells.ts's rowChunks finds them, (row number, start, end) triples,
   * when the scan could tell them plainly; emptied when it could not (a row tag cut short, a row
   * without its end tag, a row number that is not plain digits: rowChunks then searches itself).
   */
  layout?: number[],
): void {
  let row = 0;
  let col = 0;
  // The layout's row whose end tag is awaited (its end's index in layout), -1 when none.
  let open = -1;
  let plain = layout !== undefined;
  let at = xml.indexOf('<', from);
  while (at >= 0 && at < to) {
    const c1 = xml.charCodeAt(at + 1);
    if (c1 === 99 /* c */ && isNameEnd(xml.charCodeAt(at + 2))) {
      let gt = cellTagEnd(xml, at + 2, to);
      const plainTag = gt >= 0;
      if (!plainTag) gt = xml.indexOf('>', at);
      if (gt < 0 || gt > to) {
        plain = false;
        break;
      }
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      const attrsEnd = selfClosing ? gt - 1 : gt;
      if (!plainTag) {
        const r = attributeRange(xml, at + 2, attrsEnd, 'r');
        tagRef = r ? r[0] : -1;
        tagRefEnd = r ? r[1] : -1;
        const t = attributeRange(xml, at + 2, attrsEnd, 't');
        tagType = t ? t[0] : -1;
        tagTypeEnd = t ? t[1] : -1;
      }
      if (tagRef >= 0) {
        if (!refAt(xml, tagRef, tagRefEnd)) throw outOfGrid(xml.slice(tagRef, tagRefEnd));
        col = refCol;
        if (refRow && refRow !== row) row = refRow;
      } else if (++col > MAX_COL) throw outOfGrid(`colonne ${col}`);
      if (row === 0) row = 1;
      if (selfClosing) {
        at = xml.indexOf('<', gt + 1);
        continue;
      }
      const close = xml.indexOf('</c>', gt + 1);
      if (close < 0 || close > to) {
        plain = false;
        break;
      }
      if (close > gt + 1) visit(row, col, gt + 1, close, tagType, tagTypeEnd);
      at = xml.indexOf('<', close + 4);
      continue;
    }
    if (c1 === 114 /* r */ && xml.startsWith('<row', at) && isNameEnd(xml.charCodeAt(at + 4))) {
      const gt = xml.indexOf('>', at);
      if (gt < 0 || gt > to) {
        plain = false;
        break;
      }
      const r = attributeRange(xml, at + 4, gt, 'r');
      row = rowNumber(r ? xml.slice(r[0], r[1]) : undefined, row + 1);
      col = 0;
      if (plain) {
        const selfClosing = xml.charCodeAt(gt - 1) === 47;
        // As rowChunks reads it: a tag without another `<` inside, numbered in plain digits or
        // following the row before.
        const numbered = r === null ? (layout!.length > 0 ? layout![layout!.length - 3] : 0) + 1 : integerAt(xml, r[0], r[1]);
        plain = open < 0 && xml.lastIndexOf('<', gt) === at && numbered === row;
        layout!.push(row, at, gt + 1);
        open = selfClosing ? -1 : layout!.length - 1;
      }
      at = xml.indexOf('<', gt + 1);
      continue;
    }
    if (c1 === 47 /* / */ && open >= 0 && xml.startsWith('</row>', at)) {
      layout![open] = at + 6;
      open = -1;
    }
    at = xml.indexOf('<', at + 1);
  }
  if (layout && (!plain || open >= 0)) layout.length = 0;
}

/** Every row and cell of sheetData, for the patcher's slow path (rewrites the whole sheet). */
export function parseRows(sheetDataInner: string): RawRow[] {
  const rows: RawRow[] = [];
  let implicitRow = 0;
  forEachElement(sheetDataInner, 'row', (rowAttrsText, rowInner) => {
    const row = rowNumber(attribute(rowAttrsText, 'r'), implicitRow + 1);
    implicitRow = row;
    const cells: RawCell[] = [];
    let implicitCol = 0;
    forEachElement(rowInner, 'c', (cellAttrsText, inner) => {
      const attrs = attributes(cellAttrsText);
      const ref = attrs.r ? parseRef(attrs.r) : null;
      if (attrs.r && !ref) throw outOfGrid(attrs.r);
      const col = ref ? ref.col : implicitCol + 1;
      implicitCol = col;
      cells.push({ row, col, attrs, inner });
    });
    rows.push({ row, attrsText: rowAttrsText, cells });
  });
  return rows;
}

/** The `<f>` element of a cell: its attributes and text. */
export function formulaElement(inner: string): { attrs: Record<string, string>; text: string } | null {
  let found: { attrs: Record<string, string>; text: string } | null = null;
  if (!inner.includes('<f')) return null;
  forEachElement(inner, 'f', (attrs, text) => {
    found ??= { attrs: attributes(attrs), text };
  });
  return found;
}

/** The raw text of a cell's `<v>`, or null. */
export function valueElement(inner: string): string | null {
  const at = inner.indexOf('<v');
  if (at < 0) return null;
  const gt = inner.indexOf('>', at);
  if (gt < 0 || inner.charCodeAt(gt - 1) === 47) return null;
  const close = inner.indexOf('</v>', gt);
  return close < 0 ? null : inner.slice(gt + 1, close);
}

// The reference pattern of formula-shift.ts, whose steps rowShifter repeats once per formula.
const SHIFT_REF = /(^|[^A-Za-z0-9_.!$'"]|\u0000)(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

interface RowCut {
  /** The text before each row reference (its own prefix included). */
  texts: string[];
  refs: { col: string; rowAbs: string; row: number }[];
  /** The text after the last reference. */
  tail: string;
}

function cutRows(formula: string): RowCut {
  const texts: string[] = [];
  const refs: RowCut['refs'] = [];
  let text = '';
  formula.split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/).forEach((part, i) => {
    if (i % 2 === 1) {
      text += part;
      return;
    }
    const marked = part.replace(/!/g, '!\u0000');
    let from = 0;
    for (const m of marked.matchAll(SHIFT_REF)) {
      texts.push(text + (marked.slice(from, m.index) + m[1]).replace(/!\u0000/g, '!'));
      // The column is unchanged by a move within its column; the row is written as a number.
      refs.push({ col: m[2] + m[3], rowAbs: m[4], row: Number(m[5]) });
      text = '';
      from = m.index! + m[0].length;
    }
    text += marked.slice(from).replace(/!\u0000/g, '!');
  });
  return { texts, refs, tail: text };
}

/**
 * shiftFormula(formula, dr, 0) prepared once for many dr: the formula is cut once into text and
 * row references, and each shift is then a concatenation (shiftFormula parses the formula with
 * regular expressions each time: about 9 µs for a census index formula, 0.45 s over 50,000 rows).
 * Same steps, same result, for moves within a column only.
 */
export function rowShifter(formula: string): (dr: number) => string {
  const { texts, refs, tail } = cutRows(formula);
  return (dr) => {
    if (dr === 0) return formula;
    let out = '';
    for (let k = 0; k < refs.length; k++) {
      const ref = refs[k];
      const r = ref.rowAbs ? ref.row : ref.row + dr;
      out += r < 1 ? `${texts[k]}#REF!` : texts[k] + ref.col + ref.rowAbs + r;
    }
    return out + tail;
  };
}

/** Whether `n` is written at text[at…] as a decimal (no sign, no leading zero): its length, or -1. */
function integerWrittenAt(text: string, at: number, n: number): number {
  let width = 1;
  for (let p = 10; p <= n; p *= 10) width++;
  if (at + width > text.length) return -1;
  for (let i = width - 1, rest = n; i >= 0; i--, rest = Math.floor(rest / 10)) {
    if (text.charCodeAt(at + i) !== 48 + (rest % 10)) return -1;
  }
  return width;
}

/**
 * Whether `text` is written in `candidate` at `at`. A slice compared whole: three times faster in V8
 * than startsWith with a position on the formulas of a census.
 */
function textAt(candidate: string, text: string, at: number): boolean {
  return at + text.length <= candidate.length && candidate.slice(at, at + text.length) === text;
}

/**
 * `candidate === rowShifter(formula)(dr)`, decided without building the shifted text (a census
 * index column compares 50,000 of them when its formulas are shared).
 */
export function rowShiftMatcher(formula: string): (candidate: string, dr: number) => boolean {
  const { texts, refs, tail } = cutRows(formula);
  return (candidate, dr) => {
    if (dr === 0) return candidate === formula;
    let at = 0;
    for (let k = 0; k < refs.length; k++) {
      const ref = refs[k];
      if (!textAt(candidate, texts[k], at)) return false;
      at += texts[k].length;
      const r = ref.rowAbs ? ref.row : ref.row + dr;
      if (r < 1) {
        if (!textAt(candidate, '#REF!', at)) return false;
        at += 5;
        continue;
      }
      if (!textAt(candidate, ref.col, at)) return false;
      at += ref.col.length;
      if (ref.rowAbs) {
        if (candidate.charCodeAt(at) !== 36) return false;
        at++;
      }
      const width = integerWrittenAt(candidate, at, r);
      if (width < 0) return false;
      at += width;
    }
    return candidate.length === at + tail.length && textAt(candidate, tail, at);
  };
}

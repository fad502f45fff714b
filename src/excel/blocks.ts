/**
 * Cell writes grouped into rectangular blocks, each sent as one 2-D `formulas` array (and, where
 * a cell needs it, one 2-D `numberFormat` array). `null` in a 2-D array leaves that cell as it is
 * (Microsoft: "excel-add-ins-blank-null-values": "specify null for all other cells"), so a block
 * may cover cells it does not change. Blocks are cut so that each fits well inside a request.
 */
import { toA1 } from '../domain/workbook/address';

export type CellInput = string | number | boolean;

export interface CellWrite {
  row: number;
  col: number;
  /** What goes into `formulas`: a formula (`=…`), a constant, or `''` to clear. */
  input: CellInput;
  /** A number format to set before the input (`@` keeps text as text, `dd/mm/yyyy` for a date). */
  numberFormat?: string;
}

export interface Block {
  sheet: string;
  address: string;
  formulas: (CellInput | null)[][];
  numberFormat: (string | null)[][] | null;
  /** Cells the block changes (its non-null entries). */
  cells: number;
  /** Estimated bytes the block adds to a request. */
  bytes: number;
}

/** Columns further apart than this start another block (a null costs 5 bytes, a block ~500). */
const COLUMN_GAP = 4;
/** Rows further apart than this start another block. */
const ROW_GAP = 3;
/** What a block costs in a request besides its arrays (range path, actions, their ids). */
export const BLOCK_OVERHEAD_BYTES = 600;

/** UTF-8 bytes of a string. */
export function utf8Bytes(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // 2 bytes up to U+07FF, 3 up to U+FFFF, 4 for a surrogate pair (2 characters).
    if (c > 0x7f) n += c > 0x7ff ? (c >= 0xd800 && c <= 0xdfff ? 1 : 2) : 1;
  }
  return n;
}

/**
 * Bytes of an array in the message Excel on the web carries: the runtime writes the request body
 * as JSON, and the body travels as a JSON string inside the host message (quotes escaped again).
 */
export function arrayBytes(grid: unknown): number {
  return utf8Bytes(JSON.stringify(JSON.stringify(grid)));
}

/** Splits the writes of one sheet into blocks of at most `maxBytes` each. */
export function blocksOf(sheet: string, writes: CellWrite[], maxBytes: number): Block[] {
  if (writes.length === 0) return [];
  // Last write of a cell wins, as it would if written one by one.
  const byCell = new Map<string, CellWrite>();
  for (const w of writes) byCell.set(`${w.row},${w.col}`, w);
  const cells = [...byCell.values()];
  const columns = [...new Set(cells.map((w) => w.col))].sort((a, b) => a - b);
  const clusters: [number, number][] = [];
  for (const c of columns) {
    const last = clusters[clusters.length - 1];
    if (last && c - last[1] <= COLUMN_GAP) last[1] = c;
    else clusters.push([c, c]);
  }
  const blocks: Block[] = [];
  for (const [c0, c1] of clusters) {
    const inCluster = cells.filter((w) => w.col >= c0 && w.col <= c1).sort((a, b) => a.row - b.row || a.col - b.col);
    let run: CellWrite[] = [];
    const flush = () => {
      if (run.length > 0) blocks.push(...rectangle(sheet, run, maxBytes));
      run = [];
    };
    for (const w of inCluster) {
      if (run.length > 0 && w.row - run[run.length - 1].row > ROW_GAP) flush();
      run.push(w);
    }
    flush();
  }
  return blocks;
}

/** One rectangle over a run of writes, cut by rows when it is larger than `maxBytes`. */
function rectangle(sheet: string, run: CellWrite[], maxBytes: number): Block[] {
  const top = run[0].row;
  const bottom = run[run.length - 1].row;
  // A reduce, not Math.min(...cols): a run may hold more cells than a call takes arguments.
  const left = run.reduce((m, w) => Math.min(m, w.col), Infinity);
  const right = run.reduce((m, w) => Math.max(m, w.col), -Infinity);
  const width = right - left + 1;
  const rows = new Map<number, CellWrite[]>();
  for (const w of run) (rows.get(w.row) ?? rows.set(w.row, []).get(w.row)!).push(w);
  const out: Block[] = [];
  let start = top;
  let formulas: (CellInput | null)[][] = [];
  let formats: (string | null)[][] = [];
  let anyFormat = false;
  let count = 0;
  let bytes = BLOCK_OVERHEAD_BYTES;
  const emit = (end: number) => {
    if (formulas.length === 0) return;
    out.push({
      sheet,
      address: `${toA1(start, left)}:${toA1(end, right)}`,
      formulas,
      numberFormat: anyFormat ? formats : null,
      cells: count,
      bytes,
    });
    formulas = [];
    formats = [];
    anyFormat = false;
    count = 0;
    bytes = BLOCK_OVERHEAD_BYTES;
  };
  for (let r = top; r <= bottom; r++) {
    const line: (CellInput | null)[] = new Array(width).fill(null);
    const fline: (string | null)[] = new Array(width).fill(null);
    let lineFormat = false;
    for (const w of rows.get(r) ?? []) {
      line[w.col - left] = w.input;
      if (w.numberFormat) {
        fline[w.col - left] = w.numberFormat;
        lineFormat = true;
      }
    }
    const lineBytes = arrayBytes(line) + (lineFormat ? arrayBytes(fline) : 6 * width);
    if (formulas.length > 0 && bytes + lineBytes > maxBytes) emit(r - 1);
    if (formulas.length === 0) start = r;
    formulas.push(line);
    formats.push(fline);
    anyFormat ||= lineFormat;
    count += (rows.get(r) ?? []).length;
    bytes += lineBytes;
  }
  emit(bottom);
  return out;
}

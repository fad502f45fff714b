/** A1 addresses: pure conversions between `B12` and {row: 12, col: 2}. */

export interface CellRef {
  row: number;
  col: number;
}

/** The letters of the first 702 columns (A to ZZ), each made once when first asked (addresses are written by the hundred thousand). */
const LETTERS: (string | undefined)[] = new Array(703);

export function columnLetter(col: number): string {
  if (col > 0 && col < LETTERS.length) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function toA1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** `B12`, `$B$12` (spaces around allowed) as {row: 12, col: 2}; anything else throws. */
export function parseA1(address: string): CellRef {
  // Read by hand, as the pattern ^\$?[A-Za-z]{1,3}\$?\d+$ would (a plan parses one per cell).
  const a = address.trim();
  let i = a.charCodeAt(0) === 36 ? 1 : 0;
  const lettersFrom = i;
  let col = 0;
  for (; i < a.length && i - lettersFrom < 4; i++) {
    const c = a.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  const letters = i - lettersFrom;
  if (a.charCodeAt(i) === 36) i++;
  const digitsFrom = i;
  let row = 0;
  for (; i < a.length; i++) {
    const d = a.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    row = row * 10 + d;
  }
  if (letters < 1 || letters > 3 || i === digitsFrom || i !== a.length) throw new Error(`Adresse de cellule invalide : ${address}`);
  return { row, col };
}

export interface RangeRef {
  start: CellRef;
  end: CellRef;
}

export function parseRange(range: string): RangeRef {
  const [a, b] = range.split(':');
  const start = parseA1(a);
  const end = b ? parseA1(b) : start;
  return {
    start: { row: Math.min(start.row, end.row), col: Math.min(start.col, end.col) },
    end: { row: Math.max(start.row, end.row), col: Math.max(start.col, end.col) },
  };
}

export function rangeToA1(r: RangeRef): string {
  const a = toA1(r.start.row, r.start.col);
  const b = toA1(r.end.row, r.end.col);
  return a === b ? a : `${a}:${b}`;
}

/** `'Grille de recensement'` — a sheet name quoted as formulas need it. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** An absolute reference to a cell on a sheet: `'Informations générales'!$C$5`. */
export function absoluteRef(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!$${columnLetter(col)}$${row}`;
}

/** A1 addresses: pure conversions between `B12` and {row: 12, col: 2}. */

export interface CellRef {
  row: number;
  col: number;
}

export function columnLetter(col: number): string {
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

export function parseA1(address: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Adresse de cellule invalide : ${address}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
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

/**
 * Moving a formula by (rows, cols) as Excel does for a shared formula's children: relative
 * references shift, `$`-anchored parts stay. Strings and sheet names in quotes are left alone.
 */
import { columnLetter, columnNumber } from '../domain/workbook/address';

const REF = /(^|[^A-Za-z0-9_.!$'"]|\u0000)(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

function shiftPart(text: string, dr: number, dc: number): string {
  return text.replace(REF, (all, pre: string, colAbs: string, col: string, rowAbs: string, row: string) => {
    const c = colAbs ? columnNumber(col) : columnNumber(col) + dc;
    const r = rowAbs ? Number(row) : Number(row) + dr;
    if (c < 1 || r < 1) return `${pre}#REF!`;
    return `${pre}${colAbs}${columnLetter(c)}${rowAbs}${r}`;
  });
}

/** Also handles references after a sheet name (`Feuil1!A1`, `'Ma feuille'!B2`). */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  // Split out string literals and quoted sheet names; shift only the rest.
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      // A reference right after `!` must shift too: give it a neutral prefix first.
      return shiftPart(part.replace(/!/g, '!\u0000'), dr, dc).replace(/!\u0000/g, '!');
    })
    .join('');
}

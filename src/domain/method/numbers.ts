/** Reading numbers as French users type them: `12`, ` 12 `, `1 500 €`, `1 500,50`, `1500.5`. */
import { isCellError, type CellValue } from '../workbook/snapshot';

export function readNumber(value: CellValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || isCellError(value)) return null;
  const text = value
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(€|eur|euros?)$/i, '')
    .replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

/** A head count: a whole number ≥ 0, or null. */
export function readCount(value: CellValue): number | null {
  const n = readNumber(value);
  return n !== null && Number.isInteger(n) && n >= 0 ? n : null;
}

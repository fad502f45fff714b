/**
 * Reading a rating (G or F) from what people type. Accepted: the whole numbers 1–4, as numbers
 * or as text with spaces around, or written `3,0` / `3.0`. The live Excel formula accepts the
 * same spellings (see method/formulas.ts), so the core and the workbook agree.
 */
import type { Rating } from '../catalogue/scales';
import { isCellError, type CellValue } from '../workbook/snapshot';

export type RatingReading =
  | { ok: true; rating: Rating; typedAsText: boolean }
  | { ok: false; empty: boolean; reason: string };

/** Excel's TRIM removes spaces only (not tabs or non-breaking spaces): we do the same. */
function excelTrim(text: string): string {
  return text.replace(/^ +| +$/g, '').replace(/ {2,}/g, ' ');
}

function formatNumber(n: number): string {
  return String(n).replace('.', ',');
}

export function readRating(value: CellValue): RatingReading {
  if (value === null || (typeof value === 'string' && excelTrim(value) === '')) {
    return { ok: false, empty: true, reason: 'note absente' };
  }
  if (isCellError(value)) {
    return { ok: false, empty: false, reason: `la cellule affiche une erreur (${value.error})` };
  }
  if (typeof value === 'boolean') {
    return { ok: false, empty: false, reason: `« ${value ? 'VRAI' : 'FAUX'} » n'est pas une note de 1 à 4` };
  }
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) {
      return { ok: false, empty: false, reason: `${formatNumber(value)} n'est pas une note entière de 1 à 4` };
    }
    if (value < 1 || value > 4) {
      return { ok: false, empty: false, reason: `la note ${value} est hors de l'échelle de 1 à 4` };
    }
    return { ok: true, rating: value as Rating, typedAsText: false };
  }
  const text = excelTrim(value);
  const m = /^([0-9]+)([.,]0)?$/.exec(text);
  if (m) {
    const n = Number(m[1]);
    if (n >= 1 && n <= 4 && m[1].length === 1) return { ok: true, rating: n as Rating, typedAsText: true };
    return { ok: false, empty: false, reason: `la note ${n} est hors de l'échelle de 1 à 4` };
  }
  if (/^[0-9]+[.,][0-9]+$/.test(text)) {
    return { ok: false, empty: false, reason: `${text.replace('.', ',')} n'est pas une note entière de 1 à 4` };
  }
  return { ok: false, empty: false, reason: `« ${text} » n'est pas une note : saisir un chiffre de 1 à 4` };
}

/** The spellings the live formula accepts, in an order where position mod 4 gives the rating. */
export const ACCEPTED_RATING_SPELLINGS: readonly string[] = [
  '1', '2', '3', '4', '1,0', '2,0', '3,0', '4,0', '1.0', '2.0', '3.0', '4.0',
];

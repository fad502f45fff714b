/**
 * Dates as workbooks hold them: Excel serial numbers (days since 1899-12-30, the 1900 leap-year
 * bug folded in) or text typed as dd/mm/yyyy. Computed in UTC so no time zone shifts a day.
 */
import { isCellError, type CellValue } from '../workbook/snapshot';

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

export interface CalendarDate {
  year: number;
  month: number; // 1..12
  day: number;
}

export function serialToDate(serial: number): CalendarDate {
  const d = new Date(EPOCH + Math.floor(serial) * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function dateToSerial(date: CalendarDate): number {
  return Math.round((Date.UTC(date.year, date.month - 1, date.day) - EPOCH) / DAY);
}

function valid(year: number, month: number, day: number): CalendarDate | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? { year, month, day } : null;
}

/** A date from a cell: a serial in Excel's plausible range, or `dd/mm/yyyy` (also `-` or `.`), or ISO `yyyy-mm-dd`. */
export function readDate(value: CellValue): CalendarDate | null {
  if (typeof value === 'number') return value >= 1 && value < 2_958_466 ? serialToDate(value) : null;
  if (typeof value !== 'string' || isCellError(value)) return null;
  const text = value.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy, as French users read dates. */
export function formatDate(d: CalendarDate): string {
  return `${pad(d.day)}/${pad(d.month)}/${d.year}`;
}

/** YYYY-MM-DD, as the JSON of CONTRACT.md carries dates. */
export function isoDate(d: CalendarDate): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

export function fromJsDate(d: Date): CalendarDate {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** Days from a to b (positive when b is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dateToSerial(b) - dateToSerial(a);
}

/** Identity of a risk across workbooks: the same site, unit, family and situation is the same risk. */
import { normaliseLabel } from '../workbook/labels';
import type { CellValue } from '../workbook/snapshot';

const text = (v: CellValue | undefined) => (v === null || v === undefined || typeof v === 'object' ? '' : normaliseLabel(v));

/** A key from some fields' texts, case, accents and spaces aside. */
export function keyOf(cells: Record<string, CellValue>, fields: readonly string[]): string {
  return fields.map((f) => text(cells[f])).join(' | ');
}

export function riskKey(cells: Record<string, CellValue>): string {
  return keyOf(cells, ['site', 'unite', 'famille', 'danger', 'situation']);
}

/** The same key, as people read it. */
export function riskKeyLabel(cells: Record<string, CellValue>): string {
  return ['site', 'unite', 'famille', 'situation']
    .map((f) => cells[f])
    .filter((v) => v !== null && v !== undefined && typeof v !== 'object' && String(v).trim() !== '')
    .join(' · ');
}

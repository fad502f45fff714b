/**
 * What dropdowns and colours the assistant has set, listed in the catalogue sheet. Excel's API
 * cannot read a sheet's validations and conditional formats in the one batched read, so this list
 * is how a second recompute in Excel knows they are there (in .xlsx files they are also read).
 */
import { toA1 } from '../workbook/address';
import { CATALOGUE_SHEET } from '../workbook/specs';
import { findSheet, type WorkbookSnapshot } from '../workbook/snapshot';
import { valueEdit } from './cell-edits';
import type { ConditionalFormatEdit, Edit, ValidationEdit } from './plan';

export const REGISTRY_COLUMN = 18; // R
export const REGISTRY_TITLE = "Listes et couleurs posées par l'assistant";

export function registryEntry(e: ValidationEdit | ConditionalFormatEdit): string {
  return e.kind === 'validation' ? `${e.sheet}!${e.range} liste ${e.list}` : `${e.sheet}!${e.range} couleurs ${e.rules.map((r) => r.equals).join('/')}`;
}

export function registeredFormats(snapshot: WorkbookSnapshot): Set<string> {
  const sheet = findSheet(snapshot, CATALOGUE_SHEET);
  const entries = new Set<string>();
  for (const line of sheet?.values.slice(1) ?? []) {
    const v = line[REGISTRY_COLUMN - 1];
    if (typeof v === 'string' && v.trim()) entries.add(v.trim());
  }
  return entries;
}

/** The value edits that add the new entries under the list (and its title when missing). */
export function registryEdits(snapshot: WorkbookSnapshot, formats: (ValidationEdit | ConditionalFormatEdit)[]): Edit[] {
  if (formats.length === 0) return [];
  const sheet = findSheet(snapshot, CATALOGUE_SHEET);
  let last = 1;
  sheet?.values.forEach((line, i) => {
    if (line[REGISTRY_COLUMN - 1] !== null && line[REGISTRY_COLUMN - 1] !== undefined) last = i + 1;
  });
  const edits: (Edit | null)[] = [valueEdit(snapshot, CATALOGUE_SHEET, toA1(1, REGISTRY_COLUMN), REGISTRY_TITLE, 'Registre des listes et couleurs')];
  formats.forEach((f, i) => edits.push(valueEdit(snapshot, CATALOGUE_SHEET, toA1(last + 1 + i, REGISTRY_COLUMN), registryEntry(f), 'Registre des listes et couleurs')));
  return edits.filter((e): e is Edit => e !== null);
}

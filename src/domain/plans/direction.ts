/** The workbook's direction générale, read from its Direction field (`DGDDI`, `dgddi - Douane`…). */
import { DIRECTIONS, type Direction } from '../catalogue/types';
import { normaliseLabel } from '../workbook/labels';
import { fieldOn, sheetWithRole } from '../workbook/recognise';
import type { Recognition, SheetRole } from '../workbook/recognition';
import { cellValue, findSheet, type WorkbookSnapshot } from '../workbook/snapshot';
import { parseA1 } from '../workbook/address';

const DIRECTION_FIELD: Record<string, SheetRole> = {
  recensement: 'informations',
  'document-unique': 'identification',
  programme: 'informations',
};

export function directionInText(text: unknown): Direction | null {
  const words = normaliseLabel(text).split(' ');
  return DIRECTIONS.find((d) => words.includes(d.toLowerCase())) ?? null;
}

export function workbookDirection(snapshot: WorkbookSnapshot, rec: Recognition): Direction | null {
  const role = DIRECTION_FIELD[rec.kind];
  const sheetName = role ? sheetWithRole(rec, role) : undefined;
  const loc = fieldOn(rec, sheetName, 'direction');
  const sheet = sheetName ? findSheet(snapshot, sheetName) : undefined;
  if (!loc || !sheet) return null;
  const { row, col } = parseA1(loc.valueCell);
  return directionInText(cellValue(sheet, row, col));
}

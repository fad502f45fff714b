/** The workbook's direction générale, read from its Direction field (`DGDDI`, `dgddi - Douane`…). */
import { DIRECTIONS, type Direction } from '../catalogue/types';
import { normaliseLabel } from '../workbook/labels';
import { readField } from '../workbook/fields';
import type { Recognition, SheetRole } from '../workbook/recognition';
import type { WorkbookSnapshot } from '../workbook/snapshot';

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
  const f = role ? readField(snapshot, rec, role, 'direction') : null;
  return f ? directionInText(f.value) : null;
}

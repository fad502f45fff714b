/** The workbook's direction générale, read from its Direction field (`DGDDI`, `dgddi - Douane`…). */
import { DIRECTIONS, type Direction } from '../catalogue/types';
import { DGFIP_SOURCES, DIRECTION_NAMES } from '../catalogue/units';
import { normaliseLabel } from '../workbook/labels';
import { readField } from '../workbook/fields';
import type { Recognition, SheetRole } from '../workbook/recognition';
import type { WorkbookSnapshot } from '../workbook/snapshot';

const DIRECTION_FIELD: Record<string, SheetRole> = {
  recensement: 'informations',
  'document-unique': 'identification',
  programme: 'informations',
};

const BY_ACRONYM = new Map(DIRECTIONS.map((d) => [d.toLowerCase(), d]));

/**
 * The direction a cell names: an acronym as a whole word, case aside (`DGFiP`, `dgfip - Direction
 * générale des Finances publiques`, `DGI`), the first one in the text when several appear
 * (`DGFiP (ex-DGI)` is the DGFiP); else a direction's full name within the text (`Direction
 * générale des finances publiques`). Whole words only: `DGFiP` never reads as the DGI.
 */
export function directionInText(text: unknown): Direction | null {
  const normalised = normaliseLabel(text);
  if (!normalised) return null;
  for (const word of normalised.split(' ')) {
    const d = BY_ACRONYM.get(word);
    if (d) return d;
  }
  const padded = ` ${normalised} `;
  return DIRECTIONS.find((d) => padded.includes(` ${normaliseLabel(DIRECTION_NAMES[d])} `)) ?? null;
}

/**
 * Whether work of `inner` belongs to a workbook of `outer`: the same direction, or a direction the
 * DGFiP was formed from (DGI, DGCP) inside a DGFiP workbook — a DGFiP document unique compiles
 * the censuses its services kept under their former direction, and accepts their units. Not the
 * other way round: a DGFiP census in a DGI workbook is another direction's.
 */
export function directionCovers(outer: Direction, inner: Direction): boolean {
  return outer === inner || (outer === 'DGFiP' && DGFIP_SOURCES.includes(inner));
}

export function workbookDirection(snapshot: WorkbookSnapshot, rec: Recognition): Direction | null {
  const role = DIRECTION_FIELD[rec.kind];
  const f = role ? readField(snapshot, rec, role, 'direction') : null;
  return f ? directionInText(f.value) : null;
}

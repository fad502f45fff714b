/**
 * Shared shape of annex 7's tables: one row per unit, `[code, intitulé, personnel?]`, in the
 * guide's order. The per-direction files hold the rows; `../units.ts` assembles them.
 */
import type { Direction, WorkUnit } from '../types';

export type UnitRow = readonly [code: string, title: string, personnel?: string];

export function toUnits(direction: Direction, scope: WorkUnit['scope'], rows: readonly UnitRow[]): WorkUnit[] {
  return rows.map(([code, title, personnel]) =>
    personnel === undefined ? { direction, code, title, scope } : { direction, code, title, scope, personnel },
  );
}

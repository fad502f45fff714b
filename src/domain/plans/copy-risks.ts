/**
 * Copy risks across units: the chosen risk rows are added again for other work units of the
 * direction, with their site, family, danger, situation and current means; the ratings copied or
 * left empty, as the person chooses. A row that already exists for a unit (same family and
 * situation) is not added twice: it is reported instead. Indices of the new rows are recomputed.
 */
import { unitLabel } from '../catalogue/units';
import type { WorkUnit } from '../catalogue/types';
import { columnNumber, parseA1, toA1 } from '../workbook/address';
import { normaliseLabel } from '../workbook/labels';
import { recognise, tableNamed } from '../workbook/recognise';
import { contentRows, freeRows } from '../workbook/rows';
import { findSheet, isCellError, type CellValue, type WorkbookSnapshot } from '../workbook/snapshot';
import { applyPlanToSnapshot } from './apply-to-snapshot';
import { valueEdit } from './cell-edits';
import type { Edit, Plan } from './plan';
import { planRecompute } from './recompute';

export interface CopyRequest {
  /** Row numbers of the risks to copy, on the risk table. */
  rows: number[];
  /** Target units (their dropdown text is written). */
  units: Pick<WorkUnit, 'code' | 'title'>[];
  ratings: 'copier' | 'vides';
}

export interface CopySkip {
  row: number;
  unit: string;
  message: string;
}

export interface CopyPlan extends Plan {
  /** New rows planned. */
  added: number;
  skipped: CopySkip[];
}

const COPIED = ['site', 'agents', 'famille', 'danger', 'situation', 'moyensActuels'];
const RATINGS = ['gravite', 'frequence'];

const text = (v: CellValue | undefined) => (v === null || v === undefined || isCellError(v) ? '' : String(v));
/** A unit's identity: its code (`A 16`), whatever title follows it. */
const unitKey = (v: CellValue | undefined) => normaliseLabel(text(v)).replace(/ /g, '').replace(/^([a-z]+\d+).*$/, '$1');
const sameRisk = (unit: string, cells: Record<string, CellValue>) => `${unit}|${normaliseLabel(text(cells.famille))}|${normaliseLabel(text(cells.situation))}`;

export function planCopyRisks(snapshot: WorkbookSnapshot, request: CopyRequest): CopyPlan {
  const rec = recognise(snapshot);
  const table = tableNamed(rec, 'risques');
  if (!table) return { command: 'copie', edits: [], added: 0, skipped: [] };
  const sheet = findSheet(snapshot, table.sheet)!;
  const rows = contentRows(sheet, table);
  const known = new Set(rows.map((r) => sameRisk(unitKey(r.cells.unite), r.cells)));
  const sources = rows.filter((r) => request.rows.includes(r.row));
  const fresh: Record<string, CellValue>[] = [];
  const skipped: CopySkip[] = [];
  for (const source of sources) {
    for (const unit of request.units) {
      const label = unitLabel(unit);
      const key = sameRisk(unitKey(unit.code), source.cells);
      if (known.has(key)) {
        skipped.push({
          row: source.row,
          unit: unit.code,
          message: `« ${text(source.cells.situation) || text(source.cells.famille)} » existe déjà pour l’unité ${unit.code} : non ajouté.`,
        });
        continue;
      }
      known.add(key);
      const cells: Record<string, CellValue> = { unite: label };
      for (const f of COPIED) cells[f] = source.cells[f] ?? null;
      if (request.ratings === 'copier') for (const f of RATINGS) cells[f] = source.cells[f] ?? null;
      fresh.push(cells);
    }
  }
  const targets = freeRows(sheet, table, fresh.length);
  const edits: Edit[] = [];
  fresh.forEach((cells, i) => {
    for (const [field, value] of Object.entries(cells)) {
      const letter = table.columns[field];
      if (!letter || value === null || isCellError(value) || text(value).trim() === '') continue;
      const e = valueEdit(snapshot, sheet.name, toA1(targets[i], columnNumber(letter)), value, `Risque copié pour l’unité ${text(cells.unite)}`);
      if (e) edits.push(e);
    }
  });
  if (!edits.length) return { command: 'copie', edits: [], added: 0, skipped };
  const after = applyPlanToSnapshot(snapshot, { command: 'copie', edits });
  // Only what the new rows call for: their index, and the ranks they shift (not a whole recompute).
  const newRows = new Set(targets);
  const rankCol = table.columns.rang;
  const derived = planRecompute(after).edits.filter((e) => {
    if (e.kind !== 'formula' && e.kind !== 'value') return false;
    if (e.sheet !== sheet.name) return false;
    const { row, col } = parseA1(e.cell);
    return newRows.has(row) || (rankCol !== undefined && col === columnNumber(rankCol));
  });
  return { command: 'copie', edits: [...edits, ...derived], added: fresh.length, skipped };
}

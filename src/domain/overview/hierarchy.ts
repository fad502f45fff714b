/**
 * The picture of a hierarchisation: how many risks at each crossing of G and F, and the risks in
 * the order of the automatic rank with the GT's priority beside them (shown, never changed).
 */
import type { Rating, RiskIndex } from '../catalogue/scales';
import { rankRisks } from '../method/rank';
import { readRating } from '../method/rating';
import { riskIndex } from '../method/risk-index';
import { readCount } from '../method/numbers';
import { recognise, tableNamed } from '../workbook/recognise';
import type { Recognition } from '../workbook/recognition';
import { contentRows } from '../workbook/rows';
import { findSheet, isCellError, type CellValue, type WorkbookSnapshot } from '../workbook/snapshot';

export interface RankedRisk {
  sheet: string;
  row: number;
  rank: number;
  index: RiskIndex;
  gravity: Rating;
  frequency: Rating;
  unit: string;
  family: string;
  situation: string;
  /** What the GT typed in `Priorité retenue par le GT`, as typed. */
  priority: string;
}

export interface Hierarchy {
  /** counts[g - 1][f - 1]: rated risks at each crossing. */
  grid: number[][];
  letters: Record<RiskIndex, number>;
  ranked: RankedRisk[];
  unrated: number;
}

const text = (v: CellValue | undefined) => (v === null || v === undefined || isCellError(v) ? '' : String(v).trim());

export function hierarchy(snapshot: WorkbookSnapshot, rec: Recognition = recognise(snapshot)): Hierarchy {
  const grid = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  const letters: Record<RiskIndex, number> = { A: 0, B: 0, C: 0, D: 0 };
  const table = tableNamed(rec, 'risques');
  if (!table) return { grid, letters, ranked: [], unrated: 0 };
  let unrated = 0;
  const rated: { row: number; cells: Record<string, CellValue>; g: Rating; f: Rating }[] = [];
  for (const r of contentRows(findSheet(snapshot, table.sheet)!, table)) {
    const g = readRating(r.cells.gravite ?? null);
    const f = readRating(r.cells.frequence ?? null);
    if (!g.ok || !f.ok) {
      unrated++;
      continue;
    }
    rated.push({ row: r.row, cells: r.cells, g: g.rating, f: f.rating });
    grid[g.rating - 1][f.rating - 1]++;
  }
  const ranks = rankRisks(rated.map((r) => ({ order: r.row, gravity: r.g, frequency: r.f, agents: readCount(r.cells.agents ?? null) })));
  const ranked = rated
    .map((r): RankedRisk => {
      const index = riskIndex(r.g, r.f);
      letters[index]++;
      return {
        sheet: table.sheet, row: r.row, rank: ranks.get(r.row)!, index, gravity: r.g, frequency: r.f,
        unit: text(r.cells.unite), family: text(r.cells.famille), situation: text(r.cells.situation) || text(r.cells.danger), priority: text(r.cells.priorite),
      };
    })
    .sort((a, b) => a.rank - b.rank);
  return { grid, letters, ranked, unrated };
}

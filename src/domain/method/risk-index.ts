import { RISK_MATRIX, type Rating, type RiskIndex } from '../catalogue/scales';
import type { CellValue } from '../workbook/snapshot';
import { readRating } from './rating';

/** The index of annex 5's matrix (a lookup, not a product). */
export function riskIndex(gravity: Rating, frequency: Rating): RiskIndex {
  return RISK_MATRIX[gravity - 1][frequency - 1];
}

/** The index of two cells as people typed them, or null when either is not a rating. */
export function riskIndexOfCells(gravity: CellValue, frequency: CellValue): RiskIndex | null {
  const g = readRating(gravity);
  const f = readRating(frequency);
  return g.ok && f.ok ? riskIndex(g.rating, f.rating) : null;
}

const INDEX_ORDER: Record<RiskIndex, number> = { A: 0, B: 1, C: 2, D: 3 };

/** 0 for A … 3 for D: lower is more serious. */
export function indexSeverityOrder(index: RiskIndex): number {
  return INDEX_ORDER[index];
}

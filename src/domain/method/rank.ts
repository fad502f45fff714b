/**
 * The automatic rank (hiérarchisation), TEMPLATES.md's choice: index A before B before C before D;
 * then G×F descending; then G descending; then agents exposed descending; then sheet order.
 * A total, stable order: `order` (the row's position) breaks every tie.
 */
import type { Rating, RiskIndex } from '../catalogue/scales';
import { indexSeverityOrder, riskIndex } from './risk-index';

export interface RankableRisk {
  /** Position in the sheet (row number): unique per risk. */
  order: number;
  gravity: Rating;
  frequency: Rating;
  /** Agents exposed; null when not given (counts as 0). */
  agents: number | null;
}

export function compareRisks(a: RankableRisk, b: RankableRisk): number {
  const ia: RiskIndex = riskIndex(a.gravity, a.frequency);
  const ib: RiskIndex = riskIndex(b.gravity, b.frequency);
  return (
    indexSeverityOrder(ia) - indexSeverityOrder(ib) ||
    b.gravity * b.frequency - a.gravity * a.frequency ||
    b.gravity - a.gravity ||
    (b.agents ?? 0) - (a.agents ?? 0) ||
    a.order - b.order
  );
}

/** Rank 1..n of each risk, keyed by its order. */
export function rankRisks(risks: readonly RankableRisk[]): Map<number, number> {
  const sorted = [...risks].sort(compareRisks);
  const ranks = new Map<number, number>();
  sorted.forEach((r, i) => ranks.set(r.order, i + 1));
  return ranks;
}

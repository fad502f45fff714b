/**
 * An A risk (by the matrix of its G and F) that was already A in the previous document unique
 * (`duerp check DU --precedent OLD_DU`; the same risk: same site, unit, family, danger and
 * situation, as compile and compare key it) and still has no action programmed has been
 * intolerable for at least a year — the DU is updated at least yearly.
 *
 * "No action programmed", our decision:
 * - with `--programme P`: P has no action for it (same site, family and situation, the key by
 *   which `duerp programme` writes and finds its actions);
 * - without: the GT gave it no place in the programme — its `Priorité retenue par le GT` is
 *   empty or a word (`Reporté à 2027`), not a number — and no measure either (`Moyens de
 *   prévention envisagés par le GT` empty). A number or a measure of the GT counts as programmed.
 * Only the previous DU's rating matters: a risk that was B last year and is A now is new to A.
 */
import { readNumber } from '../../method/numbers';
import { riskIndexOfCells } from '../../method/risk-index';
import { keyOf, riskKey } from '../../plans/row-keys';
import { isCellError, type CellValue } from '../../workbook/snapshot';
import { isBlank, riskRows, type CheckContext, type RiskRow } from '../context';
import type { Rule } from '../rule';

/**
 * Whether the GT's priority is a number (`1`, `"P1"`, `"Priorité 1 (budget 2027)"`): the reading
 * of readGtPriority in plans/programme.ts, kept here so that the check does not load compile and
 * recompute with it (tests/domain/check/precedent.test.ts holds the two readings together).
 */
export function isNumberedPriority(v: CellValue | undefined): boolean {
  if (v === null || v === undefined || isCellError(v) || isBlank(v)) return false;
  const isPriority = (n: number) => n >= 1 && n < 1000;
  if (typeof v === 'number') return isPriority(v);
  const text = String(v).trim();
  const n = readNumber(text);
  if (n !== null) return isPriority(n);
  const m = /^(?:p\.?|priorit[eé])?\s*(?:n\s*[°o]\.?\s*)?(\d{1,3})(?![\d,.])/i.exec(text);
  return Boolean(m && Number(m[1]) >= 1);
}

const isA = (r: RiskRow) => riskIndexOfCells(r.cells.gravite ?? null, r.cells.frequence ?? null) === 'A';
const actionKey = (r: RiskRow) => keyOf(r.cells, ['site', 'famille', 'situation']);

function unprogrammed(c: CheckContext): (r: RiskRow) => boolean {
  if (c.programme) {
    const programmed = new Set(c.programme.rows.map(actionKey));
    return (r) => !programmed.has(actionKey(r));
  }
  return (r) => !isNumberedPriority(r.cells.priorite) && isBlank(r.cells.moyensGT);
}

export const risqueIntolerableAncien: Rule = {
  id: 'risque-intolerable-ancien',
  severity: 'warning',
  title: 'Un risque A déjà coté A dans le document unique précédent a une action programmée (avec --precedent)',
  appliesTo: ['document-unique'],
  check(c) {
    if (!c.precedent) return [];
    const wasA = new Set(c.precedent.rows.filter(isA).map((r) => riskKey(r.cells)));
    const open = unprogrammed(c);
    const where = c.programme ? 'sans action au programme annuel' : 'sans priorité chiffrée ni moyens envisagés par le GT';
    return riskRows(c)
      .filter((r) => isA(r) && wasA.has(riskKey(r.cells)) && open(r))
      .map((r) => ({
        severity: 'warning' as const, rule: this.id, sheet: r.sheet, cell: r.at('indice') || r.at('famille'),
        message: `Risque intolérable depuis au moins un an (« ${String(r.cells.famille ?? '')} », ${String(r.cells.situation ?? r.cells.site ?? 'situation non précisée')}) : déjà coté A dans le document unique précédent et toujours ${where} ; programmez une action urgente.`,
      }));
  },
};

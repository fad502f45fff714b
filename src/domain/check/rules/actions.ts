/** The programme's actions (its table), and what an action's cells say. */
import type { CheckContext, RiskRow } from '../context';

export const actionRows = (c: CheckContext): RiskRow[] => c.rows('actions');

/** A risk the GT did not retain this year, listed by `duerp programme` with `Non programmé (GT) : …` in Réalisation. */
export const isPostponed = (r: RiskRow): boolean => /^\s*non programm[eé]/i.test(String(r.cells.realisation ?? ''));

/** An action says something when its measures, family or description are filled in (a postponed risk is not an action). */
export const isRealAction = (r: RiskRow): boolean => !isPostponed(r) && ['mesures', 'famille', 'situation', 'site'].some((f) => r.cells[f] !== null && r.cells[f] !== undefined && String(r.cells[f]).trim() !== '');

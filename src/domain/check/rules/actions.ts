/** The programme's actions (its table), and what an action's cells say. */
import type { CheckContext, RiskRow } from '../context';

export const actionRows = (c: CheckContext): RiskRow[] => c.rows('actions');

/** An action says something when its measures, family or description are filled in. */
export const isRealAction = (r: RiskRow): boolean => ['mesures', 'famille', 'situation', 'site'].some((f) => r.cells[f] !== null && r.cells[f] !== undefined && String(r.cells[f]).trim() !== '');

/** Residual risk: the risk once the planned measures are in place is not worse than today's. */
import { readRating } from '../../method/rating';
import { riskRows } from '../context';
import { RISK_KINDS, type Rule } from '../rule';

const PAIRS = [
  { current: 'gravite', residual: 'graviteResiduelle', name: 'gravité' },
  { current: 'frequence', residual: 'frequenceResiduelle', name: 'fréquence' },
] as const;

export const residuelSuperieur: Rule = {
  id: 'residuel-superieur',
  severity: 'warning',
  title: 'La gravité et la fréquence résiduelles (après les mesures prévues) ne dépassent pas la cotation actuelle',
  appliesTo: RISK_KINDS,
  check(c) {
    return riskRows(c).flatMap((r) =>
      PAIRS.flatMap(({ current, residual, name }) => {
        if (!r.at(residual)) return [];
        const now = readRating(r.cells[current] ?? null);
        const after = readRating(r.cells[residual] ?? null);
        if (!now.ok || !after.ok || after.rating <= now.rating) return [];
        return [{
          severity: 'warning' as const,
          rule: this.id,
          sheet: r.sheet,
          cell: r.at(residual),
          message: `La ${name} résiduelle (${after.rating}) dépasse la ${name} actuelle (${now.rating}) : les mesures prévues ne peuvent pas aggraver le risque, revoyez la cotation.`,
        }];
      }),
    );
  },
};

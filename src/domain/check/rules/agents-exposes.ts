import { readCount } from '../../method/numbers';
import { isBlank, riskRows } from '../context';
import { RISK_KINDS, type Rule } from '../rule';

export const agentsExposes: Rule = {
  id: 'agents-exposes',
  severity: 'error',
  title: 'Le nombre d’agents exposés est un nombre entier positif',
  appliesTo: RISK_KINDS,
  check(c) {
    return riskRows(c).filter((r) => r.at('agents') && readCount(r.cells.agents ?? null) === null).map((r) => ({
      severity: 'error' as const, rule: this.id, sheet: r.sheet, cell: r.at('agents'),
      message: isBlank(r.cells.agents) ? 'Le nombre d’agents exposés n’est pas renseigné : saisissez-le.' : `« ${String(r.cells.agents)} » n’est pas un nombre d’agents : saisissez un nombre entier.`,
    }));
  },
};

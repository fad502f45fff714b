import { readDate } from '../../method/dates';
import { isBlank } from '../context';
import type { Rule } from '../rule';
import { actionRows, isRealAction } from './actions';

export const actionEcheance: Rule = {
  id: 'action-echeance',
  severity: 'error',
  title: 'Chaque action programmée a une échéance (date)',
  appliesTo: ['programme'],
  check(c) {
    return actionRows(c).filter(isRealAction).filter((r) => r.at('echeance') && !readDate(r.cells.echeance ?? null)).map((r) => ({
      severity: 'error' as const, rule: this.id, sheet: r.sheet, cell: r.at('echeance'),
      message: isBlank(r.cells.echeance) ? 'L’action n’a pas d’échéance : saisissez la date de mise en œuvre (jj/mm/aaaa).' : `« ${String(r.cells.echeance)} » n’est pas une date : saisissez l’échéance au format jj/mm/aaaa.`,
    }));
  },
};

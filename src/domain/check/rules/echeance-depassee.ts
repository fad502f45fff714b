import { daysBetween, formatDate, readDate } from '../../method/dates';
import { isBlank } from '../context';
import type { Rule } from '../rule';
import { actionRows, isRealAction } from './actions';

export const echeanceDepassee: Rule = {
  id: 'echeance-depassee',
  severity: 'warning',
  title: 'Une échéance passée sans réalisation est signalée',
  appliesTo: ['programme'],
  check(c) {
    return actionRows(c).filter(isRealAction).flatMap((r) => {
      const d = readDate(r.cells.echeance ?? null);
      if (!d || daysBetween(d, c.today) <= 0 || !isBlank(r.cells.realisation)) return [];
      return [{ severity: 'warning' as const, rule: this.id, sheet: r.sheet, cell: r.at('echeance'), message: `L’échéance du ${formatDate(d)} est passée et la réalisation n’est pas renseignée : indiquez où en est l’action.` }];
    });
  },
};

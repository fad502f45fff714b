import { daysBetween, formatDate, readDate } from '../../method/dates';
import { ALL_KINDS, type Rule } from '../rule';
import { DATE_FIELDS } from './dates';

export const dateFuture: Rule = {
  id: 'date-future',
  severity: 'error',
  title: 'Aucune date d’identification n’est dans le futur',
  appliesTo: ALL_KINDS,
  check(c) {
    return DATE_FIELDS.flatMap(([role, field]) => {
      const f = c.field(role, field);
      const d = f ? readDate(f.value) : null;
      if (!f || !d || daysBetween(c.today, d) <= 0) return [];
      return [{ severity: 'error' as const, rule: this.id, sheet: f.sheet, cell: f.cell, message: `La date ${formatDate(d)} est dans le futur (nous sommes le ${formatDate(c.today)}) : corrigez-la.` }];
    });
  },
};

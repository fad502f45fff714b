import { daysBetween, formatDate, readDate } from '../../method/dates';
import { ALL_KINDS, type Rule } from '../rule';
import { UPDATE_DATE_FIELDS } from './dates';

/** Only an update date cannot be in the future: a consultation may be planned (date-consultation-prevue). */
export const dateFuture: Rule = {
  id: 'date-future',
  severity: 'error',
  title: 'La date de mise à jour n’est pas dans le futur (une consultation à venir est une information)',
  appliesTo: ALL_KINDS,
  check(c) {
    return UPDATE_DATE_FIELDS.flatMap(([role, field]) => {
      const f = c.field(role, field);
      const d = f ? readDate(f.value) : null;
      if (!f || !d || daysBetween(c.today, d) <= 0) return [];
      return [{ severity: 'error' as const, rule: this.id, sheet: f.sheet, cell: f.cell, message: `La date de mise à jour ${formatDate(d)} est dans le futur (nous sommes le ${formatDate(c.today)}) : corrigez-la.` }];
    });
  },
};

import { formatDate, readDate } from '../../method/dates';
import { isBlank } from '../context';
import { ALL_KINDS, type Rule } from '../rule';
import { updateDate } from './dates';

export const dateMiseAJour: Rule = {
  id: 'date-mise-a-jour',
  severity: 'error',
  title: 'La date de mise à jour est renseignée et lisible (jj/mm/aaaa)',
  appliesTo: ALL_KINDS,
  check(c) {
    const f = updateDate(c);
    if (!f) return [];
    if (isBlank(f.value)) return [{ severity: 'error', rule: this.id, sheet: f.sheet, cell: f.cell, message: `La date de mise à jour n’est pas renseignée : saisissez-la au format jj/mm/aaaa (par exemple ${formatDate(c.today)}).` }];
    if (!readDate(f.value)) return [{ severity: 'error', rule: this.id, sheet: f.sheet, cell: f.cell, message: `« ${String(f.value)} » n’est pas une date : saisissez-la au format jj/mm/aaaa.` }];
    return [];
  },
};

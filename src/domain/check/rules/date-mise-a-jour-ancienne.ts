import { daysBetween, formatDate, readDate } from '../../method/dates';
import { ALL_KINDS, type Rule } from '../rule';
import { updateDate } from './dates';

export const dateMiseAJourAncienne: Rule = {
  id: 'date-mise-a-jour-ancienne',
  severity: 'warning',
  title: 'La mise à jour date de moins d’un an (le document unique est mis à jour au moins chaque année)',
  appliesTo: ALL_KINDS,
  check(c) {
    const f = updateDate(c);
    const d = f ? readDate(f.value) : null;
    if (!f || !d || daysBetween(d, c.today) <= 365) return [];
    return [{ severity: 'warning', rule: this.id, sheet: f.sheet, cell: f.cell, message: `La dernière mise à jour date du ${formatDate(d)}, il y a plus d’un an : le document unique doit être mis à jour au moins une fois par an.` }];
  },
};

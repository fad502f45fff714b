import { readCount } from '../../method/numbers';
import type { Rule } from '../rule';

export const totalUnitesEffectif: Rule = {
  id: 'total-unites-effectif',
  severity: 'warning',
  title: 'Le total des unités couvre l’effectif (un agent peut relever de plusieurs unités)',
  appliesTo: ['recensement'],
  check(c) {
    const headcount = c.field('informations', 'nbAgents');
    const units = c.rows('unites');
    const n = headcount ? readCount(headcount.value) : null;
    if (!headcount || n === null || units.length === 0) return [];
    const total = units.reduce((sum, u) => sum + (readCount(u.cells.agents ?? null) ?? 0), 0);
    if (total < n) {
      return [{ severity: 'warning', rule: this.id, sheet: headcount.sheet, cell: headcount.cell, message: `Les unités déclarées comptent ${total} agents pour un effectif de ${n} : tout le personnel, contractuels compris, doit relever d’une unité.` }];
    }
    if (total > n) {
      return [{ severity: 'info', rule: this.id, sheet: headcount.sheet, cell: headcount.cell, message: `Les unités comptent ${total} agents pour un effectif de ${n} : c’est possible si des agents relèvent de plusieurs unités.` }];
    }
    return [];
  },
};

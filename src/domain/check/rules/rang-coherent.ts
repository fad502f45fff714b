import { rankRisks } from '../../method/rank';
import { readCount, readNumber } from '../../method/numbers';
import { readRating } from '../../method/rating';
import { riskRows } from '../context';
import type { Rule } from '../rule';

export const rangCoherent: Rule = {
  id: 'rang-coherent',
  severity: 'warning',
  title: 'La hiérarchisation (rang) suit les cotations',
  appliesTo: ['document-unique'],
  check(c) {
    const rows = riskRows(c).filter((r) => r.at('rang'));
    const rated = rows.flatMap((r) => {
      const g = readRating(r.cells.gravite ?? null);
      const f = readRating(r.cells.frequence ?? null);
      return g.ok && f.ok ? [{ order: r.row, gravity: g.rating, frequency: f.rating, agents: readCount(r.cells.agents ?? null) }] : [];
    });
    const ranks = rankRisks(rated);
    return rows.flatMap((r) => {
      const want = ranks.get(r.row);
      if (want === undefined || readNumber(r.cells.rang ?? null) === want) return [];
      return [{ severity: 'warning' as const, rule: this.id, sheet: r.sheet, cell: r.at('rang'), message: `Le rang affiché (${r.cells.rang ?? 'vide'}) ne suit pas les cotations (rang attendu : ${want}) : lancez « Recalculer ».` }];
    });
  },
};

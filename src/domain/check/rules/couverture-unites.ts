import { isBlank, riskRows } from '../context';
import type { Rule } from '../rule';
import { sameUnit } from './units-match';

export const couvertureUnites: Rule = {
  id: 'couverture-unites',
  severity: 'error',
  title: 'Chaque unité de travail déclarée a au moins un risque recensé',
  appliesTo: ['recensement'],
  check(c) {
    const risks = riskRows(c);
    return c.rows('unites').filter((u) => !isBlank(u.cells.unite) && !risks.some((r) => sameUnit(r.cells.unite, u.cells.unite))).map((u) => ({
      severity: 'error' as const, rule: this.id, sheet: u.sheet, cell: u.at('unite'),
      message: `L’unité « ${String(u.cells.unite)} » n’a aucun risque dans la grille : l’inventaire doit couvrir chaque unité de travail.`,
    }));
  },
};

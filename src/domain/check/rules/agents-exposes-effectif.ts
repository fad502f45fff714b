import { readCount } from '../../method/numbers';
import { riskRows } from '../context';
import type { Rule } from '../rule';
import { sameUnit } from './units-match';

export const agentsExposesEffectif: Rule = {
  id: 'agents-exposes-effectif',
  severity: 'error',
  title: 'Les agents exposés ne dépassent pas l’effectif de leur unité',
  appliesTo: ['recensement'],
  check(c) {
    const units = c.rows('unites');
    return riskRows(c).flatMap((r) => {
      const exposed = readCount(r.cells.agents ?? null);
      const unit = units.find((u) => sameUnit(u.cells.unite, r.cells.unite));
      const headcount = unit ? readCount(unit.cells.agents ?? null) : null;
      if (exposed === null || headcount === null || exposed <= headcount) return [];
      return [{ severity: 'error' as const, rule: this.id, sheet: r.sheet, cell: r.at('agents'), message: `${exposed} agents exposés pour une unité de ${headcount} agents (« ${String(unit!.cells.unite)} ») : corrigez l’un ou l’autre.` }];
    });
  },
};

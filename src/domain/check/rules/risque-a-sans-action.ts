import { keyOf } from '../../plans/row-keys';
import { riskIndexOfCells } from '../../method/risk-index';
import { riskRows, type RiskRow } from '../context';
import type { Rule } from '../rule';

const key = (r: RiskRow) => keyOf(r.cells, ['site', 'famille']);

export const risqueASansAction: Rule = {
  id: 'risque-a-sans-action',
  severity: 'error',
  title: 'Chaque risque A du document unique a une action au programme (avec --programme)',
  appliesTo: ['document-unique'],
  check(c) {
    if (!c.programme) return [];
    const programmed = new Set(c.programme.rows.map(key));
    return riskRows(c)
      .filter((r) => riskIndexOfCells(r.cells.gravite ?? null, r.cells.frequence ?? null) === 'A' && !programmed.has(key(r)))
      .map((r) => ({
        severity: 'error' as const, rule: this.id, sheet: r.sheet, cell: r.at('famille'),
        message: `Risque A (« ${String(r.cells.famille ?? '')} », ${String(r.cells.site ?? 'site non précisé')}) sans action au programme annuel : programmez une action urgente (duerp programme).`,
      }));
  },
};

import { riskIndexOfCells } from '../../method/risk-index';
import { isCellError } from '../../workbook/snapshot';
import { riskRows } from '../context';
import { RISK_KINDS, type Rule } from '../rule';

export const indiceMatrice: Rule = {
  id: 'indice-matrice',
  severity: 'error',
  title: 'L’indice de risque est celui de la matrice G × F',
  appliesTo: RISK_KINDS,
  check(c) {
    return riskRows(c).flatMap((r) => {
      const expected = riskIndexOfCells(r.cells.gravite ?? null, r.cells.frequence ?? null);
      const shown = r.cells.indice ?? null;
      if (!expected || !r.at('indice') || isCellError(shown)) return [];
      if (typeof shown === 'string' && shown.trim().toUpperCase() === expected) return [];
      return [{ severity: 'error' as const, rule: this.id, sheet: r.sheet, cell: r.at('indice'), message: `L’indice affiché (« ${shown ?? ''} ») n’est pas celui de la matrice pour G ${String(r.cells.gravite).trim()} et F ${String(r.cells.frequence).trim()} (${expected}) : lancez « Recalculer ».` }];
    });
  },
};

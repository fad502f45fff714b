import { normaliseLabel } from '../../workbook/labels';
import { riskIndexOfCells } from '../../method/risk-index';
import { keyOf } from '../../plans/row-keys';
import type { CellValue } from '../../workbook/snapshot';
import { riskRows, type RiskRow } from '../context';
import type { Rule } from '../rule';
import { actionRows, isRealAction } from './actions';

const isIndividual = (v: CellValue | undefined) => /individuel|epi/.test(normaliseLabel(v));
const serious = (v: CellValue | undefined) => typeof v === 'string' && /^[AB]$/.test(v.trim().toUpperCase());
const riskKey = (r: RiskRow) => keyOf(r.cells, ['site', 'famille', 'situation']);

export const epiSeulement: Rule = {
  id: 'epi-seulement',
  severity: 'warning',
  title: 'Un risque A ou B n’est pas traité par la seule protection individuelle (EPI)',
  appliesTo: ['document-unique', 'programme'],
  check(c) {
    const warn = (r: RiskRow, cell: string) => ({
      severity: 'warning' as const, rule: this.id, sheet: r.sheet, cell,
      message: 'Risque A ou B traité par la seule protection individuelle (EPI) : privilégiez d’abord des mesures collectives, techniques ou organisationnelles.',
    });
    if (c.recognition.kind === 'document-unique') {
      return riskRows(c)
        .filter((r) => serious(riskIndexOfCells(r.cells.gravite ?? null, r.cells.frequence ?? null)) && isIndividual(r.cells.typeAction))
        .map((r) => warn(r, r.at('typeAction')));
    }
    const byRisk = new Map<string, RiskRow[]>();
    for (const r of actionRows(c).filter(isRealAction)) byRisk.set(riskKey(r), [...(byRisk.get(riskKey(r)) ?? []), r]);
    return [...byRisk.values()]
      .filter((actions) => serious(actions[0].cells.indice) && actions.every((a) => isIndividual(a.cells.typeAction)))
      .map((actions) => warn(actions[0], actions[0].at('typeAction')));
  },
};

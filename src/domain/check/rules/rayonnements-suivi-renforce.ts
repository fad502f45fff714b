import { findFamily } from '../../catalogue/families';
import { normaliseLabel } from '../../workbook/labels';
import { riskRows } from '../context';
import { RISK_KINDS, type Rule } from '../rule';

const RADIATION_UNIT = /rayonnement|radioprotection|nucleaire|radioacti|radiolog|rayons x/;

export const rayonnementsSuiviRenforce: Rule = {
  id: 'rayonnements-suivi-renforce',
  severity: 'info',
  title: 'Une unité exposée aux rayonnements ionisants appelle le suivi individuel renforcé (arrêté du 6 août 2024)',
  appliesTo: RISK_KINDS,
  check(c) {
    return riskRows(c)
      .filter((r) => findFamily(r.cells.famille)?.abbr === 'RR' || RADIATION_UNIT.test(normaliseLabel(r.cells.unite)))
      .map((r) => ({
        severity: 'info' as const, rule: this.id, sheet: r.sheet, cell: r.at('unite') || r.at('famille'),
        message: 'Agents exposés aux rayonnements ionisants : ils relèvent du suivi individuel renforcé, assuré par un médecin du travail formé à ce suivi (arrêté du 6 août 2024).',
      }));
  },
};

import { isBlank } from '../context';
import type { Rule } from '../rule';
import { actionRows, isRealAction } from './actions';

export const actionService: Rule = {
  id: 'action-service',
  severity: 'error',
  title: 'Chaque action a un service chargé du dossier',
  appliesTo: ['programme'],
  check(c) {
    return actionRows(c).filter(isRealAction).filter((r) => r.at('service') && isBlank(r.cells.service)).map((r) => ({
      severity: 'error' as const, rule: this.id, sheet: r.sheet, cell: r.at('service'),
      message: 'Aucun service n’est chargé de l’action : désignez le service responsable.',
    }));
  },
};

import { readNumber } from '../../method/numbers';
import { isBlank } from '../context';
import type { Rule } from '../rule';
import { actionRows, isRealAction } from './actions';

export const actionCout: Rule = {
  id: 'action-cout',
  severity: 'error',
  title: 'Chaque action a un coût prévisionnel chiffré (« 1 500 € » se lit 1500)',
  appliesTo: ['programme'],
  check(c) {
    return actionRows(c).filter(isRealAction).filter((r) => r.at('cout') && readNumber(r.cells.cout ?? null) === null).map((r) => ({
      severity: 'error' as const, rule: this.id, sheet: r.sheet, cell: r.at('cout'),
      message: isBlank(r.cells.cout) ? 'Le coût prévisionnel n’est pas renseigné : chiffrez l’action en euros (0 si elle ne coûte rien).' : `« ${String(r.cells.cout)} » n’est pas un montant : saisissez un nombre d’euros.`,
    }));
  },
};

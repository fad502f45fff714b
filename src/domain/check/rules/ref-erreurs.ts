import { ALL_KINDS, type Rule } from '../rule';
import { errorCells } from './error-cells';

export const refErreurs: Rule = {
  id: 'ref-erreurs',
  severity: 'error',
  title: 'Aucune cellule n’affiche #REF! (la casse des modèles diffusés)',
  appliesTo: ALL_KINDS,
  check(c) {
    return errorCells(c, (e) => e.error === '#REF!').map(({ sheet, cell }) => ({
      severity: 'error' as const, rule: this.id, sheet, cell,
      message: 'La cellule affiche #REF! (formule cassée des modèles diffusés) : lancez « Réparer » (duerp repair) pour la relier de nouveau.',
    }));
  },
};

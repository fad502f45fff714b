import { ALL_KINDS, type Rule } from '../rule';
import { isCellError } from '../../workbook/snapshot';
import { errorCells } from './error-cells';

export const refErreurs: Rule = {
  id: 'ref-erreurs',
  severity: 'error',
  title: 'Aucune cellule n’affiche #REF! ni ne garde une référence cassée (la casse des modèles diffusés, aussi « #ref! » après LibreOffice)',
  appliesTo: ALL_KINDS,
  check(c) {
    return errorCells(c, (e) => e.broken).map(({ sheet, cell, shown }) => ({
      severity: 'error' as const, rule: this.id, sheet, cell,
      message: isCellError(shown) && shown.error === '#REF!'
        ? 'La cellule affiche #REF! (formule cassée des modèles diffusés) : lancez « Réparer » (duerp repair) pour la relier de nouveau.'
        : `La formule de la cellule pointe vers une référence disparue (#REF!)${isCellError(shown) ? ` et affiche ${shown.error}` : ''} : lancez « Réparer » (duerp repair) pour la relier de nouveau.`,
    }));
  },
};

import { ALL_KINDS, type Rule } from '../rule';
import { isCellError } from '../../workbook/snapshot';
import { errorCells } from './error-cells';

export const valeursErreur: Rule = {
  id: 'valeurs-erreur',
  severity: 'error',
  title: 'Aucune autre valeur d’erreur (#N/A, #VALEUR!, #DIV/0!, #NOM?) dans les feuilles reconnues',
  appliesTo: ALL_KINDS,
  check(c) {
    return errorCells(c, (e) => !e.broken && isCellError(e.shown)).map(({ sheet, cell, shown }) => ({
      severity: 'error' as const, rule: this.id, sheet, cell,
      message: `La cellule affiche l'erreur ${isCellError(shown) ? shown.error : ''} : corrigez la formule ou la saisie qu'elle utilise.`,
    }));
  },
};

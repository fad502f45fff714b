import { ALL_KINDS, type Rule } from '../rule';
import { errorCells } from './error-cells';

export const valeursErreur: Rule = {
  id: 'valeurs-erreur',
  severity: 'error',
  title: 'Aucune autre valeur d’erreur (#N/A, #VALEUR!, #DIV/0!, #NOM?) dans les feuilles reconnues',
  appliesTo: ALL_KINDS,
  check(c) {
    return errorCells(c, (e) => e.error !== '#REF!').map(({ sheet, cell, error }) => ({
      severity: 'error' as const, rule: this.id, sheet, cell,
      message: `La cellule affiche l'erreur ${error} : corrigez la formule ou la saisie qu'elle utilise.`,
    }));
  },
};

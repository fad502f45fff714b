import { toA1 } from '../../workbook/address';
import { isCellError } from '../../workbook/snapshot';
import { ALL_KINDS, type Rule } from '../rule';

export const valeursErreur: Rule = {
  id: 'valeurs-erreur',
  severity: 'error',
  title: 'Aucune autre valeur d’erreur (#N/A, #VALEUR!, #DIV/0!, #NOM?) dans les feuilles reconnues',
  appliesTo: ALL_KINDS,
  check(c) {
    return c.snapshot.sheets
      .filter((s) => c.recognition.sheets.some((r) => r.name === s.name && r.role !== 'autre' && r.role !== 'catalogue'))
      .flatMap((s) =>
        s.values.flatMap((line, r) =>
          line.flatMap((v, col) =>
            isCellError(v) && v.error !== '#REF!'
              ? [{ severity: 'error' as const, rule: this.id, sheet: s.name, cell: toA1(r + 1, col + 1), message: `La cellule affiche l'erreur ${v.error} : corrigez la formule ou la saisie qu'elle utilise.` }]
              : [],
          ),
        ),
      );
  },
};

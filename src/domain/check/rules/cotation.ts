/** G and F on every risk row: present and a rating from 1 to 4. */
import { readRating } from '../../method/rating';
import { riskRows } from '../context';
import { RISK_KINDS, type Rule } from '../rule';

function ratingRule(id: string, field: 'gravite' | 'frequence', name: string): Rule {
  return {
    id,
    severity: 'error',
    title: `${name} présente et valide (1 à 4) sur chaque risque`,
    appliesTo: RISK_KINDS,
    check(c) {
      return riskRows(c).flatMap((r) => {
        const reading = readRating(r.cells[field] ?? null);
        if (reading.ok || !r.at(field)) return [];
        return [{ severity: 'error' as const, rule: id, sheet: r.sheet, cell: r.at(field), message: `${name} : ${reading.reason}. Saisissez un chiffre de 1 à 4 (échelle de l’annexe 5).` }];
      });
    },
  };
}

export const cotationGravite = ratingRule('cotation-gravite', 'gravite', 'Gravité');
export const cotationFrequence = ratingRule('cotation-frequence', 'frequence', 'Fréquence');

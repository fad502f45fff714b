/** Family and work unit on every risk row: empty is an error, outside the guide's lists an information. */
import { findFamily } from '../../catalogue/families';
import { findUnit } from '../../catalogue/units';
import { directionInText } from '../../plans/direction';
import { isBlank, riskRows, type CheckContext } from '../context';
import { RISK_KINDS, type Rule } from '../rule';

function direction(c: CheckContext) {
  const f = c.field(c.recognition.kind === 'document-unique' ? 'identification' : 'informations', 'direction');
  return f ? directionInText(f.value) ?? undefined : undefined;
}

export const familleVide: Rule = {
  id: 'famille-vide',
  severity: 'error',
  title: 'Chaque risque a un type de risques (famille)',
  appliesTo: RISK_KINDS,
  check(c) {
    return riskRows(c).filter((r) => r.at('famille') && isBlank(r.cells.famille)).map((r) => ({
      severity: 'error' as const, rule: this.id, sheet: r.sheet, cell: r.at('famille'),
      message: 'Le type de risques n’est pas renseigné : choisissez une des 26 familles dans la liste.',
    }));
  },
};

export const familleHorsCatalogue: Rule = {
  id: 'famille-hors-catalogue',
  severity: 'info',
  title: 'Un type de risques hors des 26 familles du guide est signalé (la liste est ouverte)',
  appliesTo: RISK_KINDS,
  check(c) {
    return riskRows(c).filter((r) => !isBlank(r.cells.famille) && !findFamily(r.cells.famille)).map((r) => ({
      severity: 'info' as const, rule: this.id, sheet: r.sheet, cell: r.at('famille'),
      message: `« ${String(r.cells.famille)} » n’est pas une des 26 familles de l’annexe 6 : vérifiez qu’aucune ne convient.`,
    }));
  },
};

export const uniteVide: Rule = {
  id: 'unite-vide',
  severity: 'error',
  title: 'Chaque risque a une unité de travail',
  appliesTo: RISK_KINDS,
  check(c) {
    return riskRows(c).filter((r) => r.at('unite') && isBlank(r.cells.unite)).map((r) => ({
      severity: 'error' as const, rule: this.id, sheet: r.sheet, cell: r.at('unite'),
      message: 'L’unité de travail n’est pas renseignée : choisissez-la dans la liste de votre direction (ou saisissez la vôtre).',
    }));
  },
};

export const uniteHorsCatalogue: Rule = {
  id: 'unite-hors-catalogue',
  severity: 'info',
  title: 'Une unité de travail hors des listes du guide est signalée (les listes sont ouvertes)',
  appliesTo: RISK_KINDS,
  check(c) {
    const d = direction(c);
    return riskRows(c).filter((r) => !isBlank(r.cells.unite) && !findUnit(String(r.cells.unite), d)).map((r) => ({
      severity: 'info' as const, rule: this.id, sheet: r.sheet, cell: r.at('unite'),
      message: `« ${String(r.cells.unite)} » n’est pas dans la liste indicative des unités${d ? ` de la ${d}` : ''} : c’est permis, vérifiez l’intitulé.`,
    }));
  },
};

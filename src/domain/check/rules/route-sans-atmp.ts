import { findFamily } from '../../catalogue/families';
import { readCount } from '../../method/numbers';
import { readRating } from '../../method/rating';
import { riskRows } from '../context';
import type { Rule } from '../rule';

export const routeSansAtmp: Rule = {
  id: 'route-sans-atmp',
  severity: 'warning',
  title: 'Un risque routier (RRCE) coté s’appuie sur les accidents recensés (feuille AT-MP)',
  appliesTo: ['document-unique'],
  check(c) {
    const road = riskRows(c).find((r) => findFamily(r.cells.famille)?.abbr === 'RRCE' && readRating(r.cells.gravite ?? null).ok);
    if (!road) return [];
    const figures = ['accidents', 'accidentsMission', 'accidentsTrajet', 'vehicules'].map((f) => c.field('at-mp', f));
    if (figures.some((f) => f && readCount(f.value) !== null)) return [];
    return [{ severity: 'warning', rule: this.id, sheet: road.sheet, cell: road.at('gravite'), message: 'Risque routier coté sans chiffres d’accidents sur la feuille AT-MP : le guide préconise de pondérer sa cotation par les accidents réellement recensés.' }];
  },
};

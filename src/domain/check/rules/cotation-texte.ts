import { readRating } from '../../method/rating';
import { riskRows } from '../context';
import { RISK_KINDS, type Rule } from '../rule';

export const cotationTexte: Rule = {
  id: 'cotation-texte',
  severity: 'info',
  title: 'Une note saisie comme du texte (« 3 », « 3,0 ») est acceptée, signalée',
  appliesTo: RISK_KINDS,
  check(c) {
    return riskRows(c).flatMap((r) =>
      (['gravite', 'frequence'] as const).flatMap((field) => {
        const reading = readRating(r.cells[field] ?? null);
        if (!reading.ok || !reading.typedAsText) return [];
        return [{ severity: 'info' as const, rule: this.id, sheet: r.sheet, cell: r.at(field), message: `La note « ${String(r.cells[field])} » est du texte : elle est lue comme ${reading.rating}. Vous pouvez la ressaisir comme nombre.` }];
      }),
    );
  },
};

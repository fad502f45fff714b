import { DIRECTIONS } from '../../catalogue/types';
import { directionInText } from '../../plans/direction';
import { isBlank, isPlaceholder } from '../context';
import { ALL_KINDS, type Rule } from '../rule';

export const identificationDirection: Rule = {
  id: 'identification-direction',
  severity: 'error',
  title: 'La direction générale est choisie (pas « Sélectionner… »)',
  appliesTo: ALL_KINDS,
  check(c) {
    const f = c.field(c.recognition.kind === 'document-unique' ? 'identification' : 'informations', 'direction');
    if (!f) return [];
    if (isBlank(f.value) || isPlaceholder(f.value)) {
      return [{ severity: 'error', rule: this.id, sheet: f.sheet, cell: f.cell, message: `La direction générale n’est pas choisie : sélectionnez-la dans la liste (${DIRECTIONS.join(', ')}).` }];
    }
    if (!directionInText(f.value)) {
      return [{ severity: 'info', rule: this.id, sheet: f.sheet, cell: f.cell, message: `« ${String(f.value)} » n’est pas une direction des listes du guide : les unités de travail proposées seront celles de toutes les directions.` }];
    }
    return [];
  },
};

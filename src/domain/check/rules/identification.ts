/** Shared shape of the "field must be filled" rules. */
import type { SheetRole, WorkbookKind } from '../../workbook/recognition';
import { isBlank, isPlaceholder } from '../context';
import type { Rule } from '../rule';

export function requiredField(id: string, title: string, where: Partial<Record<WorkbookKind, [SheetRole, string]>>, what: string): Rule {
  return {
    id,
    severity: 'error',
    title,
    appliesTo: Object.keys(where) as WorkbookKind[],
    check(c) {
      const spot = where[c.recognition.kind];
      const f = spot ? c.field(spot[0], spot[1]) : null;
      if (!f || !(isBlank(f.value) || isPlaceholder(f.value))) return [];
      return [{ severity: 'error', rule: id, sheet: f.sheet, cell: f.cell, message: `${what} n'est pas renseigné${isPlaceholder(f.value) ? ` (« ${String(f.value)} » est la valeur du modèle)` : ''} : saisissez-le.` }];
    },
  };
}

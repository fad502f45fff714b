/** What the pane says, in French. */
import type { WorkbookKind } from '../domain/workbook/recognition';

export const KIND_LABELS: Record<WorkbookKind, string> = {
  recensement: 'Outil de recensement des risques',
  'document-unique': 'Document unique (hiérarchisation)',
  programme: 'Programme annuel de prévention',
  inconnu: 'Classeur non reconnu',
};

export { ROLE_LABELS } from '../domain/workbook/role-labels';

export const SEVERITY_LABELS = { error: 'Erreur', warning: 'Avertissement', info: 'Information' } as const;

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n > 1 ? many : one}`;
}

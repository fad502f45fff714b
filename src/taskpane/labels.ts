/** What the pane says, in French. */
import type { SheetRole, WorkbookKind } from '../domain/workbook/recognition';

export const KIND_LABELS: Record<WorkbookKind, string> = {
  recensement: 'Outil de recensement des risques',
  'document-unique': 'Document unique (hiérarchisation)',
  programme: 'Programme annuel de prévention',
  inconnu: 'Classeur non reconnu',
};

export const ROLE_LABELS: Record<SheetRole, string> = {
  informations: 'informations générales',
  grille: 'grille de recensement',
  fiche: 'fiche à imprimer',
  identification: 'identification',
  statistiques: 'statistiques',
  'at-mp': 'accidents et maladies professionnelles',
  hierarchisation: 'hiérarchisation',
  programme: 'programme des actions',
  catalogue: 'catalogues de l’assistant',
  autre: 'autre feuille',
};

export const SEVERITY_LABELS = { error: 'Erreur', warning: 'Avertissement', info: 'Information' } as const;

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n > 1 ? many : one}`;
}

/** What each sheet role is called in French (the pane and `duerp inspect` say the same). Pure data. */
import type { SheetRole } from './recognition';

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
  synthese: 'synthèse de l’assistant',
  autre: 'autre feuille',
};

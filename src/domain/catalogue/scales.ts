/** Annex 5: the gravity and frequency scales, the index letters, the matrix, the types of action. */

export type Rating = 1 | 2 | 3 | 4;
export type RiskIndex = 'A' | 'B' | 'C' | 'D';

export interface ScaleLevel {
  level: Rating;
  label: string;
  description: string;
}

export const GRAVITY_SCALE: readonly ScaleLevel[] = [
  { level: 1, label: 'Inconfort', description: 'Dommages mineurs ; accident sans arrêt' },
  { level: 2, label: 'Lésion légère', description: 'Dommages avec conséquences réversibles ; sans hospitalisation' },
  { level: 3, label: 'Lésion grave', description: 'Dommages avec séquelles ; avec hospitalisation' },
  { level: 4, label: 'Mort possible', description: 'Atteinte à la vie' },
];

export const FREQUENCY_SCALE: readonly ScaleLevel[] = [
  { level: 1, label: 'Faible, occasionnelle', description: '1 à 2 jours par an' },
  { level: 2, label: 'Moyenne, intermittente', description: '1 à 2 jours par mois' },
  { level: 3, label: 'Forte, fréquente', description: '1 à 2 jours par semaine' },
  { level: 4, label: 'Très forte, permanente', description: 'Tous les jours' },
];

export interface IndexLevel {
  index: RiskIndex;
  label: string;
  action: string;
  /** Colours of the conditional formats, `#RRGGBB`. */
  fill: string;
  font: string;
}

export const INDEX_LEVELS: readonly IndexLevel[] = [
  { index: 'A', label: 'Intolérable', action: 'Réduire ou supprimer : action urgente', fill: '#C00000', font: '#FFFFFF' },
  { index: 'B', label: 'Substantiel', action: 'Réduire ou supprimer : action à programmer', fill: '#FFA500', font: '#000000' },
  { index: 'C', label: 'Modéré', action: 'Réduire : pas d’urgence dans les travaux', fill: '#FFFF00', font: '#000000' },
  { index: 'D', label: 'Tolérable', action: 'Réduit au niveau le plus bas', fill: '#92D050', font: '#000000' },
];

/**
 * The matrix as a lookup table, RISK_MATRIX[g - 1][f - 1]. It is not a product: rows G3 and G4
 * are equal (annex 5).
 */
export const RISK_MATRIX: readonly (readonly RiskIndex[])[] = [
  ['D', 'D', 'C', 'C'], // G1
  ['D', 'C', 'B', 'B'], // G2
  ['C', 'B', 'A', 'A'], // G3
  ['C', 'B', 'A', 'A'], // G4
];

/** Our choice (TEMPLATES.md), from the four kinds of prevention means in the fiches. */
export const ACTION_TYPES: readonly string[] = [
  'Organisationnelle',
  'Technique collective',
  'Individuelle (EPI)',
  'Humaine (formation, information)',
];

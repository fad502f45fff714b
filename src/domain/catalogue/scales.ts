/** Annex 5: the gravity and frequency scales, the index letters, the matrix, the types of action. */

export type Rating = 1 | 2 | 3 | 4;
export type RiskIndex = 'A' | 'B' | 'C' | 'D';

export interface ScaleLevel {
  level: Rating;
  label: string;
  /** Our one-line summary of the level (kept for the pane and the CLI). */
  description: string;
  /**
   * The guide's own words for the level (annex 5, "Echelle et Définitions"), verbatim, row by
   * row of its grid: for gravity the level's name, its damages, its qualifier with definition,
   * its accident; for frequency the intensity with its rhythm, and its qualifier.
   */
  descriptions: readonly string[];
  /** The guide's one-word qualifier: négligeable / significatif / sérieux / majeur (gravity); occasionnelle… (frequency). */
  qualifier: string;
}

export interface GravityLevel extends ScaleLevel {
  /** The damages row: `Dommages mineurs ou inconfort`… `Mort`. */
  damages: string;
  /** What the qualifier means, as the guide defines it: `pas ou peu de dommages`… */
  qualifierDefinition: string;
  /** The accident row: `Accident sans arrêt`… `Atteinte à la vie`. */
  accident: string;
}

export interface FrequencyLevel extends ScaleLevel {
  /** `Faible`, `Moyenne`, `Forte`, `Très forte`. */
  intensity: string;
  /** The rhythm, as the guide writes it: `1 à 2 jours/an`… `tous les jours`. */
  rhythm: string;
}

/*
 * Annex 5 prints gravity as a grid of four rows under the levels 1–4; the extracted text gives
 * them row by row ("Dommages mineurs ou inconfort | Dommages avec conséquences réversibles |
 * Dommages avec séquelles | Mort", then the qualifiers, then "Accident sans arrêt | … | Atteinte
 * à la vie"), paired here by order. The guide's "dommage irréversibles" (Majeur) is kept as
 * printed in `descriptions` and `qualifierDefinition`.
 */
export const GRAVITY_SCALE: readonly GravityLevel[] = ([
  {
    level: 1, label: 'Inconfort', description: 'Dommages mineurs ; accident sans arrêt',
    qualifier: 'Négligeable', damages: 'Dommages mineurs ou inconfort', qualifierDefinition: 'pas ou peu de dommages', accident: 'Accident sans arrêt',
  },
  {
    level: 2, label: 'Lésion légère', description: 'Dommages avec conséquences réversibles ; sans hospitalisation',
    qualifier: 'Significatif', damages: 'Dommages avec conséquences réversibles', qualifierDefinition: 'dommages faibles sans arrêt de travail', accident: 'Accident sans hospitalisation',
  },
  {
    level: 3, label: 'Lésion grave', description: 'Dommages avec séquelles ; avec hospitalisation',
    qualifier: 'Sérieux', damages: 'Dommages avec séquelles', qualifierDefinition: 'dommages réversibles entraînant souvent des arrêts de travail', accident: 'Accident avec hospitalisation',
  },
  {
    level: 4, label: 'Mort possible', description: 'Atteinte à la vie',
    qualifier: 'Majeur', damages: 'Mort', qualifierDefinition: 'dommage irréversibles (incapacité totale ou partielle, décès)', accident: 'Atteinte à la vie',
  },
] satisfies Omit<GravityLevel, 'descriptions'>[]).map((l) => ({ ...l, descriptions: [l.label, l.damages, `${l.qualifier} = ${l.qualifierDefinition}`, l.accident] }));

/*
 * Frequency: two rows in the guide, "Faible = 1 à 2 jours/an" and "Occasionnelle"… The guide's
 * "1 à 2 jours /semaine" (a stray space) is kept as printed in `descriptions` and `rhythm`.
 */
export const FREQUENCY_SCALE: readonly FrequencyLevel[] = ([
  {
    level: 1, label: 'Faible, occasionnelle', description: '1 à 2 jours par an',
    qualifier: 'Occasionnelle', intensity: 'Faible', rhythm: '1 à 2 jours/an',
  },
  {
    level: 2, label: 'Moyenne, intermittente', description: '1 à 2 jours par mois',
    qualifier: 'Intermittente', intensity: 'Moyenne', rhythm: '1 à 2 jours/mois',
  },
  {
    level: 3, label: 'Forte, fréquente', description: '1 à 2 jours par semaine',
    qualifier: 'Fréquente', intensity: 'Forte', rhythm: '1 à 2 jours /semaine',
  },
  {
    level: 4, label: 'Très forte, permanente', description: 'Tous les jours',
    qualifier: 'Permanente', intensity: 'Très forte', rhythm: 'tous les jours',
  },
] satisfies Omit<FrequencyLevel, 'descriptions'>[]).map((l) => ({ ...l, descriptions: [`${l.intensity} = ${l.rhythm}`, l.qualifier] }));

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

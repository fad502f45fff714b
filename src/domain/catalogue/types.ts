/** Types of the guide's catalogues (annexes 5–7). Pure data, no behaviour. */

export type Direction = 'DGCP' | 'DGI' | 'DGDDI' | 'DGCCRF' | 'INSEE' | 'DRIRE' | 'DPAEP';

export const DIRECTIONS: readonly Direction[] = ['DGCP', 'DGI', 'DGDDI', 'DGCCRF', 'INSEE', 'DRIRE', 'DPAEP'];

export interface PreventionMeans {
  organisationnels: string[];
  collectifs: string[];
  individuels: string[];
  humains: string[];
}

/** A risk family of annex 6 (`01 - RACP` … `26 - RV`). */
export interface RiskFamily {
  /** Two digits, `01`…`26`. */
  code: string;
  /** The abbreviation as the guide's list writes it (the key), e.g. `RACP`, `RCHUH`. */
  abbr: string;
  /** Other spellings found in the guide (e.g. `RCHU` in family 07's fiche). */
  abbrVariants?: string[];
  title: string;
  group: 'générique' | 'particulier';
  definition: string;
  dangers: string[];
  dommages: string[];
  facteurs: string[];
  prevention: PreventionMeans;
  pistes: string[];
}

/** A work unit of annex 7. */
export interface WorkUnit {
  direction: Direction;
  /** As the guide writes it: `A 00`, `F 64`, `MA01`. */
  code: string;
  title: string;
  scope: 'commune' | 'spécifique';
  personnel?: string;
}

/** Types of the guide's catalogues (annexes 5–7). Pure data, no behaviour. */

/**
 * The guide's seven directions (annex 7), then the DGFiP: formed in 2008 from the DGI and the
 * DGCP, after the guide; a direction like the others, whose units are the union of theirs.
 */
export type Direction = 'DGCP' | 'DGI' | 'DGDDI' | 'DGCCRF' | 'INSEE' | 'DRIRE' | 'DPAEP' | 'DGFiP';

/** The seven directions the guide names, in its order. */
export const GUIDE_DIRECTIONS: readonly Direction[] = ['DGCP', 'DGI', 'DGDDI', 'DGCCRF', 'INSEE', 'DRIRE', 'DPAEP'];

export const DIRECTIONS: readonly Direction[] = [...GUIDE_DIRECTIONS, 'DGFiP'];

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
  /**
   * What we changed from the guide's printed text and why (in French, for people): the guide's
   * slips set right (a word cut at a line end, a swapped heading). Absent when nothing changed.
   */
  notes?: string[];
}

/** A work unit of annex 7. */
export interface WorkUnit {
  direction: Direction;
  /** As the guide writes it: `A 00`, `F 64`, `MA01`. */
  code: string;
  title: string;
  scope: 'commune' | 'spécifique';
  personnel?: string;
  /**
   * True when the guide gives no list for this direction and the unit is ours, rebuilt from the
   * guide's other lists (DPAEP: the common units; DGFiP: the union of the DGI's and the DGCP's).
   */
  derived?: true;
}

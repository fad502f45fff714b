/**
 * The 26 risk families of annex 6. The fiches' text is in families-data.ts (extracted from the
 * guide by tools/extract-families.py). Decisions on the guide's slips:
 * - family 07 is `(RCHU)` in its fiche and `(RCHUH)` in the list: the list's `RCHUH` is the key,
 *   `RCHU` is kept in abbrVariants and still recognised;
 * - family 02's fiche has no "Humains" prevention means: its list stays empty, as in the guide;
 * - fiches 01, 06, 09 and 20 were printed with their headings stacked above their paragraphs:
 *   the script assigns each paragraph to its heading by content (see STACKED there);
 * - fiche 16 prints its EPI under "Humains" and its training under "Individuels" (the other way
 *   round from every other fiche): swapped back;
 * - fiche 26's "Individuels" holds only the guide's "…": dropped, the list is empty;
 * - words cut at a line end lost their hyphen or space (`coupefeu`, `sousdimensionné`,
 *   `nonprévues`, `nonionisants`) and a few letters were lost (`ntoxication`, `pongée`,
 *   `anti-reversement`): written right.
 * Each such change is also in the family's `notes` (French), so the JSON says what differs from
 * the printed guide. The script (set_right) holds the list.
 */
import { normaliseLabel } from '../workbook/labels';
import { FAMILY_DATA } from './families-data';
import type { RiskFamily } from './types';

export const RISK_FAMILIES: readonly RiskFamily[] = FAMILY_DATA;

/** The dropdown text: `01 - Risques liés à l'Activité Physique (RACP)`. */
export function familyLabel(f: RiskFamily): string {
  return `${f.code} - ${f.title} (${f.abbr})`;
}

/**
 * The family a typed cell names: its label, its code (`1`, `01`, `01 -`), its abbreviation (or a
 * variant), or its title; case, accents and spaces aside.
 */
export function findFamily(text: unknown): RiskFamily | undefined {
  const t = normaliseLabel(text);
  if (!t) return undefined;
  const byCode = /^(\d{1,2})(?:\s|$)/.exec(t);
  for (const f of RISK_FAMILIES) {
    if (t === normaliseLabel(familyLabel(f))) return f;
  }
  if (byCode) {
    const code = byCode[1].padStart(2, '0');
    const f = RISK_FAMILIES.find((x) => x.code === code);
    // `01` alone, or `01 …` followed by the abbreviation or the title.
    if (f && (t === byCode[1] || t.includes(normaliseLabel(f.abbr)) || t.includes(normaliseLabel(f.title)))) return f;
  }
  return RISK_FAMILIES.find(
    (f) =>
      t === normaliseLabel(f.abbr) ||
      (f.abbrVariants ?? []).some((v) => t === normaliseLabel(v)) ||
      t === normaliseLabel(f.title) ||
      t === normaliseLabel(`${f.title} (${f.abbr})`),
  );
}

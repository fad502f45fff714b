/**
 * Searching the 26 families as a person types: by code (`1`, `01`), abbreviation (`racp`), words of
 * the title, then words anywhere in the fiche. Every word typed must be found (case and accents
 * aside); families whose code, abbreviation or title match come before those matched in the fiche.
 */
import { normaliseLabel } from '../workbook/labels';
import { RISK_FAMILIES } from './families';
import type { RiskFamily } from './types';

function ficheText(f: RiskFamily): string {
  const p = f.prevention;
  return normaliseLabel([f.definition, ...f.dangers, ...f.dommages, ...f.facteurs, ...p.organisationnels, ...p.collectifs, ...p.individuels, ...p.humains, ...f.pistes].join(' '));
}

const INDEX = RISK_FAMILIES.map((f) => ({
  family: f,
  head: normaliseLabel(`${f.code} ${Number(f.code)} ${f.abbr} ${(f.abbrVariants ?? []).join(' ')} ${f.title}`),
  body: ficheText(f),
}));

export function searchFamilies(query: string): RiskFamily[] {
  const words = normaliseLabel(query).split(' ').filter(Boolean);
  if (!words.length) return [...RISK_FAMILIES];
  const contains = (text: string, w: string) => ` ${text} `.includes(` ${w}`) || (w.length >= 4 && text.includes(w));
  const scored = INDEX.flatMap(({ family, head, body }) => {
    if (words.every((w) => contains(head, w))) return [{ family, score: 0 }];
    if (words.every((w) => contains(head, w) || contains(body, w))) return [{ family, score: 1 }];
    return [];
  });
  return scored.sort((a, b) => a.score - b.score || a.family.code.localeCompare(b.family.code)).map((s) => s.family);
}

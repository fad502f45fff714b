/**
 * Label matching, as TEMPLATES.md asks: ignore case, accents, repeated spaces, trailing colons,
 * `…`/`...`, apostrophes and punctuation. `NB D AGENTS EXPOSES :` matches `Nb d'agents exposés`.
 */

const memo = new Map<string, string>();

export function normaliseLabel(text: unknown): string {
  if (text === null || text === undefined) return '';
  const raw = String(text);
  const known = memo.get(raw);
  if (known !== undefined) return known;
  if (memo.size > 50_000) memo.clear();
  const normalised = normaliseUncached(raw);
  memo.set(raw, normalised);
  return normalised;
}

function normaliseUncached(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // accents
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/…/g, '...')
    .replace(/[’'`´‘"“”«»]/g, ' ')
    .replace(/\.{2,}/g, ' ')
    .replace(/[*:;,.!?()\-–—_/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when a cell's text is the label (after normalisation), or starts with it followed by a word break. */
export function labelMatches(cellText: unknown, label: string): boolean {
  const cell = normaliseLabel(cellText);
  const wanted = normaliseLabel(label);
  if (!cell || !wanted) return false;
  return cell === wanted;
}

/** True when the cell's text begins with the label (e.g. a title `Gravité (G)` for `Gravité`). */
export function labelStartsWith(cellText: unknown, label: string): boolean {
  const cell = normaliseLabel(cellText);
  const wanted = normaliseLabel(label);
  if (!cell || !wanted) return false;
  return cell === wanted || cell.startsWith(wanted + ' ');
}

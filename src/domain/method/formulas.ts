/**
 * The live Excel formulas we write (English syntax, `,` separators), so that a workbook keeps
 * computing without the add-in. Each has a twin in the core that computes its result.
 */
export const NAME_MATRIX = 'DUERP_Matrice';
/**
 * The typed ratings the index formula accepts (ACCEPTED_RATING_SPELLINGS, as text in the catalogue
 * sheet). A name rather than an array constant keeps the formula short (a third of the length) and
 * lets a column of them be written as one shared formula, which array constants forbid.
 */
export const NAME_RATINGS = 'DUERP_Notes';

/** 1..4 from what was typed, as the core's readRating reads it; an error when it is not a rating. */
function ratingExpression(cell: string): string {
  return `MOD(MATCH(TRIM(${cell}&""),${NAME_RATINGS},0)-1,4)+1`;
}

/** The index formula around its two cells: `=IFERROR(INDEX(matrix,<G's rating>,<F's rating>),"")`, cut where the cells go. */
const [INDEX_HEAD, INDEX_MIDDLE, INDEX_TAIL] = `=IFERROR(INDEX(${NAME_MATRIX},${ratingExpression('\u0000')},${ratingExpression('\u0000')}),"")`.split('\u0000');

/** The risk index of a row: the matrix's letter, or empty when G or F is not a rating. */
export function indexFormula(gravityCell: string, frequencyCell: string): string {
  // Joined from constant parts and made flat at once (charCodeAt flattens the joined pieces): a
  // 50,000-row plan keeps every one of them until it is written.
  const formula = INDEX_HEAD + gravityCell + INDEX_MIDDLE + frequencyCell + INDEX_TAIL;
  formula.charCodeAt(0);
  return formula;
}

/** A link to another field that shows empty, not 0, when the field is empty. */
export function linkFormula(ref: string): string {
  return `=IF(${ref}="","",${ref})`;
}

/** A title joining fields with spaces (empty when they all are). */
export function joinFormula(refs: readonly string[]): string {
  return `=TRIM(${refs.join('&" "&')})`;
}

/** Compares formulas as Excel would store them: no leading `=`, spaces and case outside strings ignored. */
export function sameFormula(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return canonical(a) === canonical(b);
}

function canonical(formula: string): string {
  const body = formula.replace(/^=/, '');
  return body
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+/g, '').toUpperCase()))
    .join('');
}

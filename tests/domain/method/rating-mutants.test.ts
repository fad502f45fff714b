/** readRating's edges: Excel's TRIM (spaces only), text spellings, and the formula's accepted list. */
import { ACCEPTED_RATING_SPELLINGS, readRating } from '../../../src/domain/method/rating';
import type { CellValue } from '../../../src/domain/workbook/snapshot';

const reasonOf = (value: CellValue): string => {
  const r = readRating(value);
  if (r.ok) throw new Error(`${JSON.stringify(value)} was read as ${r.rating}`);
  return r.reason;
};

describe('readRating trims like Excel’s TRIM', () => {
  it.each<[string, number]>([
    ['1', 1],
    ['4', 4],
    ['  3  ', 3],
    ['   2', 2],
    ['3   ', 3],
    [' 1,0 ', 1],
  ])('reads %p as %p', (text, rating) => {
    expect(readRating(text)).toEqual({ ok: true, rating, typedAsText: true });
  });

  it('does not trim tabs nor non-breaking spaces (TRIM does not)', () => {
    expect(readRating('\t3').ok).toBe(false);
    expect(readRating('3\u00a0').ok).toBe(false);
    expect(readRating('\u00a0').ok).toBe(false);
    expect(readRating('\u00a0')).toMatchObject({ empty: false });
  });

  it('keeps one space between words and shows the text as typed', () => {
    expect(reasonOf('1 2')).toContain('« 1 2 »');
    expect(reasonOf('trois   ou quatre')).toContain('« trois ou quatre »');
    expect(reasonOf('  x  ')).toContain('« x »');
  });
});

describe('readRating refuses other spellings', () => {
  it('refuses a leading zero and out-of-scale text', () => {
    expect(readRating('03').ok).toBe(false);
    expect(readRating('04,0').ok).toBe(false);
    expect(readRating('0').ok).toBe(false);
    expect(readRating('5,0').ok).toBe(false);
    expect(reasonOf('5,0')).toMatch(/\b5\b/);
  });

  it('calls a decimal a non-whole rating, written with a comma', () => {
    for (const text of ['2,5', '2.5', '12,5', '2,55', '3,00']) {
      const reason = reasonOf(text);
      expect(reason).toContain(text.replace('.', ','));
      expect(reason).toMatch(/entière/);
      expect(reason).not.toContain('«');
    }
  });

  it('calls anything else not a rating, quoting it', () => {
    for (const text of ['a2,5', '2,5b', '3.', ',5', 'trois']) {
      expect(reasonOf(text)).toContain(`« ${text} »`);
      expect(reasonOf(text)).not.toMatch(/entière/);
    }
  });

  it('says FAUX for false', () => {
    expect(reasonOf(false)).toContain('FAUX');
    expect(reasonOf(true)).toContain('VRAI');
  });

  it('shows a non-whole number with a comma', () => {
    expect(reasonOf(3.25)).toContain('3,25');
  });
});

describe('ACCEPTED_RATING_SPELLINGS', () => {
  it('lists twelve spellings whose position mod 4 is the rating the core reads', () => {
    expect(ACCEPTED_RATING_SPELLINGS).toHaveLength(12);
    ACCEPTED_RATING_SPELLINGS.forEach((s, i) => {
      expect(readRating(s)).toEqual({ ok: true, rating: (i % 4) + 1, typedAsText: true });
    });
    expect(new Set(ACCEPTED_RATING_SPELLINGS).size).toBe(12);
  });
});

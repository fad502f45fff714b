import { readRating } from '../../../src/domain/method/rating';
import type { CellValue } from '../../../src/domain/workbook/snapshot';

describe('readRating', () => {
  it.each<[CellValue, number, boolean]>([
    [3, 3, false],
    [1, 1, false],
    [4.0, 4, false],
    ['3', 3, true],
    [' 4 ', 4, true],
    ['3,0', 3, true],
    ['2.0', 2, true],
  ])('reads %p as %p', (input, rating, typedAsText) => {
    expect(readRating(input)).toEqual({ ok: true, rating, typedAsText });
  });

  it.each<[CellValue, RegExp, boolean]>([
    [0, /hors de l'échelle/, false],
    [5, /hors de l'échelle/, false],
    ['5', /hors de l'échelle/, false],
    ['0', /hors de l'échelle/, false],
    [2.5, /2,5 n'est pas une note entière/, false],
    ['2,5', /2,5 n'est pas une note entière/, false],
    ['trois', /« trois » n'est pas une note/, false],
    [null, /note absente/, true],
    ['   ', /note absente/, true],
    [{ error: '#REF!' }, /#REF!/, false],
    [true, /VRAI/, false],
    ['12', /hors de l'échelle/, false],
  ])('refuses %p with a reason', (input, reason, empty) => {
    const r = readRating(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toMatch(reason);
      expect(r.empty).toBe(empty);
    }
  });
});

import fc from 'fast-check';
import type { Rating } from '../../../src/domain/catalogue/scales';
import { compareRisks, rankRisks, type RankableRisk } from '../../../src/domain/method/rank';

const risk = (order: number, gravity: Rating, frequency: Rating, agents: number | null = null): RankableRisk => ({ order, gravity, frequency, agents });

describe('rankRisks', () => {
  it('puts A before B before C before D, whatever the sheet order', () => {
    const ranks = rankRisks([risk(10, 1, 1), risk(11, 2, 2), risk(12, 2, 3), risk(13, 3, 3)]);
    expect([13, 12, 11, 10].map((o) => ranks.get(o))).toEqual([1, 2, 3, 4]);
  });

  it('inside one index, ranks by G×F then G', () => {
    // All A: (3,3)=9, (4,3)=12, (3,4)=12, (4,4)=16.
    const ranks = rankRisks([risk(1, 3, 3), risk(2, 4, 3), risk(3, 3, 4), risk(4, 4, 4)]);
    expect(ranks.get(4)).toBe(1);
    expect(ranks.get(2)).toBe(2); // G×F 12, G 4 beats G 3
    expect(ranks.get(3)).toBe(3);
    expect(ranks.get(1)).toBe(4);
  });

  it('then by agents exposed, then by sheet order', () => {
    const ranks = rankRisks([risk(5, 2, 3, 4), risk(6, 2, 3, 12), risk(7, 2, 3, null), risk(8, 2, 3, 4)]);
    expect([6, 5, 8, 7].map((o) => ranks.get(o))).toEqual([1, 2, 3, 4]);
  });

  const arbRisk = fc.record({
    order: fc.integer({ min: 1, max: 10_000 }),
    gravity: fc.constantFrom<Rating>(1, 2, 3, 4),
    frequency: fc.constantFrom<Rating>(1, 2, 3, 4),
    agents: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
  });

  it('is a total order: antisymmetric, transitive, only equal for the same row', () => {
    fc.assert(
      fc.property(arbRisk, arbRisk, arbRisk, (a, b, c) => {
        expect(Math.sign(compareRisks(a, b))).toBe(-Math.sign(compareRisks(b, a)));
        if (compareRisks(a, b) <= 0 && compareRisks(b, c) <= 0) expect(compareRisks(a, c)).toBeLessThanOrEqual(0);
        if (a.order !== b.order) expect(compareRisks(a, b)).not.toBe(0);
      }),
    );
  });

  it('gives ranks 1..n, the same whatever the input order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbRisk, { selector: (r) => r.order, maxLength: 40 }), (risks) => {
        const ranks = rankRisks(risks);
        expect([...ranks.values()].sort((x, y) => x - y)).toEqual(risks.map((_, i) => i + 1));
        expect(rankRisks([...risks].reverse())).toEqual(ranks);
      }),
    );
  });
});

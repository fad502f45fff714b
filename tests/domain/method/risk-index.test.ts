import fc from 'fast-check';
import { RISK_MATRIX, type Rating } from '../../../src/domain/catalogue/scales';
import { indexSeverityOrder, riskIndex, riskIndexOfCells } from '../../../src/domain/method/risk-index';

describe('riskIndex: the matrix of annex 5', () => {
  // G down, F across, as printed in the guide.
  const expected: Record<string, string> = {
    '4,1': 'C', '4,2': 'B', '4,3': 'A', '4,4': 'A',
    '3,1': 'C', '3,2': 'B', '3,3': 'A', '3,4': 'A',
    '2,1': 'D', '2,2': 'C', '2,3': 'B', '2,4': 'B',
    '1,1': 'D', '1,2': 'D', '1,3': 'C', '1,4': 'C',
  };
  it.each(Object.entries(expected))('G,F = %s gives %s', (gf, letter) => {
    const [g, f] = gf.split(',').map(Number) as [Rating, Rating];
    expect(riskIndex(g, f)).toBe(letter);
  });

  it('is not a product: G3 and G4 rows are equal', () => {
    expect(RISK_MATRIX[2]).toEqual(RISK_MATRIX[3]);
  });

  it('reads cells as people type them', () => {
    expect(riskIndexOfCells('3,0', ' 4 ')).toBe('A');
    expect(riskIndexOfCells(2, '')).toBeNull();
    expect(riskIndexOfCells(5, 1)).toBeNull();
  });

  const rating = fc.constantFrom<Rating>(1, 2, 3, 4);
  it('never lowers the index when G or F rises', () => {
    fc.assert(
      fc.property(rating, rating, rating, rating, (g1, f1, g2, f2) => {
        fc.pre(g2 >= g1 && f2 >= f1);
        // lower severity order = more serious
        expect(indexSeverityOrder(riskIndex(g2, f2))).toBeLessThanOrEqual(indexSeverityOrder(riskIndex(g1, f1)));
      }),
    );
  });
});

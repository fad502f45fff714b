/** The direction a workbook's Direction field names (src/domain/plans/direction.ts). */
import { DIRECTIONS } from '../../../src/domain/catalogue/types';
import { DIRECTION_NAMES } from '../../../src/domain/catalogue/units';
import { directionCovers, directionInText } from '../../../src/domain/plans/direction';

describe('directionInText', () => {
  it.each([
    ['DGFiP', 'DGFiP'],
    ['dgfip', 'DGFiP'],
    ['DGFIP', 'DGFiP'],
    ['dgfip - Direction générale des Finances publiques', 'DGFiP'],
    ['Direction générale des finances publiques', 'DGFiP'],
    ['DIRECTION GENERALE DES FINANCES PUBLIQUES :', 'DGFiP'],
    ['DGFiP (ex-DGI)', 'DGFiP'], // the first acronym of the text
    ['DGI (aujourd’hui DGFiP)', 'DGI'],
    ['DGI', 'DGI'],
    ['dgi - Impôts', 'DGI'],
    ['Direction générale des impôts', 'DGI'],
    ['DGCP', 'DGCP'],
    ['dgddi - Douane', 'DGDDI'],
    ['DPAEP', 'DPAEP'],
  ] as const)('%j → %s', (text, expected) => {
    expect(directionInText(text)).toBe(expected);
  });

  it.each(['', 'Sélectionner…', 'Sélectionner la Direction concernée…', 'DGFiPX', 'xDGI', 'DGFP', 'Direction générale', 'Finances publiques', null, 42])(
    '%j → nothing',
    (text) => {
      expect(directionInText(text)).toBeNull();
    },
  );

  it('reads every direction from its acronym and from its full name', () => {
    for (const d of DIRECTIONS) {
      expect(directionInText(d)).toBe(d);
      expect(directionInText(d.toLowerCase())).toBe(d);
      expect(directionInText(DIRECTION_NAMES[d])).toBe(d);
    }
  });
});

describe('directionCovers: whose work a workbook of a direction takes as its own', () => {
  it('a DGFiP workbook covers the DGI and the DGCP it was formed from, and itself', () => {
    expect(['DGFiP', 'DGI', 'DGCP'].map((d) => directionCovers('DGFiP', d as 'DGI'))).toEqual([true, true, true]);
    expect(directionCovers('DGFiP', 'DGDDI')).toBe(false);
  });

  it('not the other way round, and the guide’s directions cover only themselves', () => {
    expect(directionCovers('DGI', 'DGFiP')).toBe(false);
    expect(directionCovers('DGI', 'DGCP')).toBe(false);
    for (const a of DIRECTIONS.filter((d) => d !== 'DGFiP')) {
      for (const b of DIRECTIONS) expect(directionCovers(a, b)).toBe(a === b);
    }
  });
});

/** The whole list of findings, not one rule's: a rule that has nothing to say adds nothing. */
import { runChecks } from '../../../src/domain/check/run-checks';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { census, du, edit, programme, TODAY } from './baselines';

const all = (s: WorkbookSnapshot, opts: { programme?: WorkbookSnapshot; precedent?: WorkbookSnapshot } = {}) =>
  runChecks(s, { today: TODAY, ...opts }).map((f) => [f.rule, f.severity, f.sheet, f.cell]);

describe('the findings of the clean workbooks, all of them', () => {
  it('census', () => {
    expect(all(census())).toEqual([
      ['total-unites-effectif', 'warning', 'Informations générales', 'C12'],
      ['unite-hors-catalogue', 'info', 'Grille de recensement', 'B11'],
      ['unite-hors-catalogue', 'info', 'Grille de recensement', 'B14'],
    ]);
  });

  it('document unique, alone, with its programme and with itself as the previous one', () => {
    const expected = [
      ['avis-consigne', 'warning', 'Identification', 'C31'],
      ['route-sans-atmp', 'warning', 'Hiérarchisation', 'H9'],
      ['unite-hors-catalogue', 'info', 'Hiérarchisation', 'B10'],
      ['unite-hors-catalogue', 'info', 'Hiérarchisation', 'B13'],
      ['epi-seulement', 'warning', 'Hiérarchisation', 'M13'],
    ];
    expect(all(du())).toEqual(expected);
    expect(all(du(), { programme: programme() })).toEqual(expected);
    expect(all(du(), { precedent: du() })).toEqual(expected);
  });

  it('programme', () => {
    expect(all(programme())).toEqual([['epi-seulement', 'warning', 'Programme', 'H10']]);
  });

  it('edited workbooks where rules look and find nothing', () => {
    const I = 'Informations générales';
    expect(all(edit(census(), I, { C12: 18 }))).toEqual([
      ['unite-hors-catalogue', 'info', 'Grille de recensement', 'B11'],
      ['unite-hors-catalogue', 'info', 'Grille de recensement', 'B14'],
    ]);
    expect(all(edit(du(), 'Identification', { C31: 'Favorable', C29: null, C30: null }))).toEqual([
      ['route-sans-atmp', 'warning', 'Hiérarchisation', 'H9'],
      ['unite-hors-catalogue', 'info', 'Hiérarchisation', 'B10'],
      ['unite-hors-catalogue', 'info', 'Hiérarchisation', 'B13'],
      ['epi-seulement', 'warning', 'Hiérarchisation', 'M13'],
    ]);
    expect(all(edit(programme(), 'Programme', { H10: 'Technique collective', J9: '01/01/2026', L9: 'Fait' }))).toEqual([]);
  });
});

/** Date rules at their boundaries: today, exactly one year, the day before, blanks and unreadable text. */
import { runChecks } from '../../../src/domain/check/run-checks';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { census, du, programme, edit, TODAY } from './baselines';

const ID = 'Identification';
const I = 'Informations générales';
const of = (s: WorkbookSnapshot, rule: string) => runChecks(s, { today: TODAY }).filter((f) => f.rule === rule);
const where = (s: WorkbookSnapshot, rule: string) => of(s, rule).map((f) => [f.severity, f.sheet, f.cell]);

describe('date-mise-a-jour', () => {
  it('is an error when the update date is blank or not a date, on each kind', () => {
    expect(where(edit(census(), I, { C11: null }), 'date-mise-a-jour')).toEqual([['error', I, 'C11']]);
    expect(where(edit(census(), I, { C11: '   ' }), 'date-mise-a-jour')).toEqual([['error', I, 'C11']]);
    expect(where(edit(du(), ID, { E25: '31/02/2026' }), 'date-mise-a-jour')).toEqual([['error', ID, 'E25']]);
    expect(where(edit(programme(), I, { C6: 'hier' }), 'date-mise-a-jour')).toEqual([['error', I, 'C6']]);
  });

  it('tells a blank date from an unreadable one', () => {
    const blank = of(edit(census(), I, { C11: null }), 'date-mise-a-jour')[0].message;
    const text = of(edit(census(), I, { C11: 'juin' }), 'date-mise-a-jour')[0].message;
    expect(blank).toContain('22/11/2026'); // an example: today
    expect(text).toContain('« juin »');
    expect(blank).not.toContain('«');
  });

  it('accepts a text date and a serial', () => {
    expect(of(edit(census(), I, { C11: '01/11/2026' }), 'date-mise-a-jour')).toEqual([]);
    expect(of(edit(census(), I, { C11: 46300 }), 'date-mise-a-jour')).toEqual([]);
  });
});

describe('date-mise-a-jour-ancienne', () => {
  it('is silent up to exactly one year, warns the day after', () => {
    expect(of(edit(census(), I, { C11: '22/11/2025' }), 'date-mise-a-jour-ancienne')).toEqual([]);
    expect(where(edit(census(), I, { C11: '21/11/2025' }), 'date-mise-a-jour-ancienne')).toEqual([['warning', I, 'C11']]);
    expect(of(edit(census(), I, { C11: '21/11/2025' }), 'date-mise-a-jour-ancienne')[0].message).toContain('21/11/2025');
  });

  it('reads the DU’s “le” and the programme’s date', () => {
    expect(where(edit(du(), ID, { E25: '01/01/2020' }), 'date-mise-a-jour-ancienne')).toEqual([['warning', ID, 'E25']]);
    expect(where(edit(programme(), I, { C6: 40000 }), 'date-mise-a-jour-ancienne')).toEqual([['warning', I, 'C6']]);
  });

  it('says nothing of a missing or unreadable date (date-mise-a-jour does)', () => {
    expect(of(edit(census(), I, { C11: null }), 'date-mise-a-jour-ancienne')).toEqual([]);
    expect(of(edit(census(), I, { C11: 'autrefois' }), 'date-mise-a-jour-ancienne')).toEqual([]);
  });
});

describe('date-future', () => {
  it('is silent today, an error tomorrow', () => {
    expect(of(edit(census(), I, { C11: '22/11/2026' }), 'date-future')).toEqual([]);
    expect(where(edit(census(), I, { C11: '23/11/2026' }), 'date-future')).toEqual([['error', I, 'C11']]);
    expect(of(edit(census(), I, { C11: '23/11/2026' }), 'date-future')[0].message).toContain('23/11/2026');
  });

  it('ignores unreadable dates', () => {
    expect(of(edit(census(), I, { C11: 'demain' }), 'date-future')).toEqual([]);
  });
});

describe('date-consultation-prevue', () => {
  it('announces a date from tomorrow on, each with its body', () => {
    expect(of(edit(du(), ID, { C29: '22/11/2026', C30: '22/11/2026' }), 'date-consultation-prevue')).toEqual([]);
    expect(where(edit(du(), ID, { C29: '23/11/2026', C30: '24/11/2026' }), 'date-consultation-prevue')).toEqual([['info', ID, 'C29'], ['info', ID, 'C30']]);
  });

  it('names the bodies the labels name', () => {
    const s = edit(du(), ID, { B29: 'Date de transmission au CSA', C29: '01/12/2026', B30: 'Date de présentation à la F-SSCT', C30: '10/12/2026' });
    const m = of(s, 'date-consultation-prevue').map((f) => f.message);
    expect(m[0]).toMatch(/au CSA/);
    expect(m[1]).toMatch(/à la F-SSCT/);
    const t = edit(du(), ID, { B29: 'Date de transmission au CT', C29: '01/12/2026', B30: 'Date de présentation au CHSCT', C30: '10/12/2026' });
    expect(of(t, 'date-consultation-prevue').map((f) => f.message)).toEqual([expect.stringMatching(/au CT\b/), expect.stringMatching(/au CHSCT/)]);
  });

  it('ignores blank and unreadable dates', () => {
    expect(of(edit(du(), ID, { C29: null, C30: 'bientôt' }), 'date-consultation-prevue')).toEqual([]);
  });
});

describe('ctp-avant-chs', () => {
  it('accepts both on the same day, or the transmission first', () => {
    expect(of(edit(du(), ID, { C29: '04/11/2026', C30: '04/11/2026' }), 'ctp-avant-chs')).toEqual([]);
    expect(of(edit(du(), ID, { C29: '03/11/2026', C30: '04/11/2026' }), 'ctp-avant-chs')).toEqual([]);
  });

  it('compares day, then month, then year', () => {
    expect(where(edit(du(), ID, { C29: '05/11/2026', C30: '04/11/2026' }), 'ctp-avant-chs')).toEqual([['error', ID, 'C30']]);
    expect(where(edit(du(), ID, { C29: '01/12/2026', C30: '30/11/2026' }), 'ctp-avant-chs')).toEqual([['error', ID, 'C30']]);
    expect(where(edit(du(), ID, { C29: '01/01/2027', C30: '31/12/2026' }), 'ctp-avant-chs')).toEqual([['error', ID, 'C30']]);
    expect(of(edit(du(), ID, { C29: '31/12/2025', C30: '01/01/2026' }), 'ctp-avant-chs')).toEqual([]);
    expect(of(edit(du(), ID, { C29: '30/11/2026', C30: '01/12/2026' }), 'ctp-avant-chs')).toEqual([]);
  });

  it('asks for the transmission date when only the presentation is dated', () => {
    expect(where(edit(du(), ID, { C29: null }), 'ctp-avant-chs')).toEqual([['error', ID, 'C29']]);
    expect(where(edit(programme(), I, { C11: '  ' }), 'ctp-avant-chs')).toEqual([['error', I, 'C11']]);
    expect(of(edit(du(), ID, { C29: null, C30: null }), 'ctp-avant-chs')).toEqual([]);
    expect(of(edit(du(), ID, { C29: 'à venir' }), 'ctp-avant-chs')).toEqual([]);
    expect(of(edit(du(), ID, { C29: null, C30: 'à venir' }), 'ctp-avant-chs')).toEqual([]);
  });

  it('names the bodies, F-SSCT with “à la”', () => {
    const s = edit(du(), ID, { B29: 'Date de transmission au CSA', C29: '05/11/2026', B30: 'Date de présentation à la F-SSCT', C30: '04/11/2026' });
    const m = of(s, 'ctp-avant-chs')[0].message;
    expect(m).toContain('à la F-SSCT (04/11/2026)');
    expect(m).toContain('au CSA (05/11/2026)');
  });
});

describe('avis-consigne', () => {
  it('asks for the opinion from the day after the presentation, not on the day', () => {
    expect(of(edit(du(), ID, { C30: '22/11/2026' }), 'avis-consigne')).toEqual([]);
    expect(where(edit(du(), ID, { C30: '21/11/2026' }), 'avis-consigne')).toEqual([['warning', ID, 'C31']]);
    expect(of(edit(du(), ID, { C30: '21/11/2026' }), 'avis-consigne')[0].message).toContain('21/11/2026');
  });

  it('is silent once an opinion is recorded, or without a presentation date', () => {
    expect(of(edit(du(), ID, { C31: 'Avis favorable' }), 'avis-consigne')).toEqual([]);
    expect(of(edit(du(), ID, { C30: null }), 'avis-consigne')).toEqual([]);
    expect(of(edit(du(), ID, { C30: 'bientôt' }), 'avis-consigne')).toEqual([]);
  });

  it('is an information when the opinion says neither favorable, défavorable nor réservé', () => {
    expect(where(edit(du(), ID, { C31: 'Vu' }), 'avis-consigne')).toEqual([['info', ID, 'C31']]);
    expect(of(edit(du(), ID, { C31: 'Vu' }), 'avis-consigne')[0].message).toContain('« Vu »');
    // even before the presentation
    expect(where(edit(du(), ID, { C30: '10/12/2026', C31: 'Vu' }), 'avis-consigne')).toEqual([['info', ID, 'C31']]);
  });

  it('without a place for the opinion, informs at the presentation date', () => {
    const s = edit(du(), ID, { B31: null, B32: null });
    expect(where(s, 'avis-consigne')).toEqual([['info', ID, 'C30']]);
  });

  it('names the body the workbook names', () => {
    const s = edit(du(), ID, { B30: 'Date de présentation à la F-SSCT', B31: 'Avis de la F-SSCT' });
    const m = of(s, 'avis-consigne')[0].message;
    expect(m).toContain('à la F-SSCT');
    expect(m).toContain('de la F-SSCT');
    const t = of(edit(du(), ID, { B30: 'Date de présentation au CHSCT', B31: 'Avis du CHSCT' }), 'avis-consigne')[0].message;
    expect(t).toContain('au CHSCT');
    expect(t).toContain('du CHSCT');
  });
});

/** The check and the calendar: a consultation to come is announced, only an update date in the future is wrong. */
import { runChecks } from '../../../src/domain/check/run-checks';
import { bodyOf } from '../../../src/domain/check/rules/dates';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { du, edit, programme, TODAY } from './baselines';

const ID = 'Identification';
const I = 'Informations générales';
const dated = (s: WorkbookSnapshot) =>
  runChecks(s, { today: TODAY }).filter((f) => ['date-future', 'date-consultation-prevue', 'ctp-avant-chs'].includes(f.rule)).map(({ severity, rule, sheet, cell, message }) => ({ severity, rule, sheet, cell, message }));

describe('a consultation date in the future', () => {
  it('is an information that says when, on the DU', () => {
    expect(dated(edit(du(), ID, { C29: '01/12/2026', C30: '12/12/2026' }))).toEqual([
      { severity: 'info', rule: 'date-consultation-prevue', sheet: ID, cell: 'C29', message: 'Transmission au CTP prévue le 01/12/2026.' },
      { severity: 'info', rule: 'date-consultation-prevue', sheet: ID, cell: 'C30', message: 'Présentation au CHS prévue le 12/12/2026.' },
    ]);
  });

  it('is an information on the programme too, read from a date serial', () => {
    // 46368 is 12/12/2026 in Excel's calendar.
    expect(dated(edit(programme(), I, { C12: 46368 }))).toEqual([
      { severity: 'info', rule: 'date-consultation-prevue', sheet: I, cell: 'C12', message: 'Présentation au CHS prévue le 12/12/2026.' },
    ]);
  });

  it('is no finding at all when it is today or past', () => {
    expect(dated(edit(du(), ID, { C29: '22/11/2026', C30: '22/11/2026' }))).toEqual([]);
  });

  it('still has to follow the transmission: a planned presentation before the transmission is an error', () => {
    const f = dated(edit(du(), ID, { C29: '20/12/2026', C30: '12/12/2026' }));
    expect(f).toContainEqual(expect.objectContaining({ severity: 'error', rule: 'ctp-avant-chs', cell: 'C30', message: expect.stringContaining('La présentation au CHS (12/12/2026) précède la transmission au CTP (20/12/2026)') }));
    expect(f.filter((x) => x.severity === 'info')).toHaveLength(2);
  });
});

describe('an update date in the future', () => {
  it('is an error on the DU’s “le”', () => {
    expect(dated(edit(du(), ID, { E25: '12/12/2026' }))).toEqual([
      { severity: 'error', rule: 'date-future', sheet: ID, cell: 'E25', message: 'La date de mise à jour 12/12/2026 est dans le futur (nous sommes le 22/11/2026) : corrigez-la.' },
    ]);
  });

  it('is an error on the programme’s and the AT-MP’s update date', () => {
    expect(dated(edit(programme(), I, { C6: '01/01/2027' })).map((f) => [f.severity, f.rule, f.cell])).toEqual([['error', 'date-future', 'C6']]);
    expect(dated(edit(du(), 'AT-MP', { C16: '01/01/2027' })).map((f) => [f.severity, f.rule, f.sheet, f.cell])).toEqual([['error', 'date-future', 'AT-MP', 'C16']]);
  });
});

describe('the bodies a label names', () => {
  it.each([
    ['Date de transmission au CTP', 'CTP'], ['Date de transmission au CSA :', 'CSA'], ['DATE DE TRANSMISSION AU CT', 'CT'],
    ['Date de présentation au CHS', 'CHS'], ['Date de présentation au CHSCT', 'CHSCT'], ['Date de présentation à la F-SSCT :', 'F-SSCT'],
    ['Date de présentation à la FSSCT', 'F-SSCT'], ['Date de présentation à la FS', 'F-SSCT'], ['Date de présentation', 'CHS'],
  ])('%s → %s', (label, body) => {
    expect(bodyOf(label, 'CHS')).toBe(body);
  });
});

/** Date boundaries the core relies on: serial range, leap years, text parsing, day counts. */
import fc from 'fast-check';
import { dateToSerial, daysBetween, formatDate, fromJsDate, isoDate, readDate, serialToDate } from '../../../src/domain/method/dates';

const d = (year: number, month: number, day: number) => ({ year, month, day });

describe('serials', () => {
  it('counts days from 1899-12-30: serial 1 is 1899-12-31, 61 is 1900-03-01', () => {
    expect(serialToDate(0)).toEqual(d(1899, 12, 30));
    expect(serialToDate(1)).toEqual(d(1899, 12, 31));
    expect(serialToDate(61)).toEqual(d(1900, 3, 1));
    expect(dateToSerial(d(1899, 12, 30))).toBe(0);
    expect(dateToSerial(d(2000, 1, 1))).toBe(36526);
  });

  it('keeps the day of a serial carrying a time of day (floor, not round)', () => {
    expect(serialToDate(45658.75)).toEqual(d(2025, 1, 1));
    expect(serialToDate(45658.25)).toEqual(d(2025, 1, 1));
  });

  it('round-trips every serial of Excel’s range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_958_465 }), (serial) => {
        expect(dateToSerial(serialToDate(serial))).toBe(serial);
      }),
    );
    expect(serialToDate(2_958_465)).toEqual(d(9999, 12, 31));
  });

  it('is one day apart across month and year ends', () => {
    expect(dateToSerial(d(2026, 1, 1)) - dateToSerial(d(2025, 12, 31))).toBe(1);
    expect(dateToSerial(d(2026, 5, 1)) - dateToSerial(d(2026, 4, 30))).toBe(1);
  });
});

describe('readDate from numbers', () => {
  it('accepts serials from 1 up to 31/12/9999 and nothing outside', () => {
    expect(readDate(1)).toEqual(d(1899, 12, 31));
    expect(readDate(2_958_465)).toEqual(d(9999, 12, 31));
    expect(readDate(2_958_466)).toBeNull();
    expect(readDate(0)).toBeNull();
    expect(readDate(0.5)).toBeNull();
    expect(readDate(-5)).toBeNull();
    expect(readDate(46348)).toEqual(d(2026, 11, 22));
  });

  it('refuses what is not a date: booleans, errors, empty', () => {
    expect(readDate(true)).toBeNull();
    expect(readDate({ error: '#N/A' })).toBeNull();
    expect(readDate('')).toBeNull();
    expect(readDate('   ')).toBeNull();
  });
});

describe('readDate from text', () => {
  it.each([
    ['05/03/2008', d(2008, 3, 5)],
    ['5/3/2008', d(2008, 3, 5)],
    ['05.03.2008', d(2008, 3, 5)],
    ['05-03-2008', d(2008, 3, 5)],
    ['31/12/2025', d(2025, 12, 31)],
    ['01/01/2026', d(2026, 1, 1)],
    ['  22/11/2026\t', d(2026, 11, 22)],
    ['2026-11-22', d(2026, 11, 22)],
    ['29/02/2024', d(2024, 2, 29)],
    ['29/02/2000', d(2000, 2, 29)],
    ['2024-02-29', d(2024, 2, 29)],
  ])('reads %p day first', (text, date) => {
    expect(readDate(text)).toEqual(date);
  });

  it.each([
    '29/02/2025', // not a leap year
    '29/02/1900', // nor is 1900
    '29/02/2100',
    '31/04/2026', // April has 30 days
    '32/01/2026',
    '00/05/2026',
    '15/13/2026',
    '15/00/2026',
    '01/01/0050', // two-digit years must not become 1950
    '0050-01-01',
    '2025-02-29',
    '2026-2-1', // ISO wants two digits
    '2026/02/01',
    '05/03/08',
    '05/03/20081',
    '105/03/2008',
    'x05/03/2008',
    '05/03/2008x',
    '05 03 2008',
    '2026-11-22T10:00',
    'le 05/03/2008',
    'le 2026-11-22',
    '12026-11-22',
  ])('refuses %p', (text) => {
    expect(readDate(text)).toBeNull();
  });
});

describe('formatting and counting', () => {
  it('pads day and month to two digits, both ways', () => {
    expect(formatDate(d(2026, 11, 22))).toBe('22/11/2026');
    expect(formatDate(d(2026, 1, 9))).toBe('09/01/2026');
    expect(isoDate(d(2026, 11, 22))).toBe('2026-11-22');
    expect(isoDate(d(2026, 1, 9))).toBe('2026-01-09');
  });

  it('reads back what it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_958_465 }), (serial) => {
        const date = serialToDate(serial);
        if (date.year >= 1000) {
          expect(readDate(formatDate(date))).toEqual(date);
          expect(readDate(isoDate(date))).toEqual(date);
        }
      }),
    );
  });

  it('counts days: same day 0, one year 365 or 366, negative backwards', () => {
    expect(daysBetween(d(2026, 11, 22), d(2026, 11, 22))).toBe(0);
    expect(daysBetween(d(2025, 1, 1), d(2026, 1, 1))).toBe(365);
    expect(daysBetween(d(2024, 1, 1), d(2025, 1, 1))).toBe(366);
    expect(daysBetween(d(2024, 2, 28), d(2024, 3, 1))).toBe(2);
    expect(daysBetween(d(2023, 2, 28), d(2023, 3, 1))).toBe(1);
    expect(daysBetween(d(2026, 11, 22), d(2025, 11, 22))).toBe(-365);
  });

  it('takes a JavaScript date’s local calendar day', () => {
    expect(fromJsDate(new Date(2024, 1, 29, 23, 30))).toEqual(d(2024, 2, 29));
    expect(fromJsDate(new Date(2026, 0, 1, 0, 5))).toEqual(d(2026, 1, 1));
    expect(fromJsDate(new Date(2025, 11, 31, 12))).toEqual(d(2025, 12, 31));
  });
});

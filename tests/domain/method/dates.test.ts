import { dateToSerial, daysBetween, formatDate, isoDate, readDate, serialToDate } from '../../../src/domain/method/dates';

describe('dates', () => {
  it('converts Excel serials both ways', () => {
    expect(serialToDate(45658)).toEqual({ year: 2025, month: 1, day: 1 });
    expect(dateToSerial({ year: 2026, month: 11, day: 22 })).toBe(46348);
    expect(serialToDate(61)).toEqual({ year: 1900, month: 3, day: 1 });
  });

  it('reads what people type, French order first', () => {
    expect(readDate('05/03/2008')).toEqual({ year: 2008, month: 3, day: 5 });
    expect(readDate(' 1-2-2026 ')).toEqual({ year: 2026, month: 2, day: 1 });
    expect(readDate('2026-02-01')).toEqual({ year: 2026, month: 2, day: 1 });
    expect(readDate('31/02/2026')).toBeNull();
    expect(readDate('bientôt')).toBeNull();
    expect(readDate(null)).toBeNull();
  });

  it('formats dd/mm/yyyy and ISO', () => {
    expect(formatDate({ year: 2008, month: 3, day: 5 })).toBe('05/03/2008');
    expect(isoDate({ year: 2008, month: 3, day: 5 })).toBe('2008-03-05');
    expect(daysBetween({ year: 2025, month: 12, day: 31 }, { year: 2026, month: 1, day: 1 })).toBe(1);
  });
});

/** Numbers as French users type them (costs, head counts). */
import { readCount, readNumber } from '../../../src/domain/method/numbers';
import type { CellValue } from '../../../src/domain/workbook/snapshot';

describe('readNumber', () => {
  it.each<[CellValue, number]>([
    [12, 12],
    [-3.5, -3.5],
    [0, 0],
    ['12', 12],
    [' 12 ', 12],
    ['1 500 €', 1500],
    ['1500€', 1500],
    ['1\u00a0500', 1500],
    ['1\u202f500,50', 1500.5],
    ['\t1500\n', 1500],
    ['1 500,50', 1500.5],
    ['1500.5', 1500.5],
    ['0,25', 0.25],
    ['-12', -12],
    ['-1 500,5 €', -1500.5],
    ['200 eur', 200],
    ['200 EUR', 200],
    ['200 euro', 200],
    ['200 Euros', 200],
    ['007', 7],
  ])('reads %p as %p', (input, n) => {
    expect(readNumber(input)).toBe(n);
  });

  it.each<CellValue>([
    Infinity,
    -Infinity,
    NaN,
    null,
    true,
    { error: '#VALUE!' },
    '',
    '   ',
    'douze',
    'mille euros',
    '€ 12',
    'eur 12',
    '12 € HT',
    '12 dollars',
    '1,5,5',
    '1.500,50',
    '12.',
    '.5',
    ',5',
    '+12',
    '--12',
    '12-',
    '1e3',
    '0x10',
    'a12',
    '12a',
    '12 000 000 environ',
  ])('refuses %p', (input) => {
    expect(readNumber(input)).toBeNull();
  });
});

describe('readCount', () => {
  it.each<[CellValue, number]>([
    [0, 0],
    [1, 1],
    [35, 35],
    ['0', 0],
    [' 12 ', 12],
    ['1 200', 1200],
    ['3,0', 3],
  ])('reads %p as %p', (input, n) => {
    expect(readCount(input)).toBe(n);
  });

  it.each<CellValue>([-1, '-2', 2.5, '2,5', 'douze', null, { error: '#REF!' }])('refuses %p', (input) => {
    expect(readCount(input)).toBeNull();
  });
});

/** The live formulas we write, and the core's twin: the index formula must read ratings as readRating does. */
import { RISK_MATRIX, type Rating } from '../../../src/domain/catalogue/scales';
import { indexFormula, joinFormula, linkFormula, NAME_MATRIX, sameFormula } from '../../../src/domain/method/formulas';
import { readRating } from '../../../src/domain/method/rating';
import { riskIndexOfCells } from '../../../src/domain/method/risk-index';
import type { CellValue } from '../../../src/domain/workbook/snapshot';

/**
 * A small evaluator for exactly the shape indexFormula writes:
 * =IFERROR(INDEX(name,MOD(MATCH(TRIM(G&""),{…},0)-1,4)+1,MOD(MATCH(TRIM(F&""),{…},0)-1,4)+1),"")
 * with Excel's semantics: `&""` turns a number into its text (3 → "3", 2.5 → "2.5"), TRIM removes
 * spaces only, MATCH(…,0) is exact and case-insensitive, INDEX reads the named matrix.
 */
function evaluateIndexFormula(formula: string, cells: Record<string, CellValue>): string {
  const m = /^=IFERROR\(INDEX\((\w+),(.*)\),""\)$/.exec(formula);
  if (!m) throw new Error(`unexpected shape: ${formula}`);
  expect(m[1]).toBe(NAME_MATRIX);
  const rating = /MOD\(MATCH\(TRIM\(([A-Z]+[0-9]+)&""\),\{([^}]*)\},0\)-1,4\)\+1/g;
  const parts = [...m[2].matchAll(rating)];
  expect(parts).toHaveLength(2);
  expect(parts.map((p) => p[0]).join(',')).toBe(m[2]);
  const values: number[] = [];
  for (const [, ref, list] of parts) {
    const items = [...list.matchAll(/"((?:[^"]|"")*)"(,|$)/g)].map((q) => q[1].replace(/""/g, '"'));
    expect(items.map((s) => `"${s}"`).join(',')).toBe(list);
    const v = cells[ref];
    if (v === null || v === undefined) return ''; // MATCH of "" in the list: #N/A, IFERROR → ""
    if (typeof v === 'object') return ''; // an error propagates to IFERROR
    const text = typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
    const trimmed = text.replace(/^ +| +$/g, '').replace(/ {2,}/g, ' ');
    const pos = items.findIndex((s) => s.toUpperCase() === trimmed.toUpperCase());
    if (pos < 0) return '';
    values.push(((pos + 1 - 1) % 4) + 1);
  }
  return RISK_MATRIX[values[0] - 1][values[1] - 1];
}

describe('indexFormula', () => {
  it('is the matrix lookup of both cells, empty on anything that is not a rating', () => {
    const f = indexFormula('G12', 'H12');
    expect(f.startsWith('=IFERROR(INDEX(DUERP_Matrice,')).toBe(true);
    expect(f).toContain('TRIM(G12&"")');
    expect(f).toContain('TRIM(H12&"")');
    expect(f.indexOf('G12')).toBeLessThan(f.indexOf('H12'));
    expect(f.endsWith('),"")')).toBe(true);
  });

  const typed: CellValue[] = [
    1, 2, 3, 4, 0, 5, 2.5, -1, '1', '2', '3', '4', ' 3 ', '  4', '2,0', '3.0', '4,0', '1.0', '1,5', '0', '5', '03',
    '', '   ', 'trois', '\t3', true, false, null, { error: '#REF!' },
  ];

  it('gives the letter the core computes, for every pair of typed values', () => {
    const f = indexFormula('G5', 'F5');
    for (const g of typed) {
      for (const fr of typed) {
        const live = evaluateIndexFormula(f, { G5: g, F5: fr });
        expect([g, fr, live]).toEqual([g, fr, riskIndexOfCells(g, fr) ?? '']);
      }
    }
  });

  it('accepts exactly the spellings readRating accepts as text', () => {
    const f = indexFormula('A1', 'B1');
    for (const g of [1, 2, 3, 4] as Rating[]) {
      for (const text of [`${g}`, `${g},0`, `${g}.0`]) {
        expect(readRating(text)).toMatchObject({ ok: true, rating: g });
        expect(evaluateIndexFormula(f, { A1: text, B1: 4 })).toBe(RISK_MATRIX[g - 1][3]);
        expect(evaluateIndexFormula(f, { A1: 4, B1: text })).toBe(RISK_MATRIX[3][g - 1]);
      }
    }
  });
});

describe('linkFormula and joinFormula', () => {
  it('links a field showing empty, not 0, when the field is empty', () => {
    expect(linkFormula("'Fiche d''informations'!C4")).toBe(`=IF('Fiche d''informations'!C4="","",'Fiche d''informations'!C4)`);
    expect(linkFormula('B2')).toBe('=IF(B2="","",B2)');
  });

  it('joins fields with single spaces under TRIM', () => {
    expect(joinFormula(['A1', 'B1', 'C1'])).toBe('=TRIM(A1&" "&B1&" "&C1)');
    expect(joinFormula(['A1'])).toBe('=TRIM(A1)');
  });
});

describe('sameFormula', () => {
  it('treats a missing formula as equal only to a missing one', () => {
    expect(sameFormula(null, null)).toBe(true);
    expect(sameFormula(null, '=A1')).toBe(false);
    expect(sameFormula('=A1', null)).toBe(false);
    expect(sameFormula('', null)).toBe(false);
  });

  it('ignores the leading =, spaces and case outside strings', () => {
    expect(sameFormula('=IF(a1="","",a1)', 'IF( A1 = "" , "" , A1 )')).toBe(true);
    expect(sameFormula(indexFormula('G5', 'F5'), indexFormula('g5', 'f5').toLowerCase().replace(/"trim/g, '"TRIM'))).toBe(true);
    expect(sameFormula('A1=B1', '=A1=B1')).toBe(true);
    expect(sameFormula('=A1=B1', '=A1B1')).toBe(false);
    expect(sameFormula('==A1', '=A1')).toBe(false);
  });

  it('keeps case and spaces inside strings', () => {
    expect(sameFormula('=IF(A1="oui",1,0)', '=IF(A1="OUI",1,0)')).toBe(false);
    expect(sameFormula('=A1&" "&B1', '=A1&"  "&B1')).toBe(false);
    expect(sameFormula('=A1&" "&B1', '=A1&""&B1')).toBe(false);
    expect(sameFormula('=A1&"a ""b"""', '= a1 & "a ""b"""')).toBe(true);
    expect(sameFormula('=A1&"a ""b"""', '=A1&"a ""B"""')).toBe(false);
  });

  it('tells different references apart', () => {
    expect(sameFormula('=A1', '=A2')).toBe(false);
    expect(sameFormula(linkFormula('B4'), '=IF(B4="","",B4)')).toBe(true);
  });
});

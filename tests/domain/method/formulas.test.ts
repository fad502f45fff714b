/** The live formulas we write, and the core's twin: the index formula must read ratings as readRating does. */
import { RISK_MATRIX, type Rating } from '../../../src/domain/catalogue/scales';
import { indexFormula, joinFormula, linkFormula, NAME_MATRIX, NAME_RATINGS, sameFormula } from '../../../src/domain/method/formulas';
import { catalogueGrid, catalogueNames } from '../../../src/domain/plans/catalogue-sheet';
import { readRating } from '../../../src/domain/method/rating';
import { riskIndexOfCells } from '../../../src/domain/method/risk-index';
import type { CellValue } from '../../../src/domain/workbook/snapshot';

/** The cells of a named range of the catalogue sheet the workbook carries, read from its grid. */
function namedList(name: string): CellValue[] {
  const ref = catalogueNames(null).find((n) => n.name === name)?.ref;
  const m = /!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref ?? '');
  if (!m || m[1] !== m[3]) throw new Error(`no one-column range named ${name}: ${ref}`);
  const grid = catalogueGrid(null);
  const cells: CellValue[] = [];
  for (let r = Number(m[2]); r <= Number(m[4]); r++) cells.push(grid.get(`${m[1]}${r}`) ?? null);
  return cells;
}

/**
 * A small evaluator for exactly the shape indexFormula writes:
 * =IFERROR(INDEX(name,MOD(MATCH(TRIM(G&""),list,0)-1,4)+1,MOD(MATCH(TRIM(F&""),list,0)-1,4)+1),"")
 * where list is the catalogue sheet's named range of accepted spellings (its cells as the grid holds them)
 * with Excel's semantics: `&""` turns a number into its text (3 → "3", 2.5 → "2.5"), TRIM removes
 * spaces only, MATCH(…,0) is exact and case-insensitive, INDEX reads the named matrix.
 */
function evaluateIndexFormula(formula: string, cells: Record<string, CellValue>): string {
  const m = /^=IFERROR\(INDEX\((\w+),(.*)\),""\)$/.exec(formula);
  if (!m) throw new Error(`unexpected shape: ${formula}`);
  expect(m[1]).toBe(NAME_MATRIX);
  const rating = /MOD\(MATCH\(TRIM\(([A-Z]+[0-9]+)&""\),(\w+),0\)-1,4\)\+1/g;
  const parts = [...m[2].matchAll(rating)];
  expect(parts).toHaveLength(2);
  expect(parts.map((p) => p[0]).join(',')).toBe(m[2]);
  const values: number[] = [];
  for (const [, ref, name] of parts) {
    expect(name).toBe(NAME_RATINGS);
    // MATCH compares text with text only: a number in the list would never match `cell&""`.
    const items = namedList(name).map((c) => (typeof c === 'string' ? c : null));
    const v = cells[ref];
    if (v === null || v === undefined) return ''; // MATCH of "" in the list: #N/A, IFERROR → ""
    if (typeof v === 'object') return ''; // an error propagates to IFERROR
    const text = typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
    const trimmed = text.replace(/^ +| +$/g, '').replace(/ {2,}/g, ' ');
    const pos = items.findIndex((s) => s !== null && s.toUpperCase() === trimmed.toUpperCase());
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
    expect(f).toBe('=IFERROR(INDEX(DUERP_Matrice,MOD(MATCH(TRIM(G12&""),DUERP_Notes,0)-1,4)+1,MOD(MATCH(TRIM(H12&""),DUERP_Notes,0)-1,4)+1),"")');
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

describe('the catalogue sheet the formulas read', () => {
  const grid = catalogueGrid(null);
  it('keeps the matrix (K1:O6) apart from the legend of the letters and the list of accepted ratings', () => {
    // F4 column of the matrix: its header and the four letters, nothing of the legend over them.
    expect(['O1', 'O2', 'O3', 'O4', 'O5', 'O6'].map((c) => grid.get(c) ?? null)).toEqual([null, 'F4', ...RISK_MATRIX.map((row) => row[3])]);
    expect(['T1', 'T2', 'T3', 'T4', 'T5'].map((c) => grid.get(c))).toEqual(['Indice', 'A', 'B', 'C', 'D']);
    expect(String(grid.get('U2'))).toMatch(/^Intolérable/);
    const matrix = catalogueNames(null).find((n) => n.name === NAME_MATRIX)!.ref;
    expect(matrix).toMatch(/!\$L\$3:\$O\$6$/);
  });

  it('lists the accepted ratings as text, in the order the formula reads them (position mod 4)', () => {
    const list = namedList(NAME_RATINGS);
    expect(list.every((v) => typeof v === 'string')).toBe(true);
    expect(list.map((v) => readRating(v))).toEqual(list.map((_, i) => expect.objectContaining({ ok: true, rating: (i % 4) + 1 })));
  });
});

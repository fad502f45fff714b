/**
 * Mutants of src/domain/plans/cell-edits.ts: a cell edit is planned only when the cell is not
 * already what is wanted, and records what the cell was.
 */
import { cellState, formulaEdit, formulaEditAt, linkedResult, valueEdit } from '../../../../src/domain/plans/cell-edits';
import { parseA1 } from '../../../../src/domain/workbook/address';
import { findSheet } from '../../../../src/domain/workbook/snapshot';
import { snap } from './helpers';

const s = snap({
  Grille: {
    A1: 'Titre',
    B2: 3,
    C3: { formula: '=B2*2', value: 6 },
    D4: { error: '#REF!' },
    E5: { formula: '=#REF!', value: { error: '#REF!' } },
    F6: '',
    G7: 0,
    H8: false,
  },
});

describe('cellState', () => {
  it('reads the value and formula of a cell', () => {
    expect(cellState(s, 'Grille', 'B2')).toEqual({ value: 3, formula: null });
    expect(cellState(s, 'Grille', 'C3')).toEqual({ value: 6, formula: '=B2*2' });
    expect(cellState(s, 'Grille', 'Z99')).toEqual({ value: null, formula: null });
  });

  it('reads an absent sheet as empty cells', () => {
    expect(cellState(s, 'Autre', 'A1')).toEqual({ value: null, formula: null });
  });
});

describe('valueEdit', () => {
  it('is null when the cell already shows the value as a constant', () => {
    expect(valueEdit(s, 'Grille', 'A1', 'Titre', 'r')).toBeNull();
    expect(valueEdit(s, 'Grille', 'B2', 3, 'r')).toBeNull();
    expect(valueEdit(s, 'Grille', 'G7', 0, 'r')).toBeNull();
    expect(valueEdit(s, 'Grille', 'H8', false, 'r')).toBeNull();
  });

  it('treats an empty text and an empty cell as the same', () => {
    expect(valueEdit(s, 'Grille', 'F6', null, 'r')).toBeNull();
    expect(valueEdit(s, 'Grille', 'Z99', '', 'r')).toBeNull();
    expect(valueEdit(s, 'Grille', 'Z99', null, 'r')).toBeNull();
  });

  it('does not treat zero or false as empty', () => {
    expect(valueEdit(s, 'Grille', 'G7', '', 'r')).not.toBeNull();
    expect(valueEdit(s, 'Grille', 'G7', null, 'r')).not.toBeNull();
    expect(valueEdit(s, 'Grille', 'Z99', 0, 'r')).not.toBeNull();
    expect(valueEdit(s, 'Grille', 'H8', null, 'r')).not.toBeNull();
    expect(valueEdit(s, 'Grille', 'F6', false, 'r')).not.toBeNull();
  });

  it('writes over a different value, recording what was there', () => {
    expect(valueEdit(s, 'Grille', 'B2', 4, 'pourquoi')).toEqual({
      kind: 'value',
      sheet: 'Grille',
      cell: 'B2',
      before: 3,
      beforeFormula: null,
      after: 4,
      reason: 'pourquoi',
    });
    expect(valueEdit(s, 'Grille', 'B2', '3', 'r')).not.toBeNull();
  });

  it('replaces a formula even when it shows the wanted value', () => {
    expect(valueEdit(s, 'Grille', 'C3', 6, 'r')).toMatchObject({ before: 6, beforeFormula: '=B2*2', after: 6 });
  });

  it('compares errors by their code', () => {
    expect(valueEdit(s, 'Grille', 'D4', { error: '#REF!' }, 'r')).toBeNull();
    expect(valueEdit(s, 'Grille', 'D4', { error: '#N/A' }, 'r')).not.toBeNull();
    expect(valueEdit(s, 'Grille', 'D4', null, 'r')).not.toBeNull();
    expect(valueEdit(s, 'Grille', 'D4', '#REF!', 'r')).not.toBeNull();
    expect(valueEdit(s, 'Grille', 'F6', { error: '#REF!' }, 'r')).not.toBeNull();
    expect(valueEdit(s, 'Grille', 'Z99', { error: '#REF!' }, 'r')).not.toBeNull();
  });
});

describe('formulaEdit', () => {
  it('is null when the cell already holds the formula, as Excel stores it', () => {
    expect(formulaEdit(s, 'Grille', 'C3', '=B2*2', 6, 'r')).toBeNull();
    expect(formulaEdit(s, 'Grille', 'C3', '= b2 * 2', 6, 'r')).toBeNull();
  });

  it('writes a different formula, or one over a constant, recording what was there', () => {
    expect(formulaEdit(s, 'Grille', 'C3', '=B2*3', 9, 'pourquoi')).toEqual({
      kind: 'formula',
      sheet: 'Grille',
      cell: 'C3',
      before: 6,
      beforeFormula: '=B2*2',
      formula: '=B2*3',
      result: 9,
      reason: 'pourquoi',
    });
    expect(formulaEdit(s, 'Grille', 'B2', '=3', 3, 'r')).toMatchObject({ before: 3, beforeFormula: null, formula: '=3' });
    expect(formulaEdit(s, 'Grille', 'E5', '=A1', 'Titre', 'r')).toMatchObject({ before: { error: '#REF!' }, beforeFormula: '=#REF!' });
  });
});

describe('formulaEditAt', () => {
  it('plans what formulaEdit plans, on a sheet already found and a cell given by number', () => {
    const grille = findSheet(s, 'Grille')!;
    const cases: [string, string, unknown][] = [
      ['C3', '=B2*2', 6],
      ['C3', '= b2 * 2', 6],
      ['C3', '=B2*3', 9],
      ['B2', '=3', 3],
      ['E5', '=A1', 'Titre'],
      ['Z99', '=A1', 'Titre'],
    ];
    for (const [cell, formula, result] of cases) {
      const { row, col } = parseA1(cell);
      expect({ cell, edit: formulaEditAt(grille, row, col, cell, formula, result as never, 'r') }).toEqual({ cell, edit: formulaEdit(s, 'Grille', cell, formula, result as never, 'r') });
    }
  });
});

describe('linkedResult', () => {
  it('shows an empty linked cell as empty text, and anything else as is', () => {
    expect(linkedResult(null)).toBe('');
    expect(linkedResult(0)).toBe(0);
    expect(linkedResult(false)).toBe(false);
    expect(linkedResult('x')).toBe('x');
    expect(linkedResult({ error: '#N/A' })).toEqual({ error: '#N/A' });
  });
});

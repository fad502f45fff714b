/**
 * Mutants of src/domain/plans/catalogue-sheet.ts: the catalogue sheet the workbook carries, and its names.
 *
 * Equivalent mutants (not targeted):
 * - line 97 skipping an empty cell the grid leaves empty, forced off: valueEdit plans nothing for it anyway.
 */
import { RISK_FAMILIES, familyLabel } from '../../../../src/domain/catalogue/families';
import { ACTION_TYPES, INDEX_LEVELS, RISK_MATRIX } from '../../../../src/domain/catalogue/scales';
import { DIRECTIONS } from '../../../../src/domain/catalogue/types';
import { WORK_UNITS, unitLabel, unitsOf } from '../../../../src/domain/catalogue/units';
import { NAME_MATRIX, NAME_RATINGS } from '../../../../src/domain/method/formulas';
import { ACCEPTED_RATING_SPELLINGS } from '../../../../src/domain/method/rating';
import { applyPlanToSnapshot } from '../../../../src/domain/plans/apply-to-snapshot';
import {
  NAME_ACTION_TYPES,
  NAME_DIRECTIONS,
  NAME_FAMILIES,
  NAME_SCALE,
  NAME_UNITS,
  catalogueGrid,
  catalogueNames,
  planCatalogue,
} from '../../../../src/domain/plans/catalogue-sheet';
import type { Edit, NameEdit, ValueEdit } from '../../../../src/domain/plans/plan';
import { CATALOGUE_SHEET } from '../../../../src/domain/workbook/specs';
import { findSheet, type WorkbookSnapshot } from '../../../../src/domain/workbook/snapshot';
import { snap, valueAt } from './helpers';

const column = (grid: Map<string, unknown>, letter: string) => {
  const out: unknown[] = [];
  for (let r = 2; grid.has(`${letter}${r}`); r++) out.push(grid.get(`${letter}${r}`));
  return out;
};
const apply = (s: WorkbookSnapshot, edits: Edit[]) => applyPlanToSnapshot(s, { command: 't', edits });
const withCatalogue = (direction: Parameters<typeof planCatalogue>[1]) => {
  const s = snap({ Grille: { A1: 'x' } });
  return apply(s, planCatalogue(s, direction));
};

describe('catalogueGrid', () => {
  it('lists families, units, scale, action types and directions under their titles', () => {
    const grid = catalogueGrid(null);
    expect(grid.get('A1')).toBe('Familles de risques');
    expect(column(grid, 'A')).toEqual(RISK_FAMILIES.map(familyLabel));
    expect(grid.get('C1')).toMatch(/toutes directions/);
    expect(column(grid, 'E')).toEqual([1, 2, 3, 4]);
    expect(grid.get('E1')).toBeTruthy();
    expect(column(grid, 'G')).toEqual([...ACTION_TYPES]);
    expect(grid.get('G1')).toBeTruthy();
    expect(column(grid, 'I')).toEqual([...DIRECTIONS]);
    expect(grid.get('I1')).toBeTruthy();
    expect(column(grid, 'W')).toEqual([...ACCEPTED_RATING_SPELLINGS]);
    expect(grid.get('W1')).toBeTruthy();
  });

  it('lists every unit once without a direction, and the direction’s units with one', () => {
    const all = column(catalogueGrid(null), 'C');
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(all)).toEqual(new Set(WORK_UNITS.map(unitLabel)));
    const grid = catalogueGrid('DGDDI');
    expect(grid.get('C1')).toContain('DGDDI');
    expect(column(grid, 'C')).toEqual([...new Set(unitsOf('DGDDI').map(unitLabel))]);
  });

  it('writes the legend of the index letters in T and U', () => {
    const grid = catalogueGrid(null);
    expect(column(grid, 'T')).toEqual(INDEX_LEVELS.map((l) => l.index));
    expect(column(grid, 'U')).toEqual(INDEX_LEVELS.map((l) => `${l.label} : ${l.action}`));
    expect(grid.get('T1')).toBeTruthy();
    expect(grid.get('U1')).toBeTruthy();
  });

  it('writes the G × F matrix in K..O, G down and F across', () => {
    const grid = catalogueGrid(null);
    expect(grid.get('K1')).toBeTruthy();
    expect(['L2', 'M2', 'N2', 'O2'].map((c) => grid.get(c))).toEqual(['F1', 'F2', 'F3', 'F4']);
    expect(['K3', 'K4', 'K5', 'K6'].map((c) => grid.get(c))).toEqual(['G1', 'G2', 'G3', 'G4']);
    for (let g = 1; g <= 4; g++) {
      expect(['L', 'M', 'N', 'O'].map((l) => grid.get(`${l}${2 + g}`))).toEqual(RISK_MATRIX[g - 1]);
    }
    expect(grid.has('K2')).toBe(false);
    expect(grid.has('P3')).toBe(false);
    expect(grid.has('K7')).toBe(false);
  });
});

describe('catalogueNames', () => {
  it('names each list over exactly its items, and the matrix', () => {
    const names = Object.fromEntries(catalogueNames(null).map((n) => [n.name, n.ref]));
    const q = `'${CATALOGUE_SHEET}'`;
    expect(names[NAME_FAMILIES]).toBe(`${q}!$A$2:$A$${RISK_FAMILIES.length + 1}`);
    expect(names[NAME_SCALE]).toBe(`${q}!$E$2:$E$5`);
    expect(names[NAME_ACTION_TYPES]).toBe(`${q}!$G$2:$G$${ACTION_TYPES.length + 1}`);
    expect(names[NAME_DIRECTIONS]).toBe(`${q}!$I$2:$I$${DIRECTIONS.length + 1}`);
    expect(names[NAME_RATINGS]).toBe(`${q}!$W$2:$W$${ACCEPTED_RATING_SPELLINGS.length + 1}`);
    expect(names[NAME_MATRIX]).toBe(`${q}!$L$3:$O$6`);
    expect(names[NAME_UNITS]).toMatch(/!\$C\$2:\$C\$\d+$/);
    expect(Object.keys(names)).toHaveLength(7);
  });
});

describe('planCatalogue', () => {
  it('adds the sheet first, then every cell of the grid, then the names', () => {
    const s = snap({ Grille: { A1: 'x' } });
    const edits = planCatalogue(s, null);
    expect(edits[0]).toMatchObject({ kind: 'sheet', sheet: CATALOGUE_SHEET, visibility: 'visible' });
    const values = edits.filter((e): e is ValueEdit => e.kind === 'value');
    expect(values).toHaveLength(catalogueGrid(null).size);
    expect(values.every((e) => e.sheet === CATALOGUE_SHEET && e.before === null && e.beforeFormula === null)).toBe(true);
    const names = edits.filter((e): e is NameEdit => e.kind === 'name');
    expect(names.map((n) => [n.name, n.ref, n.before])).toEqual(catalogueNames(null).map((n) => [n.name, n.ref, null]));
    for (const e of edits) expect(e.reason.trim()).not.toBe('');
  });

  it('plans nothing once the sheet and names are what they must be', () => {
    expect(planCatalogue(withCatalogue(null), null)).toEqual([]);
    expect(planCatalogue(withCatalogue('DGDDI'), 'DGDDI')).toEqual([]);
  });

  it('reads a name whatever its case, quotes and leading equals sign', () => {
    const s = withCatalogue(null);
    s.names = s.names.map((n) => ({ name: n.name.toUpperCase(), ref: `=${n.ref.replace(/'/g, '').toLowerCase()}` }));
    expect(planCatalogue(s, null)).toEqual([]);
  });

  it('points a name again when its range drifted, saying where it pointed', () => {
    const s = withCatalogue(null);
    s.names = s.names.map((n) => (n.name === NAME_SCALE ? { ...n, ref: `'${CATALOGUE_SHEET}'!$E$2:$E$9` } : n));
    expect(planCatalogue(s, null)).toEqual([
      expect.objectContaining({ kind: 'name', name: NAME_SCALE, ref: `'${CATALOGUE_SHEET}'!$E$2:$E$5`, before: `'${CATALOGUE_SHEET}'!$E$2:$E$9` }),
    ]);
  });

  it('rewrites drifted cells and clears cells of ours the grid does not hold, down to the last row used', () => {
    const s = withCatalogue(null);
    const sheet = findSheet(s, CATALOGUE_SHEET)!;
    const cells: ValueEdit[] = [
      { kind: 'value', sheet: CATALOGUE_SHEET, cell: 'A2', before: null, beforeFormula: null, after: 'Famille modifiée', reason: 'r' },
      { kind: 'value', sheet: CATALOGUE_SHEET, cell: 'B3', before: null, beforeFormula: null, after: 'en trop', reason: 'r' },
      { kind: 'value', sheet: CATALOGUE_SHEET, cell: 'W1', before: null, beforeFormula: null, after: 'autre titre', reason: 'r' },
      { kind: 'value', sheet: CATALOGUE_SHEET, cell: 'E250', before: null, beforeFormula: null, after: 9, reason: 'r' },
      { kind: 'value', sheet: CATALOGUE_SHEET, cell: 'R2', before: null, beforeFormula: null, after: 'Grille!D2:D9 liste =X', reason: 'r' },
      { kind: 'value', sheet: CATALOGUE_SHEET, cell: 'X2', before: null, beforeFormula: null, after: 'à côté', reason: 'r' },
    ];
    expect(sheet).toBeDefined();
    const drifted = apply(s, cells);
    const edits = planCatalogue(drifted, null) as ValueEdit[];
    expect(edits.map((e) => [e.cell, e.after])).toEqual([
      ['W1', catalogueGrid(null).get('W1')],
      ['A2', familyLabel(RISK_FAMILIES[0])],
      ['B3', null],
      ['E250', null],
    ]);
    expect(edits[0]).toMatchObject({ kind: 'value', before: 'autre titre' });
    const repaired = apply(drifted, edits);
    expect(planCatalogue(repaired, null)).toEqual([]);
    expect(valueAt(repaired, CATALOGUE_SHEET, 'R2')).toBe('Grille!D2:D9 liste =X');
  });

  it('rewrites the units when the direction changes', () => {
    const s = withCatalogue(null);
    const edits = planCatalogue(s, 'DGDDI');
    expect(edits.some((e) => e.kind === 'value' && e.cell === 'C1')).toBe(true);
    expect(edits.some((e) => e.kind === 'name' && e.name === NAME_UNITS)).toBe(true);
    expect(planCatalogue(apply(s, edits), 'DGDDI')).toEqual([]);
  });
});

describe('planCatalogue on a catalogue sheet that lost its cells', () => {
  it('writes every cell of the grid below what the sheet still holds', () => {
    const s = snap({ Grille: { A1: 'x' }, [CATALOGUE_SHEET]: { A1: 'Familles de risques' } });
    const edits = planCatalogue(s, null);
    expect(edits.some((e) => e.kind === 'sheet')).toBe(false);
    expect(edits.filter((e) => e.kind === 'value')).toHaveLength(catalogueGrid(null).size - 1);
    const after = apply(s, edits);
    expect(valueAt(after, CATALOGUE_SHEET, `W${ACCEPTED_RATING_SPELLINGS.length + 1}`)).toBe(ACCEPTED_RATING_SPELLINGS[ACCEPTED_RATING_SPELLINGS.length - 1]);
    expect(planCatalogue(after, null)).toEqual([]);
  });
});

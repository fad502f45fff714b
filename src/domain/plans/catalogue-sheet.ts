/**
 * The catalogue sheet the workbook carries ("Catalogues DUERP"), with named ranges, so that the
 * dropdowns and index formulas keep working without the add-in. Its content is derived from
 * our catalogues: we own it and rewrite any cell that drifted.
 */
import { RISK_FAMILIES, familyLabel } from '../catalogue/families';
import { ACTION_TYPES, INDEX_LEVELS, RISK_MATRIX } from '../catalogue/scales';
import { DIRECTIONS, type Direction } from '../catalogue/types';
import { WORK_UNITS, unitLabel, unitsOf } from '../catalogue/units';
import { absoluteRef, quoteSheet, toA1 } from '../workbook/address';
import { CATALOGUE_SHEET } from '../workbook/specs';
import { cellValue, findSheet, type CellValue, type WorkbookSnapshot } from '../workbook/snapshot';
import { NAME_MATRIX, NAME_RATINGS } from '../method/formulas';
import { ACCEPTED_RATING_SPELLINGS } from '../method/rating';
import { valueEdit } from './cell-edits';
import { REGISTRY_COLUMN } from './format-registry';
import type { Edit } from './plan';

export const NAME_FAMILIES = 'DUERP_Familles';
export const NAME_UNITS = 'DUERP_Unites';
export const NAME_SCALE = 'DUERP_Echelle';
export const NAME_ACTION_TYPES = 'DUERP_TypesAction';
export const NAME_DIRECTIONS = 'DUERP_Directions';

interface Column {
  col: number;
  title: string;
  items: CellValue[];
  name?: string;
}

function columns(direction: Direction | null): Column[] {
  // Without a direction, every unit once (the common units recur in each direction's list).
  const unitLabels = [...new Set((direction ? unitsOf(direction) : WORK_UNITS).map(unitLabel))];
  return [
    { col: 1, title: 'Familles de risques', items: RISK_FAMILIES.map(familyLabel), name: NAME_FAMILIES },
    { col: 3, title: direction ? `Unités de travail (${direction})` : 'Unités de travail (toutes directions)', items: unitLabels, name: NAME_UNITS },
    { col: 5, title: 'Échelle G et F', items: [1, 2, 3, 4], name: NAME_SCALE },
    { col: 7, title: "Types d'action", items: [...ACTION_TYPES], name: NAME_ACTION_TYPES },
    { col: 9, title: 'Directions', items: [...DIRECTIONS], name: NAME_DIRECTIONS },
    // T and U: the legend of the letters (R holds the register of format-registry.ts).
    { col: 20, title: 'Indice', items: INDEX_LEVELS.map((l) => l.index) },
    { col: 21, title: 'Signification', items: INDEX_LEVELS.map((l) => `${l.label} : ${l.action}`) },
    // Text, not numbers: the index formula matches what was typed, read as text.
    { col: 23, title: 'Notes saisies acceptées', items: [...ACCEPTED_RATING_SPELLINGS], name: NAME_RATINGS },
  ];
}

/** The last column the sheet uses (the matrix sits in K..O, between the lists). */
const LAST_COL = 23;

const MATRIX_COL = 11; // K: G labels, L..O: F1..F4

/** The sheet's cells as a grid (row, col → value), matrix included. */
export function catalogueGrid(direction: Direction | null): Map<string, CellValue> {
  const grid = new Map<string, CellValue>();
  for (const c of columns(direction)) {
    grid.set(toA1(1, c.col), c.title);
    c.items.forEach((item, i) => grid.set(toA1(i + 2, c.col), item));
  }
  grid.set(toA1(1, MATRIX_COL), 'Matrice (G en ligne, F en colonne)');
  for (let f = 1; f <= 4; f++) grid.set(toA1(2, MATRIX_COL + f), `F${f}`);
  for (let g = 1; g <= 4; g++) {
    grid.set(toA1(2 + g, MATRIX_COL), `G${g}`);
    for (let f = 1; f <= 4; f++) grid.set(toA1(2 + g, MATRIX_COL + f), RISK_MATRIX[g - 1][f - 1]);
  }
  return grid;
}

export function catalogueNames(direction: Direction | null): { name: string; ref: string }[] {
  const names = columns(direction)
    .filter((c) => c.name)
    .map((c) => ({
      name: c.name!,
      ref: `${absoluteRef(CATALOGUE_SHEET, 2, c.col)}:${absoluteRef(CATALOGUE_SHEET, c.items.length + 1, c.col).split('!')[1]}`,
    }));
  names.push({ name: NAME_MATRIX, ref: `${quoteSheet(CATALOGUE_SHEET)}!$L$3:$O$6` });
  return names;
}

/** Edits that make the catalogue sheet and its names what they must be: none when they already are. */
export function planCatalogue(snapshot: WorkbookSnapshot, direction: Direction | null): Edit[] {
  const edits: Edit[] = [];
  const existing = findSheet(snapshot, CATALOGUE_SHEET);
  const grid = catalogueGrid(direction);
  if (!existing) {
    edits.push({ kind: 'sheet', sheet: CATALOGUE_SHEET, visibility: 'visible', reason: 'Catalogues du guide (listes déroulantes, matrice G × F)' });
    for (const [cell, value] of grid) edits.push({ kind: 'value', sheet: CATALOGUE_SHEET, cell, before: null, beforeFormula: null, after: value, reason: 'Catalogue' });
  } else {
    // Rewrite drifted cells, and clear the cells of ours that the grid no longer holds.
    const rows = Math.max(existing.values.length, ...[...grid.keys()].map((k) => Number(/\d+$/.exec(k)![0])));
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= LAST_COL; c++) {
        if (c === REGISTRY_COLUMN) continue; // the register's own entries
        const cell = toA1(r, c);
        const want = grid.get(cell) ?? null;
        if (want === null && cellValue(existing, r, c) === null) continue;
        const e = valueEdit(snapshot, CATALOGUE_SHEET, cell, want, 'Catalogue mis à jour');
        if (e) edits.push(e);
      }
    }
  }
  for (const { name, ref } of catalogueNames(direction)) {
    const before = snapshot.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
    if (before && sameRef(before.ref, ref)) continue;
    edits.push({ kind: 'name', name, ref, before: before?.ref ?? null, reason: 'Nom utilisé par les listes et les formules' });
  }
  return edits;
}

function sameRef(a: string, b: string): boolean {
  const canon = (s: string) => s.replace(/^=/, '').replace(/'/g, '').toLowerCase();
  return canon(a) === canon(b);
}

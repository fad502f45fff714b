/**
 * The DU's « Synthèse » sheet: live formulas over the hierarchisation table, so that it stays
 * right without the add-in. The G×F grid (coloured like the matrix), the number of risks per
 * index letter, per risk family and per work unit. Each formula's result is computed here too
 * (`syntheseCounts`), as Excel and LibreOffice compute it, and cached for readers that do not
 * recalculate.
 *
 * Ratings may be typed as text (`"3"`, `" 4 "`, `"3,0"`): the grid counts with SUMPRODUCT over
 * the same normalisation as the index formula (TRIM, then the accepted spellings), so a cell
 * showing an error or a text that is no rating is not counted, as the core's readRating reads it.
 * Family and unit counts are COUNTIF with an exact (`=`) criterion: case ignored, nothing trimmed.
 */
import { RISK_FAMILIES, familyLabel } from '../catalogue/families';
import { INDEX_LEVELS, RISK_MATRIX, type Rating, type RiskIndex } from '../catalogue/scales';
import { columnNumber, quoteSheet, toA1 } from '../workbook/address';
import { recognise } from '../workbook/recognise';
import type { Recognition, TableLocation } from '../workbook/recognition';
import { cellValue, findSheet, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../workbook/snapshot';
import { SYNTHESE_SHEET } from '../workbook/specs';
import { ACCEPTED_RATING_SPELLINGS, readRating } from '../method/rating';
import { NAME_MATRIX, sameFormula } from '../method/formulas';
import { formulaEdit, valueEdit } from './cell-edits';
import { registeredFormats, registryEntry } from './format-registry';
import type { ConditionalFormatEdit, Edit, FormulaEdit, ValidationEdit } from './plan';
import { DROPDOWN_ROWS, refreshedFormulaEdit } from './recompute';

export { SYNTHESE_SHEET };

export interface SyntheseLine {
  label: string;
  count: number;
}

export interface SyntheseCounts {
  /** grid[g - 1][f - 1]: rated risks at each crossing (the shape of hierarchy().grid). */
  grid: number[][];
  letters: Record<RiskIndex, number>;
  /** The 26 families of annex 6, in their order, with the rows naming each (as the dropdown writes it). */
  families: SyntheseLine[];
  /** The work units present in the table (as typed, case aside), in alphabetical order. */
  units: SyntheseLine[];
  /** Rows with both G and F rated. */
  rated: number;
  /** The rows the formulas cover (the table's rows and the free rows below, as the dropdowns). */
  rows: { sheet: string; first: number; last: number } | null;
}

// ---- Layout of the sheet -------------------------------------------------------------------

const GRID_HEADER_ROW = 4;
const GRID_FIRST_ROW = 5; // G4 … G1 on rows 5–8, F1 … F4 in columns B–E
const GRID_TOTAL_ROW = 9;
const LETTERS_HEADER_ROW = 11;
const LETTERS_FIRST_ROW = 12; // A … D on rows 12–15
const FAMILIES_HEADER_ROW = 17;
const FAMILIES_FIRST_ROW = 18; // 26 families on rows 18–43
const UNITS_HEADER_ROW = FAMILIES_FIRST_ROW + RISK_FAMILIES.length + 1;
const UNITS_FIRST_ROW = UNITS_HEADER_ROW + 1;
/** Columns A–F are ours: anything else we find there is cleared. */
const WIDTH = 6;

/** The grid's cell for a crossing (G4 on top). */
function gridCell(g: Rating, f: Rating): string {
  return toA1(GRID_FIRST_ROW + 4 - g, 1 + f);
}

/** The grid's area, for its colours. */
export const SYNTHESE_GRID_RANGE = `${toA1(GRID_FIRST_ROW, 2)}:${toA1(GRID_FIRST_ROW + 3, 5)}`;
const LETTERS_RANGE = `${toA1(LETTERS_FIRST_ROW, 1)}:${toA1(LETTERS_FIRST_ROW + 3, 1)}`;

// ---- Reading as the formulas do -------------------------------------------------------------

function riskTable(rec: Recognition): TableLocation | undefined {
  return rec.kind === 'document-unique' ? rec.tables.find((t) => t.table === 'risques') : undefined;
}

/** The rows a formula covers: like the dropdowns, at least DROPDOWN_ROWS below the header. */
function coveredRows(table: TableLocation): { first: number; last: number } {
  return { first: table.firstRow, last: table.firstRow + Math.max(DROPDOWN_ROWS, table.lastRow - table.firstRow + 1) - 1 };
}

/** COUNTIF's exact criterion on a cell: text equal, case ignored (no trimming). */
function countifEquals(v: CellValue, label: string): boolean {
  return typeof v === 'string' && v.toLowerCase() === label.toLowerCase();
}

/** A unit label we can count with COUNTIF: text that does not read as a number. */
function countableLabel(v: CellValue): v is string {
  return typeof v === 'string' && v.trim() !== '' && !/^\s*[-+]?[0-9]+([.,][0-9]+)?\s*$/.test(v);
}

export function syntheseCounts(snapshot: WorkbookSnapshot, recognition: Recognition = recognise(snapshot)): SyntheseCounts {
  const grid = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  const letters: Record<RiskIndex, number> = { A: 0, B: 0, C: 0, D: 0 };
  const families = RISK_FAMILIES.map((f) => ({ label: familyLabel(f), count: 0 }));
  const table = riskTable(recognition);
  const sheet = table ? findSheet(snapshot, table.sheet) : undefined;
  if (!table || !sheet) return { grid, letters, families, units: [], rated: 0, rows: null };
  const { first, last } = coveredRows(table);
  const col = (field: string) => (table.columns[field] ? columnNumber(table.columns[field]) : null);
  const [g, f, family, unit] = [col('gravite'), col('frequence'), col('famille'), col('unite')];
  const units = new Map<string, SyntheseLine>();
  let rated = 0;
  const end = Math.min(last, sheet.values.length);
  for (let row = first; row <= end; row++) {
    if (g && f) {
      const gr = readRating(cellValue(sheet, row, g));
      const fr = readRating(cellValue(sheet, row, f));
      if (gr.ok && fr.ok) {
        grid[gr.rating - 1][fr.rating - 1]++;
        letters[RISK_MATRIX[gr.rating - 1][fr.rating - 1]]++;
        rated++;
      }
    }
    if (family) {
      const v = cellValue(sheet, row, family);
      for (const line of families) if (countifEquals(v, line.label)) line.count++;
    }
    if (unit) {
      const v = cellValue(sheet, row, unit);
      if (countableLabel(v)) {
        const key = v.toLowerCase();
        const line = units.get(key);
        if (line) line.count++;
        else units.set(key, { label: v, count: 1 });
      }
    }
  }
  const sortedUnits = [...units.values()].sort((a, b) => a.label.trim().localeCompare(b.label.trim(), 'fr', { sensitivity: 'base', numeric: true }));
  return { grid, letters, families, units: sortedUnits, rated, rows: { sheet: table.sheet, first, last } };
}

// ---- The formulas ----------------------------------------------------------------------------

function columnRef(sheetName: string, column: string, first: number, last: number): string {
  return `${quoteSheet(sheetName)}!$${column}$${first}:$${column}$${last}`;
}

/** 1 where the cell reads as this rating (as the index formula reads it), 0 elsewhere, errors included. */
function isRating(range: string, rating: Rating): string {
  const spellings = ACCEPTED_RATING_SPELLINGS.filter((_, i) => (i % 4) + 1 === rating).map((s) => `"${s}"`).join(',');
  return `ISNUMBER(MATCH(TRIM(${range}&""),{${spellings}},0))`;
}

/** A string literal for a COUNTIF criterion that matches the label exactly (wildcards escaped). */
function exactCriterion(label: string): string {
  return `"=${label.replace(/[~*?]/g, '~$&').replace(/"/g, '""')}"`;
}

interface Cell {
  value: CellValue;
  formula?: string;
}

/** Every cell of the sheet, keyed by address. */
function syntheseCells(table: TableLocation, counts: SyntheseCounts): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  const put = (row: number, col: number, value: CellValue, formula?: string) => cells.set(toA1(row, col), { value, formula });
  const { first, last } = counts.rows!;
  const ref = (field: string) => columnRef(table.sheet, table.columns[field], first, last);

  put(1, 1, 'Synthèse du document unique');
  put(2, 1, `Calculée par formules sur la feuille « ${table.sheet} », lignes ${first} à ${last} : elle reste juste sans l’assistant.`);

  put(GRID_HEADER_ROW, 1, 'Gravité \\ Fréquence');
  for (let f = 1; f <= 4; f++) put(GRID_HEADER_ROW, 1 + f, `F${f}`);
  put(GRID_HEADER_ROW, 6, 'Total');
  const canRate = Boolean(table.columns.gravite && table.columns.frequence);
  for (let g = 4; g >= 1; g--) {
    const row = GRID_FIRST_ROW + 4 - g;
    put(row, 1, `G${g}`);
    for (let f = 1; f <= 4; f++) {
      const formula = canRate ? `=SUMPRODUCT(${isRating(ref('gravite'), g as Rating)}*${isRating(ref('frequence'), f as Rating)})` : undefined;
      put(row, 1 + f, counts.grid[g - 1][f - 1], formula);
    }
    put(row, 6, counts.grid[g - 1].reduce((a, b) => a + b, 0), `=SUM(${toA1(row, 2)}:${toA1(row, 5)})`);
  }
  put(GRID_TOTAL_ROW, 1, 'Total');
  for (let f = 1; f <= 6 - 1; f++) {
    const c = 1 + f;
    const total = f <= 4 ? counts.grid.reduce((a, line) => a + line[f - 1], 0) : counts.rated;
    put(GRID_TOTAL_ROW, c, total, `=SUM(${toA1(GRID_FIRST_ROW, c)}:${toA1(GRID_FIRST_ROW + 3, c)})`);
  }

  put(LETTERS_HEADER_ROW, 1, 'Indice');
  put(LETTERS_HEADER_ROW, 2, 'Nombre de risques');
  put(LETTERS_HEADER_ROW, 3, 'Signification');
  INDEX_LEVELS.forEach((level, i) => {
    const row = LETTERS_FIRST_ROW + i;
    const crossings: string[] = [];
    for (let g = 1; g <= 4; g++) for (let f = 1; f <= 4; f++) if (RISK_MATRIX[g - 1][f - 1] === level.index) crossings.push(gridCell(g as Rating, f as Rating));
    put(row, 1, level.index);
    put(row, 2, counts.letters[level.index], `=${crossings.join('+')}`);
    put(row, 3, `${level.label} : ${level.action}`);
  });

  put(FAMILIES_HEADER_ROW, 1, 'Famille de risques');
  put(FAMILIES_HEADER_ROW, 2, 'Nombre de risques');
  counts.families.forEach((line, i) => {
    put(FAMILIES_FIRST_ROW + i, 1, line.label);
    put(FAMILIES_FIRST_ROW + i, 2, line.count, table.columns.famille ? `=COUNTIF(${ref('famille')},${exactCriterion(line.label)})` : undefined);
  });

  put(UNITS_HEADER_ROW, 1, 'Unité de travail');
  put(UNITS_HEADER_ROW, 2, 'Nombre de risques');
  counts.units.forEach((line, i) => {
    put(UNITS_FIRST_ROW + i, 1, line.label);
    put(UNITS_FIRST_ROW + i, 2, line.count, `=COUNTIF(${ref('unite')},${exactCriterion(line.label)})`);
  });
  return cells;
}

// ---- Colours ---------------------------------------------------------------------------------

/** Each grid cell takes the colour of its crossing's letter, read from the matrix by its labels. */
export function gridColourFormula(letter: RiskIndex): string {
  const top = GRID_FIRST_ROW;
  return `INDEX(${NAME_MATRIX},VALUE(MID($A${top},2,1)),VALUE(MID(B$${GRID_HEADER_ROW},2,1)))="${letter}"`;
}

function colourEdits(snapshot: WorkbookSnapshot, sheet: SheetSnapshot | undefined): ConditionalFormatEdit[] {
  const registered = registeredFormats(snapshot);
  const wanted: ConditionalFormatEdit[] = [
    {
      kind: 'conditionalFormat',
      sheet: SYNTHESE_SHEET,
      range: SYNTHESE_GRID_RANGE,
      rules: INDEX_LEVELS.map((l) => ({ equals: l.index, formula: gridColourFormula(l.index), fill: l.fill, font: l.font })),
      reason: 'Couleurs de la grille G × F, comme la matrice',
    },
    {
      kind: 'conditionalFormat',
      sheet: SYNTHESE_SHEET,
      range: LETTERS_RANGE,
      rules: INDEX_LEVELS.map((l) => ({ equals: l.index, fill: l.fill, font: l.font })),
      reason: 'Couleurs de l’indice : A rouge, B orange, C jaune, D vert',
    },
  ];
  return wanted.filter((edit) => {
    if (registered.has(registryEntry(edit))) return false;
    const onRange = sheet?.conditionalFormats.filter((cf) => cf.range === edit.range) ?? [];
    const present = edit.rules.every((rule) =>
      onRange.some((cf) => cf.formulas.some((f) => (rule.formula ? sameFormula(f, rule.formula) : f.replace(/^=|"/g, '') === rule.equals))),
    );
    return !present;
  });
}

/**
 * A count's formula where it is missing or another; with `refresh`, also where it is in place but
 * shows another number (rows compile added: readers that do not recalculate see the cached result).
 * Recompute does not refresh: a host that recalculates shows the right number, and a second run
 * must plan nothing.
 */
function countEdit(snapshot: WorkbookSnapshot, cell: string, formula: string, result: CellValue, reason: string, refresh: boolean): FormulaEdit | null {
  return (refresh ? refreshedFormulaEdit : formulaEdit)(snapshot, SYNTHESE_SHEET, cell, formula, result, reason);
}

// ---- The plan --------------------------------------------------------------------------------

/**
 * The edits that add or bring up to date the Synthèse sheet of a DU (none on other workbooks, and
 * none when it already is what it must be). Its colours are pushed onto `formats`, so that the
 * caller lists them in the registry with the other dropdowns and colours.
 */
export function planSynthese(snapshot: WorkbookSnapshot, recognition: Recognition, formats: (ValidationEdit | ConditionalFormatEdit)[] = []): Edit[] {
  return syntheseEdits(snapshot, recognition, formats, false);
}

/** After compile: the counts already in place whose cached result no longer matches the table (none when the sheet is absent). */
export function staleSyntheseEdits(snapshot: WorkbookSnapshot, recognition: Recognition = recognise(snapshot)): Edit[] {
  return findSheet(snapshot, SYNTHESE_SHEET) ? syntheseEdits(snapshot, recognition, [], true) : [];
}

function syntheseEdits(snapshot: WorkbookSnapshot, recognition: Recognition, formats: (ValidationEdit | ConditionalFormatEdit)[], refresh: boolean): Edit[] {
  const table = riskTable(recognition);
  if (!table || !findSheet(snapshot, table.sheet)) return [];
  const counts = syntheseCounts(snapshot, recognition);
  const wanted = syntheseCells(table, counts);
  const existing = findSheet(snapshot, SYNTHESE_SHEET);
  const edits: Edit[] = [];
  if (!existing) edits.push({ kind: 'sheet', sheet: SYNTHESE_SHEET, visibility: 'visible', reason: 'Synthèse : grille G × F, indices, familles et unités de travail' });
  const reason = 'Synthèse (formule vivante sur la hiérarchisation)';
  const rows = Math.max(existing?.values.length ?? 0, existing?.formulas.length ?? 0, ...[...wanted.keys()].map((k) => Number(/\d+$/.exec(k)![0])));
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= WIDTH; c++) {
      const cell = toA1(r, c);
      const want = wanted.get(cell);
      if (!want) {
        // A cell of ours that the sheet no longer holds (a unit gone from the table).
        if (existing && (cellValue(existing, r, c) !== null || (existing.formulas[r - 1]?.[c - 1] ?? null) !== null)) {
          const e = valueEdit(snapshot, SYNTHESE_SHEET, cell, null, 'Synthèse mise à jour');
          if (e) edits.push(e);
        }
        continue;
      }
      const e = want.formula ? countEdit(snapshot, cell, want.formula, want.value, reason, refresh) : valueEdit(snapshot, SYNTHESE_SHEET, cell, want.value, 'Synthèse');
      if (e) edits.push(e);
    }
  }
  formats.push(...colourEdits(snapshot, existing));
  return edits;
}

/** Finding labels, header fields and tables in one sheet by their text. */
import { columnLetter, parseRange, toA1 } from './address';
import { normaliseLabel } from './labels';
import { cellFormula, cellValue, isEmptyValue, rowCount, type SheetSnapshot } from './snapshot';
import type { ColumnSpec, FieldSpec, TableSpec } from './specs';
import type { FieldLocation, TableLocation } from './recognition';

/** Rows after the last data row that must be empty before a table is taken to end. */
export const TABLE_END_GAP = 10;
/** How far right of a label its value may sit. */
const VALUE_SEARCH_WIDTH = 6;

/** Labels and titles are short: longer texts (descriptions, comments) are never compared. */
const MAX_LABEL_LENGTH = 160;

interface TextCell {
  col: number;
  norm: string;
}

/**
 * Each row's text cells, normalised once per sheet (recognition compares them many times), held
 * flat in typed arrays: row r's cells are cols/ids[start[r-1], start[r]), each id naming one of the
 * sheet's distinct normalised texts. A 50,000-row table holds 350,000 text cells but a few hundred
 * distinct texts (families, units): each is compared once, and the garbage collector has no object
 * and no array of strings to copy.
 */
class SheetTexts {
  readonly height: number;
  readonly start: Int32Array;
  readonly cols: Int32Array;
  readonly ids: Int32Array;
  /** The distinct normalised texts, by id. */
  readonly distinct: string[] = [];

  constructor(sheet: SheetSnapshot) {
    this.height = sheet.values.length;
    this.start = new Int32Array(this.height + 1);
    let cells = 0;
    for (let r = 0; r < this.height; r++) cells += sheet.values[r].length;
    this.cols = new Int32Array(cells);
    this.ids = new Int32Array(cells);
    // A cell's text → its id (-1: no label there). Texts repeat: each is normalised once, and
    // looked up by itself afterwards (half the cost of asking normaliseLabel's memo again, measured
    // on a 50,000-row census).
    const idOfText = new Map<string, number>();
    const idOfNorm = new Map<string, number>();
    let n = 0;
    sheet.values.forEach((line, r) => {
      for (let c = 0; c < line.length; c++) {
        const v = line[c];
        if (typeof v !== 'string') continue;
        let id = idOfText.get(v);
        if (id === undefined) {
          const norm = v.length > MAX_LABEL_LENGTH ? '' : normaliseLabel(v);
          id = !norm ? -1 : idOfNorm.get(norm);
          if (id === undefined) idOfNorm.set(norm, (id = this.distinct.push(norm) - 1));
          idOfText.set(v, id);
        }
        if (id < 0) continue;
        this.cols[n] = c + 1;
        this.ids[n++] = id;
      }
      this.start[r + 1] = n;
    });
  }

  /** The normalised text of cell i (an index into cols and ids). */
  norm(i: number): string {
    return this.distinct[this.ids[i]];
  }

  /** How many text cells row `row` (1-based) holds. */
  count(row: number): number {
    return row < 1 || row > this.height ? 0 : this.start[row] - this.start[row - 1];
  }

  /** The text cells of row `row` (1-based), left to right. */
  row(row: number): TextCell[] {
    const cells: TextCell[] = [];
    if (row < 1 || row > this.height) return cells;
    for (let i = this.start[row - 1]; i < this.start[row]; i++) cells.push({ col: this.cols[i], norm: this.norm(i) });
    return cells;
  }

  private totals: Int8Array | null = null;

  /** Whether cell i's text opens a totals row (`Total*`, `Totaux`, `Total des effectifs =`), decided once per distinct text. */
  isTotal(i: number): boolean {
    const totals = (this.totals ??= new Int8Array(this.distinct.length));
    const id = this.ids[i];
    if (totals[id] === 0) totals[id] = /^tota(l|ux)\b/.test(this.distinct[id]) ? 1 : -1;
    return totals[id] === 1;
  }
}

const textIndex = new WeakMap<SheetSnapshot, SheetTexts>();

function textsByRow(sheet: SheetSnapshot): SheetTexts {
  let index = textIndex.get(sheet);
  if (!index) textIndex.set(sheet, (index = new SheetTexts(sheet)));
  return index;
}

/**
 * For each row, which required columns one of its texts names (bit k for required[k]): each
 * distinct text is compared once, instead of every cell of a 50,000-row table once per table spec.
 * Null when some required column is named nowhere on the sheet.
 */
function requiredMasks(texts: SheetTexts, required: ColumnSpec[], height: number): Int32Array | null {
  const bitsOf = new Int32Array(texts.distinct.length);
  let named = 0;
  texts.distinct.forEach((norm, id) => {
    required.forEach((column, k) => {
      if (strength(norm, column) > 0) bitsOf[id] |= 1 << k;
    });
    named |= bitsOf[id];
  });
  // A required column no text of the sheet names: no header anywhere (the usual answer, as every
  // table of every kind is looked for on every sheet), decided without reading the rows.
  if (named !== (1 << required.length) - 1) return null;
  const masks = new Int32Array(height + 2);
  for (let row = 1; row <= texts.height; row++) {
    for (let i = texts.start[row - 1]; i < texts.start[row]; i++) masks[row] |= bitsOf[texts.ids[i]];
  }
  return masks;
}

const normalisedLabels = new WeakMap<object, string[]>();
function labelsOf(spec: object, labels: string[]): string[] {
  let out = normalisedLabels.get(spec);
  if (!out) normalisedLabels.set(spec, (out = labels.map(normaliseLabel)));
  return out;
}

function specMatches(cell: string, spec: FieldSpec): boolean {
  return labelsOf(spec, spec.labels).some((wanted) => {
    switch (spec.match ?? 'exact') {
      case 'exact':
        return cell === wanted;
      case 'prefix':
        return cell === wanted || cell.startsWith(wanted + ' ');
      case 'contains':
        return (' ' + cell + ' ').includes(' ' + wanted + ' ');
    }
  });
}

export function labelMatchesSpec(text: string, spec: FieldSpec): boolean {
  const cell = normaliseLabel(text);
  return cell !== '' && specMatches(cell, spec);
}

const exactLabels = new WeakMap<ColumnSpec, string[]>();

const strengthMemo = new WeakMap<ColumnSpec, Map<string, number>>();

/** Data cells repeat (families, units): each text is compared with a column's titles once. */
function strength(cell: string, column: ColumnSpec): number {
  let memo = strengthMemo.get(column);
  if (!memo) strengthMemo.set(column, (memo = new Map()));
  let known = memo.get(cell);
  if (known === undefined) {
    if (memo.size > 50_000) memo.clear();
    memo.set(cell, (known = computeStrength(cell, column)));
  }
  return known;
}

function computeStrength(cell: string, column: ColumnSpec): number {
  let best = 0;
  let exact = exactLabels.get(column);
  if (!exact) exactLabels.set(column, (exact = (column.exact ?? []).map(normaliseLabel)));
  for (const wanted of exact) if (cell === wanted) best = Math.max(best, cell.length);
  for (const wanted of labelsOf(column, column.labels)) {
    if (cell === wanted || cell.startsWith(wanted + ' ')) best = Math.max(best, wanted.length);
  }
  return best;
}

/** How well a header cell's text names a column: the length of the matched label, 0 when none. */
export function columnMatchStrength(text: string, column: ColumnSpec): number {
  const cell = normaliseLabel(text);
  return cell ? strength(cell, column) : 0;
}

function isFilled(sheet: SheetSnapshot, row: number, col: number): boolean {
  return !isEmptyValue(cellValue(sheet, row, col)) || cellFormula(sheet, row, col) !== null;
}

/** Whether one of the columns `cols` is filled on `row` (each row of a 50,000-row table is asked). */
function anyFilled(sheet: SheetSnapshot, row: number, cols: number[]): boolean {
  const values = sheet.values[row - 1];
  const formulas = sheet.formulas[row - 1];
  if (!values && !formulas) return false;
  for (let k = 0; k < cols.length; k++) {
    const c = cols[k] - 1;
    if (!isEmptyValue(values?.[c]) || (formulas?.[c] ?? null) !== null) return true;
  }
  return false;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergeAt(sheet: SheetSnapshot, row: number, col: number): Box | null {
  for (const m of sheet.merges) {
    const r = parseRange(m);
    if (row >= r.start.row && row <= r.end.row && col >= r.start.col && col <= r.end.col) {
      return { top: r.start.row, left: r.start.col, bottom: r.end.row, right: r.end.col };
    }
  }
  return null;
}

function findTableColumns(cells: TextCell[], spec: TableSpec): Map<string, number> {
  const found = new Map<string, number>();
  for (const { col, norm } of cells) {
    let bestField: string | null = null;
    let bestStrength = 0;
    for (const column of spec.columns) {
      const st = strength(norm, column);
      if (st > bestStrength) {
        bestStrength = st;
        bestField = column.field;
      }
    }
    if (bestField && !found.has(bestField)) found.set(bestField, col);
  }
  return found;
}

/** Finds a table by its header row: the row naming the most columns, all required ones among them. */
export function findTable(sheet: SheetSnapshot, spec: TableSpec): TableLocation | null {
  let best: { row: number; columns: Map<string, number> } | null = null;
  const height = rowCount(sheet);
  const texts = textsByRow(sheet);
  const required = spec.columns.filter((c) => spec.required.includes(c.field));
  const masks = requiredMasks(texts, required, height);
  if (!masks) return null;
  // One bit per required column (a table requires a handful, far under 31).
  const all = (1 << required.length) - 1;
  const namesAll = (bits: number) => bits === all;
  for (let row = 1; row <= height; row++) {
    // Cheap rejection first: a header row names every required column.
    if (texts.count(row) < required.length || !namesAll(masks[row])) continue;
    const columns = findTableColumns(texts.row(row), spec);
    if (!spec.required.every((f) => columns.has(f))) continue;
    if (!best || columns.size > best.columns.size) best = { row, columns };
  }
  // A header written on two rows (titles over sub-titles): the lower row completes the upper one.
  if (!best) {
    for (let row = 1; row < height; row++) {
      if (texts.count(row) === 0 || texts.count(row + 1) === 0) continue;
      if (!namesAll(masks[row] | masks[row + 1])) continue;
      const columns = findTableColumns(texts.row(row), spec);
      for (const [field, col] of findTableColumns(texts.row(row + 1), spec)) if (!columns.has(field)) columns.set(field, col);
      if (!spec.required.every((f) => columns.has(f))) continue;
      if (!best || columns.size > best.columns.size) best = { row: row + 1, columns };
    }
  }
  if (!best) return null;
  const cols = [...best.columns.values()];
  // Sub-titles under the header (`(Risques liés à/aux…)`, `G`, `F`) belong to the header.
  while (best.row < height && isSubHeader(sheet, best.row + 1, cols, spec)) best.row++;
  const firstRow = best.row + 1;
  let lastRow = best.row;
  let gap = 0;
  for (let row = firstRow; row <= height && gap < TABLE_END_GAP; row++) {
    // A totals row closes the table (`Total*`, `Totaux`, `Total des effectifs =`).
    if (closesTable(texts, row, cols)) break;
    if (anyFilled(sheet, row, cols)) {
      lastRow = row;
      gap = 0;
    } else gap++;
  }
  const columns: Record<string, string> = {};
  for (const [field, col] of best.columns) columns[field] = columnLetter(col);
  return { sheet: sheet.name, table: spec.table, headerRow: best.row, firstRow, lastRow, columns };
}

/** A totals row (`Total*`, `Totaux`, `Total des effectifs =`) in one of the table's columns. */
function closesTable(texts: SheetTexts, row: number, cols: number[]): boolean {
  if (row < 1 || row > texts.height) return false;
  for (let i = texts.start[row - 1]; i < texts.start[row]; i++) {
    if (texts.isTotal(i) && cols.includes(texts.cols[i])) return true;
  }
  return false;
}

function isSubHeader(sheet: SheetSnapshot, row: number, cols: number[], spec: TableSpec): boolean {
  let texts = 0;
  for (const c of cols) {
    const v = cellValue(sheet, row, c);
    if (isEmptyValue(v)) continue;
    if (typeof v !== 'string' || cellFormula(sheet, row, c) !== null) return false;
    const norm = normaliseLabel(v);
    if (!v.trim().startsWith('(') && !spec.columns.some((column) => strength(norm, column) > 0)) return false;
    texts++;
  }
  return texts > 0;
}

/** A value cell that still shows the template's placeholder (a field with no label of its own). */
function placeholderCell(texts: SheetTexts, placeholders: string[], tables: readonly TableLocation[]): string | null {
  const wanted = placeholders.map(normaliseLabel);
  for (let row = rowOutside(1, tables); row <= texts.height; row = rowOutside(row + 1, tables)) {
    const hit = texts.row(row).find((t) => wanted.some((w) => t.norm === w || t.norm.startsWith(w + ' ')));
    if (hit) return toA1(row, hit.col);
  }
  return null;
}

/** Whether a cell lies inside one of the tables found on the sheet (header and data rows). */
function inTables(row: number, tables: readonly TableLocation[]): boolean {
  return tableAt(row, tables) !== undefined;
}

function tableAt(row: number, tables: readonly TableLocation[]): TableLocation | undefined {
  return tables.find((t) => row >= t.headerRow && row <= t.lastRow);
}

/** The first row from `row` on that lies in no table (a 50,000-row table is stepped over at once). */
function rowOutside(row: number, tables: readonly TableLocation[]): number {
  for (let t = tableAt(row, tables); t; t = tableAt(row, tables)) row = t.lastRow + 1;
  return row;
}

/**
 * Finds header fields by their labels. The value is the first filled cell to the right of the
 * label (past its merge) that is not itself a label, else the filled cell below, else the cell
 * just right of the label.
 */
export function findFields(sheet: SheetSnapshot, specs: readonly FieldSpec[], tables: readonly TableLocation[]): FieldLocation[] {
  const labelCells = new Map<string, { row: number; col: number }>();
  const isLabel = new Set<string>();
  const texts = textsByRow(sheet);
  for (let row = rowOutside(1, tables); row <= texts.height; row = rowOutside(row + 1, tables)) {
    for (const { col, norm } of texts.row(row)) {
      for (const spec of specs) {
        if (!specMatches(norm, spec)) continue;
        isLabel.add(`${row}:${col}`);
        if (!labelCells.has(spec.field)) labelCells.set(spec.field, { row, col });
      }
    }
  }
  const fields: FieldLocation[] = [];
  for (const spec of specs) {
    const at = labelCells.get(spec.field);
    if (!at) {
      const self = spec.placeholders ? placeholderCell(texts, spec.placeholders, tables) : null;
      if (self) fields.push({ sheet: sheet.name, field: spec.field, labelCell: self, valueCell: self });
      continue;
    }
    const box = mergeAt(sheet, at.row, at.col) ?? { top: at.row, left: at.col, bottom: at.row, right: at.col };
    let value: { row: number; col: number } | null = null;
    for (let col = box.right + 1; col <= box.right + VALUE_SEARCH_WIDTH; col++) {
      if (isLabel.has(`${at.row}:${col}`)) break;
      if (isFilled(sheet, at.row, col)) {
        value = { row: at.row, col };
        break;
      }
    }
    if (!value) {
      const below = box.bottom + 1;
      if (!isLabel.has(`${below}:${at.col}`) && isFilled(sheet, below, at.col) && !inTables(below, tables)) {
        value = { row: below, col: at.col };
      }
    }
    value ??= { row: at.row, col: box.right + 1 };
    fields.push({ sheet: sheet.name, field: spec.field, labelCell: toA1(at.row, at.col), valueCell: toA1(value.row, value.col) });
  }
  return fields;
}

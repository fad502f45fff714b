/**
 * Residual risk: the risk once the planned measures are in place. Three optional columns of the
 * census grid and the hierarchisation — `Gravité résiduelle`, `Fréquence résiduelle`, `Indice
 * résiduel` — whose index is a live formula like the index (same builder, same matrix). The rank
 * stays on the current index.
 */
import { columnNumber, toA1 } from '../workbook/address';
import { recognise } from '../workbook/recognise';
import type { Recognition, TableLocation } from '../workbook/recognition';
import { contentRows } from '../workbook/rows';
import { cellValue, findSheet, isEmptyValue, type SheetSnapshot, type WorkbookSnapshot } from '../workbook/snapshot';
import { indexFormula } from '../method/formulas';
import { readRating } from '../method/rating';
import { riskIndexOfCells } from '../method/risk-index';
import { applyPlanToSnapshot } from './apply-to-snapshot';
import { formulaEdit, valueEdit } from './cell-edits';
import { registeredFormats } from './format-registry';
import type { ConditionalFormatEdit, Edit, Plan, PlanWarning, ValidationEdit, ValueEdit } from './plan';
import { columnRange, indexColourEdit, planRecompute, refreshedFormulaEdit, TEMPLATE_ROWS } from './recompute';

/** The three columns, in the order `recompute --residuel` adds them, with their exact titles. */
export const RESIDUAL_FIELDS: readonly { field: 'graviteResiduelle' | 'frequenceResiduelle' | 'indiceResiduel'; title: string }[] = [
  { field: 'graviteResiduelle', title: 'Gravité résiduelle' },
  { field: 'frequenceResiduelle', title: 'Fréquence résiduelle' },
  { field: 'indiceResiduel', title: 'Indice résiduel' },
];

function riskTables(rec: Recognition): TableLocation[] {
  return rec.kind === 'recensement' || rec.kind === 'document-unique' ? rec.tables.filter((t) => t.table === 'risques') : [];
}

function col(table: TableLocation, field: string): number | null {
  return table.columns[field] ? columnNumber(table.columns[field]) : null;
}

/** The residual index of each row as a live formula over the residual G and F (template rows included). */
function residualIndexEdits(snapshot: WorkbookSnapshot, sheet: SheetSnapshot, table: TableLocation, refresh = false): Edit[] {
  const [g, f, idx] = [col(table, 'graviteResiduelle'), col(table, 'frequenceResiduelle'), col(table, 'indiceResiduel')];
  if (!g || !f || !idx) return [];
  const edits: Edit[] = [];
  const last = Math.max(table.lastRow, table.firstRow + TEMPLATE_ROWS - 1);
  for (let row = table.firstRow; row <= last; row++) {
    const result = riskIndexOfCells(cellValue(sheet, row, g), cellValue(sheet, row, f)) ?? '';
    const cell = toA1(row, idx);
    const formula = indexFormula(toA1(row, g), toA1(row, f));
    const reason = 'Indice résiduel : matrice G × F résiduelles';
    // With `refresh` (after compile), also in place but showing another letter.
    const e = (refresh ? refreshedFormulaEdit : formulaEdit)(snapshot, sheet.name, cell, formula, result, reason);
    if (e) edits.push(e);
  }
  return edits;
}

/**
 * What recompute does for the residual columns where a table has them: the residual index
 * formulas (returned) and its colours (pushed onto `formats`, listed in the registry by the
 * caller). The dropdowns on the two residual ratings are recompute's, like G and F.
 */
export function planResidual(snapshot: WorkbookSnapshot, recognition: Recognition, formats: (ValidationEdit | ConditionalFormatEdit)[] = []): Edit[] {
  const edits: Edit[] = [];
  const registered = registeredFormats(snapshot);
  for (const table of riskTables(recognition)) {
    const sheet = findSheet(snapshot, table.sheet);
    if (!sheet) continue;
    edits.push(...residualIndexEdits(snapshot, sheet, table));
    const range = columnRange(table, 'indiceResiduel');
    const colours = range && indexColourEdit(sheet, range, 'Couleurs de l’indice résiduel : A rouge, B orange, C jaune, D vert', registered);
    if (colours) formats.push(colours);
  }
  return edits;
}

/** After compile: residual indices in place whose cached letter no longer matches the residual ratings. */
export function staleResidualEdits(snapshot: WorkbookSnapshot, recognition: Recognition = recognise(snapshot)): Edit[] {
  return riskTables(recognition).flatMap((table) => {
    const sheet = findSheet(snapshot, table.sheet);
    return sheet ? residualIndexEdits(snapshot, sheet, table, true) : [];
  });
}

/** The first free column at the right of the table's header (its recognised columns and any titled neighbour). */
function rightOfTable(sheet: SheetSnapshot, table: TableLocation, headerRow: number): number {
  let last = Math.max(...Object.values(table.columns).map(columnNumber));
  while (!isEmptyValue(cellValue(sheet, headerRow, last + 1))) last++;
  return last + 1;
}

function headerEdits(snapshot: WorkbookSnapshot, table: TableLocation, headerRow: number): Edit[] {
  const sheet = findSheet(snapshot, table.sheet)!;
  const missing = RESIDUAL_FIELDS.filter((r) => !table.columns[r.field]);
  const at = rightOfTable(sheet, table, headerRow);
  return missing
    .map((r, i) => valueEdit(snapshot, sheet.name, toA1(headerRow, at + i), r.title, `Colonne « ${r.title} » ajoutée (risque résiduel)`))
    .filter((e): e is ValueEdit => e !== null);
}

/**
 * `recompute --residuel`: adds the residual columns at the right of each risk table where they
 * are missing (their titles), then recomputes — which writes the residual index formulas and the
 * dropdowns. Once they are there, it is the plain recompute (a second run plans nothing).
 */
export function planAddResidual(snapshot: WorkbookSnapshot, recognition: Recognition = recognise(snapshot)): Plan {
  let headers: Edit[] = [];
  for (const table of riskTables(recognition)) {
    if (RESIDUAL_FIELDS.every((r) => table.columns[r.field])) continue;
    // The titles go on the header row, or the row above when the header is written on two rows
    // and recognition would not read them on the lower one.
    for (let row = table.headerRow; row >= Math.max(1, table.headerRow - 2); row--) {
      const candidate = headerEdits(snapshot, table, row);
      const after = recognise(applyPlanToSnapshot(snapshot, { command: 'recompute', edits: [...headers, ...candidate] }));
      const found = after.tables.find((t) => t.sheet === table.sheet && t.table === table.table);
      if (found && RESIDUAL_FIELDS.every((r) => found.columns[r.field])) {
        headers = [...headers, ...candidate];
        break;
      }
    }
  }
  if (headers.length === 0) return planRecompute(snapshot, recognition);
  const withHeaders = applyPlanToSnapshot(snapshot, { command: 'recompute', edits: headers });
  return { command: 'recompute', edits: [...headers, ...planRecompute(withHeaders).edits] };
}

/**
 * Compile into a DU without the residual columns: the censuses' residual ratings cannot be carried.
 * One warning per census that has some (on its first one), saying how to add the columns.
 */
export function residualNotCarried(censuses: readonly { name: string; snapshot: WorkbookSnapshot; recognition?: Recognition }[], du: Recognition): PlanWarning[] {
  const duTable = du.tables.find((t) => t.table === 'risques');
  if (duTable && duTable.columns.graviteResiduelle && duTable.columns.frequenceResiduelle) return [];
  return censuses.flatMap((c) => {
    const table = (c.recognition ?? recognise(c.snapshot)).tables.find((t) => t.table === 'risques');
    const sheet = table ? findSheet(c.snapshot, table.sheet) : undefined;
    if (!table || !sheet) return [];
    for (const r of contentRows(sheet, table)) {
      const field = (['graviteResiduelle', 'frequenceResiduelle'] as const).find((f) => table.columns[f] && !isEmptyValue(r.cells[f]));
      if (!field) continue;
      return [{
        file: c.name,
        sheet: sheet.name,
        cell: toA1(r.row, columnNumber(table.columns[field])),
        message: 'Notes résiduelles non reprises : le document unique n’a pas les colonnes « Gravité résiduelle » et « Fréquence résiduelle » (ajoutez-les avec « duerp recompute --residuel » avant de compiler).',
      }];
    }
    return [];
  });
}

/** For the pane: rated risks at each crossing of the residual G and F, grid[g - 1][f - 1] (the shape of hierarchy().grid). */
export function residualGrid(snapshot: WorkbookSnapshot, recognition: Recognition = recognise(snapshot)): number[][] {
  const grid = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  const table = recognition.tables.find((t) => t.table === 'risques');
  const sheet = table ? findSheet(snapshot, table.sheet) : undefined;
  if (!table || !sheet || !table.columns.graviteResiduelle || !table.columns.frequenceResiduelle) return grid;
  for (const r of contentRows(sheet, table)) {
    const g = readRating(r.cells.graviteResiduelle ?? null);
    const f = readRating(r.cells.frequenceResiduelle ?? null);
    if (g.ok && f.ok) grid[g.rating - 1][f.rating - 1]++;
  }
  return grid;
}

/** Whether a workbook's risk table carries the residual columns (all three). */
export function hasResidualColumns(recognition: Recognition): boolean {
  const table = recognition.tables.find((t) => t.table === 'risques');
  return Boolean(table && RESIDUAL_FIELDS.every((r) => table.columns[r.field]));
}

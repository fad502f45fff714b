/**
 * Recompute: live index formulas on the risk rows, the DU's automatic rank, dropdowns fed by the
 * catalogue sheet, and colours on the index letters. Only derived cells are written.
 */
import { INDEX_LEVELS } from '../catalogue/scales';
import { columnNumber, parseRange, toA1 } from '../workbook/address';
import { fieldOn, recognise, sheetWithRole } from '../workbook/recognise';
import type { Recognition, TableLocation } from '../workbook/recognition';
import { cellValue, findSheet, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../workbook/snapshot';
import { rowHasContent } from '../workbook/rows';
import { indexFormula } from '../method/formulas';
import { rankRisks, type RankableRisk } from '../method/rank';
import { readRating } from '../method/rating';
import { riskIndexOfCells } from '../method/risk-index';
import { readCount } from '../method/numbers';
import { NAME_ACTION_TYPES, NAME_DIRECTIONS, NAME_FAMILIES, NAME_SCALE, NAME_UNITS, planCatalogue } from './catalogue-sheet';
import { cellState, formulaEdit, formulaEditAt, valueEdit } from './cell-edits';
import { registeredFormats, registryEdits, registryEntry } from './format-registry';
import { workbookDirection } from './direction';
import type { ConditionalFormatEdit, Edit, FormulaEdit, Plan, ValidationEdit, ValueEdit } from './plan';
import { planResidual } from './residual';
import { planSynthese } from './synthese';
import { planConsultationRecord } from './consultation-record';

/** Template rows that get formulas and dropdowns even when empty, so people can fill them in. */
export const TEMPLATE_ROWS = 30;
/** Rows covered by dropdowns below a table's header. */
export const DROPDOWN_ROWS = 500;


function col(table: TableLocation, field: string): number | null {
  return table.columns[field] ? columnNumber(table.columns[field]) : null;
}

function indexEdits(sheet: SheetSnapshot, table: TableLocation): Edit[] {
  const [g, f, idx] = [col(table, 'gravite'), col(table, 'frequence'), col(table, 'indice')];
  if (!g || !f || !idx) return [];
  const edits: Edit[] = [];
  const last = Math.max(table.lastRow, table.firstRow + TEMPLATE_ROWS - 1);
  for (let row = table.firstRow; row <= last; row++) {
    const result = riskIndexOfCells(cellValue(sheet, row, g), cellValue(sheet, row, f)) ?? '';
    const e = formulaEditAt(sheet, row, idx, toA1(row, idx), indexFormula(toA1(row, g), toA1(row, f)), result, 'Indice de risque : matrice G × F');
    if (e) edits.push(e);
  }
  return edits;
}

/** The DU's Hiérarchisation column: the automatic rank of each rated risk, empty for the others. */
function rankEdits(snapshot: WorkbookSnapshot, sheet: SheetSnapshot, table: TableLocation): Edit[] {
  const [g, f, rank, agents] = [col(table, 'gravite'), col(table, 'frequence'), col(table, 'rang'), col(table, 'agents')];
  if (!g || !f || !rank) return [];
  const risks: RankableRisk[] = [];
  const rows: number[] = [];
  for (let row = table.firstRow; row <= table.lastRow; row++) {
    if (!rowHasContent(sheet, table, row)) continue;
    rows.push(row);
    const gr = readRating(cellValue(sheet, row, g));
    const fr = readRating(cellValue(sheet, row, f));
    if (gr.ok && fr.ok) {
      risks.push({ order: row, gravity: gr.rating, frequency: fr.rating, agents: agents ? readCount(cellValue(sheet, row, agents)) : null });
    }
  }
  const ranks = rankRisks(risks);
  return rows
    .map((row) => valueEdit(snapshot, sheet.name, toA1(row, rank), ranks.get(row) ?? null, 'Hiérarchisation automatique (indice, G × F, G, agents exposés)'))
    .filter((e): e is ValueEdit => e !== null);
}

function covers(existingRange: string, target: string): boolean {
  const t = parseRange(target);
  return existingRange.split(/\s+/).some((area) => {
    const r = parseRange(area);
    return r.start.row <= t.start.row && r.end.row >= t.end.row && r.start.col <= t.start.col && r.end.col >= t.end.col;
  });
}

function validationEdit(sheet: SheetSnapshot, range: string, name: string, reason: string, registered: Set<string>): ValidationEdit | null {
  const edit: ValidationEdit = { kind: 'validation', sheet: sheet.name, range, list: `=${name}`, reason };
  const present =
    registered.has(registryEntry(edit)) ||
    sheet.validations.some((v) => v.type === 'list' && v.formula1.replace(/^=/, '').toLowerCase() === name.toLowerCase() && covers(v.range, range));
  return present ? null : edit;
}

/**
 * A formula edit as formulaEdit plans it, and also where the formula is already in place but its
 * shown (cached) result is stale: rewritten, in its own spelling, with its result. For compile and
 * programme, whose carried values change what formulas in place compute (readers that do not
 * recalculate, and `duerp check`, read the cached result); recompute itself does not refresh, so
 * that a second run plans nothing.
 */
export function refreshedFormulaEdit(snapshot: WorkbookSnapshot, sheet: string, cell: string, formula: string, result: CellValue, reason: string): FormulaEdit | null {
  const fresh = formulaEdit(snapshot, sheet, cell, formula, result, reason);
  if (fresh) return fresh;
  const before = cellState(snapshot, sheet, cell);
  const same = (before.value === null || before.value === '' ? '' : before.value) === (result === null ? '' : result);
  return same ? null : { kind: 'formula', sheet, cell, before: before.value, beforeFormula: before.formula, formula: before.formula ?? formula, result, reason };
}

/** A table column from its first row down to the dropdown depth (or the table's end, if lower). */
export function columnRange(table: TableLocation, field: string): string | null {
  const c = col(table, field);
  return c ? `${toA1(table.firstRow, c)}:${toA1(table.firstRow + Math.max(DROPDOWN_ROWS, table.lastRow - table.firstRow + 1) - 1, c)}` : null;
}

const TABLE_DROPDOWNS: [field: string, name: string, what: string][] = [
  ['famille', NAME_FAMILIES, 'Liste des 26 familles de risques'],
  ['unite', NAME_UNITS, 'Liste des unités de travail'],
  ['gravite', NAME_SCALE, 'Gravité de 1 à 4'],
  ['frequence', NAME_SCALE, 'Fréquence de 1 à 4'],
  ['graviteResiduelle', NAME_SCALE, 'Gravité résiduelle de 1 à 4'],
  ['frequenceResiduelle', NAME_SCALE, 'Fréquence résiduelle de 1 à 4'],
  ['typeAction', NAME_ACTION_TYPES, "Types d'action"],
];

function dropdownEdits(snapshot: WorkbookSnapshot, rec: Recognition): ValidationEdit[] {
  const registered = registeredFormats(snapshot);
  const edits: (ValidationEdit | null)[] = [];
  for (const table of rec.tables) {
    const sheet = findSheet(snapshot, table.sheet)!;
    for (const [field, name, reason] of TABLE_DROPDOWNS) {
      const range = columnRange(table, field);
      if (range) edits.push(validationEdit(sheet, range, name, reason, registered));
    }
  }
  for (const role of ['informations', 'identification'] as const) {
    const sheetName = sheetWithRole(rec, role);
    const loc = fieldOn(rec, sheetName, 'direction');
    const sheet = sheetName ? findSheet(snapshot, sheetName) : undefined;
    if (loc && sheet) edits.push(validationEdit(sheet, loc.valueCell, NAME_DIRECTIONS, 'Liste des directions générales', registered));
  }
  return edits.filter((e): e is ValidationEdit => e !== null);
}

/** The A/B/C/D colours on an index column's range, unless the sheet or the registry already has them. */
export function indexColourEdit(sheet: SheetSnapshot, range: string, reason: string, registered: Set<string>): ConditionalFormatEdit | null {
  const onRange = sheet.conditionalFormats.filter((cf) => cf.range === range);
  const present = INDEX_LEVELS.every((l) => onRange.some((cf) => cf.formulas.some((f) => f.replace(/^=|"/g, '') === l.index)));
  const edit: ConditionalFormatEdit = {
    kind: 'conditionalFormat',
    sheet: sheet.name,
    range,
    rules: INDEX_LEVELS.map((l) => ({ equals: l.index, fill: l.fill, font: l.font })),
    reason,
  };
  return present || registered.has(registryEntry(edit)) ? null : edit;
}

function colourEdits(snapshot: WorkbookSnapshot, rec: Recognition): ConditionalFormatEdit[] {
  const registered = registeredFormats(snapshot);
  const edits: ConditionalFormatEdit[] = [];
  for (const table of rec.tables) {
    const range = columnRange(table, 'indice');
    if (!range) continue;
    const edit = indexColourEdit(findSheet(snapshot, table.sheet)!, range, 'Couleurs de l’indice : A rouge, B orange, C jaune, D vert', registered);
    if (edit) edits.push(edit);
  }
  return edits;
}

export function planRecompute(snapshot: WorkbookSnapshot, recognition: Recognition = recognise(snapshot)): Plan {
  if (recognition.kind === 'inconnu') return { command: 'recompute', edits: [] };
  const edits: Edit[] = [...planCatalogue(snapshot, workbookDirection(snapshot, recognition))];
  for (const table of recognition.tables.filter((t) => t.table === 'risques')) {
    const sheet = findSheet(snapshot, table.sheet)!;
    edits.push(...indexEdits(sheet, table));
    if (recognition.kind === 'document-unique') edits.push(...rankEdits(snapshot, sheet, table));
  }
  const formats = [...dropdownEdits(snapshot, recognition), ...colourEdits(snapshot, recognition)];
  // Residual index formulas and the DU's Synthèse sheet (their colours join `formats`, hence the registry).
  edits.push(...planResidual(snapshot, recognition, formats), ...planSynthese(snapshot, recognition, formats));
  edits.push(...formats, ...registryEdits(snapshot, formats));
  // The DU's consultation record, mirrored in the custom document properties.
  edits.push(...planConsultationRecord(snapshot, recognition));
  return { command: 'recompute', edits };
}

/**
 * Repair: every `#REF!` field of the templates gets a working formula. Header fields link to the
 * information sheet, per-row Site to the analysed service, per-row index to G and F, DU titles to
 * the identification sheet. A field with nothing to point at becomes empty. Other error formulas
 * are left for the check to report: we do not guess.
 */
import { absoluteRef, columnNumber, parseA1, toA1 } from '../workbook/address';
import { fieldOn, recognise, sheetWithRole } from '../workbook/recognise';
import type { Recognition, SheetRole, TableLocation } from '../workbook/recognition';
import { readField } from '../workbook/fields';
import { cellFormula, cellValue, findSheet, isCellError, isEmptyValue, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../workbook/snapshot';
import { NAME_MATRIX, indexFormula, joinFormula, linkFormula } from '../method/formulas';
import { planCatalogue } from './catalogue-sheet';
import { workbookDirection } from './direction';
import { riskIndexOfCells } from '../method/risk-index';
import { cellState, formulaEdit, linkedResult, valueEdit } from './cell-edits';
import { FIELD_LINKS, TITLED_ROLES, TITLE_FIELDS } from './links';
import type { Edit, Plan } from './plan';

const isBroken = (v: CellValue) => isCellError(v) && v.error === '#REF!';

interface Source {
  ref: string;
  value: CellValue;
}

function fieldSource(snapshot: WorkbookSnapshot, rec: Recognition, role: SheetRole, field: string): Source | null {
  const f = readField(snapshot, rec, role, field);
  return f && { ref: absoluteRef(f.sheet, f.row, f.col), value: f.value };
}

function repairHeaderFields(snapshot: WorkbookSnapshot, rec: Recognition): Edit[] {
  if (rec.kind === 'inconnu') return [];
  const edits: (Edit | null)[] = [];
  for (const link of FIELD_LINKS[rec.kind]) {
    const sheet = sheetWithRole(rec, link.role);
    const loc = fieldOn(rec, sheet, link.field);
    if (!sheet || !loc) continue;
    const state = cellState(snapshot, sheet, loc.valueCell);
    const broken = isBroken(state.value);
    const blank = isEmptyValue(state.value) && state.formula === null;
    if (!broken && !blank) continue;
    const source = link.source ? fieldSource(snapshot, rec, link.source.role, link.source.field) : null;
    if (source) {
      edits.push(formulaEdit(snapshot, sheet, loc.valueCell, linkFormula(source.ref), linkedResult(source.value), broken
        ? 'Champ en #REF! : relié de nouveau à sa source'
        : 'Champ vide : relié à sa source'));
    } else if (broken) {
      edits.push(valueEdit(snapshot, sheet, loc.valueCell, null, 'Champ en #REF! sans source dans le classeur : vidé'));
    }
  }
  return edits.filter((e): e is Edit => e !== null);
}

function textOf(v: CellValue): string {
  if (v === null || isCellError(v)) return '';
  return String(v);
}

/** Titles of Statistiques and AT-MP: the first `#REF!` formula above everything recognised on the sheet. */
function repairTitles(snapshot: WorkbookSnapshot, rec: Recognition): Edit[] {
  if (rec.kind !== 'document-unique') return [];
  const sources = TITLE_FIELDS.map((f) => fieldSource(snapshot, rec, 'identification', f)).filter((s): s is Source => s !== null);
  const edits: Edit[] = [];
  for (const role of TITLED_ROLES) {
    const name = sheetWithRole(rec, role);
    const sheet = name ? findSheet(snapshot, name) : undefined;
    if (!sheet) continue;
    const firstKnownRow = Math.min(
      ...rec.fields.filter((f) => f.sheet === sheet.name).map((f) => parseA1(f.labelCell).row),
      ...rec.tables.filter((t) => t.sheet === sheet.name).map((t) => t.headerRow),
    );
    const title = firstBrokenFormula(sheet, Number.isFinite(firstKnownRow) ? firstKnownRow - 1 : sheet.values.length);
    if (!title) continue;
    const formula = sources.length ? joinFormula(sources.map((s) => s.ref)) : null;
    const edit = formula
      ? formulaEdit(snapshot, sheet.name, title, formula, sources.map((s) => textOf(s.value)).join(' ').replace(/ +/g, ' ').trim(), 'Titre en #REF! : relié à la page d’identification')
      : valueEdit(snapshot, sheet.name, title, null, 'Titre en #REF! sans page d’identification : vidé');
    if (edit) edits.push(edit);
  }
  return edits;
}

function firstBrokenFormula(sheet: SheetSnapshot, lastRow: number): string | null {
  for (let r = 1; r <= lastRow; r++) {
    const line = sheet.values[r - 1] ?? [];
    for (let c = 1; c <= line.length; c++) {
      if (isBroken(line[c - 1]) && cellFormula(sheet, r, c) !== null) return toA1(r, c);
    }
  }
  return null;
}

/** Per-row Site (census) and index (census and DU) formulas showing `#REF!`. */
function repairTableRows(snapshot: WorkbookSnapshot, rec: Recognition): Edit[] {
  const edits: Edit[] = [];
  const site = rec.kind === 'recensement' ? fieldSource(snapshot, rec, 'informations', 'sigle') : null;
  for (const table of rec.tables.filter((t) => t.table === 'risques')) {
    const sheet = findSheet(snapshot, table.sheet);
    if (!sheet) continue;
    for (let row = table.firstRow; row <= table.lastRow; row++) {
      edits.push(...repairRow(snapshot, sheet, table, row, rec.kind === 'recensement', site));
    }
  }
  return edits;
}

function repairRow(snapshot: WorkbookSnapshot, sheet: SheetSnapshot, table: TableLocation, row: number, census: boolean, site: Source | null): Edit[] {
  const edits: (Edit | null)[] = [];
  const at = (field: string) => (table.columns[field] ? columnNumber(table.columns[field]) : null);
  const siteCol = at('site');
  if (census && siteCol && isBroken(cellValue(sheet, row, siteCol))) {
    const cell = toA1(row, siteCol);
    edits.push(site
      ? formulaEdit(snapshot, sheet.name, cell, linkFormula(site.ref), linkedResult(site.value), 'Site en #REF! : relié au service analysé')
      : valueEdit(snapshot, sheet.name, cell, null, 'Site en #REF! sans service analysé : vidé'));
  }
  const [g, f, idx] = [at('gravite'), at('frequence'), at('indice')];
  if (g && f && idx && isBroken(cellValue(sheet, row, idx))) {
    const result = riskIndexOfCells(cellValue(sheet, row, g), cellValue(sheet, row, f)) ?? '';
    edits.push(formulaEdit(snapshot, sheet.name, toA1(row, idx), indexFormula(toA1(row, g), toA1(row, f)), result, 'Indice en #REF! : recalculé par la matrice G × F'));
  }
  return edits.filter((e): e is Edit => e !== null);
}

export function planRepair(snapshot: WorkbookSnapshot, recognition: Recognition = recognise(snapshot)): Plan {
  const rows = repairTableRows(snapshot, recognition);
  // An index formula needs the matrix the catalogue sheet carries.
  const needsCatalogue = rows.some((e) => e.kind === 'formula' && e.formula.includes(NAME_MATRIX));
  return {
    command: 'repair',
    edits: [
      ...(needsCatalogue ? planCatalogue(snapshot, workbookDirection(snapshot, recognition)) : []),
      ...repairHeaderFields(snapshot, recognition),
      ...repairTitles(snapshot, recognition),
      ...rows,
    ],
  };
}

/**
 * Repair: every broken reference of a recognised sheet gets a working formula, or is emptied when
 * it points at nothing. A cell is broken when it shows `#REF!` or when its formula holds a `#REF!`
 * token in any letter case (LibreOffice keeps `'informations générales'!#ref!` and shows
 * `#VALUE!`). Header fields link to the information sheet, per-row Site to the analysed service
 * (on rows that hold a risk), per-row index to G and F, the line under each title to the
 * identification (service, direction, year). A formula that only partly refers to nothing is left
 * for the check to report: we do not guess what the rest meant.
 */
import { absoluteRef, columnLetter, columnNumber, parseA1, toA1 } from '../workbook/address';
import { fieldOn, recognise, sheetWithRole } from '../workbook/recognise';
import type { Recognition, SheetRole, TableLocation } from '../workbook/recognition';
import { readField } from '../workbook/fields';
import { cellFormula, cellValue, findSheet, isCellError, isEmptyValue, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../workbook/snapshot';
import { NAME_MATRIX, indexFormula, linkFormula } from '../method/formulas';
import { serialToDate } from '../method/dates';
import { planCatalogue } from './catalogue-sheet';
import { workbookDirection } from './direction';
import { riskIndexOfCells } from '../method/risk-index';
import { cellState, formulaEdit, linkedResult, valueEdit } from './cell-edits';
import { FIELD_LINKS, TITLE_LINKS, isBrokenCell, isDeadReference, type TitlePart } from './links';
import { isCellEdit, type Edit, type Plan } from './plan';

interface Source {
  ref: string;
  value: CellValue;
}

const brokenAt = (sheet: SheetSnapshot, row: number, col: number) => isBrokenCell(cellValue(sheet, row, col), cellFormula(sheet, row, col));

function fieldSource(snapshot: WorkbookSnapshot, rec: Recognition, role: SheetRole, field: string): Source | null {
  const f = readField(snapshot, rec, role, field);
  return f && { ref: absoluteRef(f.sheet, f.row, f.col), value: f.value };
}

/** Cells already planned, so that a later pass never writes one twice. */
type Planned = Set<string>;
const key = (sheet: string, cell: string) => `${sheet}!${cell}`;

function keep(edits: (Edit | null)[], planned: Planned): Edit[] {
  const out: Edit[] = [];
  for (const e of edits) {
    if (!e || (isCellEdit(e) && planned.has(key(e.sheet, e.cell)))) continue;
    if (isCellEdit(e)) planned.add(key(e.sheet, e.cell));
    out.push(e);
  }
  return out;
}

function repairHeaderFields(snapshot: WorkbookSnapshot, rec: Recognition): (Edit | null)[] {
  if (rec.kind === 'inconnu') return [];
  const edits: (Edit | null)[] = [];
  for (const link of FIELD_LINKS[rec.kind]) {
    const sheet = sheetWithRole(rec, link.role);
    const loc = fieldOn(rec, sheet, link.field);
    if (!sheet || !loc) continue;
    const state = cellState(snapshot, sheet, loc.valueCell);
    const broken = isBrokenCell(state.value, state.formula);
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
  return edits;
}

// ---- The line under each title -------------------------------------------------------------

const SEPARATOR = ' – ';
/** Template placeholders (`Sélectionner…`, `Indiquer le service`) are no identification. */
const PLACEHOLDER = /^(s[ée]lecti|indiquer)/i;

interface TitleSource extends Source {
  year: boolean;
}

/** Excel's TRIM: spaces only, inner runs collapsed. */
const excelTrim = (t: string) => t.replace(/ +/g, ' ').replace(/^ | $/g, '');

/** What one part shows, as the live formula computes it. */
function partText(s: TitleSource): string {
  const v = s.value;
  if (v === null || isCellError(v)) return '';
  if (s.year) return typeof v === 'number' ? String(serialToDate(v).year) : '';
  const text = excelTrim(String(v));
  return PLACEHOLDER.test(text) ? '' : text;
}

function partFormula(s: TitleSource): string {
  const r = s.ref;
  if (s.year) return `IF(ISNUMBER(${r}),YEAR(${r})&"","")`;
  return `IF(OR(LEFT(${r},7)="Sélecti",LEFT(${r},7)="Selecti",LEFT(${r},8)="Indiquer"),"",TRIM(${r}&""))`;
}

/** `MID(IF(p1="",""," – "&p1)&…,4,1000)`: the non-empty parts joined by dashes. */
function titleFormula(sources: TitleSource[]): string {
  const pieces = sources.map((s) => {
    const p = partFormula(s);
    return `IF(${p}="","","${SEPARATOR}"&${p})`;
  });
  return `=MID(${pieces.join('&')},${SEPARATOR.length + 1},1000)`;
}

function titleSources(snapshot: WorkbookSnapshot, rec: Recognition, parts: TitlePart[]): TitleSource[] {
  return parts.flatMap((p) => {
    const s = fieldSource(snapshot, rec, p.role, p.field);
    return s ? [{ ...s, year: Boolean(p.year) }] : [];
  });
}

/** The first row holding a recognised label or table header on a sheet: the title lines sit above it. */
function firstKnownRow(rec: Recognition, sheet: SheetSnapshot): number {
  const rows = [
    ...rec.fields.filter((f) => f.sheet === sheet.name).map((f) => parseA1(f.labelCell).row),
    ...rec.tables.filter((t) => t.sheet === sheet.name).map((t) => t.headerRow),
  ];
  return rows.length ? Math.min(...rows) : sheet.values.length + 1;
}

/** Titles: the broken formulas above everything recognised on a titled sheet. The first gets the identification. */
function repairTitles(snapshot: WorkbookSnapshot, rec: Recognition): (Edit | null)[] {
  if (rec.kind === 'inconnu') return [];
  const link = TITLE_LINKS[rec.kind];
  const sources = titleSources(snapshot, rec, link.parts);
  const valueCells = new Set(rec.fields.map((f) => key(f.sheet, f.valueCell)));
  const edits: (Edit | null)[] = [];
  for (const role of link.roles) {
    const name = sheetWithRole(rec, role);
    const sheet = name ? findSheet(snapshot, name) : undefined;
    if (!sheet) continue;
    let first = true;
    for (let r = 1; r < firstKnownRow(rec, sheet); r++) {
      for (let c = 1; c <= (sheet.values[r - 1]?.length ?? 0); c++) {
        const cell = toA1(r, c);
        if (!brokenAt(sheet, r, c) || valueCells.has(key(sheet.name, cell))) continue;
        if (first && sources.length) {
          const shown = excelTrim(sources.map(partText).filter((t) => t !== '').join(SEPARATOR));
          edits.push(formulaEdit(snapshot, sheet.name, cell, titleFormula(sources), shown, 'Titre en #REF! : relié à l’identification (service, direction, année)'));
        } else {
          edits.push(valueEdit(snapshot, sheet.name, cell, null, first ? 'Titre en #REF! sans identification dans le classeur : vidé' : 'Ligne de titre en #REF! : vidée'));
        }
        first = false;
      }
    }
  }
  return edits;
}

// ---- Table rows ----------------------------------------------------------------------------

/** Columns a person types in: every column of the table but the Site and the derived indices. */
function typedRanges(table: TableLocation, row: number): string[] {
  const cols = Object.entries(table.columns)
    .filter(([field]) => field !== 'site' && !field.startsWith('indice') && field !== 'rang' && field !== 'numero')
    .map(([, letter]) => columnNumber(letter))
    .sort((a, b) => a - b);
  const ranges: string[] = [];
  let start = -1;
  cols.forEach((c, i) => {
    if (start < 0) start = c;
    if (cols[i + 1] !== c + 1) {
      ranges.push(start === c ? `${columnLetter(c)}${row}` : `${columnLetter(start)}${row}:${columnLetter(c)}${row}`);
      start = -1;
    }
  });
  return ranges;
}

function rowHoldsRisk(sheet: SheetSnapshot, ranges: string[]): boolean {
  return ranges.some((range) => {
    const [a, b] = range.split(':');
    const from = parseA1(a);
    const to = parseA1(b ?? a);
    for (let c = from.col; c <= to.col; c++) {
      const v = cellValue(sheet, from.row, c);
      if (cellFormula(sheet, from.row, c) !== null || (v !== null && v !== '')) return true;
    }
    return false;
  });
}

/** The census Site of a row: the analysed service, on rows that hold a risk only. */
export function siteFormula(table: TableLocation, row: number, serviceRef: string): string {
  return `=IF(COUNTA(${typedRanges(table, row).join(',')})=0,"",${linkFormula(serviceRef).replace(/^=/, '')})`;
}

/** Per-row Site (census) and index (census and DU) formulas that are broken, down to the sheet's last row. */
function repairTableRows(snapshot: WorkbookSnapshot, rec: Recognition): (Edit | null)[] {
  const edits: (Edit | null)[] = [];
  const site = rec.kind === 'recensement' ? fieldSource(snapshot, rec, 'informations', 'sigle') : null;
  for (const table of rec.tables.filter((t) => t.table === 'risques')) {
    const sheet = findSheet(snapshot, table.sheet);
    if (!sheet) continue;
    for (let row = table.firstRow; row <= Math.max(table.lastRow, sheet.values.length); row++) {
      edits.push(...repairRow(snapshot, sheet, table, row, rec.kind === 'recensement', site));
    }
  }
  return edits;
}

function repairRow(snapshot: WorkbookSnapshot, sheet: SheetSnapshot, table: TableLocation, row: number, census: boolean, site: Source | null): (Edit | null)[] {
  const edits: (Edit | null)[] = [];
  const at = (field: string) => (table.columns[field] ? columnNumber(table.columns[field]) : null);
  const siteCol = at('site');
  if (census && siteCol && brokenAt(sheet, row, siteCol)) {
    const cell = toA1(row, siteCol);
    const shown = rowHoldsRisk(sheet, typedRanges(table, row)) && site ? linkedResult(site.value) : '';
    edits.push(site
      ? formulaEdit(snapshot, sheet.name, cell, siteFormula(table, row, site.ref), shown, 'Site en #REF! : relié au service analysé (sur les lignes qui portent un risque)')
      : valueEdit(snapshot, sheet.name, cell, null, 'Site en #REF! sans service analysé : vidé'));
  }
  const [g, f, idx] = [at('gravite'), at('frequence'), at('indice')];
  if (g && f && idx && brokenAt(sheet, row, idx)) {
    const result = riskIndexOfCells(cellValue(sheet, row, g), cellValue(sheet, row, f)) ?? '';
    edits.push(formulaEdit(snapshot, sheet.name, toA1(row, idx), indexFormula(toA1(row, g), toA1(row, f)), result, 'Indice en #REF! : recalculé par la matrice G × F'));
  }
  return edits;
}

// ---- Whatever else is broken on a recognised sheet -----------------------------------------

/** The sheets the check reads (every recognised role but ours). */
function recognisedSheets(snapshot: WorkbookSnapshot, rec: Recognition): SheetSnapshot[] {
  const known = new Set(rec.sheets.filter((s) => s.role !== 'autre' && s.role !== 'catalogue').map((s) => s.name));
  return snapshot.sheets.filter((s) => known.has(s.name));
}

/** A `#REF!` kept as a value, or a formula that is nothing but a dead reference: it holds nothing to keep. */
function repairDeadReferences(snapshot: WorkbookSnapshot, rec: Recognition, planned: Planned): (Edit | null)[] {
  const edits: (Edit | null)[] = [];
  for (const sheet of recognisedSheets(snapshot, rec)) {
    sheet.values.forEach((line, r) => {
      for (let c = 1; c <= Math.max(line.length, sheet.formulas[r]?.length ?? 0); c++) {
        if (!brokenAt(sheet, r + 1, c)) continue;
        const cell = toA1(r + 1, c);
        if (planned.has(key(sheet.name, cell))) continue;
        const formula = cellFormula(sheet, r + 1, c);
        if (formula === null || isDeadReference(formula)) {
          edits.push(valueEdit(snapshot, sheet.name, cell, null, 'Référence cassée (#REF!) qui ne pointe plus vers rien : vidée'));
        }
      }
    });
  }
  return edits;
}

export function planRepair(snapshot: WorkbookSnapshot, recognition: Recognition = recognise(snapshot)): Plan {
  const planned: Planned = new Set();
  const header = keep(repairHeaderFields(snapshot, recognition), planned);
  const titles = keep(repairTitles(snapshot, recognition), planned);
  const rows = keep(repairTableRows(snapshot, recognition), planned);
  const rest = keep(repairDeadReferences(snapshot, recognition, planned), planned);
  // An index formula needs the matrix the catalogue sheet carries.
  const needsCatalogue = rows.some((e) => e.kind === 'formula' && e.formula.includes(NAME_MATRIX));
  return {
    command: 'repair',
    edits: [...(needsCatalogue ? planCatalogue(snapshot, workbookDirection(snapshot, recognition)) : []), ...header, ...titles, ...rows, ...rest],
  };
}

/**
 * How many broken cells (`#REF!` shown, or a `#REF!` in the formula) repair would fix: 0 when
 * repair is not due. For the pane's and the CLI's "lancez d’abord Réparer". Pure.
 */
export function repairDue(snapshot: WorkbookSnapshot, recognition: Recognition = recognise(snapshot)): number {
  return repairDueAfter(snapshot, { command: 'repair', edits: [] }, recognition);
}

function hasBrokenCell(sheet: SheetSnapshot): boolean {
  for (let r = 0; r < sheet.values.length; r++) {
    const values = sheet.values[r];
    const formulas = sheet.formulas[r];
    const width = Math.max(values?.length ?? 0, formulas?.length ?? 0);
    for (let c = 0; c < width; c++) if (isBrokenCell(values?.[c] ?? null, formulas?.[c] ?? null)) return true;
  }
  return false;
}

/** The broken cells repair would fix that a plan (a recompute) leaves as they are. */
export function repairDueAfter(snapshot: WorkbookSnapshot, plan: Plan, recognition: Recognition = recognise(snapshot)): number {
  // Repair only ever fixes broken cells: a workbook without any is not planned again (a 50,000-row
  // recompute would otherwise pay a whole repair plan to learn there is nothing to repair).
  if (!snapshot.sheets.some(hasBrokenCell)) return 0;
  const written = new Set(plan.edits.filter(isCellEdit).map((e) => key(e.sheet, e.cell)));
  return planRepair(snapshot, recognition).edits.filter((e) => isCellEdit(e) && isBrokenCell(e.before, e.beforeFormula) && !written.has(key(e.sheet, e.cell))).length;
}

/**
 * Compile: census rows → the document unique's Hiérarchisation table, then recompute it.
 * Only new risks are appended: a risk the DU already holds keeps the GT's ratings and choices.
 * Each census's site, headcount and information figures join the Identification's list of census
 * points and the Statistiques table; their totals are live SUM formulas with their results.
 * What was carried over and needs a look (a rating that is not 1–4, a census of another direction,
 * a unit outside the direction's list) comes back as warnings beside the plan.
 */
import { findUnit } from '../catalogue/units';
import type { Direction } from '../catalogue/types';
import { columnNumber, toA1 } from '../workbook/address';
import { recognise, tableNamed } from '../workbook/recognise';
import type { Recognition, TableLocation } from '../workbook/recognition';
import { contentRows, freeRows } from '../workbook/rows';
import { cellFormula, cellValue, findSheet, isCellError, isEmptyValue, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../workbook/snapshot';
import { normaliseLabel } from '../workbook/labels';
import { readField } from '../workbook/fields';
import { readRating } from '../method/rating';
import { riskIndexOfCells } from '../method/risk-index';
import { readNumber } from '../method/numbers';
import { applyPlanToSnapshot } from './apply-to-snapshot';
import { valueEdit } from './cell-edits';
import { directionCovers, directionInText, workbookDirection } from './direction';
import type { Edit, Plan, PlanWarning } from './plan';
import { planRecompute, refreshedFormulaEdit, TEMPLATE_ROWS } from './recompute';
import { residualNotCarried, staleResidualEdits } from './residual';
import { staleSyntheseEdits } from './synthese';
import { riskKey } from './row-keys';

export class CompileError extends Error {}

export interface NamedWorkbook {
  /** The file's name, used when a census names no site. */
  name: string;
  snapshot: WorkbookSnapshot;
}

/** A plan with what needs a look; `warnings` is always present. */
export type PlanWithWarnings = Plan & { warnings: PlanWarning[] };

export interface CompileOptions {
  /** The DU's file name, for warnings about the DU itself (default `document unique`). */
  duName?: string;
}

/** Census column → DU column. The census's wished means prefill the GT's column, which the GT then edits. */
const CENSUS_TO_DU: [string, string][] = [
  ['site', 'site'], ['unite', 'unite'], ['agents', 'agents'], ['famille', 'famille'], ['danger', 'danger'],
  ['situation', 'situation'], ['moyensActuels', 'moyensActuels'], ['gravite', 'gravite'], ['frequence', 'frequence'],
  ['moyensSouhaites', 'moyensGT'], ['typeAction', 'typeAction'],
  // Residual ratings, where both have the columns (the residual index is recompute's formula).
  ['graviteResiduelle', 'graviteResiduelle'], ['frequenceResiduelle', 'frequenceResiduelle'],
];

/** Census information field → Statistiques column. */
const CENSUS_FIGURES: [string, string][] = [
  ['nbAgents', 'effectifs'], ['nbSms', 'sms'], ['nbEvacuation', 'evacuation'], ['nbSecours', 'secours'], ['nbHabilitation', 'habilitations'],
];

function fieldValue(snapshot: WorkbookSnapshot, rec: Recognition, field: string): CellValue {
  const v = readField(snapshot, rec, 'informations', field)?.value ?? null;
  return isCellError(v) ? null : v;
}

/** A figure as a number when it reads as one (`25`, `" 25 "`), else as typed (null when empty). */
function figure(v: CellValue): CellValue {
  if (isEmptyValue(v) || isCellError(v)) return null;
  return readNumber(v) ?? v;
}

interface CensusRisk {
  cells: Record<string, CellValue>;
  /** Where it came from, for warnings. */
  file: string;
  sheet: string;
  row: number;
  columns: Record<string, string>;
  /** The direction its units are checked against. */
  direction: Direction | null;
}

interface CensusRead {
  name: string;
  recognition: Recognition;
  site: string;
  figures: Record<string, CellValue>;
  risks: CensusRisk[];
  direction: Direction | null;
  /** The census's direction field: where to point a warning. */
  directionAt: { sheet: string; cell: string } | null;
  /** The field that names its site (null when the file name does). */
  siteAt: { sheet: string; cell: string } | null;
}

/** The site a census names: its analysed service (as the repaired Site formula shows it), else its file. */
function censusSite(c: NamedWorkbook, rec: Recognition): { site: string; at: { sheet: string; cell: string } | null } {
  for (const f of ['sigle', 'complement']) {
    const field = readField(c.snapshot, rec, 'informations', f);
    if (field && !isCellError(field.value) && !isEmptyValue(field.value)) return { site: String(field.value), at: { sheet: field.sheet, cell: field.cell } };
  }
  return { site: c.name.replace(/\.(xlsx|xlsm)$/i, ''), at: null };
}

function readCensus(c: NamedWorkbook): CensusRead {
  const rec = recognise(c.snapshot);
  const table = tableNamed(rec, 'risques');
  if (rec.kind !== 'recensement' || !table) {
    throw new CompileError(`« ${c.name} » n'est pas un outil de recensement : sa grille de recensement est introuvable.`);
  }
  const { site, at: siteAt } = censusSite(c, rec);
  const sheet = findSheet(c.snapshot, table.sheet)!;
  const dirField = readField(c.snapshot, rec, 'informations', 'direction');
  const direction = workbookDirection(c.snapshot, rec);
  const risks = contentRows(sheet, table).map(({ row, cells }): CensusRisk => {
    const out: Record<string, CellValue> = {};
    for (const [from, to] of CENSUS_TO_DU) out[to] = cells[from] === undefined || isCellError(cells[from]) ? null : cells[from];
    if (isEmptyValue(out.site)) out.site = site;
    return { cells: out, file: c.name, sheet: sheet.name, row, columns: table.columns, direction };
  });
  const figures = Object.fromEntries(CENSUS_FIGURES.map(([field, column]) => [column, figure(fieldValue(c.snapshot, rec, field))]));
  return { name: c.name, recognition: rec, site, figures, risks, direction, directionAt: dirField ? { sheet: dirField.sheet, cell: dirField.cell } : null, siteAt };
}

function appendRisks(du: WorkbookSnapshot, table: TableLocation, risks: CensusRisk[]): { edits: Edit[]; carried: CensusRisk[] } {
  const sheet = findSheet(du, table.sheet)!;
  const known = new Set(contentRows(sheet, table).map((r) => riskKey(r.cells)));
  const fresh: CensusRisk[] = [];
  for (const r of risks) {
    const key = riskKey(r.cells);
    if (known.has(key)) continue;
    known.add(key);
    fresh.push(r);
  }
  const rows = freeRows(sheet, table, fresh.length);
  const edits: Edit[] = [];
  fresh.forEach((risk, i) => {
    for (const [field, value] of Object.entries(risk.cells)) {
      const letter = table.columns[field];
      if (!letter || value === null) continue;
      const e = valueEdit(du, sheet.name, toA1(rows[i], columnNumber(letter)), value, 'Risque repris du recensement');
      if (e) edits.push(e);
    }
  });
  return { edits, carried: fresh };
}

/** The row of a `Total…`/`Totaux` label in a column, from a table's first row down (the table's end). */
function totalsRow(sheet: SheetSnapshot, table: TableLocation, column: string): number | null {
  const col = columnNumber(column);
  for (let row = table.firstRow; row <= Math.max(table.lastRow + 1, table.firstRow + 200); row++) {
    const v = cellValue(sheet, row, col);
    if (typeof v === 'string' && /^tota(l|ux)\b/.test(normaliseLabel(v))) return row;
  }
  return null;
}

const POINT_REASONS: Record<string, string> = {
  point: 'Point de recensement compilé',
  effectifs: 'Effectif du point de recensement',
  sms: 'Agents faisant l’objet d’une surveillance médicale spéciale',
  evacuation: 'Agents formés à l’évacuation des locaux',
  secours: 'Agents formés aux premiers secours',
  habilitations: 'Agents disposant d’une habilitation électrique',
};

/** Appends one row per census point not listed yet (by name), above the table's totals row. */
function appendPoints(du: WorkbookSnapshot, table: TableLocation, points: CensusRead[], duName: string): { edits: Edit[]; warnings: PlanWarning[] } {
  const sheet = findSheet(du, table.sheet)!;
  const pointCol = columnNumber(table.columns.point);
  const barrier = totalsRow(sheet, table, table.columns.point);
  const end = barrier !== null ? barrier - 1 : Math.max(table.lastRow, table.firstRow + 200);
  const known = new Set<string>();
  let last = table.firstRow - 1;
  for (let row = table.firstRow; row <= end; row++) {
    const filled = Object.values(table.columns).some((l) => cellFormula(sheet, row, columnNumber(l)) === null && !isEmptyValue(cellValue(sheet, row, columnNumber(l))));
    if (!filled) continue;
    last = row;
    known.add(normaliseLabel(cellValue(sheet, row, pointCol)));
  }
  const edits: (Edit | null)[] = [];
  const warnings: PlanWarning[] = [];
  let row = last + 1;
  for (const p of points) {
    const key = normaliseLabel(p.site);
    if (known.has(key)) continue;
    known.add(key);
    if (row > end) {
      warnings.push({ file: duName, sheet: sheet.name, cell: toA1(barrier ?? row, pointCol), message: `Plus de ligne libre au-dessus des totaux pour le point de recensement « ${p.site} » : insérez des lignes dans le tableau puis compilez de nouveau.` });
      continue;
    }
    const values: Record<string, CellValue> = { point: p.site, ...p.figures };
    for (const [field, letter] of Object.entries(table.columns)) {
      const v = values[field];
      if (v === null || v === undefined) continue;
      edits.push(valueEdit(du, sheet.name, toA1(row, columnNumber(letter)), v, POINT_REASONS[field] ?? 'Point de recensement compilé'));
    }
    row++;
  }
  return { edits: edits.filter((e): e is Edit => e !== null), warnings };
}

/** `SUM(C8:C22)` on its own sheet: the sum of the numbers in the range, as Excel computes it (text is ignored). */
export function sumOfRange(sheet: SheetSnapshot, formula: string): number | null {
  const m = /^=?\s*SUM\(\s*\$?([A-Z]{1,3})\$?(\d+)\s*:\s*\$?([A-Z]{1,3})\$?(\d+)\s*\)\s*$/i.exec(formula);
  if (!m) return null;
  const [c1, r1, c2, r2] = [columnNumber(m[1].toUpperCase()), Number(m[2]), columnNumber(m[3].toUpperCase()), Number(m[4])];
  let sum = 0;
  for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) {
    for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) {
      const v = cellValue(sheet, r, c);
      if (typeof v === 'number') sum += v;
    }
  }
  return sum;
}

/** The totals row of a points table: each figure column a live SUM over the rows above, with its result. */
function totalsEdits(snapshot: WorkbookSnapshot, table: TableLocation | undefined): Edit[] {
  if (!table?.columns.point) return [];
  const sheet = findSheet(snapshot, table.sheet)!;
  const row = totalsRow(sheet, table, table.columns.point);
  if (row === null || row <= table.firstRow) return [];
  const edits: Edit[] = [];
  for (const [field, letter] of Object.entries(table.columns)) {
    if (field === 'point') continue;
    const col = columnNumber(letter);
    const cell = toA1(row, col);
    const existing = cellFormula(sheet, row, col);
    if (existing === null && !isEmptyValue(cellValue(sheet, row, col))) continue; // typed by someone
    const formula = existing ?? `=SUM(${toA1(table.firstRow, col)}:${toA1(row - 1, col)})`;
    const result = sumOfRange(sheet, formula);
    if (result === null) continue; // another formula: someone's, left alone
    const e = refreshedFormulaEdit(snapshot, sheet.name, cell, formula, result, 'Total du tableau');
    if (e) edits.push(e);
  }
  return edits;
}

/** Index formulas already in place whose shown letter no longer matches G and F (rows filled by compile). */
function staleIndexEdits(snapshot: WorkbookSnapshot, table: TableLocation): Edit[] {
  const sheet = findSheet(snapshot, table.sheet)!;
  const [g, f, idx] = ['gravite', 'frequence', 'indice'].map((k) => (table.columns[k] ? columnNumber(table.columns[k]) : null));
  if (!g || !f || !idx) return [];
  const edits: Edit[] = [];
  const last = Math.max(table.lastRow, table.firstRow + TEMPLATE_ROWS - 1, sheet.values.length);
  for (let row = table.firstRow; row <= last; row++) {
    const formula = cellFormula(sheet, row, idx);
    if (formula === null) continue;
    const result = riskIndexOfCells(cellValue(sheet, row, g), cellValue(sheet, row, f)) ?? '';
    const e = refreshedFormulaEdit(snapshot, sheet.name, toA1(row, idx), formula, result, 'Indice de risque : matrice G × F (résultat mis à jour)');
    if (e) edits.push(e);
  }
  return edits;
}

const RATING_NAMES: Record<string, string> = { gravite: 'gravité', frequence: 'fréquence' };

function riskWarnings(risks: CensusRisk[], duDirection: Direction | null): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  for (const r of risks) {
    for (const field of ['gravite', 'frequence']) {
      const reading = readRating(r.cells[field] ?? null);
      if (reading.ok || !r.columns[field]) continue;
      const cell = toA1(r.row, columnNumber(r.columns[field]));
      const message = reading.empty
        ? `Risque repris sans ${RATING_NAMES[field]} : le groupe de travail doit le coter de 1 à 4.`
        : `Risque repris avec une ${RATING_NAMES[field]} à revoir (${reading.reason}) : le groupe de travail doit la coter de 1 à 4.`;
      warnings.push({ file: r.file, sheet: r.sheet, cell, message });
    }
    const direction = duDirection ?? r.direction;
    const unit = r.cells.unite;
    if (direction && !isEmptyValue(unit) && r.columns.unite && !findUnit(String(unit), direction)) {
      warnings.push({
        file: r.file, sheet: r.sheet, cell: toA1(r.row, columnNumber(r.columns.unite)),
        message: `L’unité de travail « ${String(unit)} » n’est pas dans la liste de la ${direction} : vérifiez l’intitulé (la liste est indicative).`,
      });
    }
  }
  return warnings;
}

/**
 * The direction that covers most censuses (the first named in case of a tie), or null when none
 * names one. A direction covers its own censuses, and the DGFiP also the DGI's and the DGCP's:
 * one DGFiP census among DGI ones makes them all the DGFiP's, none of them warned.
 */
function commonDirection(read: CensusRead[]): Direction | null {
  const named = [...new Set(read.map((c) => c.direction).filter((d): d is Direction => d !== null))];
  const covered = (d: Direction) => read.filter((c) => c.direction !== null && directionCovers(d, c.direction)).length;
  let best: Direction | null = null;
  for (const d of named) if (best === null || covered(d) > covered(best)) best = d;
  return best;
}

function directionWarnings(read: CensusRead[], duDirection: Direction | null): PlanWarning[] {
  const reference = duDirection ?? commonDirection(read);
  if (!reference) return [];
  const against = duDirection ? `le document unique est celui de la ${duDirection}` : `les autres recensements sont de la ${reference}`;
  return read.flatMap((c) => {
    if (!c.directionAt) return [];
    if (c.direction === null) {
      return duDirection ? [{ file: c.name, ...c.directionAt, message: `La direction générale n’est pas choisie dans ce recensement : vérifiez qu’il est bien de la ${duDirection}.` }] : [];
    }
    // A DGI or DGCP census in a DGFiP DU is the DGFiP's own (formed from them): no warning.
    return directionCovers(reference, c.direction) ? [] : [{ file: c.name, ...c.directionAt, message: `Ce recensement est de la ${c.direction} alors que ${against} : vérifiez qu’il est bien destiné à ce document unique.` }];
  });
}

/** Two censuses naming the same point: its figures are carried once, from the first. */
function sameSiteWarnings(read: CensusRead[]): PlanWarning[] {
  const first = new Map<string, CensusRead>();
  return read.flatMap((c) => {
    const key = normaliseLabel(c.site);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, c);
      return [];
    }
    const where = c.siteAt ?? c.directionAt ?? { sheet: c.risks[0]?.sheet ?? '', cell: 'A1' };
    return [{ file: c.name, ...where, message: `Ce recensement nomme le même point de recensement que « ${earlier.name} » (« ${c.site} ») : ses effectifs et ses chiffres ne sont repris qu’une fois ; donnez-lui son propre sigle s’il s’agit d’un autre site.` }];
  });
}

/** A DU still showing the template's placeholder takes the direction all censuses agree on. */
function directionEdit(du: WorkbookSnapshot, rec: Recognition, read: CensusRead[]): Edit | null {
  const field = readField(du, rec, 'identification', 'direction');
  if (!field || directionInText(field.value)) return null;
  const shown = normaliseLabel(field.value);
  if (shown !== '' && !shown.startsWith('selectionner')) return null;
  const named = new Set(read.map((c) => c.direction));
  if (named.size !== 1) return null;
  const [direction] = [...named];
  return direction ? valueEdit(du, field.sheet, field.cell, direction, 'Direction générale des recensements compilés') : null;
}

export function planCompile(censuses: readonly NamedWorkbook[], du: WorkbookSnapshot, options: CompileOptions = {}): PlanWithWarnings {
  const duName = options.duName ?? 'document unique';
  const rec = recognise(du);
  const table = tableNamed(rec, 'risques');
  if (rec.kind !== 'document-unique' || !table) {
    throw new CompileError("Le classeur de destination n'est pas un document unique : son tableau de hiérarchisation est introuvable.");
  }
  const read = censuses.map(readCensus);
  const duDirection = workbookDirection(du, rec);
  const risks = appendRisks(du, table, read.flatMap((c) => c.risks));
  const pointTables = [tableNamed(rec, 'points'), tableNamed(rec, 'statistiques')].filter((t): t is TableLocation => t !== undefined && Boolean(t.columns.point));
  const points = pointTables.map((t) => appendPoints(du, t, read, duName));
  const direction = directionEdit(du, rec, read);
  const compileEdits = [...risks.edits, ...points.flatMap((p) => p.edits), ...(direction ? [direction] : [])];
  const compiled = applyPlanToSnapshot(du, { command: 'compile', edits: compileEdits });
  const recompute = planRecompute(compiled).edits;
  const final = applyPlanToSnapshot(compiled, { command: 'compile', edits: recompute });
  // Formulas already in place (the index of template rows, the totals) keep their formula but
  // must show their new result: readers that do not recalculate, and `duerp check`, read it.
  const finalRec = recognise(final);
  const finalTable = tableNamed(finalRec, 'risques');
  const refresh = [
    ...(finalTable ? staleIndexEdits(final, finalTable) : []),
    ...staleResidualEdits(final, finalRec),
    ...staleSyntheseEdits(final, finalRec),
    ...totalsEdits(final, tableNamed(finalRec, 'points')),
    ...totalsEdits(final, tableNamed(finalRec, 'statistiques')),
  ];
  const warnings = [...directionWarnings(read, duDirection), ...sameSiteWarnings(read), ...riskWarnings(risks.carried, duDirection), ...points.flatMap((p) => p.warnings), ...residualNotCarried(censuses.map((c, i) => ({ ...c, recognition: read[i].recognition })), rec)];
  return { command: 'compile', edits: [...compileEdits, ...recompute, ...refresh], warnings: dedupe(warnings) };
}

/** Exact repeats dropped (each warning names its own cell, so two tables short of room give two). */
function dedupe(warnings: PlanWarning[]): PlanWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const k = `${w.file}|${w.sheet}|${w.cell}|${w.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Programme: the document unique → actions of the annual prevention programme, as the GT decided.
 *
 * The guide separates the *hiérarchisation* (the automatic rank by G and F) from the
 * *priorisation* (the GT's arbitration, column `Priorité retenue par le GT`). So the actions are,
 * in order: the risks the GT gave a priority number (1, 2, 3…, also typed as text "1", "P1",
 * "Priorité 1"), by that number (the automatic rank between equal numbers); then the other A and B
 * risks, by automatic rank. An A or B risk whose GT priority is a word ("Reporté à 2027", "hors
 * programme") is not an action of the year: it is listed after the actions, with the GT's word in
 * its row (see POSTPONED_PREFIX). Only risks the programme does not hold yet are added; cost,
 * deadline, service and completion are for people to fill in.
 *
 * Below the table, a summary block of live formulas with their results: actions per index letter
 * and their total, the total cost, the cost by service in charge and by quarter of deadline. It is
 * written only in cells no one typed in; a second run adds nothing.
 */
import { columnLetter, columnNumber, toA1 } from '../workbook/address';
import { recognise, tableNamed } from '../workbook/recognise';
import type { TableLocation } from '../workbook/recognition';
import { contentRows, freeRows, type TableRow } from '../workbook/rows';
import { cellFormula, cellValue, findSheet, isCellError, isEmptyValue, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../workbook/snapshot';
import { normaliseLabel } from '../workbook/labels';
import { readRating } from '../method/rating';
import { riskIndex } from '../method/risk-index';
import { rankRisks } from '../method/rank';
import { readCount, readNumber } from '../method/numbers';
import { sameFormula } from '../method/formulas';
import { applyPlanToSnapshot } from './apply-to-snapshot';
import { cellState, formulaEdit, valueEdit } from './cell-edits';
import { CompileError, type PlanWithWarnings } from './compile';
import type { Edit, PlanWarning } from './plan';
import { planRecompute, refreshedFormulaEdit, TEMPLATE_ROWS } from './recompute';
import { keyOf } from './row-keys';

/** Which index levels call for a programmed action (A: urgent, B: to programme). */
export const PROGRAMMED_INDICES = ['A', 'B'];

/**
 * A risk the GT did not retain this year carries, in the Réalisation column, this prefix then the
 * GT's own word. The Réalisation column because it is the row's status ("where is this action"),
 * and the measures column stays what the GT envisaged, ready for the year the risk is taken up.
 * The summary counts actions without these rows (`LEFT(…,13)<>"Non programmé"`).
 */
export const POSTPONED_PREFIX = 'Non programmé (GT) : ';
const POSTPONED_MARK = 'Non programmé';

/** The summary block's title, in the table's first column: a `Total…` label closes the table for recognition. */
export const SUMMARY_TITLE = 'Total et synthèse du programme (formules)';

export interface ProgrammeOptions {
  /** File names, for warnings (defaults `document unique`, `programme`). */
  duName?: string;
  programmeName?: string;
}

export type GtPriority = { kind: 'number'; value: number } | { kind: 'word'; text: string } | { kind: 'none' };

/** What the GT typed in `Priorité retenue par le GT`: a number (`1`, `"1"`, `"P1"`, `"Priorité 1 (budget 2027)"`), a word (`"Reporté à 2027"`), or nothing. */
export function readGtPriority(v: CellValue | undefined): GtPriority {
  if (v === null || v === undefined || isCellError(v) || isEmptyValue(v)) return { kind: 'none' };
  // A priority is 1 to 999: 0, a negative number or a year (`2027`) is the GT's word, not a rank.
  const isPriority = (n: number) => n >= 1 && n < 1000;
  if (typeof v === 'number') return isPriority(v) ? { kind: 'number', value: v } : { kind: 'word', text: String(v) };
  const text = String(v).trim();
  const n = readNumber(text);
  if (n !== null) return isPriority(n) ? { kind: 'number', value: n } : { kind: 'word', text };
  const m = /^(?:p\.?|priorit[eé])?\s*(?:n\s*[°o]\.?\s*)?(\d{1,3})(?![\d,.])/i.exec(text);
  if (m && Number(m[1]) >= 1) return { kind: 'number', value: Number(m[1]) };
  return { kind: 'word', text };
}

interface DuRisk {
  row: TableRow;
  index: string | null;
  rank: number;
  priority: GtPriority;
}

function duRisks(du: WorkbookSnapshot, table: TableLocation): DuRisk[] {
  const rows = contentRows(findSheet(du, table.sheet)!, table);
  const rated = rows.map((row) => {
    const g = readRating(row.cells.gravite ?? null);
    const f = readRating(row.cells.frequence ?? null);
    return { row, g: g.ok ? g.rating : null, f: f.ok ? f.rating : null };
  });
  const ranks = rankRisks(rated.flatMap((r) => (r.g && r.f ? [{ order: r.row.row, gravity: r.g, frequency: r.f, agents: readCount(r.row.cells.agents ?? null) }] : [])));
  return rated.map((r) => ({
    row: r.row,
    index: r.g && r.f ? riskIndex(r.g, r.f) : null,
    rank: ranks.get(r.row.row) ?? Number.MAX_SAFE_INTEGER,
    priority: readGtPriority(r.row.cells.priorite),
  }));
}

/** The actions of the year in the GT's order, then the A and B risks the GT put off. */
export function programmeOrder(risks: DuRisk[]): { actions: DuRisk[]; postponed: DuRisk[] } {
  const byRank = (a: DuRisk, b: DuRisk) => a.rank - b.rank || a.row.row - b.row.row;
  const programmed = (r: DuRisk) => r.index !== null && PROGRAMMED_INDICES.includes(r.index);
  const numbered = risks.filter((r) => r.priority.kind === 'number');
  const value = (r: DuRisk) => (r.priority.kind === 'number' ? r.priority.value : 0);
  numbered.sort((a, b) => value(a) - value(b) || byRank(a, b));
  const others = risks.filter((r) => r.priority.kind === 'none' && programmed(r)).sort(byRank);
  const postponed = risks.filter((r) => r.priority.kind === 'word' && programmed(r)).sort(byRank);
  return { actions: [...numbered, ...others], postponed };
}

const clean = (v: CellValue | undefined): CellValue => (v === undefined || isCellError(v) ? null : v);
/** An action answers a risk of the same site, family and situation. */
const actionKey = (cells: Record<string, CellValue>) => keyOf(cells, ['site', 'famille', 'situation']);

function actionCells(risk: DuRisk, table: TableLocation): Record<string, CellValue> {
  const c = risk.row.cells;
  let measures = clean(c.moyensGT) ?? clean(c.moyensSouhaites);
  let realisation: CellValue = null;
  if (risk.priority.kind === 'word') {
    const said = `${POSTPONED_PREFIX}${risk.priority.text}`;
    if (table.columns.realisation) realisation = said;
    else measures = measures === null ? said : `${said} — ${String(measures)}`;
  }
  return {
    site: clean(c.site), agents: clean(c.agents), famille: clean(c.famille), situation: clean(c.situation),
    indice: risk.index, mesures: measures, typeAction: clean(c.typeAction), realisation,
  };
}

/** The first row, below the table's header, whose first column holds the summary's title. */
function findSummary(sheet: SheetSnapshot, table: TableLocation, col: number): number | null {
  const title = normaliseLabel(SUMMARY_TITLE);
  for (let row = table.headerRow + 1; row <= sheet.values.length; row++) {
    if (normaliseLabel(cellValue(sheet, row, col)) === title) return row;
  }
  return null;
}

const abs = (col: number, r1: number, r2: number) => `$${columnLetter(col)}$${r1}:$${columnLetter(col)}$${r2}`;
const sameText = (a: CellValue, b: string) => typeof a === 'string' && a.toLowerCase() === b.toLowerCase();

/** Excel date serial → { year, quarter }. */
function quarterOf(serial: number): { year: number; quarter: number } {
  const d = new Date(Math.round((serial - 25569) * 86400000));
  return { year: d.getUTCFullYear(), quarter: Math.floor(d.getUTCMonth() / 3) + 1 };
}
const serialOf = (year: number, month: number) => Date.UTC(year, month - 1, 1) / 86400000 + 25569;

interface BlockContext {
  snapshot: WorkbookSnapshot;
  sheet: SheetSnapshot;
  edits: Edit[];
}

/** A label, only in a cell that holds nothing. */
function putLabel(b: BlockContext, cell: string, text: string): void {
  const st = cellState(b.snapshot, b.sheet.name, cell);
  if (st.formula !== null || !isEmptyValue(st.value)) return;
  const e = valueEdit(b.snapshot, b.sheet.name, cell, text, 'Synthèse du programme');
  if (e) b.edits.push(e);
}

/** A formula with its result, in an empty cell or over the same formula (result brought up to date); never over what someone typed. */
function putFormula(b: BlockContext, cell: string, formula: string, result: CellValue): void {
  const st = cellState(b.snapshot, b.sheet.name, cell);
  if (st.formula === null) {
    if (!isEmptyValue(st.value)) return;
    const e = formulaEdit(b.snapshot, b.sheet.name, cell, formula, result, 'Synthèse du programme (formule)');
    if (e) b.edits.push(e);
    return;
  }
  if (!sameFormula(st.formula, formula)) return;
  const e = refreshedFormulaEdit(b.snapshot, b.sheet.name, cell, formula, result, 'Synthèse du programme (résultat mis à jour)');
  if (e) b.edits.push(e);
}

/** Labels already listed down a column from a row, until the first empty cell. */
function listed(sheet: SheetSnapshot, col: number, from: number): { row: number; label: CellValue }[] {
  const out: { row: number; label: CellValue }[] = [];
  for (let row = from; !isEmptyValue(cellValue(sheet, row, col)); row++) out.push({ row, label: cellValue(sheet, row, col) });
  return out;
}

function summaryEdits(snapshot: WorkbookSnapshot, table: TableLocation, start: number, file: string): { edits: Edit[]; warnings: PlanWarning[] } {
  const sheet = findSheet(snapshot, table.sheet)!;
  const b: BlockContext = { snapshot, sheet, edits: [] };
  const warnings: PlanWarning[] = [];
  const col = (field: string) => (table.columns[field] ? columnNumber(table.columns[field]) : null);
  const c0 = Math.min(...Object.values(table.columns).map(columnNumber));
  const [r1, r2] = [table.firstRow, start - 1];
  const rows = Array.from({ length: r2 - r1 + 1 }, (_, i) => r1 + i);
  const [idx, cost, due, service, real] = ['indice', 'cout', 'echeance', 'service', 'realisation'].map(col);
  const at = (row: number, c: number | null) => (c ? cellValue(sheet, row, c) : null);
  const num = (v: CellValue) => (typeof v === 'number' ? v : 0);
  const isAction = (row: number) => !(real && typeof at(row, real) === 'string' && String(at(row, real)).slice(0, POSTPONED_MARK.length).toLowerCase() === POSTPONED_MARK.toLowerCase());

  putLabel(b, toA1(start, c0), SUMMARY_TITLE);

  // Actions per index letter, their total, the total cost.
  if (idx) {
    const [lc, vc] = [c0 + 1, c0 + 2];
    putLabel(b, toA1(start + 1, lc), 'Actions par indice');
    putLabel(b, toA1(start + 1, vc), 'Nombre');
    ['A', 'B', 'C', 'D'].forEach((letter, i) => {
      const row = start + 2 + i;
      putLabel(b, toA1(row, lc), letter);
      const formula = real
        ? `=SUMPRODUCT((${abs(idx, r1, r2)}="${letter}")*(LEFT(${abs(real, r1, r2)},${POSTPONED_MARK.length})<>"${POSTPONED_MARK}"))`
        : `=COUNTIF(${abs(idx, r1, r2)},"${letter}")`;
      putFormula(b, toA1(row, vc), formula, rows.filter((r) => sameText(at(r, idx), letter) && isAction(r)).length);
    });
    putLabel(b, toA1(start + 6, lc), 'Total des actions');
    const letters = rows.filter((r) => ['A', 'B', 'C', 'D'].some((l) => sameText(at(r, idx), l)) && isAction(r)).length;
    putFormula(b, toA1(start + 6, vc), `=SUM(${toA1(start + 2, vc)}:${toA1(start + 5, vc)})`, letters);
    if (cost) {
      putLabel(b, toA1(start + 7, lc), 'Coût prévisionnel total (€)');
      putFormula(b, toA1(start + 7, vc), `=SUM(${abs(cost, r1, r2)})`, rows.reduce((s, r) => s + num(at(r, cost)), 0));
    }
  }

  // Cost by service in charge: one row per service typed in the table, new ones appended.
  if (cost && service) {
    const [lc, vc] = [c0 + 4, c0 + 5];
    putLabel(b, toA1(start + 1, lc), 'Coût par service chargé du dossier');
    putLabel(b, toA1(start + 1, vc), 'Montant (€)');
    const present = listed(sheet, lc, start + 2);
    const names: string[] = [];
    for (const r of rows) {
      const v = at(r, service);
      if (typeof v !== 'string' || v.trim() === '') continue;
      if (![...names, ...present.map((p) => String(p.label))].some((n) => n.toLowerCase() === v.toLowerCase())) names.push(v);
    }
    const all = [...present.filter((p) => typeof p.label === 'string').map((p) => ({ row: p.row, name: String(p.label) })), ...names.map((name, i) => ({ row: start + 2 + present.length + i, name }))];
    for (const { row, name } of all) {
      putLabel(b, toA1(row, lc), name);
      const total = rows.filter((r) => sameText(at(r, service), name)).reduce((s, r) => s + num(at(r, cost)), 0);
      putFormula(b, toA1(row, vc), `=SUMIF(${abs(service, r1, r2)},${toA1(row, lc)},${abs(cost, r1, r2)})`, total);
    }
  }

  // Cost by quarter of deadline: one row per quarter that a (date) deadline falls in.
  // (Columns J and K of the template: no dropdown there, unlike the type d'action column.)
  if (cost && due) {
    const [lc, vc] = [c0 + 9, c0 + 10];
    putLabel(b, toA1(start + 1, lc), "Coût par trimestre d'échéance");
    putLabel(b, toA1(start + 1, vc), 'Montant (€)');
    const present = listed(sheet, lc, start + 2);
    const label = (q: { year: number; quarter: number }) => `T${q.quarter} ${q.year}`;
    const quarters = new Map<string, { year: number; quarter: number }>();
    for (const r of rows) {
      const v = at(r, due);
      if (typeof v === 'number' && v >= 1) {
        const q = quarterOf(v);
        quarters.set(label(q), q);
      }
    }
    const fresh = [...quarters.entries()]
      .filter(([l]) => !present.some((p) => normaliseLabel(p.label) === normaliseLabel(l)))
      .sort(([, a], [, b2]) => a.year - b2.year || a.quarter - b2.quarter);
    const all = [...present.map((p) => ({ row: p.row, text: String(p.label) })), ...fresh.map(([l], i) => ({ row: start + 2 + present.length + i, text: l }))];
    for (const { row, text } of all) {
      const m = /^T([1-4]) (\d{4})$/.exec(text.trim());
      if (!m) continue; // a label someone typed: left alone
      const [quarter, year] = [Number(m[1]), Number(m[2])];
      putLabel(b, toA1(row, lc), text);
      const [from, to] = [serialOf(year, quarter * 3 - 2), quarter === 4 ? serialOf(year + 1, 1) : serialOf(year, quarter * 3 + 1)];
      const [fy, fm, ty, tm] = [year, quarter * 3 - 2, quarter === 4 ? year + 1 : year, quarter === 4 ? 1 : quarter * 3 + 1];
      const total = rows.filter((r) => typeof at(r, due) === 'number' && (at(r, due) as number) >= from && (at(r, due) as number) < to).reduce((s, r) => s + num(at(r, cost)), 0);
      putFormula(b, toA1(row, vc), `=SUMIFS(${abs(cost, r1, r2)},${abs(due, r1, r2)},">="&DATE(${fy},${fm},1),${abs(due, r1, r2)},"<"&DATE(${ty},${tm},1))`, total);
    }
  }

  // Figures typed as text are not counted by Excel's sums: say so.
  for (const r of rows) {
    const v = cost ? at(r, cost) : null;
    if (cost && typeof v === 'string' && v.trim() !== '') {
      warnings.push({ file, sheet: sheet.name, cell: toA1(r, cost), message: `Le coût « ${v} » est saisi en texte : les totaux de la synthèse ne le comptent pas ; saisissez un nombre d’euros.` });
    }
    const d = due ? at(r, due) : null;
    if (due && typeof d === 'string' && d.trim() !== '' && isAction(r)) {
      warnings.push({ file, sheet: sheet.name, cell: toA1(r, due), message: `L’échéance « ${d} » est saisie en texte : le coût par trimestre ne la compte pas ; saisissez une date.` });
    }
  }
  return { edits: b.edits, warnings };
}

export function planProgramme(du: WorkbookSnapshot, programme: WorkbookSnapshot, options: ProgrammeOptions = {}): PlanWithWarnings {
  const duRec = recognise(du);
  const risks = tableNamed(duRec, 'risques');
  if (duRec.kind !== 'document-unique' || !risks) throw new CompileError("Le classeur source n'est pas un document unique : son tableau de hiérarchisation est introuvable.");
  const rec = recognise(programme);
  const actions = tableNamed(rec, 'actions');
  if (rec.kind !== 'programme' || !actions) throw new CompileError("Le classeur de destination n'est pas un programme annuel de prévention : son tableau des actions est introuvable.");
  const file = options.programmeName ?? 'programme';
  const sheet = findSheet(programme, actions.sheet)!;
  const c0 = Math.min(...Object.values(actions.columns).map(columnNumber));
  const existingSummary = findSummary(sheet, actions, c0);
  const known = new Set(contentRows(sheet, actions).map((r) => actionKey(r.cells)));
  const order = programmeOrder(duRisks(du, risks));
  const wanted = [...order.actions, ...order.postponed].map((r) => actionCells(r, actions)).filter((cells) => !known.has(actionKey(cells)));
  const allRows = freeRows(sheet, actions, wanted.length);
  const warnings: PlanWarning[] = [];
  const room = existingSummary === null ? allRows.length : allRows.filter((r) => r < existingSummary).length;
  if (room < wanted.length) {
    warnings.push({ file, sheet: sheet.name, cell: toA1(existingSummary!, c0), message: `${wanted.length - room} risque(s) du document unique n’ont pas trouvé de ligne libre au-dessus de la synthèse : insérez des lignes dans le tableau puis relancez.` });
  }
  const fresh = wanted.slice(0, room);
  const rows = allRows.slice(0, room);
  const edits: (Edit | null)[] = [];
  const numberCol = actions.columns.numero ? columnNumber(actions.columns.numero) : null;
  const assigned = new Map<number, number>();
  const numberAt = (row: number) => assigned.get(row) ?? (numberCol ? readNumber(cellValue(sheet, row, numberCol)) : null);
  fresh.forEach((cells, i) => {
    const row = rows[i];
    for (const [field, value] of Object.entries(cells)) {
      const letter = actions.columns[field];
      if (letter && value !== null) edits.push(valueEdit(programme, sheet.name, toA1(row, columnNumber(letter)), value, cells.realisation ? 'Risque non retenu cette année par le GT' : 'Action tirée du document unique'));
    }
    // Rows past the template's numbered ones get the next number.
    if (numberCol && numberAt(row) === null && cellFormula(sheet, row, numberCol) === null) {
      const previous = numberAt(row - 1);
      const number = previous === null ? i + 1 : previous + 1;
      assigned.set(row, number);
      edits.push(valueEdit(programme, sheet.name, toA1(row, numberCol), number, 'Numéro de l’action'));
    }
  });
  const base = edits.filter((e): e is Edit => e !== null);
  const filled = applyPlanToSnapshot(programme, { command: 'programme', edits: base });
  const lastUsed = Math.max(actions.lastRow, actions.firstRow + TEMPLATE_ROWS - 1, ...rows);
  const start = existingSummary ?? lastUsed + 2;
  const summary = summaryEdits(filled, actions, start, file);
  const after = applyPlanToSnapshot(filled, { command: 'programme', edits: summary.edits });
  return { command: 'programme', edits: [...base, ...summary.edits, ...planRecompute(after).edits], warnings: [...warnings, ...summary.warnings] };
}

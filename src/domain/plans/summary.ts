/**
 * A plan in a person's words: edits grouped by what people see (a risk row, a header field, the
 * catalogue sheet in one line, the dropdowns and colours of a table), each value shown as the cell
 * will show it (a formula's result; the formula itself only on demand). Counts are rows and
 * fields, not cells. The pane's preview and the command line's text output both print this.
 */
import { formatDate, serialToDate } from '../method/dates';
import { columnNumber, parseA1, parseRange } from '../workbook/address';
import { normaliseLabel } from '../workbook/labels';
import { recognise } from '../workbook/recognise';
import { DERIVED_COLUMNS } from '../workbook/rows';
import type { Recognition, TableLocation } from '../workbook/recognition';
import { cellValue, findSheet, isCellError, type CellValue, type WorkbookSnapshot } from '../workbook/snapshot';
import { CATALOGUE_SHEET } from '../workbook/specs';
import { applyPlanToSnapshot } from './apply-to-snapshot';
import type { Edit, FormulaEdit, Plan, ValueEdit } from './plan';

/** One cell's change as people read it: what it will show, and the formula behind it if any. */
export interface CellChange {
  sheet: string;
  cell: string;
  /** The column's or field's name in words (`indice`, `Nom du rédacteur`). */
  label: string;
  /** Our key for the column or field (`indice`, `redacteur`); '' for other cells. */
  field: string;
  before: string;
  after: string;
  formula: string | null;
  reason: string;
}

export interface RowChange {
  sheet: string;
  /** The table's key: `risques`, `actions`, `points`, `unites`, `statistiques`. */
  table: string;
  row: number;
  /** `Manutention des colis — A 00 Ensemble des agents`. */
  title: string;
  /** `Manutention des colis — A 00 Ensemble des agents : indice B, rang 4`. */
  text: string;
  cells: CellChange[];
}

export interface FieldChange extends CellChange {
  /** `Nom du rédacteur : M. Martin`. */
  text: string;
}

export interface PlanSummary {
  command: string;
  rows: RowChange[];
  fields: FieldChange[];
  /** Cells outside tables and fields (titles, totals…), each in one line. */
  others: FieldChange[];
  /** Empty template rows that only get their formulas, in one line per table (`Lignes 15 à 38…`). */
  templateRows: string[];
  /** The catalogue sheet (and the names over it) in one line, or null when untouched. */
  catalogue: string | null;
  /** Sheets of counts we own (the DU's Synthèse), one line each. */
  countSheets: string[];
  /** One line per sheet: the dropdowns placed and where. */
  dropdowns: string[];
  /** One line per sheet: the colours of the index. */
  colours: string[];
  /** `3 lignes de risque, 2 champs, la feuille des catalogues…`, or `Rien à modifier.` */
  headline: string;
  empty: boolean;
  /** The custom document properties written (the DU's consultation record), in one line. */
  properties?: string;
}

/** A table column in words, for the row lines. */
const COLUMN_WORDS: Record<string, string> = {
  site: 'site', unite: 'unité', agents: 'agents exposés', famille: 'type de risques', danger: 'nature du danger',
  situation: 'situation', moyensActuels: 'moyens actuels', gravite: 'G', frequence: 'F', indice: 'indice', rang: 'rang',
  graviteResiduelle: 'G résiduelle', frequenceResiduelle: 'F résiduelle', indiceResiduel: 'indice résiduel',
  moyensSouhaites: 'moyens souhaités', moyensGT: 'moyens du GT', typeAction: "type d'action", priorite: 'priorité du GT',
  numero: 'n°', mesures: 'mesures', cout: 'coût', echeance: 'échéance', service: 'service chargé', realisation: 'réalisation',
  point: 'point de recensement', effectifs: 'effectifs', sms: 'SMS', evacuation: 'évacuation', secours: 'premiers secours',
  habilitations: 'habilitations', designation: 'unité', nbAgents: "nombre d'agents",
};

const ROW_NOUNS: Record<string, [string, string]> = {
  risques: ['ligne de risque', 'lignes de risque'],
  actions: ['action', 'actions'],
  points: ['point de recensement', 'points de recensement'],
  unites: ['unité de travail', 'unités de travail'],
  statistiques: ['ligne de statistiques', 'lignes de statistiques'],
};

const DATE_WORDS = /date|echeance|^le$/i;

/** What a cell shows, as text: dates as dd/mm/yyyy, errors as they are, empty as `(vide)`. */
export function shownValue(v: CellValue | undefined, field = ''): string {
  if (v === null || v === undefined || v === '') return '(vide)';
  if (isCellError(v)) return v.error;
  if (typeof v === 'boolean') return v ? 'VRAI' : 'FAUX';
  if (typeof v === 'number') {
    if (DATE_WORDS.test(normaliseLabel(field)) && v > 20000 && v < 80000) return formatDate(serialToDate(v));
    return Number.isInteger(v) ? String(v) : String(v).replace('.', ',');
  }
  return v.length > 80 ? `${v.slice(0, 77)}…` : v;
}

function text(v: CellValue | undefined): string {
  return v === null || v === undefined || isCellError(v) ? '' : String(v).trim();
}

function afterOf(e: ValueEdit | FormulaEdit): CellValue {
  return e.kind === 'value' ? e.after : e.result;
}

function tableAt(rec: Recognition, sheet: string, row: number, col: number): TableLocation | undefined {
  // Below the table's end (a totals row, a synthesis block) a cell is not one of its rows.
  return rec.tables.find((t) => t.sheet === sheet && row > t.headerRow && row <= t.lastRow && Object.values(t.columns).some((l) => columnNumber(l) === col));
}

function fieldOfColumn(table: TableLocation, col: number): string | undefined {
  return Object.entries(table.columns).find(([, l]) => columnNumber(l) === col)?.[0];
}

/** The row's title from what it holds once the plan is applied. */
function rowTitle(after: WorkbookSnapshot, table: TableLocation, row: number): string {
  const sheet = findSheet(after, table.sheet);
  const at = (field: string) => (sheet && table.columns[field] ? text(cellValue(sheet, row, columnNumber(table.columns[field]))) : '');
  const what = at('situation') || at('danger') || at('mesures') || at('famille') || at('point') || at('designation');
  const where = at('unite') || at('site');
  const parts = [what, where].filter(Boolean);
  return parts.length ? parts.join(' — ') : `Ligne ${row}`;
}

function labelText(snapshot: WorkbookSnapshot, sheet: string, cell: string): string {
  const s = findSheet(snapshot, sheet);
  if (!s) return cell;
  const { row, col } = parseA1(cell);
  const raw = text(cellValue(s, row, col)).replace(/\s*[:=]\s*$/, '').replace(/\s+/g, ' ');
  return raw || cell;
}

function cellChange(e: ValueEdit | FormulaEdit, label: string, field: string): CellChange {
  return {
    sheet: e.sheet, cell: e.cell, label, field,
    before: shownValue(e.before, field),
    after: shownValue(afterOf(e), field),
    formula: e.kind === 'formula' ? e.formula : null,
    reason: e.reason,
  };
}

function rowsSpan(range: string): string {
  const first = range.split(/\s+/)[0];
  const r = parseRange(first);
  return r.start.row === r.end.row ? `ligne ${r.start.row}` : `lignes ${r.start.row} à ${r.end.row}`;
}

function columnWordOf(rec: Recognition, sheet: string, range: string): string {
  const r = parseRange(range.split(/\s+/)[0]);
  const table = tableAt(rec, sheet, r.start.row, r.start.col);
  const field = table ? fieldOfColumn(table, r.start.col) : undefined;
  return field ? COLUMN_WORDS[field] ?? field : `colonne ${range.split(':')[0].replace(/\d+/g, '')}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n > 1 ? many : one}`;
}

export function summarisePlan(plan: Plan, before: WorkbookSnapshot): PlanSummary {
  const rec = recognise(before);
  const after = applyPlanToSnapshot(before, plan);
  const afterRec = recognise(after);
  const rows = new Map<string, RowChange>();
  const fields: FieldChange[] = [];
  const others: FieldChange[] = [];
  let catalogueCells = 0;
  let names = 0;
  let newCatalogueSheet = false;
  const dropdowns = new Map<string, string[]>();
  const colours = new Map<string, string[]>();
  const properties: string[] = [];
  const fieldAt = new Map<string, { field: string; labelCell: string }>();
  for (const f of [...rec.fields, ...afterRec.fields]) fieldAt.set(`${f.sheet}!${f.valueCell}`, f);

  // Sheets of counts we own (the DU's Synthèse): one line each, like the catalogue sheet.
  const summarySheets = new Map<string, number>(afterRec.sheets.filter((x) => (x.role as string) === 'synthese').map((x) => [x.name, 0]));
  const newSheets = new Set<string>();
  for (const e of plan.edits as Edit[]) {
    switch (e.kind) {
      case 'sheet':
        if (e.sheet === CATALOGUE_SHEET) newCatalogueSheet = true;
        else if (summarySheets.has(e.sheet)) newSheets.add(e.sheet);
        else others.push({ sheet: e.sheet, cell: 'A1', label: 'Nouvelle feuille', field: '', before: '', after: e.sheet, formula: null, reason: e.reason, text: `Nouvelle feuille « ${e.sheet} »` });
        break;
      case 'name':
        names++;
        break;
      case 'validation': {
        const list = dropdowns.get(e.sheet) ?? [];
        const first = e.range.split(/[\s:]/)[0];
        const field = fieldAt.get(`${e.sheet}!${first}`);
        if (field && !e.range.includes(':')) list.push(labelText(before, e.sheet, field.labelCell));
        else list.push(`${columnWordOf(afterRec, e.sheet, e.range)} (${rowsSpan(e.range)})`);
        dropdowns.set(e.sheet, list);
        break;
      }
      case 'property':
        properties.push(e.value === null ? `${e.name} retirée` : `${e.name} = ${e.value}`);
        break;
      case 'conditionalFormat': {
        if (summarySheets.has(e.sheet)) break;
        const list = colours.get(e.sheet) ?? [];
        list.push(`${columnWordOf(afterRec, e.sheet, e.range)} (${rowsSpan(e.range)})`);
        colours.set(e.sheet, list);
        break;
      }
      case 'value':
      case 'formula': {
        if (e.sheet === CATALOGUE_SHEET) {
          catalogueCells++;
          break;
        }
        if (summarySheets.has(e.sheet)) {
          summarySheets.set(e.sheet, summarySheets.get(e.sheet)! + 1);
          break;
        }
        const { row, col } = parseA1(e.cell);
        const field = fieldAt.get(`${e.sheet}!${e.cell}`);
        if (field) {
          const label = labelText(before, e.sheet, field.labelCell) || field.field;
          const change = cellChange(e, label, field.field);
          fields.push({ ...change, text: `${label} : ${change.after}` });
          break;
        }
        const table = tableAt(afterRec, e.sheet, row, col);
        const key = table ? fieldOfColumn(table, col) : undefined;
        if (table && key) {
          const id = `${e.sheet}!${row}`;
          let line = rows.get(id);
          if (!line) {
            line = { sheet: e.sheet, table: table.table, row, title: rowTitle(after, table, row), text: '', cells: [] };
            rows.set(id, line);
          }
          line.cells.push(cellChange(e, COLUMN_WORDS[key] ?? key, key));
          break;
        }
        const change = cellChange(e, `${e.sheet} ${e.cell}`, '');
        others.push({ ...change, text: `« ${e.sheet} » ${e.cell} : ${change.after}` });
        break;
      }
    }
  }

  const sorted = [...rows.values()].sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : a.sheet.localeCompare(b.sheet)));
  // Rows nobody filled that only get their formulas (showing nothing yet): one line per table.
  const blank = (r: RowChange) => r.title === `Ligne ${r.row}` && r.cells.every((c) => c.after === '(vide)');
  const rowList = sorted.filter((r) => !blank(r));
  const templateRows = templateRowLines(sorted.filter(blank));
  for (const r of rowList) r.text = rowText(r);

  let catalogue: string | null = null;
  if (newCatalogueSheet || catalogueCells > 0 || names > 0) {
    const parts = [newCatalogueSheet ? 'ajoutée' : 'mise à jour'];
    if (names > 0) parts.push(plural(names, 'nom défini', 'noms définis'));
    catalogue = `Feuille « ${CATALOGUE_SHEET} » ${parts.join(', ')} : familles, unités de travail, échelles, notes acceptées et matrice, que les listes et les indices utilisent.`;
  }
  const countLines = [...summarySheets]
    .filter(([sheet, n]) => n > 0 || newSheets.has(sheet))
    .map(([sheet, n]) => `Feuille « ${sheet} » ${newSheets.has(sheet) ? 'ajoutée' : 'mise à jour'} : grille G × F, risques par indice, par famille et par unité, en formules (${plural(n, 'cellule', 'cellules')}).`);
  const sheetLines = (m: Map<string, string[]>, what: string) => [...m].map(([sheet, cols]) => `${what} sur « ${sheet} » : ${[...new Set(cols)].join(', ')}`);

  const headlineParts: string[] = [];
  // Many cells of one sheet outside its tables and fields (a programme's totals and summary block,
  // with its titles and formulas): one line for them, counted as a block.
  const bySheet = new Map<string, FieldChange[]>();
  for (const o of others) bySheet.set(o.sheet, [...(bySheet.get(o.sheet) ?? []), o]);
  let blocks = 0;
  others.splice(0, others.length, ...[...bySheet].flatMap(([sheet, list]) => {
    if (list.length <= 3) return list;
    blocks++;
    const cells = list.map((o) => o.cell);
    const formulas = list.filter((o) => o.formula !== null).length;
    return [{ ...list[0], cell: cells[0], label: sheet, before: '', after: '', formula: null, text: `« ${sheet} » : un bloc de ${list.length} cellules (titres, totaux et synthèse${formulas ? `, dont ${formulas} en formules` : ''}), de ${cells[0]} à ${cells[cells.length - 1]}` }];
  }));
  const perTable = new Map<string, number>();
  for (const r of rowList) perTable.set(r.table, (perTable.get(r.table) ?? 0) + 1);
  for (const [table, n] of perTable) {
    const [one, many] = ROW_NOUNS[table] ?? ['ligne', 'lignes'];
    headlineParts.push(plural(n, one, many));
  }
  if (fields.length) headlineParts.push(plural(fields.length, 'champ', 'champs'));
  if (templateRows.length) headlineParts.push('les formules des lignes vides');
  if (others.length > blocks) headlineParts.push(plural(others.length - blocks, 'autre cellule', 'autres cellules'));
  if (blocks) headlineParts.push(blocks > 1 ? `${blocks} blocs de totaux` : 'un bloc de totaux');
  if (catalogue) headlineParts.push('la feuille des catalogues');
  if (countLines.length) headlineParts.push('la synthèse');
  if (dropdowns.size) headlineParts.push('des listes déroulantes');
  if (colours.size) headlineParts.push('les couleurs de l’indice');
  if (properties.length) headlineParts.push('les propriétés du document');
  const empty = plan.edits.length === 0;
  return {
    command: plan.command,
    rows: rowList,
    fields,
    others,
    templateRows,
    catalogue,
    countSheets: countLines,
    dropdowns: sheetLines(dropdowns, 'Listes déroulantes'),
    colours: sheetLines(colours, 'Couleurs A/B/C/D'),
    headline: empty ? 'Rien à modifier : le classeur est à jour.' : `À modifier : ${joinFrench(headlineParts)}.`,
    empty,
    ...(properties.length ? { properties: `Propriétés du document (Fichier > Informations), registre de consultation : ${properties.join(' ; ')}.` } : {}),
  };
}

function rowText(r: RowChange): string {
  const added = r.cells.every((c) => c.before === '(vide)') && r.cells.some((c) => !DERIVED_COLUMNS.has(c.field) && c.after !== '(vide)');
  if (!added) return `${r.title} : ${r.cells.map((c) => `${c.label} ${c.after}`).join(', ')}`;
  const derived = r.cells.filter((c) => DERIVED_COLUMNS.has(c.field) && c.after !== '(vide)').map((c) => `${c.label} ${c.after}`);
  return `${r.title} : ligne ajoutée${derived.length ? `, ${derived.join(', ')}` : ''}`;
}

function templateRowLines(blank: RowChange[]): string[] {
  const byTable = new Map<string, RowChange[]>();
  for (const r of blank) byTable.set(r.sheet, [...(byTable.get(r.sheet) ?? []), r]);
  return [...byTable].map(([sheet, list]) => {
    const words = [...new Set(list.flatMap((r) => r.cells.map((c) => c.label)))].join(', ');
    const span = list.length === 1 ? `La ligne ${list[0].row}` : `Les lignes ${rowRuns(list.map((r) => r.row))}`;
    return `${span} de « ${sheet} », encore vides, reçoivent leurs formules (${words}) : elles s’afficheront quand la ligne sera remplie.`;
  });
}

/** Rows in runs (`15 à 19 et 21 à 38`): a span never covers a row in between that is not in the list. */
function rowRuns(rows: number[]): string {
  const runs: [number, number][] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else runs.push([r, r]);
  }
  return joinFrench(runs.map(([a, b]) => (a === b ? String(a) : `${a} à ${b}`)));
}

function joinFrench(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} et ${parts[parts.length - 1]}`;
}

/** The summary as lines of text (the command line's output). */
export function summaryLines(s: PlanSummary): string[] {
  if (s.empty) return [s.headline];
  const lines = [s.headline];
  if (s.fields.length) {
    lines.push('', 'Champs :');
    for (const f of s.fields) lines.push(`  ${f.text}`);
  }
  if (s.rows.length) {
    lines.push('', 'Lignes :');
    for (const r of s.rows) lines.push(`  ${r.sheet} ligne ${r.row} — ${r.text}`);
  }
  if (s.others.length) {
    lines.push('', 'Autres cellules :');
    for (const o of s.others) lines.push(`  ${o.text}`);
  }
  const tail = [...s.templateRows, s.catalogue, ...s.countSheets, ...s.dropdowns, ...s.colours, s.properties].filter((x): x is string => Boolean(x));
  if (tail.length) lines.push('', ...tail);
  return lines;
}

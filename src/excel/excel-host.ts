/**
 * The Excel host (Office.js).
 *
 * Read: one sync for the sheet list, names, and each sheet's used range, visibility, protection
 * and merged areas (ExcelApi 1.13, where supported); then the cells, by row blocks, as many per
 * sync as keep the response under Excel on the web's 5 MB limit. The sheet list of the previous
 * read is tried first; a sheet renamed or deleted since only costs one more sync.
 *
 * Apply: one sync checks what the writes need (sheets, names, protection of the sheets the plan
 * touches, number formats of linked dates); then the writes, as rectangular blocks (a 2-D
 * `formulas` array per block, `null` for the cells left alone), cut into requests that stay under
 * the 5 MB limit. Writes go in an order that leaves a consistent workbook if one request fails:
 * new sheets, catalogue cells, names, table cells, dropdowns, colours, and last the registry of
 * dropdowns and colours (column R of the catalogue sheet), so that an interrupted apply is planned
 * again. Text that Excel would turn into a number, a date, a boolean or a formula gets the Text
 * number format (`@`) first; a cell linked to a date gets `dd/mm/yyyy`.
 */
import { editsInApplyOrder, type FormulaEdit, type NameEdit, type Plan, type ValueEdit } from '../domain/plans/plan';
import { REGISTRY_COLUMN } from '../domain/plans/format-registry';
import type { WorkbookHost } from '../domain/workbook/host';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../domain/workbook/snapshot';
import { CATALOGUE_SHEET } from '../domain/workbook/specs';
import { parseA1, parseRange, toA1 } from '../domain/workbook/address';
import { arrayBytes, blocksOf, type Block, type CellInput, type CellWrite } from './blocks';
import { ExcelHostError, frenchOfficeError, officeErrorCode } from './office-errors';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Largest request the host sends, as estimated (the estimate is checked against what Microsoft's
 * runtime really sends, tests/excel/runtime.test.ts): under Excel on the web's 5 MB with a margin.
 */
export const MAX_REQUEST_BYTES = 3_500_000;
/** Largest response a read asks for, as estimated (Excel on the web also refuses 5 MB answers). */
export const MAX_RESPONSE_BYTES = 3_000_000;
/** Above this many cells in one request, calculation waits until the request is done. */
const SUSPEND_CALC_ABOVE = 500;
/** What the first read block assumes per cell of values + formulas + valueTypes, before measuring. */
const FIRST_GUESS_BYTES_PER_CELL = 60;
/** Bytes of an operation other than a block (add a sheet, a name, a rule). */
const OP_BYTES = 700;

export interface ExcelHostOptions {
  maxRequestBytes?: number;
  maxResponseBytes?: number;
}

/** What the last read or apply cost (the bench and tests print and check it). */
export interface ExcelHostStats {
  syncs: number;
  /** Per write request: the host's estimate of its size. */
  estimatedBytes: number[];
  /** Cell blocks written. */
  blocks: number;
}

const DATE_FORMAT = 'dd/mm/yyyy';

function toCellValue(value: unknown, type: string | undefined): CellValue {
  if (type === 'Error') return { error: String(value) };
  if (type === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

function visibilityOf(v: string): SheetSnapshot['visibility'] {
  return v === 'Hidden' ? 'hidden' : v === 'VeryHidden' ? 'veryHidden' : 'visible';
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** `'Sheet'!A1:B2` → `A1:B2`. */
function localAddress(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
}

/**
 * Would Excel turn this text into something else when written? Formulas (`=`, `+`, `-`, `@`),
 * numbers (also with a comma, spaces, a percent sign), dates and times, booleans, error texts,
 * and a leading apostrophe (which Excel would swallow).
 */
function textNeedsTextFormat(s: string): boolean {
  if (s === '') return false;
  const t = s.trim();
  if (/^[=+\-@']/.test(s) || /^[=+\-@]/.test(t)) return true;
  if (/^\(?[-+]?[\d\s.,\u00a0\u202f]*\d[\d\s.,\u00a0\u202f]*\)?\s*%?$/.test(t)) return true;
  if (/^\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?(\s+\d{1,2}:\d{2}(:\d{2})?)?$/.test(t)) return true;
  if (/^\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m)?$/i.test(t)) return true;
  if (/^\d{1,2}[\s-](janv?|févr?|mars|avr|mai|juin|juil|août|sept?|oct|nov|déc|jan|feb|mar|apr|may|jun|jul|aug|sep|dec)/i.test(t)) return true;
  if (/^(true|false|vrai|faux)$/i.test(t)) return true;
  if (/^#/.test(t)) return true;
  return false;
}

/** A link formula written by the core: `=IF(ref="","",ref)` → `ref`. */
function linkSource(formula: string): { sheet: string; cell: string } | null {
  const m = /^=IF\((.+)="","",\1\)$/.exec(formula);
  if (!m) return null;
  const ref = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)$/.exec(m[1]);
  if (!ref) return null;
  return { sheet: (ref[1] ?? ref[2]).replace(/''/g, "'"), cell: `${ref[3]}${ref[4]}` };
}

function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || format === '' || format === 'General' || format === '@') return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]|j{1,4}|a{2,4}/i.test(bare) && !/^[#0.,%\s]+$/.test(bare);
}

function valueInput(e: ValueEdit): CellWrite {
  const { row, col } = parseA1(e.cell);
  const v = e.after;
  if (v === null) return { row, col, input: '' };
  if (typeof v === 'object') return { row, col, input: v.error };
  if (typeof v === 'string' && textNeedsTextFormat(v)) return { row, col, input: v, numberFormat: '@' };
  return { row, col, input: v };
}

type Op =
  | { kind: 'block'; block: Block }
  | { kind: 'addSheet'; name: string; hidden: boolean }
  | { kind: 'name'; edit: NameEdit; existing: string | null }
  | { kind: 'validation'; sheet: string; range: string; list: string }
  | { kind: 'colours'; sheet: string; range: string; rules: { equals: string; formula?: string; fill: string; font: string }[] }
  | { kind: 'property'; name: string; value: string | number | null };

function opBytes(op: Op): number {
  if (op.kind === 'block') return op.block.bytes;
  return OP_BYTES + arrayBytes(op);
}

interface SheetMeta {
  name: string;
  visibility: string;
  used: string | null;
  merges: string[];
}

export class ExcelHost implements WorkbookHost {
  /** The sheet names of the last read, tried first by the next one. */
  private knownSheets: string[] = [];
  /** What the cells of the last read weighed in Excel's answers (JSON). */
  private lastReadBytes = 0;
  /** What a cell weighed in Excel's last answers (with a margin): sizes the next read's blocks. */
  private bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
  /** What the last read or apply cost. */
  lastStats: ExcelHostStats = { syncs: 0, estimatedBytes: [], blocks: 0 };
  private readonly maxRequestBytes: number;
  private readonly maxResponseBytes: number;

  constructor(
    private readonly run: ExcelRun,
    private readonly isSetSupported: (name: string, version: string) => boolean = () => true,
    options: ExcelHostOptions = {},
  ) {
    this.maxRequestBytes = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
    this.maxResponseBytes = options.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  }

  /** A French message when this Excel lacks ExcelApi 1.9, else null. */
  checkRequirements(): string | null {
    return this.isSetSupported('ExcelApi', '1.9')
      ? null
      : "Cette version d'Excel ne prend pas en charge ExcelApi 1.9 : utilisez Excel 2021, Microsoft 365 ou Excel sur le web.";
  }

  async read(): Promise<WorkbookSnapshot> {
    try {
      return await this.readOnce();
    } catch (e) {
      // The sheets grew past what one answer may carry since the last read: read by blocks.
      if (officeErrorCode(e) !== 'ResponsePayloadSizeLimitExceeded' || this.lastReadBytes === 0) throw e;
      this.lastReadBytes = 0;
      return this.readOnce();
    }
  }

  private async readOnce(): Promise<WorkbookSnapshot> {
    const stats: ExcelHostStats = { syncs: 0, estimatedBytes: [], blocks: 0 };
    this.lastStats = stats;
    const merged = this.isSetSupported('ExcelApi', '1.13');
    return this.run(async (context) => {
      const sync = async () => {
        stats.syncs++;
        await context.sync();
      };
      const worksheets = context.workbook.worksheets;
      const names = context.workbook.names;
      // When the last read was small, the cells come with the list (one sync for the whole read).
      const withCells = this.lastReadBytes > 0 && this.lastReadBytes * 4 < this.maxResponseBytes;
      const queueMeta = (name: string, cells = false) => {
        const sheet = worksheets.getItem(name);
        sheet.load('name,visibility');
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load(cells ? 'address,values,formulas,valueTypes' : 'address');
        const merges = merged ? sheet.getRange().getMergedAreasOrNullObject() : null;
        merges?.load('address');
        return { sheet, used, merges, cells };
      };
      type Pending = ReturnType<typeof queueMeta>;
      const metaOf = (p: Pending): SheetMeta => ({
        name: p.sheet.name,
        visibility: p.sheet.visibility,
        used: p.used.isNullObject ? null : localAddress(p.used.address),
        merges: p.merges && !p.merges.isNullObject ? p.merges.address.split(',').map((a) => localAddress(a.trim())) : [],
      });

      // 1. The sheet list, names, custom properties, and (optimistically) the metadata of the sheets known last time.
      worksheets.load('items/name');
      names.load('items/name,items/formula');
      const custom = this.customProperties(context);
      let pending = new Map<string, Pending>();
      for (const n of this.knownSheets) pending.set(n, queueMeta(n, withCells));
      try {
        await sync();
      } catch (e) {
        // A known sheet was renamed or deleted: read the list alone, then every sheet.
        if (this.knownSheets.length === 0 || officeErrorCode(e) !== 'ItemNotFound') throw e;
        this.knownSheets = [];
        pending = new Map();
        worksheets.load('items/name');
        names.load('items/name,items/formula');
        custom?.load('items/key,items/value');
        await sync();
      }
      const current = worksheets.items.map((w) => w.name);
      const missing = current.filter((n) => !pending.has(n));
      if (missing.length > 0) {
        for (const n of missing) pending.set(n, queueMeta(n));
        await sync();
      }
      const metas = current.map((n) => metaOf(pending.get(n)!));

      // 2. The cells, by row blocks, several blocks per sync within the response budget.
      const snapshots = metas.map((m): SheetSnapshot => ({
        name: m.name,
        visibility: visibilityOf(m.visibility),
        values: [],
        formulas: [],
        merges: m.merges,
        validations: [],
        conditionalFormats: [],
      }));
      let bytesPerCell = this.bytesPerCell;
      let readBytes = 0;
      const todo: { index: number; top: number; bottom: number; left: number; right: number }[] = [];
      const take = (s: SheetSnapshot, left: number, range: Excel.Range): number => {
        const { values, formulas, valueTypes } = range;
        const pad: null[] = new Array(left - 1).fill(null);
        values.forEach((line, i) => {
          const types = valueTypes[i];
          s.values.push([...pad, ...line.map((v, j) => toCellValue(v, types[j]))]);
          s.formulas.push([...pad, ...formulas[i].map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null))]);
        });
        return JSON.stringify(values).length + JSON.stringify(formulas).length + JSON.stringify(valueTypes).length;
      };
      metas.forEach((m, index) => {
        if (!m.used) return;
        const r = parseRange(m.used);
        const s = snapshots[index];
        for (let row = 1; row < r.start.row; row++) {
          s.values.push([]);
          s.formulas.push([]);
        }
        const p = pending.get(m.name)!;
        if (p.cells) readBytes += take(s, r.start.col, p.used);
        else todo.push({ index, top: r.start.row, bottom: r.end.row, left: r.start.col, right: r.end.col });
      });
      while (todo.length > 0) {
        let budget = this.maxResponseBytes;
        const loads: { index: number; left: number; range: Excel.Range; rows: number; cols: number }[] = [];
        while (todo.length > 0 && budget > 0) {
          const t = todo[0];
          const cols = t.right - t.left + 1;
          const rows = Math.max(1, Math.min(t.bottom - t.top + 1, Math.floor(budget / (bytesPerCell * cols))));
          if (loads.length > 0 && rows * cols * bytesPerCell > budget) break;
          const range = worksheets.getItem(metas[t.index].name).getRange(`${toA1(t.top, t.left)}:${toA1(t.top + rows - 1, t.right)}`);
          range.load('values,formulas,valueTypes');
          loads.push({ index: t.index, left: t.left, range, rows, cols });
          budget -= rows * cols * bytesPerCell;
          t.top += rows;
          if (t.top > t.bottom) todo.shift();
        }
        await sync();
        let received = 0;
        let cells = 0;
        for (const l of loads) {
          received += take(snapshots[l.index], l.left, l.range);
          cells += l.rows * l.cols;
        }
        readBytes += received;
        // What Excel really answered sizes the next blocks (with a margin).
        if (cells > 0) bytesPerCell = this.bytesPerCell = Math.max(8, Math.ceil((received / cells) * 1.5));
      }
      this.lastReadBytes = readBytes;
      this.knownSheets = current;
      return {
        sheets: snapshots,
        names: names.items.map((n) => ({ name: n.name, ref: n.formula.replace(/^=/, '') })),
        ...(custom ? { properties: propertiesOf(custom) } : {}),
      };
    });
  }

  /** The custom document properties, queued for loading (ExcelApi 1.7), or undefined where this Excel has none. */
  private customProperties(context: Excel.RequestContext): Excel.CustomPropertyCollection | undefined {
    if (!this.isSetSupported('ExcelApi', '1.7')) return undefined;
    const custom = (context.workbook as { properties?: Excel.DocumentProperties }).properties?.custom;
    custom?.load('items/key,items/value');
    return custom;
  }

  async apply(plan: Plan): Promise<void> {
    const stats: ExcelHostStats = { syncs: 0, estimatedBytes: [], blocks: 0 };
    this.lastStats = stats;
    if (plan.edits.length === 0) return;
    const edits = editsInApplyOrder(plan);
    await this.run(async (context) => {
      const sync = async () => {
        stats.syncs++;
        await context.sync();
      };
      const worksheets = context.workbook.worksheets;
      const names = context.workbook.names;

      // 1. What the writes need to know.
      worksheets.load('items/name,items/protection/protected');
      names.load('items/name,items/formula');
      const workbookProtection = context.workbook.protection;
      workbookProtection.load('protected');
      const linkedNumbers = edits.filter((e): e is FormulaEdit => e.kind === 'formula' && typeof e.result === 'number' && linkSource(e.formula) !== null);
      const sourceFormats = new Map<FormulaEdit, Excel.Range>();
      for (const e of linkedNumbers) {
        const src = linkSource(e.formula)!;
        if (!this.knownSheets.some((n) => same(n, src.sheet))) continue;
        const range = worksheets.getItem(src.sheet).getRange(src.cell);
        range.load('numberFormat');
        sourceFormats.set(e, range);
      }
      await sync();
      const sheets = worksheets.items.map((w) => ({ name: w.name, protected: w.protection.protected }));
      const existing = (name: string) => sheets.find((s) => same(s.name, name));
      const touched = new Set<string>();
      for (const e of edits) if (e.kind !== 'sheet' && e.kind !== 'name' && e.kind !== 'property') touched.add(e.sheet);
      const locked = [...touched].map(existing).filter((s): s is { name: string; protected: boolean } => !!s && s.protected);
      if (locked.length > 0) {
        const list = locked.map((s) => `« ${s.name} »`).join(', ');
        throw new ExcelHostError(
          'SheetProtected',
          `${locked.length > 1 ? 'Les feuilles' : 'La feuille'} ${list} ${locked.length > 1 ? 'sont protégées' : 'est protégée'} : rien n'a été modifié ; ôtez la protection (Révision > Ôter la protection de la feuille) puis appliquez de nouveau.`,
        );
      }
      const newSheets = edits.flatMap((e) => (e.kind === 'sheet' && !existing(e.sheet) ? [e.sheet] : []));
      if (newSheets.length > 0 && workbookProtection.protected) {
        throw new ExcelHostError(
          'WorkbookProtected',
          `La structure du classeur est protégée : la feuille « ${newSheets[0]} » ne peut pas être ajoutée et rien n'a été modifié ; ôtez la protection du classeur (Révision > Protéger le classeur) puis appliquez de nouveau.`,
        );
      }
      const dateCells = new Set<FormulaEdit>();
      for (const [e, range] of sourceFormats) if (isDateFormat(range.numberFormat?.[0]?.[0])) dateCells.add(e);
      const nameList = names.items.map((n) => ({ name: n.name, formula: n.formula }));

      // 2. The writes, in an order that leaves a consistent workbook at every request.
      const ops: Op[] = [];
      for (const e of edits) {
        if (e.kind === 'sheet' && !existing(e.sheet) && !ops.some((o) => o.kind === 'addSheet' && same(o.name, e.sheet))) {
          ops.push({ kind: 'addSheet', name: e.sheet, hidden: e.visibility === 'hidden' });
        }
      }
      const sheetName = (name: string) => existing(name)?.name ?? name;
      const isRegistry = (e: ValueEdit | FormulaEdit) => same(e.sheet, CATALOGUE_SHEET) && parseA1(e.cell).col === REGISTRY_COLUMN;
      const cellEdits = edits.filter((e): e is ValueEdit | FormulaEdit => e.kind === 'value' || e.kind === 'formula');
      const blockOps = (list: (ValueEdit | FormulaEdit)[]): Op[] => {
        const bySheet = new Map<string, CellWrite[]>();
        for (const e of list) {
          const name = sheetName(e.sheet);
          const writes = bySheet.get(name) ?? bySheet.set(name, []).get(name)!;
          if (e.kind === 'value') writes.push(valueInput(e));
          else {
            const { row, col } = parseA1(e.cell);
            writes.push({ row, col, input: e.formula, numberFormat: dateCells.has(e) ? DATE_FORMAT : undefined });
          }
        }
        const budget = Math.floor(this.maxRequestBytes / 2);
        return [...bySheet].flatMap(([name, writes]) => blocksOf(name, writes, budget).map((block): Op => ({ kind: 'block', block })));
      };
      ops.push(...blockOps(cellEdits.filter((e) => same(e.sheet, CATALOGUE_SHEET) && !isRegistry(e))));
      for (const e of edits) {
        if (e.kind !== 'name') continue;
        const found = nameList.find((n) => same(n.name, e.name));
        if (found && found.formula.replace(/^=/, '') === e.ref) continue;
        ops.push({ kind: 'name', edit: e, existing: found?.name ?? null });
      }
      ops.push(...blockOps(cellEdits.filter((e) => !same(e.sheet, CATALOGUE_SHEET))));
      for (const e of edits) {
        if (e.kind === 'validation') ops.push({ kind: 'validation', sheet: sheetName(e.sheet), range: e.range, list: e.list });
        if (e.kind === 'conditionalFormat') ops.push({ kind: 'colours', sheet: sheetName(e.sheet), range: e.range, rules: e.rules });
      }
      for (const e of edits) if (e.kind === 'property') ops.push({ kind: 'property', name: e.name, value: e.value });
      ops.push(...blockOps(cellEdits.filter(isRegistry)));

      // 3. Requests cut by size.
      let queued = 0;
      let cells = 0;
      const sheetProxies = new Map<string, Excel.Worksheet>();
      const sheetOf = (name: string) => sheetProxies.get(name) ?? sheetProxies.set(name, worksheets.getItem(name)).get(name)!;
      const send = async () => {
        if (queued === 0) return;
        stats.estimatedBytes.push(queued);
        await sync();
        queued = 0;
        cells = 0;
        sheetProxies.clear(); // each request names its sheets afresh (no cross-request references)
      };
      for (const op of ops) {
        const bytes = opBytes(op);
        if (queued > 0 && queued + bytes > this.maxRequestBytes) await send();
        if (op.kind === 'block') {
          if (cells <= SUSPEND_CALC_ABOVE && cells + op.block.cells > SUSPEND_CALC_ABOVE) context.application.suspendApiCalculationUntilNextSync();
          cells += op.block.cells;
          stats.blocks++;
        }
        queueOp(context, sheetOf, op);
        queued += bytes;
      }
      await send();
    });
  }

  /** Selects a cell (the pane's link from a finding to its cell); fails with a French sentence. */
  async select(sheet: string, cell: string): Promise<void> {
    try {
      await this.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      });
    } catch (e) {
      const code = officeErrorCode(e);
      if (code === 'ItemNotFound') throw new ExcelHostError(code, `La feuille « ${sheet} » n'existe plus dans le classeur : relisez le classeur pour aller à la cellule ${cell}.`);
      if (code === 'InvalidArgument') throw new ExcelHostError(code, `La cellule « ${cell} » de la feuille « ${sheet} » n'est pas une adresse qu'Excel connaît : relisez le classeur.`);
      throw new ExcelHostError(code ?? 'SelectFailed', `Impossible d'aller à la cellule ${cell} de la feuille « ${sheet} ». ${frenchOfficeError(e)}`);
    }
  }
}

/** The loaded custom properties as text (`DUERP_Version` → `"3"`); undefined when Excel did not answer them. */
function propertiesOf(custom: Excel.CustomPropertyCollection): Record<string, string> | undefined {
  try {
    const items = custom.items;
    if (!Array.isArray(items)) return undefined;
    const out: Record<string, string> = {};
    for (const p of items) out[p.key] = p.value instanceof Date ? p.value.toISOString().slice(0, 10) : String(p.value);
    return out;
  } catch {
    return undefined;
  }
}

function queueOp(context: Excel.RequestContext, sheetOf: (name: string) => Excel.Worksheet, op: Op): void {
  switch (op.kind) {
    case 'property': {
      // ExcelApi 1.7: add() creates the property or sets the one of that key (Fichier > Informations shows it).
      const custom = context.workbook.properties.custom;
      if (op.value === null) custom.getItemOrNullObject(op.name).delete();
      else custom.add(op.name, op.value);
      return;
    }
    case 'addSheet': {
      const ws = context.workbook.worksheets.add(op.name);
      if (op.hidden) ws.visibility = 'Hidden' as Excel.SheetVisibility;
      return;
    }
    case 'block': {
      const range = sheetOf(op.block.sheet).getRange(op.block.address);
      // The text format goes first, so that the text written next stays text.
      if (op.block.numberFormat) range.numberFormat = op.block.numberFormat as unknown as string[][];
      range.formulas = op.block.formulas as unknown as CellInput[][] as string[][];
      return;
    }
    case 'name': {
      if (op.existing !== null) context.workbook.names.getItem(op.existing).delete();
      context.workbook.names.add(op.edit.name, `=${op.edit.ref}`);
      return;
    }
    case 'validation': {
      const range = sheetOf(op.sheet).getRange(op.range);
      range.dataValidation.clear();
      range.dataValidation.rule = { list: { inCellDropDown: true, source: op.list } };
      return;
    }
    case 'colours': {
      const range = sheetOf(op.sheet).getRange(op.range);
      // One set of colours per table, however it grows: what the range had is replaced.
      range.conditionalFormats.clearAll();
      for (const rule of op.rules) {
        if (rule.formula) {
          // An expression rule (the Synthèse grid coloured like the matrix).
          const custom = range.conditionalFormats.add('Custom' as Excel.ConditionalFormatType).custom;
          custom.format.fill.color = rule.fill;
          custom.format.font.color = rule.font;
          custom.rule.formula = `=${rule.formula}`;
          continue;
        }
        const cf = range.conditionalFormats.add('CellValue' as Excel.ConditionalFormatType);
        cf.cellValue.format.fill.color = rule.fill;
        cf.cellValue.format.font.color = rule.font;
        cf.cellValue.rule = { formula1: `="${rule.equals}"`, operator: 'EqualTo' };
      }
      return;
    }
  }
}

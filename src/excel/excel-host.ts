/**
 * The Excel host (Office.js). A command costs two `context.sync()`: one batched read, one batched
 * write. The sheet list is learnt once (first read) and checked in the same batch as the content
 * afterwards; only when sheets were added or renamed in between does a read take a second sync.
 * Writes larger than Excel on the web's 5 MB request limit are split into several syncs.
 */
import { editsInApplyOrder, type Edit, type Plan } from '../domain/plans/plan';
import type { WorkbookHost } from '../domain/workbook/host';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../domain/workbook/snapshot';
import { parseA1 } from '../domain/workbook/address';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Keep each write request well under Excel on the web's 5 MB payload limit. */
export const MAX_REQUEST_BYTES = 4_000_000;
/** Above this many cell writes, calculation waits until the batch is written. */
const SUSPEND_CALC_ABOVE = 200;

interface LoadedSheet {
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

function toCellValue(value: unknown, type: string | undefined): CellValue {
  if (type === 'Error') return { error: String(value) };
  if (type === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

function sheetSnapshot(ws: Excel.Worksheet, used: Excel.Range): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  if (!used.isNullObject) {
    const { row: top, col: left } = parseA1(used.address.split('!').pop()!.split(':')[0]);
    // A1 origin: pad the rows and columns before the used range.
    for (let r = 1; r < top; r++) {
      values.push([]);
      formulas.push([]);
    }
    used.values.forEach((line, i) => {
      const types = used.valueTypes[i];
      values.push([...Array(left - 1).fill(null), ...line.map((v, j) => toCellValue(v, types[j]))]);
      formulas.push([...Array(left - 1).fill(null), ...used.formulas[i].map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null))]);
    });
  }
  return {
    name: ws.name,
    visibility: ws.visibility === 'Hidden' ? 'hidden' : ws.visibility === 'VeryHidden' ? 'veryHidden' : 'visible',
    values,
    formulas,
    merges: [],
    validations: [],
    conditionalFormats: [],
  };
}

export class ExcelHost implements WorkbookHost {
  private knownSheets: string[] | null = null;

  constructor(
    private readonly run: ExcelRun,
    private readonly isSetSupported: (name: string, version: string) => boolean = () => true,
  ) {}

  /** A French message when this Excel lacks ExcelApi 1.9, else null. */
  checkRequirements(): string | null {
    return this.isSetSupported('ExcelApi', '1.9')
      ? null
      : "Cette version d'Excel ne prend pas en charge ExcelApi 1.9 : utilisez Excel 2021, Microsoft 365 ou Excel sur le web.";
  }

  async read(): Promise<WorkbookSnapshot> {
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name');
      const names = context.workbook.names;
      names.load('items/name,items/formula');
      const load = (name: string): LoadedSheet => {
        const sheet = worksheets.getItem(name);
        sheet.load('name,visibility');
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load('address,values,formulas,valueTypes');
        return { sheet, used };
      };
      let loaded = (this.knownSheets ?? []).map(load);
      await context.sync();
      const current = worksheets.items.map((w) => w.name);
      if (!this.knownSheets || current.join('\u0000') !== this.knownSheets.join('\u0000')) {
        this.knownSheets = current;
        loaded = current.map(load);
        await context.sync();
      }
      return {
        sheets: loaded.map((l) => sheetSnapshot(l.sheet, l.used)),
        names: names.items.map((n) => ({ name: n.name, ref: n.formula.replace(/^=/, '') })),
      };
    });
  }

  async apply(plan: Plan): Promise<void> {
    if (plan.edits.length === 0) return;
    const batches = splitBySize(editsInApplyOrder(plan));
    await this.run(async (context) => {
      for (const batch of batches) {
        if (batch.length > SUSPEND_CALC_ABOVE) context.application.suspendApiCalculationUntilNextSync();
        for (const edit of batch) queueEdit(context, edit);
        await context.sync();
      }
    });
    // Only a new sheet changes the list the next read relies on.
    if (plan.edits.some((e) => e.kind === 'sheet')) this.knownSheets = null;
  }

  /** Selects a cell (the pane's link from a finding to its cell). */
  async select(sheet: string, cell: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }
}

/** Rough payload of one edit in a request (JSON of its values and formulas). */
export function editPayloadBytes(edit: Edit): number {
  return JSON.stringify(edit).length + 64;
}

/** Groups edits into requests that each stay under MAX_REQUEST_BYTES. */
export function splitBySize(edits: Edit[]): Edit[][] {
  const batches: Edit[][] = [[]];
  let size = 0;
  for (const e of edits) {
    const bytes = editPayloadBytes(e);
    if (size + bytes > MAX_REQUEST_BYTES && batches[batches.length - 1].length > 0) {
      batches.push([]);
      size = 0;
    }
    batches[batches.length - 1].push(e);
    size += bytes;
  }
  return batches;
}

function cellInput(value: CellValue): string | number | boolean {
  if (value === null) return '';
  if (typeof value === 'object') return value.error;
  // A text that Excel would turn into a number or a date keeps its text with a leading apostrophe.
  if (typeof value === 'string' && /^\s*[-+]?[\d.,/ :]+\s*$/.test(value) && value.trim() !== '') return `'${value}`;
  return value;
}

function queueEdit(context: Excel.RequestContext, edit: Edit): void {
  const sheets = context.workbook.worksheets;
  switch (edit.kind) {
    case 'sheet': {
      const ws = sheets.add(edit.sheet);
      if (edit.visibility === 'hidden') ws.visibility = 'Hidden' as Excel.SheetVisibility;
      return;
    }
    case 'value':
      sheets.getItem(edit.sheet).getRange(edit.cell).values = [[cellInput(edit.after)]];
      return;
    case 'formula':
      sheets.getItem(edit.sheet).getRange(edit.cell).formulas = [[edit.formula]];
      return;
    case 'name': {
      const existing = context.workbook.names.getItemOrNullObject(edit.name);
      if (edit.before !== null) existing.delete();
      context.workbook.names.add(edit.name, `=${edit.ref}`);
      return;
    }
    case 'validation': {
      const range = sheets.getItem(edit.sheet).getRange(edit.range);
      range.dataValidation.clear();
      range.dataValidation.rule = { list: { inCellDropDown: true, source: edit.list } };
      return;
    }
    case 'conditionalFormat': {
      const range = sheets.getItem(edit.sheet).getRange(edit.range);
      for (const rule of edit.rules) {
        const cf = range.conditionalFormats.add('CellValue' as Excel.ConditionalFormatType);
        cf.cellValue.format.fill.color = rule.fill;
        cf.cellValue.format.font.color = rule.font;
        cf.cellValue.rule = { formula1: `="${rule.equals}"`, operator: 'EqualTo' };
      }
      return;
    }
  }
}


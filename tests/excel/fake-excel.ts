/**
 * A fake `Excel.run` that behaves like Excel's proxy model, over an in-memory workbook, as strict
 * as Excel where its typings and documentation say so:
 * - a property read before `load` + `sync` throws (PropertyNotLoaded);
 * - writes are queued and take effect at `sync()`, in order; a failing operation stops the batch
 *   there, the earlier operations of the batch staying done (Excel batches are not transactions);
 * - `null` in a 2-D `values`/`formulas`/`numberFormat` array leaves that cell unchanged, `''`
 *   clears it; an array whose shape differs from the range's throws InvalidArgument;
 * - written text is converted as Excel converts typed input (`=…`, `+…`, `-…`, `@…` become
 *   formulas; numbers, dates, booleans, percentages become numbers and booleans) unless the cell's
 *   number format is text (`@`) or the text starts with an apostrophe;
 * - sheets and names match without case; adding one that exists throws ItemAlreadyExists;
 *   writing on a protected sheet throws AccessDenied;
 * - a request (what one `sync()` sends) over 5 MB is refused with RequestPayloadSizeLimitExceeded;
 * - errors carry Office's `code` (ItemNotFound, InvalidArgument…), as OfficeExtension.Error does.
 * It counts `sync()` calls and proxy calls. It does not calculate: a formula shows no value.
 */
import { columnLetter, parseA1, parseRange } from '../../src/domain/workbook/address';
import type { CellValue } from '../../src/domain/workbook/snapshot';

export interface FakeCell {
  value: CellValue;
  formula: string | null;
  /** The cell's number format, when not General (`@` text, `dd/mm/yyyy`…). */
  numberFormat?: string;
}

export interface FakeConditionalFormat {
  range: string;
  equals: string;
  /** An expression rule's formula (`Custom` conditional formats). */
  formula?: string;
  fill: string;
  font: string;
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, FakeCell>; // "row,col"
  validations: { range: string; source: string }[];
  conditionalFormats: FakeConditionalFormat[];
  protected?: boolean;
  merges?: string[];
}

export interface FakeWorkbook {
  sheets: FakeSheet[];
  names: Map<string, string>;
  /** The workbook's structure is protected: no sheet may be added. */
  protected?: boolean;
  /** Custom document properties (Fichier > Informations), key → value. */
  properties?: Map<string, string | number>;
}

export interface FakeStats {
  syncs: number;
  calls: number;
  suspended: number;
  /** Estimated bytes of each request sent (one entry per sync that carried something). */
  requestBytes: number[];
  /** When set, the sync of this number (1-based, counted over the fake's life) fails, writing nothing. */
  failSync?: number;
  /** Largest answer (JSON of what was loaded) before ResponsePayloadSizeLimitExceeded; 5 MB unless set. */
  responseLimit?: number;
}

/** Excel on the web refuses a request larger than 5 MB. */
export const EXCEL_REQUEST_LIMIT = 5 * 1024 * 1024;
/** What the fake counts for one queued operation besides its arguments (Office.js sends ~150-300 bytes). */
const OP_BYTES = 200;

/** An error as Office.js throws it: `code` is one of OfficeExtension.ErrorCodes / Excel.ErrorCodes. */
export class FakeOfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'OfficeExtension.Error';
  }
}

class PropertyNotLoaded extends FakeOfficeError {
  constructor(prop: string) {
    super('PropertyNotLoaded', `The property '${prop}' is not available. Before reading the property's value, call the load method.`);
  }
}

type Op = () => void;

class Ctx {
  queue: Op[] = [];
  loads: (() => void)[] = [];
  bytes = 0;
  responseBytes = 0;
  constructor(readonly model: FakeWorkbook, readonly stats: FakeStats) {}
  call(): void {
    this.stats.calls++;
  }
  /** Queues a write; `payload` is what the request would carry for it. */
  push(op: Op, payload: unknown = null): void {
    this.bytes += OP_BYTES + (payload === null ? 0 : JSON.stringify(payload).length);
    this.queue.push(op);
  }
  async sync(): Promise<void> {
    this.stats.syncs++;
    if (this.stats.failSync === this.stats.syncs) {
      this.queue.splice(0);
      this.loads.splice(0);
      this.bytes = 0;
      throw new FakeOfficeError('GeneralException', 'There was an internal error while processing the request.');
    }
    const bytes = this.bytes;
    this.bytes = 0;
    const ops = this.queue.splice(0);
    const loads = this.loads.splice(0);
    if (ops.length > 0 || loads.length > 0) this.stats.requestBytes.push(bytes);
    if (bytes > EXCEL_REQUEST_LIMIT) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${bytes} bytes).`);
    }
    for (const op of ops) op();
    this.responseBytes = 0;
    for (const l of loads) l();
    if (this.responseBytes > (this.stats.responseLimit ?? EXCEL_REQUEST_LIMIT)) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${this.responseBytes} bytes).`);
    }
  }
}

/** A proxy whose listed properties must be loaded before they are read. */
class Proxy<T extends object> {
  private loaded = new Map<string, unknown>();
  constructor(protected ctx: Ctx, private readonly source: () => T) {}
  load(props: string): this {
    this.ctx.call();
    const list = props.split(',').map((p) => p.trim());
    this.ctx.loads.push(() => {
      const data = this.source() as Record<string, unknown>;
      for (const p of list) {
        this.loaded.set(p, data[p]);
        this.ctx.responseBytes += JSON.stringify(data[p] ?? null).length;
      }
      // As in Excel, any sync'd load tells whether the object is a null object.
      if ('isNullObject' in data) this.loaded.set('isNullObject', data.isNullObject);
    });
    return this;
  }
  /** What a collection's `load('items/x')` loads on each of its items. */
  preset(prop: string, value: unknown): this {
    this.loaded.set(prop, value);
    return this;
  }
  protected get<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw new PropertyNotLoaded(prop);
    return this.loaded.get(prop) as V;
  }
}

const key = (row: number, col: number) => `${row},${col}`;
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function findSheet(model: FakeWorkbook, name: string): FakeSheet | undefined {
  return model.sheets.find((x) => same(x.name, name));
}

function sheetNamed(ctx: Ctx, name: string): FakeSheet {
  const s = findSheet(ctx.model, name);
  if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (sheet ${name}).`);
  return s;
}

function writable(ctx: Ctx, name: string): FakeSheet {
  const s = sheetNamed(ctx, name);
  if (s.protected) throw new FakeOfficeError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet (${s.name}).`);
  return s;
}

function findName(model: FakeWorkbook, name: string): string | undefined {
  return [...model.names.keys()].find((n) => same(n, name));
}

function usedBox(sheet: FakeSheet): { top: number; left: number; bottom: number; right: number } | null {
  let box: { top: number; left: number; bottom: number; right: number } | null = null;
  for (const [k, c] of sheet.cells) {
    if (c.value === null && c.formula === null) continue;
    const [row, col] = k.split(',').map(Number);
    box = box
      ? { top: Math.min(box.top, row), left: Math.min(box.left, col), bottom: Math.max(box.bottom, row), right: Math.max(box.right, col) }
      : { top: row, left: col, bottom: row, right: col };
  }
  return box;
}

/** The used range (values only) of a sheet as A1, or null when it is empty. */
export function usedAddress(sheet: FakeSheet): string | null {
  const b = usedBox(sheet);
  return b ? `${columnLetter(b.left)}${b.top}:${columnLetter(b.right)}${b.bottom}` : null;
}

function typeOf(v: CellValue): string {
  if (v === null) return 'Empty';
  if (typeof v === 'object') return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

/** What Excel gives for a range: values, formulas, valueTypes, numberFormat (as `range.load` does). */
export function rangeData(sheet: FakeSheet, address: string) {
  const r = parseRange(address);
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  const valueTypes: string[][] = [];
  const numberFormat: string[][] = [];
  for (let row = r.start.row; row <= r.end.row; row++) {
    const v: unknown[] = [];
    const f: unknown[] = [];
    const t: string[] = [];
    const n: string[] = [];
    for (let col = r.start.col; col <= r.end.col; col++) {
      const c = sheet.cells.get(key(row, col));
      const value = c?.value ?? null;
      const shown = value === null ? '' : typeof value === 'object' ? value.error : value;
      v.push(shown);
      f.push(c?.formula ?? shown);
      t.push(typeOf(value));
      n.push(c?.numberFormat ?? 'General');
    }
    values.push(v);
    formulas.push(f);
    valueTypes.push(t);
    numberFormat.push(n);
  }
  return { address: `${sheet.name.includes(' ') ? `'${sheet.name}'` : sheet.name}!${address}`, values, formulas, valueTypes, numberFormat };
}

const ERROR_TEXT = /^#(REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!)$/;

/** Days since 1899-12-30 of a day/month/year. */
function serial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * What a cell holds after `input` is written through `values` or `formulas`, as Excel converts
 * typed input: a formula, a number (also `1,5`, `12 %`, a date `31/12/2026` or `2026-12-31`), a
 * boolean, an error, or the text itself. A text number format or a leading apostrophe keeps text.
 */
function excelInput(input: unknown, numberFormat: string | undefined): FakeCell | 'clear' {
  if (input === '') return 'clear';
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: null };
  if (typeof input !== 'string') throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing (${JSON.stringify(input)}).`);
  if (numberFormat === '@') return { value: input, formula: null };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null };
  const t = input.trim();
  if (/^[-+]?\d+([.,]\d+)?([eE][-+]?\d+)?$/.test(t)) return { value: Number(t.replace(',', '.')), formula: null };
  if (/^[-+]?\d+([.,]\d+)?\s*%$/.test(t)) return { value: Number(t.replace(/\s*%$/, '').replace(',', '.')) / 100, formula: null };
  if (/^(true|false|vrai|faux)$/i.test(t)) return { value: /^(true|vrai)$/i.test(t), formula: null };
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m && +m[2] >= 1 && +m[2] <= 12 && +m[1] >= 1 && +m[1] <= 31) return { value: serial(+m[3], +m[2], +m[1]), formula: null, numberFormat: 'dd/mm/yyyy' };
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return { value: serial(+m[1], +m[2], +m[3]), formula: null, numberFormat: 'dd/mm/yyyy' };
  if (ERROR_TEXT.test(t)) return { value: { error: t }, formula: null };
  if (input.startsWith('=')) return { value: null, formula: input };
  if (/^[-+@]/.test(input)) return { value: null, formula: `=${input}` };
  return { value: input, formula: null };
}

function checkShape(grid: unknown, address: string): void {
  const r = parseRange(address);
  const rows = r.end.row - r.start.row + 1;
  const cols = r.end.col - r.start.col + 1;
  if (!Array.isArray(grid) || grid.length !== rows || grid.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw new FakeOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${address}).`);
  }
}

function intersects(a: string, b: string): boolean {
  const x = parseRange(a);
  const y = parseRange(b);
  return x.start.row <= y.end.row && y.start.row <= x.end.row && x.start.col <= y.end.col && y.start.col <= x.end.col;
}

class FakeRange extends Proxy<Record<string, unknown>> {
  constructor(ctx: Ctx, private readonly sheetName: string, private readonly where: () => string | null) {
    super(ctx, () => {
      const a = where();
      if (a === null) return { isNullObject: true };
      return { isNullObject: false, ...rangeData(sheetNamed(ctx, sheetName), a) };
    });
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get address(): string {
    return this.get('address');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.write(v);
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(f: unknown[][]) {
    this.write(f);
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  set numberFormat(grid: (string | null)[][]) {
    this.eachCell(grid, (sheet, k, format) => {
      const cell = sheet.cells.get(k) ?? { value: null, formula: null };
      sheet.cells.set(k, { ...cell, numberFormat: format === 'General' || format === '' ? undefined : format });
    });
  }
  private write(grid: unknown[][]): void {
    this.eachCell(grid, (sheet, k, input) => {
      const format = sheet.cells.get(k)?.numberFormat;
      const cell = excelInput(input, format);
      if (cell === 'clear') {
        if (format) sheet.cells.set(k, { value: null, formula: null, numberFormat: format });
        else sheet.cells.delete(k);
      } else sheet.cells.set(k, { ...cell, numberFormat: cell.numberFormat && !format ? cell.numberFormat : format });
    });
  }
  /** Queues a 2-D write: at sync, checks the sheet and the shape, then `set` for each non-null entry (null leaves the cell as it is). */
  private eachCell<V>(grid: (V | null)[][], set: (sheet: FakeSheet, k: string, item: V) => void): void {
    this.ctx.call();
    const a = this.address$();
    this.ctx.push(() => {
      const sheet = writable(this.ctx, this.sheetName);
      checkShape(grid, a);
      const { start } = parseRange(a);
      grid.forEach((line, i) =>
        line.forEach((item, j) => {
          if (item !== null) set(sheet, key(start.row + i, start.col + j), item);
        }),
      );
    }, grid);
  }
  private address$(): string {
    const a = this.where();
    if (a === null) throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing (null range).');
    return a;
  }
  get dataValidation() {
    const a = this.address$();
    const ctx = this.ctx;
    const sheetName = this.sheetName;
    return {
      clear: () => {
        ctx.call();
        ctx.push(() => {
          const s = writable(ctx, sheetName);
          s.validations = s.validations.filter((v) => !intersects(v.range, a));
        });
      },
      set rule(rule: { list: { source: string } }) {
        ctx.call();
        ctx.push(() => writable(ctx, sheetName).validations.push({ range: a, source: rule.list.source }), rule);
      },
    };
  }
  get conditionalFormats() {
    const a = this.address$();
    const ctx = this.ctx;
    const sheetName = this.sheetName;
    return {
      clearAll: () => {
        ctx.call();
        ctx.push(() => {
          const s = writable(ctx, sheetName);
          s.conditionalFormats = s.conditionalFormats.filter((cf) => !intersects(cf.range, a));
        });
      },
      add: (_type: string) => {
        ctx.call();
        const cf: FakeConditionalFormat = { range: a, equals: '', fill: '', font: '' };
        ctx.push(() => writable(ctx, sheetName).conditionalFormats.push(cf), cf);
        return {
          custom: {
            format: { fill: { set color(c: string) { cf.fill = c; } }, font: { set color(c: string) { cf.font = c; } } },
            rule: { set formula(f: string) { cf.formula = f.replace(/^=/, ''); } },
          },
          cellValue: {
            format: { fill: { set color(c: string) { cf.fill = c; } }, font: { set color(c: string) { cf.font = c; } } },
            set rule(r: { formula1: string }) {
              cf.equals = r.formula1.replace(/^="|"$/g, '');
            },
          },
        };
      },
    };
  }
  getMergedAreasOrNullObject() {
    this.ctx.call();
    const a = this.address$();
    return new (class extends Proxy<Record<string, unknown>> {
      get isNullObject(): boolean {
        return this.get('isNullObject');
      }
      get address(): string {
        return this.get('address');
      }
    })(this.ctx, () => {
      const s = sheetNamed(this.ctx, this.sheetName);
      const areas = (s.merges ?? []).filter((m) => intersects(m, a));
      return areas.length === 0 ? { isNullObject: true } : { isNullObject: false, address: areas.map((m) => `${s.name}!${m}`).join(', ') };
    });
  }
  select(): void {
    this.ctx.call();
    const a = this.address$();
    this.ctx.push(() => {
      sheetNamed(this.ctx, this.sheetName);
      parseRange(a);
    });
  }
}

class FakeWorksheet extends Proxy<Record<string, unknown>> {
  constructor(ctx: Ctx, private readonly sheetName: string, orNull = false) {
    super(ctx, () => {
      const s = findSheet(ctx.model, sheetName);
      if (!s) {
        if (orNull) return { isNullObject: true };
        throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (sheet ${sheetName}).`);
      }
      return { isNullObject: false, name: s.name, visibility: s.visibility };
    });
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get name(): string {
    return this.get('name');
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: string) {
    this.ctx.call();
    this.ctx.push(() => {
      sheetNamed(this.ctx, this.sheetName).visibility = v as FakeSheet['visibility'];
    });
  }
  get protection() {
    const ctx = this.ctx;
    const sheetName = this.sheetName;
    return new (class extends Proxy<Record<string, unknown>> {
      get protected(): boolean {
        return this.get('protected');
      }
    })(ctx, () => ({ protected: !!sheetNamed(ctx, sheetName).protected }));
  }
  getRange(address = 'A1:XFD1048576'): FakeRange {
    this.ctx.call();
    parseRange(address); // an unreadable address is refused at once, as Excel does at sync
    return new FakeRange(this.ctx, this.sheetName, () => address);
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    this.ctx.call();
    return new FakeRange(this.ctx, this.sheetName, () => usedAddress(sheetNamed(this.ctx, this.sheetName)));
  }
  activate(): void {
    this.ctx.call();
    this.ctx.push(() => void sheetNamed(this.ctx, this.sheetName));
  }
}

function fakeContext(model: FakeWorkbook, stats: FakeStats) {
  const ctx = new Ctx(model, stats);
  const sheetsCollection = new (class extends Proxy<Record<string, unknown>> {
    get items(): FakeWorksheet[] {
      const names = this.get<string[]>('items/name');
      const visibility = this.loadedOrNull<string[]>('items/visibility');
      const prot = this.loadedOrNull<boolean[]>('items/protection/protected');
      return names.map((n, i) => {
        const ws = new FakeWorksheet(ctx, n).preset('name', n).preset('isNullObject', false);
        if (visibility) ws.preset('visibility', visibility[i]);
        if (prot) {
          const p = prot[i];
          Object.defineProperty(ws, 'protection', { value: { protected: p, load: () => undefined } });
        }
        return ws;
      });
    }
    private loadedOrNull<V>(prop: string): V | null {
      try {
        return this.get<V>(prop) ?? null;
      } catch {
        return null;
      }
    }
    getItem(name: string): FakeWorksheet {
      ctx.call();
      return new FakeWorksheet(ctx, name);
    }
    getItemOrNullObject(name: string): FakeWorksheet {
      ctx.call();
      return new FakeWorksheet(ctx, name, true);
    }
    add(name: string): FakeWorksheet {
      ctx.call();
      ctx.push(() => {
        if (model.protected) throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected.');
        if (findSheet(model, name)) throw new FakeOfficeError('ItemAlreadyExists', `The resource already exists (sheet ${name}).`);
        model.sheets.push({ name, visibility: 'Visible', cells: new Map(), validations: [], conditionalFormats: [] });
      }, name);
      return new FakeWorksheet(ctx, name);
    }
  })(ctx, () => ({
    'items/name': model.sheets.map((s) => s.name),
    'items/visibility': model.sheets.map((s) => s.visibility),
    'items/protection/protected': model.sheets.map((s) => !!s.protected),
  }));
  const nameItem = (name: string, orNull: boolean) =>
    new (class extends Proxy<Record<string, unknown>> {
      get isNullObject(): boolean {
        return this.get('isNullObject');
      }
      get formula(): string {
        return this.get('formula');
      }
      delete(): void {
        ctx.call();
        ctx.push(() => {
          const found = findName(model, name);
          if (found === undefined) {
            if (orNull) throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing (null object).');
            throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (name ${name}).`);
          }
          model.names.delete(found);
        });
      }
    })(ctx, () => {
      const found = findName(model, name);
      if (found === undefined) {
        if (orNull) return { isNullObject: true };
        throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (name ${name}).`);
      }
      return { isNullObject: false, name: found, formula: model.names.get(found) };
    });
  const names = new (class extends Proxy<Record<string, unknown>> {
    get items(): { name: string; formula: string }[] {
      const n = this.get<string[]>('items/name');
      let f: string[] = [];
      try {
        f = this.get<string[]>('items/formula');
      } catch {
        // formula not loaded: reading it throws below
      }
      return n.map((name, i) => ({
        name,
        get formula(): string {
          if (f.length === 0) throw new PropertyNotLoaded('formula');
          return f[i];
        },
      }));
    }
    add(name: string, formula: string): void {
      ctx.call();
      ctx.push(() => {
        if (findName(model, name) !== undefined) throw new FakeOfficeError('ItemAlreadyExists', `The resource already exists (name ${name}).`);
        model.names.set(name, formula);
      }, [name, formula]);
    }
    getItem(name: string) {
      ctx.call();
      return nameItem(name, false);
    }
    getItemOrNullObject(name: string) {
      ctx.call();
      return nameItem(name, true);
    }
  })(ctx, () => ({ 'items/name': [...model.names.keys()], 'items/formula': [...model.names.values()] }));
  // Collections load `items/a,items/b` as one string: split it the way Proxy expects.
  const splitLoad = <P extends { load(p: string): unknown }>(p: P): P => {
    const original = p.load.bind(p);
    p.load = (props: string) => original(props.split(',').map((x) => x.trim()).join(','));
    return p;
  };
  // ExcelApi 1.7: workbook.properties.custom (keys compared without case, as Excel does).
  const customKey = (k: string) => [...(model.properties ?? new Map()).keys()].find((x) => same(x, k));
  const custom = new (class extends Proxy<Record<string, unknown>> {
    get items(): { key: string; value: string | number }[] {
      const keys = this.get<string[]>('items/key');
      const values = this.get<(string | number)[]>('items/value');
      return keys.map((key, i) => ({ key, value: values[i] }));
    }
    add(k: string, value: string | number): void {
      ctx.call();
      ctx.push(() => {
        model.properties ??= new Map();
        const found = customKey(k);
        if (found !== undefined) model.properties.delete(found);
        model.properties.set(k, value);
      }, [k, value]);
    }
    getItemOrNullObject(k: string) {
      ctx.call();
      return {
        delete: () => {
          ctx.call();
          ctx.push(() => {
            const found = customKey(k);
            if (found !== undefined) model.properties!.delete(found);
          });
        },
      };
    }
  })(ctx, () => ({ 'items/key': [...(model.properties ?? new Map()).keys()], 'items/value': [...(model.properties ?? new Map()).values()] }));
  return {
    workbook: {
      worksheets: splitLoad(sheetsCollection),
      names: splitLoad(names),
      properties: { custom: splitLoad(custom) },
      protection: new (class extends Proxy<Record<string, unknown>> {
        get protected(): boolean {
          return this.get('protected');
        }
      })(ctx, () => ({ protected: !!model.protected })),
    },
    application: {
      suspendApiCalculationUntilNextSync: () => {
        ctx.call();
        stats.suspended++;
      },
    },
    sync: () => ctx.sync(),
  };
}

/** A fake `Excel.run` over a model, with its counters. */
export function fakeExcel(model: FakeWorkbook) {
  const stats: FakeStats = { syncs: 0, calls: 0, suspended: 0, requestBytes: [] };
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(fakeContext(model, stats) as unknown as Excel.RequestContext);
  return { run, stats, model };
}

/** A model from rows of values or formulas per sheet (cells given as A1 → value or `=formula`). */
export function fakeWorkbookFrom(sheets: Record<string, Record<string, CellValue>>): FakeWorkbook {
  return {
    names: new Map(),
    sheets: Object.entries(sheets).map(([name, cells]) => ({
      name,
      visibility: 'Visible',
      validations: [],
      conditionalFormats: [],
      cells: new Map(
        Object.entries(cells).map(([a, v]) => {
          const { row, col } = parseA1(a);
          return [key(row, col), typeof v === 'string' && v.startsWith('=') ? { value: null, formula: v } : { value: v, formula: null }];
        }),
      ),
    })),
  };
}

/** The model's cells as A1 → value or formula, per sheet (cells holding only a format left out). */
export function dumpCells(model: FakeWorkbook): Record<string, Record<string, CellValue | string>> {
  const out: Record<string, Record<string, CellValue | string>> = {};
  for (const s of model.sheets) {
    out[s.name] = {};
    for (const [k, c] of s.cells) {
      if (c.formula === null && c.value === null) continue;
      const [row, col] = k.split(',').map(Number);
      out[s.name][`${columnLetter(col)}${row}`] = c.formula ?? c.value;
    }
  }
  return out;
}

/** The number format of one cell (`General` when none was set). */
export function formatOf(model: FakeWorkbook, sheet: string, cell: string): string {
  const { row, col } = parseA1(cell);
  return findSheet(model, sheet)?.cells.get(key(row, col))?.numberFormat ?? 'General';
}

/** A fake Excel holding what a snapshot holds (formula cells keep their cached value). */
export function fakeWorkbookFromSnapshot(snapshot: {
  sheets: { name: string; values: CellValue[][]; formulas: (string | null)[][] }[];
  names?: { name: string; ref: string }[];
}): FakeWorkbook {
  const model: FakeWorkbook = { names: new Map((snapshot.names ?? []).map((n) => [n.name, `=${n.ref}`])), sheets: [] };
  for (const s of snapshot.sheets) {
    const cells = new Map<string, FakeCell>();
    s.values.forEach((line, r) => line.forEach((v, c) => {
      const f = s.formulas[r]?.[c] ?? null;
      if (v !== null || f !== null) cells.set(key(r + 1, c + 1), { value: v, formula: f });
    }));
    model.sheets.push({ name: s.name, visibility: 'Visible', cells, validations: [], conditionalFormats: [] });
  }
  return model;
}

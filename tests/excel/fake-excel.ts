/**
 * A fake `Excel.run` that behaves like Excel's proxy model, over an in-memory workbook:
 * - a property read before `load` + `sync` throws (PropertyNotLoaded), as in Excel;
 * - writes are queued and take effect at `sync()`, in order;
 * - `getUsedRangeOrNullObject` gives a null object on an empty sheet;
 * - it counts `sync()` calls and proxy calls.
 * It does not calculate: a formula written shows no value until Excel would compute it (null here).
 */
import { columnLetter, parseA1, parseRange } from '../../src/domain/workbook/address';
import type { CellValue } from '../../src/domain/workbook/snapshot';

export interface FakeCell {
  value: CellValue;
  formula: string | null;
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, FakeCell>; // "row,col"
  validations: { range: string; source: string }[];
  conditionalFormats: { range: string; equals: string; fill: string; font: string }[];
}

export interface FakeWorkbook {
  sheets: FakeSheet[];
  names: Map<string, string>;
}

export interface FakeStats {
  syncs: number;
  calls: number;
  suspended: number;
}

class PropertyNotLoaded extends Error {
  constructor(prop: string) {
    super(`PropertyNotLoaded: la propriété « ${prop} » n'a pas été chargée (load + sync).`);
  }
}

type Op = () => void;

class Ctx {
  queue: Op[] = [];
  loads: (() => void)[] = [];
  constructor(readonly model: FakeWorkbook, readonly stats: FakeStats) {}
  call(): void {
    this.stats.calls++;
  }
  async sync(): Promise<void> {
    this.stats.syncs++;
    const ops = this.queue.splice(0);
    for (const op of ops) op();
    for (const l of this.loads.splice(0)) l();
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
      for (const p of list) this.loaded.set(p, data[p]);
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

function sheetNamed(ctx: Ctx, name: string): FakeSheet {
  const s = ctx.model.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`ItemNotFound: feuille « ${name} »`);
  return s;
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

function typeOf(v: CellValue): string {
  if (v === null) return 'Empty';
  if (typeof v === 'object') return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

class FakeRange extends Proxy<Record<string, unknown>> {
  constructor(ctx: Ctx, private readonly sheetName: string, private readonly where: () => string | null) {
    super(ctx, () => {
      const a = where();
      if (a === null) return { isNullObject: true };
      const sheet = sheetNamed(ctx, sheetName);
      const r = parseRange(a);
      const values: unknown[][] = [];
      const formulas: unknown[][] = [];
      const valueTypes: string[][] = [];
      for (let row = r.start.row; row <= r.end.row; row++) {
        const v: unknown[] = [];
        const f: unknown[] = [];
        const t: string[] = [];
        for (let col = r.start.col; col <= r.end.col; col++) {
          const c = sheet.cells.get(key(row, col));
          const value = c?.value ?? null;
          v.push(value === null ? '' : typeof value === 'object' ? value.error : value);
          f.push(c?.formula ?? (value === null ? '' : typeof value === 'object' ? value.error : value));
          t.push(typeOf(value));
        }
        values.push(v);
        formulas.push(f);
        valueTypes.push(t);
      }
      return { isNullObject: false, address: `${sheetName}!${a}`, values, formulas, valueTypes };
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
    this.write(v, false);
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(f: unknown[][]) {
    this.write(f, true);
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }
  private write(grid: unknown[][], asFormulas: boolean): void {
    this.ctx.call();
    const a = this.address$();
    this.ctx.queue.push(() => {
      const sheet = sheetNamed(this.ctx, this.sheetName);
      const { start } = parseRange(a);
      grid.forEach((line, i) =>
        line.forEach((input, j) => {
          const k = key(start.row + i, start.col + j);
          if (asFormulas && typeof input === 'string' && input.startsWith('=')) sheet.cells.set(k, { value: null, formula: input });
          else if (input === '' || input === null) sheet.cells.delete(k);
          else if (typeof input === 'string' && input.startsWith("'")) sheet.cells.set(k, { value: input.slice(1), formula: null });
          else if (typeof input === 'string' && /^#(REF!|N\/A|VALUE!|DIV\/0!|NAME\?)$/.test(input)) sheet.cells.set(k, { value: { error: input }, formula: null });
          else sheet.cells.set(k, { value: input as CellValue, formula: null });
        }),
      );
    });
  }
  private address$(): string {
    const a = this.where();
    if (a === null) throw new Error('InvalidArgument: plage nulle');
    return a;
  }
  get dataValidation() {
    const a = this.address$();
    const ctx = this.ctx;
    const sheetName = this.sheetName;
    return {
      clear: () => {
        ctx.call();
        ctx.queue.push(() => {
          const s = sheetNamed(ctx, sheetName);
          s.validations = s.validations.filter((v) => v.range !== a);
        });
      },
      set rule(rule: { list: { source: string } }) {
        ctx.call();
        ctx.queue.push(() => sheetNamed(ctx, sheetName).validations.push({ range: a, source: rule.list.source }));
      },
    };
  }
  get conditionalFormats() {
    const a = this.address$();
    const ctx = this.ctx;
    const sheetName = this.sheetName;
    return {
      add: (_type: string) => {
        ctx.call();
        const cf = { range: a, equals: '', fill: '', font: '' };
        ctx.queue.push(() => sheetNamed(ctx, sheetName).conditionalFormats.push(cf));
        return {
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
  select(): void {
    this.ctx.call();
  }
}

class FakeWorksheet extends Proxy<Record<string, unknown>> {
  constructor(ctx: Ctx, private readonly sheetName: string) {
    super(ctx, () => {
      const s = sheetNamed(ctx, sheetName);
      return { name: s.name, visibility: s.visibility };
    });
  }
  get name(): string {
    return this.get('name');
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: string) {
    this.ctx.call();
    this.ctx.queue.push(() => {
      sheetNamed(this.ctx, this.sheetName).visibility = v as FakeSheet['visibility'];
    });
  }
  getRange(address: string): FakeRange {
    this.ctx.call();
    return new FakeRange(this.ctx, this.sheetName, () => address);
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    this.ctx.call();
    return new FakeRange(this.ctx, this.sheetName, () => {
      const b = usedBox(sheetNamed(this.ctx, this.sheetName));
      return b ? `${columnLetter(b.left)}${b.top}:${columnLetter(b.right)}${b.bottom}` : null;
    });
  }
  activate(): void {
    this.ctx.call();
  }
}

function fakeContext(model: FakeWorkbook, stats: FakeStats) {
  const ctx = new Ctx(model, stats);
  const sheetsCollection = new (class extends Proxy<Record<string, unknown>> {
    get items(): FakeWorksheet[] {
      return this.get<string[]>('items/name').map((n) => new FakeWorksheet(ctx, n).preset('name', n));
    }
    getItem(name: string): FakeWorksheet {
      ctx.call();
      return new FakeWorksheet(ctx, name);
    }
    add(name: string): FakeWorksheet {
      ctx.call();
      ctx.queue.push(() => model.sheets.push({ name, visibility: 'Visible', cells: new Map(), validations: [], conditionalFormats: [] }));
      return new FakeWorksheet(ctx, name);
    }
  })(ctx, () => ({ 'items/name': model.sheets.map((s) => s.name) }));
  const names = new (class extends Proxy<Record<string, unknown>> {
    get items(): { name: string; formula: string }[] {
      const n = this.get<string[]>('items/name');
      const f = this.get<string[]>('items/formula');
      return n.map((name, i) => ({ name, formula: f[i] }));
    }
    add(name: string, formula: string): void {
      ctx.call();
      ctx.queue.push(() => model.names.set(name, formula));
    }
    getItemOrNullObject(name: string) {
      ctx.call();
      return { delete: () => ctx.queue.push(() => model.names.delete(name)) };
    }
  })(ctx, () => ({ 'items/name': [...model.names.keys()], 'items/formula': [...model.names.values()] }));
  // Collections load `items/a,items/b` as one string: split it the way Proxy expects.
  const splitLoad = <P extends { load(p: string): unknown }>(p: P): P => {
    const original = p.load.bind(p);
    p.load = (props: string) => original(props.split(',').map((x) => x.trim()).join(','));
    return p;
  };
  return {
    workbook: { worksheets: splitLoad(sheetsCollection), names: splitLoad(names) },
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
  const stats: FakeStats = { syncs: 0, calls: 0, suspended: 0 };
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

/** The model's cells as A1 → value or formula, per sheet (for comparisons). */
export function dumpCells(model: FakeWorkbook): Record<string, Record<string, CellValue | string>> {
  const out: Record<string, Record<string, CellValue | string>> = {};
  for (const s of model.sheets) {
    out[s.name] = {};
    for (const [k, c] of s.cells) {
      const [row, col] = k.split(',').map(Number);
      out[s.name][`${columnLetter(col)}${row}`] = c.formula ?? c.value;
    }
  }
  return out;
}

/** A fake Excel holding what a snapshot holds (formula cells keep their cached value). */
export function fakeWorkbookFromSnapshot(snapshot: { sheets: { name: string; values: CellValue[][]; formulas: (string | null)[][] }[] }): FakeWorkbook {
  const model: FakeWorkbook = { names: new Map(), sheets: [] };
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

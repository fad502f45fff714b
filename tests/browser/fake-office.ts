/**
 * A stand-in for Office.js in the browser tests: `Office.onReady` says Excel, `Excel.run` runs over
 * the strict fake context (tests/excel/fake-excel.ts) holding the snapshot the test put in
 * `window.__DUERP_SNAPSHOT__`, plus what the pane listens to: the selection and the workbook's
 * changes. The test drives them through `window.__duerp` (select a cell, type in a cell).
 */
import type { CellValue, WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { parseA1 } from '../../src/domain/workbook/address';
import { dumpCells, fakeExcel, fakeWorkbookFromSnapshot } from '../excel/fake-excel';

type Handler = (args: unknown) => Promise<void> | void;

const w = window as unknown as Record<string, unknown>;
const snapshot = w.__DUERP_SNAPSHOT__ as WorkbookSnapshot;
const model = fakeWorkbookFromSnapshot(snapshot);
const fake = fakeExcel(model);
const handlers: Record<string, Handler[]> = { selection: [], changed: [], added: [], deleted: [] };
let selection = { sheet: snapshot.sheets[0].name, address: 'A1' };
const selectedLog: string[] = [];

function events(kind: string, context: unknown) {
  return {
    add(h: Handler) {
      handlers[kind].push(h);
      return {
        context,
        remove() {
          handlers[kind] = handlers[kind].filter((x) => x !== h);
        },
      };
    },
  };
}

async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return fake.run(async (context) => {
    const c = context as unknown as { workbook: Record<string, unknown> & { worksheets: Record<string, unknown> } };
    const worksheets = c.workbook.worksheets;
    worksheets.onSelectionChanged = events('selection', context);
    worksheets.onChanged = events('changed', context);
    worksheets.onAdded = events('added', context);
    worksheets.onDeleted = events('deleted', context);
    c.workbook.getSelectedRange = () => ({ load() {}, address: `'${selection.sheet}'!${selection.address}` });
    // Record what the pane selects (a finding's cell).
    const getItem = (worksheets.getItem as (n: string) => { getRange(a: string): { select(): void } }).bind(worksheets);
    worksheets.getItem = (name: string) => {
      const ws = getItem(name);
      const getRange = ws.getRange.bind(ws);
      ws.getRange = (a: string) => {
        const r = getRange(a);
        const select = r.select?.bind(r);
        r.select = () => {
          selectedLog.push(`${name}!${a}`);
          select?.();
        };
        return r;
      };
      return ws;
    };
    return batch(context);
  });
}

w.Office = {
  HostType: { Excel: 'Excel' },
  onReady: (cb: (info: { host: string }) => void) => {
    cb({ host: 'Excel' });
    return Promise.resolve({ host: 'Excel' });
  },
  context: { requirements: { isSetSupported: () => true } },
};
w.Excel = { run };

w.__duerp = {
  async select(sheet: string, address: string) {
    selection = { sheet, address };
    for (const h of handlers.selection) await h({ worksheetId: sheet, address });
  },
  /** Someone types in a cell, outside the pane. */
  async type(sheet: string, cell: string, value: CellValue) {
    const s = model.sheets.find((x) => x.name === sheet)!;
    const { row, col } = parseA1(cell);
    s.cells.set(`${row},${col}`, { value, formula: null });
    for (const h of handlers.changed) await h({ worksheetId: sheet, address: cell });
  },
  dump: () => dumpCells(model),
  selected: () => selectedLog.slice(),
  syncs: () => fake.stats.syncs,
};

/**
 * What the pane needs from Excel besides reads and writes: the selection (so the Familles journey
 * follows the risk row under it) and the workbook's changes (so nothing derived goes stale). Both
 * through the worksheet collection's events (ExcelApi 1.9, the manifest's floor).
 */
import type { CellPlace, PaneHost } from '../taskpane/pane-host';
import type { ExcelHost, ExcelRun } from './excel-host';

type Listener<T> = (value: T) => void;

/** Registers an event handler in its own batch; returns a function that removes it. */
function subscribe<A>(run: ExcelRun, pick: (context: Excel.RequestContext) => OfficeExtension.EventHandlers<A>, handler: (args: A) => Promise<void>): () => void {
  let result: OfficeExtension.EventHandlerResult<A> | null = null;
  let removed = false;
  void run(async (context) => {
    result = pick(context).add(handler);
    await context.sync();
    if (removed) {
      result.remove();
      await context.sync();
    }
  }).catch(() => undefined);
  return () => {
    removed = true;
    const r = result as OfficeExtension.EventHandlerResult<A> | null;
    if (r) void run(async (context) => {
      r.remove();
      await context.sync();
    }).catch(() => undefined);
  };
}

export function excelPaneHost(host: ExcelHost, run: ExcelRun): PaneHost {
  return {
    where: 'excel',
    read: () => host.read(),
    apply: (plan) => host.apply(plan),
    select: (sheet, cell) => host.select(sheet, cell),
    onSelection(listener: Listener<CellPlace>) {
      // The selection when the pane opens, then each change.
      void run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load('address');
        await context.sync();
        const [sheet, address] = range.address.split('!');
        listener({ sheet: sheet.replace(/^'|'$/g, '').replace(/''/g, "'"), address });
      }).catch(() => undefined);
      return subscribe(run, (c) => c.workbook.worksheets.onSelectionChanged, async (args: Excel.WorksheetSelectionChangedEventArgs) => {
        await run(async (context) => {
          const ws = context.workbook.worksheets.getItem(args.worksheetId);
          ws.load('name');
          await context.sync();
          listener({ sheet: ws.name, address: args.address });
        });
      });
    },
    onChange(listener: () => void) {
      const offChanged = subscribe(run, (c) => c.workbook.worksheets.onChanged, async () => listener());
      const offAdded = subscribe(run, (c) => c.workbook.worksheets.onAdded, async () => listener());
      const offDeleted = subscribe(run, (c) => c.workbook.worksheets.onDeleted, async () => listener());
      return () => {
        offChanged();
        offAdded();
        offDeleted();
      };
    },
  };
}

/**
 * What the pane needs from Excel besides reads and writes: the selection (so the Familles journey
 * follows the risk row under it) and the workbook's changes (so nothing derived goes stale). Both
 * through the worksheet collection's events (ExcelApi 1.9, the manifest's floor).
 */
import type { CellPlace, PaneHost } from '../taskpane/pane-host';
import type { ExcelHost, ExcelRun } from './excel-host';

type Listener<T> = (value: T) => void;

/**
 * Registers a handler on one or more events in one batch; returns a function that removes them.
 * Removal goes through the context that added them (Office.js queues `remove()` there, not on a
 * new batch's context).
 */
function subscribe<A>(run: ExcelRun, pick: (context: Excel.RequestContext) => OfficeExtension.EventHandlers<A>[], handler: (args: A) => Promise<void>): () => void {
  let added: OfficeExtension.EventHandlerResult<A>[] = [];
  let registered = false;
  let removed = false;
  const remove = async () => {
    if (added.length === 0) return;
    for (const r of added) r.remove();
    await added[0].context.sync();
  };
  void run(async (context) => {
    added = pick(context).map((events) => events.add(handler));
    await context.sync();
    registered = true;
    if (removed) await remove();
  }).catch(() => undefined);
  return () => {
    removed = true;
    if (registered) void remove().catch(() => undefined);
  };
}

/** The document as Excel would save it now, slice by slice (Office's Common API, requirement File 1.1). */
function documentBytes(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: 4 * 1024 * 1024 }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new Error('Excel n’a pas pu fournir le fichier du classeur : enregistrez-le, puis recommencez.'));
        return;
      }
      const file = opened.value;
      const parts: Uint8Array[] = [];
      const next = (index: number) =>
        file.getSliceAsync(index, (slice) => {
          if (slice.status !== Office.AsyncResultStatus.Succeeded) {
            file.closeAsync();
            reject(new Error('La lecture du fichier du classeur a été interrompue : recommencez.'));
            return;
          }
          parts.push(new Uint8Array(slice.value.data as number[]));
          if (index + 1 < file.sliceCount) next(index + 1);
          else {
            file.closeAsync();
            const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
            let at = 0;
            for (const p of parts) {
              out.set(p, at);
              at += p.length;
            }
            resolve(out);
          }
        });
      next(0);
    });
  });
}

export function excelPaneHost(host: ExcelHost, run: ExcelRun): PaneHost {
  return {
    fileBytes: documentBytes,
    fileName: () => (Office.context.document.url || 'classeur.xlsx').split(/[\\/]/).pop() || 'classeur.xlsx',
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
      return subscribe(run, (c) => [c.workbook.worksheets.onSelectionChanged], async (args: Excel.WorksheetSelectionChangedEventArgs) => {
        await run(async (context) => {
          const ws = context.workbook.worksheets.getItem(args.worksheetId);
          ws.load('name');
          await context.sync();
          listener({ sheet: ws.name, address: args.address });
        });
      });
    },
    onChange(listener: () => void) {
      // One batch registers the three events (one sync, not three).
      return subscribe<unknown>(
        run,
        (c) => [c.workbook.worksheets.onChanged, c.workbook.worksheets.onAdded, c.workbook.worksheets.onDeleted] as OfficeExtension.EventHandlers<unknown>[],
        async () => listener(),
      );
    },
  };
}

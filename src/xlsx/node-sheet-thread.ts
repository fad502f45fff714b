/**
 * A thread that patches a large sheet while the command line goes on (its JSON, its checks): on a
 * 50,000-row census, writing the sheet is the longest step after planning, and the two cores then
 * share the work. Node only (worker_threads), as node-zlib.ts.
 *
 * The thread is started as soon as the file is read, with the package's bytes: it inflates the
 * worksheets while the command line reads, recognises and plans. Each request then carries only a
 * sheet's changes; the answer is the sheet's compressed zip entry, the same bytes as patching it on
 * the main thread (apply-plan.ts, patchSheetPart). Anything that fails there is patched here.
 */
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import './node-zlib';
import type { SheetChanges } from './apply-plan';
import { patchSheetPart } from './apply-plan';
import { partBinary, sheetEntries, unzipPackage, type Parts } from './package';
import { indexRows, type CellWrite, type RowIndex } from './patch-cells';
import type { RawEntry } from './zip';

const ROLE = 'duerp-sheet-thread';

/** Below this many cell writes, a sheet is patched on the main thread (a thread costs its start). */
export const THREAD_MIN_WRITES = 10_000;

/** The cell writes as columns (cheaper to copy to a thread than 50,000 objects). */
interface WritesColumns {
  rows: Int32Array;
  cols: Int32Array;
  values: CellWrite['value'][];
  formulas: (string | null)[];
}

type Request = { kind: 'package'; bytes: Uint8Array } | { kind: 'patch'; id: number; path: string; writes: WritesColumns; validations: SheetChanges['validations']; formats: SheetChanges['formats'] };

type Answer = { id: number; entry?: RawEntry; content?: Uint8Array; error?: string };

function toColumns(writes: CellWrite[]): WritesColumns {
  const rows = new Int32Array(writes.length);
  const cols = new Int32Array(writes.length);
  const values: CellWrite['value'][] = new Array(writes.length);
  const formulas: (string | null)[] = new Array(writes.length);
  writes.forEach((w, i) => {
    rows[i] = w.row;
    cols[i] = w.col;
    values[i] = w.value;
    formulas[i] = w.formula;
  });
  return { rows, cols, values, formulas };
}

function fromColumns(c: WritesColumns): CellWrite[] {
  const writes: CellWrite[] = new Array(c.rows.length);
  for (let i = 0; i < writes.length; i++) writes[i] = { row: c.rows[i], col: c.cols[i], value: c.values[i], formula: c.formulas[i] };
  return writes;
}

/** The thread's side: keeps the package, answers each patch request. */
function serve(): void {
  let parts: Parts | null = null;
  const indexes = new Map<string, RowIndex>();
  parentPort!.on('message', (m: Request) => {
    if (m.kind === 'package') {
      try {
        parts = unzipPackage(m.bytes);
        // Inflated now, while the main thread plans: a request then finds its sheet ready.
        for (const s of sheetEntries(parts)) {
          const part = parts.has(s.path) ? partBinary(parts, s.path) : null;
          if (part?.binary) indexes.set(s.path, indexRows(part.text));
        }
      } catch {
        parts = null; // Each request then fails, and is patched on the main thread.
      }
      return;
    }
    const answer = (a: Answer, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(a, transfer);
    if (!parts) return answer({ id: m.id, error: 'paquet illisible' });
    try {
      const patched = patchSheetPart(parts, m.path, { writes: fromColumns(m.writes), validations: m.validations, formats: m.formats }, true, indexes.get(m.path));
      if (patched instanceof Uint8Array) return answer({ id: m.id, content: patched }, [patched.buffer as ArrayBuffer]);
      Promise.resolve(patched).then(
        (entry) => answer({ id: m.id, entry }, [entry.data.buffer as ArrayBuffer]),
        (e: unknown) => answer({ id: m.id, error: String(e) }),
      );
    } catch (e) {
      answer({ id: m.id, error: String(e) });
    }
  });
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) serve();

/** The main thread's side: one thread for a command, holding the package it was given. */
export class SheetThread {
  private readonly worker: Worker;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (e: RawEntry | Uint8Array) => void; reject: (e: Error) => void }>();
  private failed: Error | null = null;

  private constructor(bytes: Uint8Array) {
    // This very file runs in the thread: the compiled module, or the bundle (build/duerp.js), whose
    // entry loads it when it starts in a thread (cli/main.ts).
    // A small young generation: the thread's heap grows by some 40 MB less (memory budget: 300 MB at 50,000 rows).
    this.worker = new Worker(__filename, { workerData: { role: ROLE }, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    this.worker.unref();
    this.worker.on('message', (a: Answer) => {
      const w = this.waiting.get(a.id);
      if (!w) return;
      this.settle(a.id);
      if (a.entry) w.resolve({ ...a.entry, data: new Uint8Array(a.entry.data.buffer, a.entry.data.byteOffset, a.entry.data.byteLength) });
      else if (a.content) w.resolve(a.content);
      else w.reject(new Error(a.error ?? 'réponse vide'));
    });
    this.worker.on('error', (e) => this.fail(e));
    this.worker.on('exit', () => this.fail(new Error('fil arrêté')));
    this.worker.postMessage({ kind: 'package', bytes } satisfies Request);
  }

  /**
   * A thread for the package, or null where there can be none: run from TypeScript sources (the
   * tests, in process), or DUERP_THREADS=0 (everything on the main thread, for comparison).
   */
  static start(bytes: Uint8Array): SheetThread | null {
    if (!__filename.endsWith('.js') || process.env.DUERP_THREADS === '0') return null;
    try {
      return new SheetThread(bytes);
    } catch {
      return null;
    }
  }

  /** The offload apply-plan.ts takes: large sheets go to the thread. */
  readonly offload = (path: string, changes: SheetChanges): Promise<RawEntry> | null => {
    if (this.failed || changes.writes.length < THREAD_MIN_WRITES) return null;
    const id = this.next++;
    const answer = new Promise<RawEntry | Uint8Array>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    // Kept alive while an answer is awaited (the thread is otherwise unreferenced, so that it never holds the process).
    this.worker.ref();
    this.worker.postMessage({ kind: 'patch', id, path, writes: toColumns(changes.writes), validations: changes.validations, formats: changes.formats } satisfies Request);
    return answer.then((a) => {
      if (a instanceof Uint8Array) throw new Error('partie en UTF-16 : patchée sur le fil principal');
      return a;
    });
  };

  close(): void {
    void this.worker.terminate();
  }

  private settle(id: number): void {
    this.waiting.delete(id);
    if (this.waiting.size === 0) this.worker.unref();
  }

  private fail(e: Error): void {
    this.failed ??= e;
    for (const [id, w] of [...this.waiting]) {
      this.settle(id);
      w.reject(e);
    }
  }
}

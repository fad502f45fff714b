/**
 * The pane's one store: the last snapshot read and what is derived from it, tagged with the
 * version of that read. Any write or workbook change makes a new version, so nothing derived from
 * an older read is shown (useFresh) or applied (applyPlan re-plans from a fresh read first).
 */
import * as React from 'react';
import { overview, type WorkbookOverview } from '../domain/overview/overview';
import type { Plan } from '../domain/plans/plan';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';
import { frenchError } from './errors';
import type { PaneHost } from './pane-host';

export interface Busy {
  label: string;
  /** 0–1 when known. */
  progress?: number;
}

export interface PaneState {
  version: number;
  snapshot: WorkbookSnapshot | null;
  overview: WorkbookOverview | null;
  busy: Busy | null;
  error: string | null;
  notice: string | null;
}

type Action =
  | { type: 'read'; snapshot: WorkbookSnapshot; overview: WorkbookOverview; version: number }
  | { type: 'busy'; busy: Busy | null }
  | { type: 'error'; error: string | null }
  | { type: 'notice'; notice: string | null };

export const initialState: PaneState = { version: 0, snapshot: null, overview: null, busy: null, error: null, notice: null };

export function reduce(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case 'read':
      return { ...state, version: action.version, snapshot: action.snapshot, overview: action.overview };
    case 'busy':
      return { ...state, busy: action.busy };
    case 'error':
      return { ...state, error: action.error, notice: action.error ? null : state.notice };
    case 'notice':
      return { ...state, notice: action.notice, error: action.notice ? null : state.error };
  }
}

export interface Fresh {
  snapshot: WorkbookSnapshot;
  version: number;
}

export interface PaneApi {
  host: PaneHost;
  state: PaneState;
  /** Reads the workbook anew; everything derived from the previous read is dropped. */
  refresh(): Promise<Fresh>;
  /** Runs a piece of work with a spinner; its error becomes one French sentence in the pane. */
  run<T>(label: string, task: (progress: (p: number) => void) => Promise<T>): Promise<T | undefined>;
  /**
   * Applies a plan shown to the person, after planning again from a fresh read: when the
   * workbook changed since the preview, nothing is written and the fresh plan is returned.
   */
  applyPlan(shown: Plan, replan: (snapshot: WorkbookSnapshot) => Plan, done: (plan: Plan) => string): Promise<{ applied: boolean; plan: Plan; fresh: Fresh }>;
  say(notice: string | null): void;
  /** Opens a journey (tab). */
  open(tab: string): void;
  /** Set by the Excel host: the place selected in the workbook. */
  selection: { sheet: string; address: string } | null;
}

export const PaneContext = React.createContext<PaneApi | null>(null);

export function usePane(): PaneApi {
  const api = React.useContext(PaneContext);
  if (!api) throw new Error('PaneContext missing');
  return api;
}

/** A value derived from one read: hidden as soon as the workbook is read again. */
export function useFresh<T>(): [T | null, (value: T | null, version: number) => void] {
  const { state } = usePane();
  const [box, setBox] = React.useState<{ version: number; value: T | null } | null>(null);
  const set = React.useCallback((value: T | null, version: number) => setBox({ version, value }), []);
  return [box && box.version === state.version ? box.value : null, set];
}

/** Same edits, in the same order: a plan made before a change is not the plan of now. */
export function samePlan(a: Plan, b: Plan): boolean {
  return JSON.stringify(a.edits) === JSON.stringify(b.edits);
}

export function usePaneApi(host: PaneHost, openTab: (tab: string) => void, onApplied?: () => void): PaneApi {
  const [state, dispatch] = React.useReducer(reduce, initialState);
  const [selection, setSelection] = React.useState<PaneApi['selection']>(null);
  const versionRef = React.useRef(0);
  const writing = React.useRef(false);

  const refresh = React.useCallback(async (): Promise<Fresh> => {
    const snapshot = await host.read();
    // One counter: the read's version is known here, before React applies the state.
    const version = (versionRef.current += 1);
    dispatch({ type: 'read', snapshot, overview: overview(snapshot), version });
    return { snapshot, version };
  }, [host]);

  const run = React.useCallback(
    async <T,>(label: string, task: (progress: (p: number) => void) => Promise<T>): Promise<T | undefined> => {
      dispatch({ type: 'busy', busy: { label } });
      dispatch({ type: 'error', error: null });
      try {
        return await task((progress) => dispatch({ type: 'busy', busy: { label, progress } }));
      } catch (e) {
        dispatch({ type: 'error', error: `${label} : ${frenchError(e)}` });
        return undefined;
      } finally {
        dispatch({ type: 'busy', busy: null });
      }
    },
    [],
  );

  const applyPlan = React.useCallback(
    async (shown: Plan, replan: (s: WorkbookSnapshot) => Plan, done: (plan: Plan) => string) => {
      writing.current = true;
      try {
        const fresh = await refresh();
        const now = replan(fresh.snapshot);
        if (!samePlan(now, shown)) {
          dispatch({ type: 'notice', notice: 'Le classeur a changé depuis l’aperçu : rien n’a été écrit. Relisez l’aperçu mis à jour avant d’appliquer.' });
          return { applied: false, plan: now, fresh };
        }
        try {
          await host.apply(now);
        } catch (e) {
          // Excel's batches are not transactions: part may be written. Read again, and say so.
          const again = await refresh().catch(() => null);
          const unchanged = (snapshot: WorkbookSnapshot) => {
            try {
              return samePlan(replan(snapshot), now);
            } catch {
              return false;
            }
          };
          const partly = again !== null && !unchanged(again.snapshot);
          if (!partly) throw e;
          throw new Error(`${frenchError(e).replace(/\.$/, '')}. Une partie a été écrite : voyez de nouveau l’aperçu, il ne contient plus que ce qui reste à faire.`);
        }
        const after = await refresh();
        dispatch({ type: 'notice', notice: done(now) });
        onApplied?.();
        return { applied: true, plan: now, fresh: after };
      } finally {
        writing.current = false;
      }
    },
    [host, refresh, onApplied],
  );

  // Excel: follow the selection, and read again when someone changes the workbook.
  React.useEffect(() => {
    const offSelection = host.onSelection?.((place) => setSelection(place));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const offChange = host.onChange?.(() => {
      if (writing.current) return;
      clearTimeout(timer);
      timer = setTimeout(() => void refresh().catch(() => undefined), 400);
    });
    return () => {
      offSelection?.();
      offChange?.();
      clearTimeout(timer);
    };
  }, [host, refresh]);

  const say = React.useCallback((notice: string | null) => dispatch({ type: 'notice', notice }), []);
  return { host, state, refresh, run, applyPlan, say, open: openTab, selection };
}

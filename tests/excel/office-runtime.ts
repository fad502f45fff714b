/**
 * Microsoft's own Excel runtime (`@microsoft/office-js/dist/excel-web-16.00.js`, the script Excel
 * on the web loads) running in jsdom, with the host channel replaced by a recorder.
 *
 * How it works: the runtime builds each `context.sync()` into one request (`{ Actions,
 * ObjectPaths }`, JSON) and, for the document an add-in runs in, hands it to
 * `OSF.DDA.RichApi.executeRichApiRequestAsync` (OfficeJsRequestExecutor), which Excel on the web
 * carries to the host. Here that function records the request and answers it: queries (`load`)
 * are answered from a fake workbook (sheets, names, protection, used ranges, cell data), every
 * other action with an empty success — so `Excel.run` and `context.sync()` complete, and what is
 * measured (bytes, actions) is exactly what the real runtime sends. Writes are recorded, not
 * applied: decode them with `sentCells`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { JSDOM } from 'jsdom';
import { parseRange, toA1 } from '../../src/domain/workbook/address';
import type { FakeWorkbook } from './fake-excel';
import { rangeData, usedAddress } from './fake-excel';

/** One request as the runtime sent it. */
export interface SentRequest {
  /** The request body (JSON text) the runtime built. */
  body: string;
  /** UTF-8 bytes of the body. */
  bytes: number;
  /** UTF-8 bytes of the whole message handed to the host channel (body, headers, flags). */
  messageBytes: number;
  /** UTF-8 bytes of the answer (what Excel would send back). */
  responseBytes: number;
  actions: RuntimeAction[];
  objectPaths: Record<string, RuntimeObjectPath>;
}

export interface RuntimeAction {
  Id: number;
  ActionType: number; // 1 instantiate, 2 query, 3 method, 4 set property
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[] };
  QueryInfo?: { Select?: string[] };
}

export interface RuntimeObjectPath {
  Id: number;
  ObjectPathType: number; // 1 global, 3 method, 4 property, 5 indexer
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[] };
}

/** What an object path designates in the fake workbook. */
type Target =
  | { kind: 'workbook' }
  | { kind: 'sheets' }
  | { kind: 'names' }
  | { kind: 'workbookProtection' }
  | { kind: 'sheet'; name: string; orNull: boolean; added?: boolean }
  | { kind: 'protection'; sheet: string }
  | { kind: 'range'; sheet: string; address: string | null }
  | { kind: 'merged'; sheet: string; address: string | null }
  | { kind: 'name'; name: string; orNull: boolean }
  | { kind: 'other'; parent: Target | null; name: string };

type OfficeWindow = Window & { Excel: typeof Excel; OSF: { DDA: { RichApi: Record<string, unknown> } } };

let loaded: OfficeWindow | null = null;
let answer: (message: unknown[], done: (result: unknown) => void) => void = () => undefined;

/** Loads Excel on the web's runtime once per process (≈100 ms). */
function officeWindow(): OfficeWindow {
  if (loaded) return loaded;
  const file = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist', 'excel-web-16.00.js');
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { runScripts: 'outside-only', url: 'https://localhost:3000/taskpane.html' });
  const w = dom.window as unknown as OfficeWindow & { eval(code: string): unknown };
  w.eval(fs.readFileSync(file, 'utf8'));
  if (typeof w.Excel?.run !== 'function' || typeof w.OSF?.DDA?.RichApi !== 'object') {
    throw new Error('excel-web-16.00.js did not define Excel.run and OSF.DDA.RichApi');
  }
  // The host channel: Excel on the web sends this message to the host frame; we answer it.
  w.OSF.DDA.RichApi.executeRichApiRequestAsync = (message: unknown[], done: (result: unknown) => void) => answer(message, done);
  loaded = w;
  return w;
}

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export interface OfficeRuntimeOptions {
  /** Answers the n-th request (0-based) with an error, as Excel does (the batch stops there). */
  failRequest?: (index: number, request: SentRequest) => { code: string; message: string } | null;
}

/**
 * `Excel.run` of the real runtime over a fake workbook, with the requests it sends.
 * Several harnesses may exist, but only the last one created answers (one runtime per process).
 */
export function officeRuntime(model: FakeWorkbook, options: OfficeRuntimeOptions = {}) {
  const w = officeWindow();
  const requests: SentRequest[] = [];
  const sheet = (name: string) => model.sheets.find((s) => same(s.name, name));
  const added = new Set<string>();

  answer = (message, done) => {
    const body = String(message[4]);
    const parsed = JSON.parse(body) as { Actions: RuntimeAction[]; ObjectPaths: Record<string, RuntimeObjectPath> };
    const request: SentRequest = { body, bytes: utf8(body), messageBytes: utf8(JSON.stringify(message)), responseBytes: 0, actions: parsed.Actions, objectPaths: parsed.ObjectPaths };
    requests.push(request);
    let failure = options.failRequest?.(requests.length - 1, request) ?? null;
    const results: { ActionId: number; Value: unknown }[] = [];
    if (!failure) {
      const resolve = resolver(parsed.ObjectPaths);
      for (const a of parsed.Actions) {
        // As Excel: an action on a sheet reached by getItem that does not exist fails the request.
        const missing = missingSheet(resolve(a.ObjectPathId));
        if (missing) {
          failure = { code: 'ItemNotFound', message: `The requested resource doesn't exist (${missing}).` };
          break;
        }
        if (a.ActionType === 2) results.push({ ActionId: a.Id, Value: queryValue(resolve(a.ObjectPathId), a.QueryInfo?.Select ?? []) });
      }
    }
    const responseBody = failure
      ? { Error: { Code: failure.code, Message: failure.message, HttpStatusCode: 400, ActionIndex: 0, Location: '' } }
      : { Results: results };
    const responseText = JSON.stringify(responseBody);
    request.responseBytes = utf8(responseText);
    // Answer asynchronously, like a channel.
    setTimeout(() => done({ status: 'succeeded', value: { data: [200, [], responseText] } }), 0);
  };

  function queryValue(t: Target, select: string[]): unknown {
    switch (t.kind) {
      case 'sheets':
        return {
          _Items: model.sheets.map((s) => ({
            Id: s.name,
            Name: s.name,
            Visibility: s.visibility,
            ...(select.some((p) => p.startsWith('protection')) ? { Protection: { Protected: !!s.protected } } : {}),
          })),
        };
      case 'sheet': {
        const s = sheet(t.name);
        if (!s) return null;
        return { Id: s.name, Name: s.name, Visibility: s.visibility };
      }
      case 'protection':
        return { Protected: !!sheet(t.sheet)?.protected };
      case 'workbookProtection':
        return { Protected: !!model.protected };
      case 'range': {
        const s = sheet(t.sheet);
        if (!s || t.address === null) return null;
        // Excel answers only what was loaded (a bare `load()` selects everything).
        const wanted = (p: string) => select.length === 0 || select.includes(p);
        const heavy = ['values', 'formulas', 'valueTypes', 'numberFormat'].some(wanted);
        const d = heavy ? rangeData(s, t.address) : null;
        const out: Record<string, unknown> = {};
        if (wanted('address')) out.Address = `${/[^A-Za-z0-9_]/.test(s.name) ? `'${s.name}'` : s.name}!${t.address}`;
        if (d && wanted('values')) out.Values = d.values;
        if (d && wanted('formulas')) out.Formulas = d.formulas;
        if (d && wanted('valueTypes')) out.ValueTypes = d.valueTypes;
        if (d && wanted('numberFormat')) out.NumberFormat = d.numberFormat;
        return out;
      }
      case 'merged': {
        const s = sheet(t.sheet);
        const merges = s?.merges ?? [];
        return merges.length === 0 ? null : { Address: merges.map((m) => `${s!.name}!${m}`).join(', ') };
      }
      case 'names':
        return { _Items: [...model.names].map(([name, formula]) => ({ Name: name, Formula: formula })) };
      case 'name': {
        const found = [...model.names].find(([n]) => same(n, t.name));
        return found ? { Name: found[0], Formula: found[1] } : null;
      }
      default:
        return {};
    }
  }

  /** The name of a sheet that `t` reaches through `getItem` and that does not exist, else null. */
  function missingSheet(t: Target | null): string | null {
    const exists = (name: string) => !!sheet(name) || added.has(name.toLowerCase());
    for (let x: Target | null = t; x; x = x.kind === 'other' ? x.parent : null) {
      if (x.kind === 'sheet') {
        // Writes are not applied to the fake workbook: a sheet added by a request exists afterwards.
        if (x.added) added.add(x.name.toLowerCase());
        return !x.orNull && !exists(x.name) ? x.name : null;
      }
      if ((x.kind === 'range' || x.kind === 'merged' || x.kind === 'protection') && !exists(x.sheet)) return x.sheet;
    }
    return null;
  }

  function resolver(paths: Record<string, RuntimeObjectPath>) {
    const cache = new Map<number, Target>();
    const resolve = (id: number): Target => {
      const hit = cache.get(id);
      if (hit) return hit;
      const p = paths[id];
      const parent = p?.ParentObjectPathId !== undefined ? resolve(p.ParentObjectPathId) : null;
      const args = p?.ArgumentInfo?.Arguments ?? [];
      let t: Target = { kind: 'other', parent, name: p?.Name ?? '?' };
      if (!p || p.ObjectPathType === 1) t = { kind: 'workbook' };
      else if (parent?.kind === 'workbook' && p.Name === 'Worksheets') t = { kind: 'sheets' };
      else if (parent?.kind === 'workbook' && p.Name === 'Names') t = { kind: 'names' };
      else if (parent?.kind === 'workbook' && p.Name === 'Protection') t = { kind: 'workbookProtection' };
      // getItem(x) is an indexer path (type 5, no name); getItemOrNullObject and add are methods.
      else if (parent?.kind === 'sheets' && (p.ObjectPathType === 5 || /^(GetItem|GetItemOrNullObject|Add)$/.test(p.Name))) t = { kind: 'sheet', name: String(args[0]), orNull: p.Name === 'GetItemOrNullObject', added: p.Name === 'Add' };
      else if (parent?.kind === 'names' && (p.ObjectPathType === 5 || /^(GetItem|GetItemOrNullObject)$/.test(p.Name))) t = { kind: 'name', name: String(args[0]), orNull: p.Name === 'GetItemOrNullObject' };
      else if (parent?.kind === 'sheet' && p.Name === 'Protection') t = { kind: 'protection', sheet: parent.name };
      else if (parent?.kind === 'sheet' && p.Name === 'GetRange') t = { kind: 'range', sheet: parent.name, address: String(args[0]) };
      else if (parent?.kind === 'sheet' && /^GetUsedRange/.test(p.Name)) {
        const s = sheet(parent.name);
        t = { kind: 'range', sheet: parent.name, address: s ? usedAddress(s) : null };
      } else if (parent?.kind === 'range' && p.Name === 'GetMergedAreasOrNullObject') t = { kind: 'merged', sheet: parent.sheet, address: parent.address };
      cache.set(id, t);
      return t;
    };
    return resolve;
  }

  const run = (<T>(batch: (context: Excel.RequestContext) => Promise<T>) => w.Excel.run(batch)) as <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  return { run, requests, window: w };
}

/** A cell written by a request: what `formulas`, `values` or `numberFormat` set at `sheet!A1`. */
export interface SentCell {
  formula?: unknown;
  value?: unknown;
  numberFormat?: unknown;
}

/**
 * Decodes the cell writes of sent requests (SetProperty `Formulas`, `Values`, `NumberFormat` on a
 * range), cell by cell, skipping `null`s: `"Sheet!A1"` → what was sent for it (last write wins).
 * Follows the runtime's own cutting of large arrays (it writes more than 1,500 cells as chunks
 * `range.getRow(i).getBoundingRect(range.getRow(j))`, see setRangePropertiesInBulk).
 */
export function sentCells(requests: SentRequest[]): Map<string, SentCell> {
  const out = new Map<string, SentCell>();
  for (const r of requests) {
    type Rect = { sheet: string; top: number; left: number; bottom: number; right: number };
    const memo = new Map<number, Rect | null>();
    const rectOf = (id: number): Rect | null => {
      if (memo.has(id)) return memo.get(id)!;
      const p = r.objectPaths[id];
      let rect: Rect | null = null;
      const args = p?.ArgumentInfo?.Arguments ?? [];
      const parent = p?.ParentObjectPathId !== undefined ? r.objectPaths[p.ParentObjectPathId] : undefined;
      if (p && p.Name === 'GetRange' && parent && (parent.ObjectPathType === 5 || /^GetItem/.test(parent.Name))) {
        const { start: x, end: y } = parseRange(String(args[0]));
        rect = { sheet: String(parent.ArgumentInfo?.Arguments?.[0]), top: x.row, left: x.col, bottom: y.row, right: y.col };
      } else if (p && p.Name === 'GetRow' && p.ParentObjectPathId !== undefined) {
        const base = rectOf(p.ParentObjectPathId);
        if (base) rect = { ...base, top: base.top + Number(args[0]), bottom: base.top + Number(args[0]) };
      } else if (p && p.Name === 'GetBoundingRect' && p.ParentObjectPathId !== undefined) {
        const a = rectOf(p.ParentObjectPathId);
        const b = rectOf(Number(args[0]));
        if (a && b) rect = { sheet: a.sheet, top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
      }
      memo.set(id, rect);
      return rect;
    };
    for (const a of r.actions) {
      if (a.ActionType !== 4 || !/^(Formulas|Values|NumberFormat)$/.test(a.Name)) continue;
      const target = rectOf(a.ObjectPathId);
      if (!target) continue;
      const grid = a.ArgumentInfo?.Arguments?.[0] as unknown[][];
      grid.forEach((line, i) =>
        line.forEach((v, j) => {
          if (v === null) return;
          const k = `${target.sheet}!${toA1(target.top + i, target.left + j)}`;
          const cell = out.get(k) ?? {};
          if (a.Name === 'Formulas') cell.formula = v;
          else if (a.Name === 'Values') cell.value = v;
          else cell.numberFormat = v;
          out.set(k, cell);
        }),
      );
    }
  }
  return out;
}

/** Totals of a list of requests: count, actions, bytes, the largest request. */
export function requestFigures(requests: SentRequest[]) {
  return {
    requests: requests.length,
    actions: requests.reduce((n, r) => n + r.actions.length, 0),
    bytes: requests.reduce((n, r) => n + r.bytes, 0),
    messageBytes: requests.reduce((n, r) => n + r.messageBytes, 0),
    largest: requests.reduce((n, r) => Math.max(n, r.messageBytes), 0),
    largestResponse: requests.reduce((n, r) => Math.max(n, r.responseBytes), 0),
  };
}

/**
 * The pane over an in-memory host, for jsdom tests: hosts, mounting, and finding things the way a
 * person (or a screen reader) does. Importing it sets up what jsdom lacks.
 */
import { act } from 'react';
import { TextDecoder, TextEncoder } from 'util';
import { createRoot, type Root } from 'react-dom/client';
import { applyPlanToSnapshot } from '../../src/domain/plans/apply-to-snapshot';
import type { Plan, ValueEdit } from '../../src/domain/plans/plan';
import { parseA1 } from '../../src/domain/workbook/address';
import { cellValue, findSheet, type CellValue, type WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import type { CellPlace } from '../../src/taskpane/pane-host';
import { App } from '../../src/taskpane/App';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom lacks TextDecoder and TextEncoder, which the .xlsx reader of the lazy journeys uses (browsers have them).
Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? TextDecoder, TextEncoder: globalThis.TextEncoder ?? TextEncoder });
// jsdom lacks ResizeObserver, which Fluent's TabList uses to lay out its tabs.
(window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

/** The standalone page's kind of host: reads a snapshot, applies plans to it. */
export class MemoryHost {
  readonly where = 'fichier' as const;
  applied: Plan[] = [];
  reads = 0;
  constructor(public snapshot: WorkbookSnapshot, private readError: Error | null = null) {}
  async read() {
    this.reads++;
    if (this.readError) throw this.readError;
    return this.snapshot;
  }
  async apply(plan: Plan) {
    this.applied.push(plan);
    this.snapshot = applyPlanToSnapshot(this.snapshot, plan);
  }
}

/** A host like Excel's: it selects cells, reports the selection and changes made by someone else. */
export class ExcelLikeHost extends MemoryHost {
  selectionListener: ((place: CellPlace) => void) | null = null;
  changeListener: (() => void) | null = null;
  selected: [string, string][] = [];
  onSelection(listener: (place: CellPlace) => void) {
    this.selectionListener = listener;
    return () => (this.selectionListener = null);
  }
  async select(sheet: string, cell: string) {
    this.selected.push([sheet, cell]);
  }
  onChange(listener: () => void) {
    this.changeListener = listener;
    return () => (this.changeListener = null);
  }
}

/** The snapshot with one cell typed (what a person does in Excel behind the pane's back). */
export function typed(snapshot: WorkbookSnapshot, sheet: string, cell: string, value: CellValue): WorkbookSnapshot {
  const edit: ValueEdit = { kind: 'value', sheet, cell, before: null, beforeFormula: null, after: value, reason: 'saisie' };
  return applyPlanToSnapshot(snapshot, { command: 'saisie', edits: [edit] });
}

export function valueAt(snapshot: WorkbookSnapshot, sheet: string, cell: string): CellValue {
  const { row, col } = parseA1(cell);
  return cellValue(findSheet(snapshot, sheet)!, row, col);
}

const roots: Root[] = [];
afterEach(async () => {
  for (const root of roots.splice(0)) await act(async () => root.unmount());
  document.body.innerHTML = '';
});

export async function mount(host: MemoryHost): Promise<HTMLElement> {
  const div = document.createElement('div');
  document.body.appendChild(div);
  const root = createRoot(div);
  roots.push(root);
  await act(async () => root.render(<App host={host} />));
  await flush();
  return div;
}

export const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));
export const wait = (ms: number) => act(async () => new Promise((r) => setTimeout(r, ms)));

export async function click(el: Element | null | undefined) {
  if (!el) throw new Error('élément introuvable');
  await act(async () => (el as HTMLElement).click());
  await flush();
}

/** Types into a controlled input the way React hears it. */
export async function typeInto(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await flush();
}

export async function choose(select: HTMLSelectElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
  await act(async () => {
    setter.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush();
}

/** A file as the page gets it from its file input (jsdom's File cannot give its bytes back). */
export function fileOf(name: string, bytes: Uint8Array): File {
  return { name, size: bytes.length, type: '', arrayBuffer: async () => bytes.slice().buffer } as unknown as File;
}

/** Chooses files in the file input named `label`, as a person would. */
export async function pickFiles(div: Element, label: string, files: File[]) {
  const input = div.querySelector(`input[type=file][aria-label="${label}"]`) as HTMLInputElement | null;
  if (!input) throw new Error(`pas de champ « ${label} »`);
  Object.defineProperty(input, 'files', { configurable: true, value: files });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await until(() => true);
}

/** Waits (a little at a time) until the condition holds or 2 s have passed. */
export async function until(condition: () => boolean, ms = 2000) {
  for (let t = 0; t < ms; t += 20) {
    await wait(20);
    if (condition()) return;
  }
}

// Fluent's Tab repeats its label in a hidden span that reserves the bold width: the first span is the name.
export const tabNames = (div: HTMLElement) => [...div.querySelectorAll('[role=tab]')].map((t) => t.querySelector('span')?.textContent ?? '');
export const tab = (div: HTMLElement, name: string) => [...div.querySelectorAll('[role=tab]')].find((t) => t.querySelector('span')?.textContent === name);
export const button = (div: Element, text: RegExp) => [...div.querySelectorAll('button')].find((b) => text.test((b.textContent ?? '').trim()));
export const byLabel = (div: Element, label: string) => div.querySelector(`[aria-label="${label}"]`);
export const card = (div: HTMLElement) => byLabel(div, 'Le classeur ouvert') ?? [...div.querySelectorAll('[role=status]')].find((s) => /Classeur non reconnu/.test(s.textContent ?? ''));
export const preview = (div: HTMLElement) => byLabel(div, 'Aperçu des modifications');
export const messageBars = (div: HTMLElement) => [...div.querySelectorAll('.fui-MessageBar')].map((b) => b.textContent ?? '');

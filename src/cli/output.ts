/** Printing results: JSON (keys in English) or French text. */
import { describeChanges, type Plan } from '../domain/plans/plan';
import { summarisePlan, summaryLines } from '../domain/plans/summary';
import type { CellValue, WorkbookSnapshot } from '../domain/workbook/snapshot';
import { writeStderr, writeStdout } from './io';

export interface Output {
  out(text: string): void;
  err(text: string): void;
  /**
   * Where it can, takes `text` without its first and last `cut` characters (ASCII: a JSON wrapper)
   * as it is, no newline added: the slices of a large JSON go out as bytes, without each being
   * copied into a string of its own first.
   */
  outTrimmed?(text: string, cut: number): void;
}

export const processOutput: Output = {
  out: (text) => writeStdout(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => writeStderr(text.endsWith('\n') ? text : text + '\n'),
  outTrimmed: (text, cut) => {
    // Encoded into a buffer kept from one slice to the next (Buffer.from measures the text first,
    // then allocates: three times slower on a plan's slices), then copied out, since the stream may
    // keep what it is given. The characters cut off are ASCII: one byte each at both ends.
    if (scratch.length < text.length * 3) scratch = Buffer.allocUnsafe(text.length * 3);
    const length = scratch.write(text, 0, 'utf8');
    writeStdout(Buffer.from(scratch.subarray(cut, length - cut)));
  },
};

/** Where processOutput encodes the slices of a large JSON (three bytes per UTF-16 unit at most). */
let scratch = Buffer.alloc(0);

/** Items of a large array stringified at once: a few hundred kilobytes of a plan's changes. */
const JSON_SLICE = 1024;

const isPlainRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';

const isLargeArray = (v: unknown): v is unknown[] => Array.isArray(v) && v.length > JSON_SLICE && typeof (v as { toJSON?: unknown }).toJSON !== 'function';

/**
 * Prints JSON.stringify(value, null, 2) and its newline, byte for byte, in chunks of whole lines: a
 * large array, alone or as a member of the top object (the 50,000 changes of a large census), is
 * stringified slice by slice, so that it never makes one 16-million-character string (and its copy
 * for the pipe). Each slice is stringified by JSON.stringify itself, wrapped so that its items come
 * out indented as they sit in the whole.
 */
export function printJson(output: Output, value: unknown): void {
  if (isLargeArray(value)) return printSlices(output, '[\n', value, 0, ']\n');
  if (!isPlainRecord(value)) return output.out(`${JSON.stringify(value, null, 2)}\n`);
  // Each member as JSON.stringify writes it inside the object (`  "key": …`), or null when it
  // leaves the member out (undefined, a function, a toJSON giving undefined); a large array later.
  const members = Object.keys(value).map((key) => {
    const x = value[key];
    if (isLargeArray(x)) return { key, large: x, text: '' };
    const json = JSON.stringify({ [key]: x }, null, 2);
    return json === '{}' ? null : { key, large: null, text: json.slice(2, json.length - 2) };
  });
  const kept = members.filter((m) => m !== null);
  if (kept.length === 0) return output.out('{}\n');
  let head = '{\n';
  kept.forEach((m, i) => {
    const comma = i < kept.length - 1 ? ',' : '';
    if (!m.large) {
      head += `${m.text}${comma}\n`;
      return;
    }
    printSlices(output, `${head}  ${JSON.stringify(m.key)}: [\n`, m.large, 1, '');
    head = `  ]${comma}\n`;
  });
  output.out(`${head}}\n`);
}

/**
 * Prints `head`, then the items of `items` as they sit at `depth` (0: the array is the value, its
 * items indented by 2; 1: a member of the top object, by 4), then `tail`, in chunks of whole lines.
 */
function printSlices(output: Output, head: string, items: unknown[], depth: 0 | 1, tail: string): void {
  for (let at = 0; at < items.length; at += JSON_SLICE) {
    const slice = items.slice(at, at + JSON_SLICE);
    // `[\n  …\n]`, or `[\n  [\n    …\n  ]\n]` for items one level deeper: the wrapper is cut off.
    const json = depth === 0 ? JSON.stringify(slice, null, 2) : JSON.stringify([slice], null, 2);
    const cut = depth === 0 ? 2 : 6;
    const last = at + JSON_SLICE >= items.length;
    const end = last ? `\n${tail}` : ',\n';
    if (!output.outTrimmed) {
      output.out(`${at === 0 ? head : ''}${json.slice(cut, json.length - cut)}${end}`);
      continue;
    }
    if (at === 0) output.out(head);
    output.outTrimmed(json, cut);
    output.out(end);
  }
}

export function showValue(v: CellValue): string {
  if (v === null || v === '') return '(vide)';
  if (typeof v === 'object') return v.error;
  return String(v);
}

/** The `edits` shape of CONTRACT.md: `{ changes: [{ sheet, cell, before, after }] }`. */
export function editsJson(plan: Plan) {
  return { changes: describeChanges(plan) };
}

/**
 * The plan as JSON, or as text in people's words (grouped by row, the catalogue sheet in one line)
 * when the workbook it applies to is given; cell by cell otherwise.
 */
export function printPlan(output: Output, plan: Plan, outFile: string | null, json: boolean, before?: WorkbookSnapshot): void {
  if (json) return printJson(output, editsJson(plan));
  if (before) {
    for (const line of summaryLines(summarisePlan(plan, before))) output.out(line);
    if (outFile) output.out(`Classeur écrit : ${outFile}`);
    return;
  }
  const changes = describeChanges(plan);
  if (changes.length === 0) {
    output.out('Rien à modifier : le classeur est à jour.');
  } else {
    for (const c of changes) {
      const where = c.sheet ? `${c.sheet}!${c.cell}` : 'classeur';
      output.out(`${where} : ${showValue(c.before)} → ${showValue(c.after)}  (${c.reason})`);
    }
    output.out(`${changes.length} modification${changes.length > 1 ? 's' : ''}.`);
  }
  if (outFile) output.out(`Classeur écrit : ${outFile}`);
}

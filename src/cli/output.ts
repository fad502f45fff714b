/** Printing results: JSON (keys in English) or French text. */
import { describeChanges, type Plan } from '../domain/plans/plan';
import { summarisePlan, summaryLines } from '../domain/plans/summary';
import type { CellValue, WorkbookSnapshot } from '../domain/workbook/snapshot';
import { writeStderr, writeStdout } from './io';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: Output = {
  out: (text) => writeStdout(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => writeStderr(text.endsWith('\n') ? text : text + '\n'),
};

/** What printJson hands to the output at once (whole lines). */
const JSON_CHUNK = 1 << 16;

/**
 * Prints JSON.stringify(value, null, 2) and its newline, byte for byte, in chunks of whole lines:
 * the top object and its arrays are written member by member, so that the 50,000 changes of a
 * large census never make one 24-million-character string (and its copy for the pipe).
 */
export function printJson(output: Output, value: unknown): void {
  let buffer = '';
  const put = (text: string) => {
    buffer += text;
    if (buffer.length >= JSON_CHUNK && buffer.endsWith('\n')) {
      output.out(buffer);
      buffer = '';
    }
  };
  // Members two levels down are stringified whole, their lines indented to where they sit.
  const members = new Map<string, Map<string, Member>>();
  const write = (v: unknown, indent: string, depth: number, suffix: string) => {
    if (depth >= 2) {
      let atIndent = members.get(indent);
      if (!atIndent) members.set(indent, (atIndent = new Map()));
      const flat = flatObjectJson(v, indent, atIndent);
      if (flat !== null) return put(`${flat}${suffix}\n`);
    }
    const json = v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON !== 'function' && depth < 2 ? null : JSON.stringify(v, null, 2);
    if (json !== null) return put(`${indent === '' ? json : json.replace(/\n/g, `\n${indent}`)}${suffix}\n`);
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
      if (v.length === 0) return put(`[]${suffix}\n`);
      put('[\n');
      v.forEach((item, i) => {
        put(inner);
        write(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, inner, depth + 1, i < v.length - 1 ? ',' : '');
      });
      return put(`${indent}]${suffix}\n`);
    }
    const entries = Object.entries(v as object).filter(([, x]) => x !== undefined && typeof x !== 'function' && typeof x !== 'symbol');
    if (entries.length === 0) return put(`{}${suffix}\n`);
    put('{\n');
    entries.forEach(([key, x], i) => {
      put(`${inner}${JSON.stringify(key)}: `);
      write(x, inner, depth + 1, i < entries.length - 1 ? ',' : '');
    });
    put(`${indent}}${suffix}\n`);
  };
  write(value, '', 0, '');
  if (buffer) output.out(buffer);
}

/**
 * JSON.stringify(v, null, 2) of an object whose members are all strings, finite numbers, booleans
 * or null (a change of a plan), its lines indented by `indent`, built without the generic walk
 * (a 50,000-row recompute prints 50,000 of them); null for any other value.
 */
function flatObjectJson(v: unknown, indent: string, members: Map<string, Member>): string | null {
  if (v === null || typeof v !== 'object' || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return null;
  let out = '';
  for (const key in v) {
    if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
    const x = (v as Record<string, unknown>)[key];
    if (x === undefined) continue;
    let member = members.get(key);
    if (member === undefined) members.set(key, (member = { prefix: `\n${indent}  ${JSON.stringify(key)}: `, last: undefined, json: '' }));
    let json: string;
    if (typeof x === 'string') {
      // A change's sheet, kind and reason repeat from one change to the next: written once.
      if (x !== member.last) {
        member.last = x;
        member.json = JSON.stringify(x);
      }
      json = member.json;
    } else if (x === null) json = 'null';
    else if (typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x))) json = String(x);
    else return null;
    out += out ? `,${member.prefix}${json}` : `${member.prefix}${json}`;
  }
  return out ? `{${out}\n${indent}}` : '{}';
}

/** A member key, at one indent: its `\n<indent>  "key": ` and the JSON of its last string value. */
interface Member {
  prefix: string;
  last: string | undefined;
  json: string;
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

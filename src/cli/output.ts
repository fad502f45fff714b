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

export function printJson(output: Output, value: unknown): void {
  output.out(JSON.stringify(value, null, 2));
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

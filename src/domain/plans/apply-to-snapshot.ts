/**
 * Applies a plan to a snapshot in memory, as a host would (formulas keep their computed result).
 * Lets one command chain planners (compile, then recompute) into a single plan, and lets the
 * pane preview a result.
 */
import { parseA1 } from '../workbook/address';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { editsInApplyOrder, type Edit, type Plan } from './plan';

function emptySheet(name: string, visibility: SheetSnapshot['visibility']): SheetSnapshot {
  return { name, visibility, values: [], formulas: [], merges: [], validations: [], conditionalFormats: [] };
}

function setCell(sheet: SheetSnapshot, cell: string, value: SheetSnapshot['values'][number][number], formula: string | null): void {
  const { row, col } = parseA1(cell);
  while (sheet.values.length < row) sheet.values.push([]);
  while (sheet.formulas.length < row) sheet.formulas.push([]);
  const values = sheet.values[row - 1];
  const formulas = sheet.formulas[row - 1];
  while (values.length < col) values.push(null);
  while (formulas.length < col) formulas.push(null);
  values[col - 1] = value;
  formulas[col - 1] = formula;
}

function applyEdit(s: WorkbookSnapshot, e: Edit): void {
  if (e.kind === 'name') {
    s.names = s.names.filter((n) => n.name !== e.name).concat({ name: e.name, ref: e.ref });
    return;
  }
  if (e.kind === 'property') {
    const properties = { ...(s.properties ?? {}) };
    if (e.value === null) delete properties[e.name];
    else properties[e.name] = String(e.value);
    s.properties = properties;
    return;
  }
  if (e.kind === 'sheet') {
    if (!s.sheets.some((x) => x.name === e.sheet)) s.sheets.push(emptySheet(e.sheet, e.visibility));
    return;
  }
  const sheet = s.sheets.find((x) => x.name === e.sheet);
  if (!sheet) throw new Error(`Feuille « ${e.sheet} » absente du classeur`);
  switch (e.kind) {
    case 'validation':
      sheet.validations.push({ range: e.range, type: 'list', formula1: e.list });
      break;
    case 'conditionalFormat':
      sheet.conditionalFormats.push({ range: e.range, formulas: e.rules.map((r) => r.formula ?? `"${r.equals}"`) });
      break;
    case 'value':
      setCell(sheet, e.cell, e.after, null);
      break;
    case 'formula':
      setCell(sheet, e.cell, e.result, e.formula);
      break;
  }
}

/** A deep copy (snapshots hold plain data only). */
export function copySnapshot(s: WorkbookSnapshot): WorkbookSnapshot {
  return {
    names: s.names.map((n) => ({ ...n })),
    ...(s.properties ? { properties: { ...s.properties } } : {}),
    sheets: s.sheets.map((x) => ({
      ...x,
      values: x.values.map((line) => line.map((v) => (typeof v === 'object' && v !== null ? { ...v } : v))),
      formulas: x.formulas.map((line) => [...line]),
      merges: [...x.merges],
      validations: x.validations.map((v) => ({ ...v })),
      conditionalFormats: x.conditionalFormats.map((c) => ({ ...c, formulas: [...c.formulas] })),
    })),
  };
}

export function applyPlanToSnapshot(snapshot: WorkbookSnapshot, plan: Plan): WorkbookSnapshot {
  const next = copySnapshot(snapshot);
  for (const e of editsInApplyOrder(plan)) applyEdit(next, e);
  return next;
}

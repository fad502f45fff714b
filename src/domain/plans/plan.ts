/**
 * A plan: the list of edits a command wants to make, each with what it was and why.
 * Hosts apply plans in one batch, in this order: sheets, cells, names, validations, formats.
 * An empty plan means nothing is due — which is what makes a second run change nothing.
 */
import type { CellValue } from '../workbook/snapshot';

/** Adds a sheet at the end of the workbook (its cells come as value edits). */
export interface AddSheetEdit {
  kind: 'sheet';
  sheet: string;
  visibility: 'visible' | 'hidden';
  reason: string;
}

/** Writes a constant (clearing any formula the cell had). */
export interface ValueEdit {
  kind: 'value';
  sheet: string;
  cell: string;
  before: CellValue;
  beforeFormula: string | null;
  after: CellValue;
  reason: string;
}

/** Writes a live formula (English syntax, leading `=`) with its computed result. */
export interface FormulaEdit {
  kind: 'formula';
  sheet: string;
  cell: string;
  before: CellValue;
  beforeFormula: string | null;
  formula: string;
  /** What the formula computes now, written as the cached value for readers that do not recalculate. */
  result: CellValue;
  reason: string;
}

/** A workbook-scoped defined name. */
export interface NameEdit {
  kind: 'name';
  name: string;
  /** Without leading `=`: `'Catalogues DUERP'!$A$2:$A$27`. */
  ref: string;
  before: string | null;
  reason: string;
}

/** A dropdown: a list data validation whose source is a formula (`=DUERP_Familles`). */
export interface ValidationEdit {
  kind: 'validation';
  sheet: string;
  range: string;
  list: string;
  reason: string;
}

export interface ColourRule {
  /** The cell's text that triggers the rule, e.g. `A` (with `formula`, only the rule's name). */
  equals: string;
  /** An expression rule instead (English syntax, no `=`, relative to the range's top-left cell): colours where it is true. */
  formula?: string;
  /** Fill and font colours as `#RRGGBB`. */
  fill: string;
  font: string;
}

/** Conditional formats colouring a range by its value (the risk index letters). */
export interface ConditionalFormatEdit {
  kind: 'conditionalFormat';
  sheet: string;
  range: string;
  rules: ColourRule[];
  reason: string;
}

/**
 * A custom document property (Excel: Fichier > Informations > Propriétés > Propriétés avancées >
 * Personnalisation), e.g. the DU's consultation record. `value` null removes the property.
 */
export interface PropertyEdit {
  kind: 'property';
  name: string;
  /** Text, or a whole number (written as such: `DUERP_Version`). */
  value: string | number | null;
  before: string | null;
  reason: string;
}

export type Edit = AddSheetEdit | ValueEdit | FormulaEdit | NameEdit | ValidationEdit | ConditionalFormatEdit | PropertyEdit;

/** Something a command carried over that needs a person's look (CONTRACT.md: `warnings` beside `changes`). */
export interface PlanWarning {
  /** The workbook's file name (a census, the DU…). */
  file: string;
  sheet: string;
  cell: string;
  /** In French. */
  message: string;
}

export interface Plan {
  /** What the command is (`repair`, `recompute`…), for display. */
  command: string;
  edits: Edit[];
  /** What needs a look (compile, programme); never a reason to fail. */
  warnings?: PlanWarning[];
}

export const APPLY_ORDER: Edit['kind'][] = ['sheet', 'value', 'formula', 'name', 'validation', 'conditionalFormat', 'property'];

/** Edits sorted in the order hosts apply them (stable within a kind). */
export function editsInApplyOrder(plan: Plan): Edit[] {
  return APPLY_ORDER.flatMap((kind) => plan.edits.filter((e) => e.kind === kind));
}

export function isCellEdit(e: Edit): e is ValueEdit | FormulaEdit {
  return e.kind === 'value' || e.kind === 'formula';
}

/** The `changes` list of CONTRACT.md (`{ sheet, cell, before, after }`), with kind and reason added. */
export interface Change {
  sheet: string;
  cell: string;
  before: CellValue;
  after: CellValue;
  kind: Edit['kind'];
  reason: string;
}

export function describeChanges(plan: Plan): Change[] {
  return plan.edits.map((e): Change => {
    switch (e.kind) {
      case 'value':
        return { sheet: e.sheet, cell: e.cell, before: e.beforeFormula ?? e.before, after: e.after, kind: e.kind, reason: e.reason };
      case 'formula':
        return { sheet: e.sheet, cell: e.cell, before: e.beforeFormula ?? e.before, after: e.formula, kind: e.kind, reason: e.reason };
      case 'sheet':
        return { sheet: e.sheet, cell: 'A1', before: null, after: `nouvelle feuille « ${e.sheet} »`, kind: e.kind, reason: e.reason };
      case 'name':
        return { sheet: '', cell: '', before: e.before, after: `${e.name} = ${e.ref}`, kind: e.kind, reason: e.reason };
      case 'validation':
        return { sheet: e.sheet, cell: e.range.split(':')[0], before: null, after: `liste ${e.list} sur ${e.range}`, kind: e.kind, reason: e.reason };
      case 'conditionalFormat':
        return { sheet: e.sheet, cell: e.range.split(':')[0], before: null, after: `couleurs ${e.rules.map((r) => r.equals).join('/')} sur ${e.range}`, kind: e.kind, reason: e.reason };
      case 'property':
        return { sheet: '', cell: '', before: e.before, after: e.value === null ? null : `${e.name} = ${e.value}`, kind: e.kind, reason: e.reason };
    }
  });
}

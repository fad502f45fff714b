/**
 * Applies a plan to an .xlsx/.xlsm package by patching only the parts that change: the touched
 * worksheets, styles (colours), workbook (sheets, names, recalculation) and content types.
 * Images, charts, comments, form controls, macros, printer settings: copied byte for byte.
 */
import { parseA1 } from '../domain/workbook/address';
import { editsInApplyOrder, type Plan, type PropertyEdit } from '../domain/plans/plan';
import { partBinary, partText, sheetEntries, unzipPackage, zipPackage, type Parts } from './package';
import { patchCellsPieces, type CellWrite } from './patch-cells';
import { addConditionalFormats, addValidations, type ColourFormat, type ListValidation } from './sheet-extras';
import { EMPTY_STYLES, addDxfs } from './styles';
import { addSheet, requestFullRecalc, setDefinedNames } from './workbook-parts';
import { applyPropertyEdits } from './custom-properties';
import { encodeUtf8, encodeUtf8Pieces } from './xml';
import { EntryWriter } from './zip';

interface SheetChanges {
  writes: CellWrite[];
  validations: ListValidation[];
  formats: ColourFormat[];
}

function sheetPaths(parts: Parts): Map<string, string> {
  return new Map(sheetEntries(parts).map((s) => [s.name, s.path]));
}

/**
 * `pending`, when given, receives the sheets still being compressed on other threads (the
 * command line's codec): the parts are complete once they have all settled.
 */
export function applyPlanToParts(parts: Parts, plan: Plan, pending?: Promise<void>[]): void {
  if (plan.edits.length === 0) return;
  const paths = sheetPaths(parts);
  const changes = new Map<string, SheetChanges>();
  // Edits come sheet after sheet: the last sheet's changes are at hand.
  let lastSheet: string | null = null;
  let lastChanges: SheetChanges | null = null;
  const forSheet = (name: string): SheetChanges => {
    if (name === lastSheet) return lastChanges!;
    if (!paths.has(name)) throw new Error(`la feuille « ${name} » est introuvable dans le classeur`);
    let c = changes.get(name);
    if (!c) changes.set(name, (c = { writes: [], validations: [], formats: [] }));
    lastSheet = name;
    lastChanges = c;
    return c;
  };
  const names: { name: string; ref: string }[] = [];
  let stylesXml: string | null = null;
  let formulasChanged = false;
  const properties: PropertyEdit[] = [];

  const edits = editsInApplyOrder(plan);
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    switch (e.kind) {
      case 'sheet':
        if (!paths.has(e.sheet)) paths.set(e.sheet, addSheet(parts, e.sheet, e.visibility));
        break;
      case 'value': {
        const { row, col } = parseA1(e.cell);
        forSheet(e.sheet).writes.push({ row, col, value: e.after, formula: null });
        if (e.beforeFormula) formulasChanged = true;
        break;
      }
      case 'formula': {
        const { row, col } = parseA1(e.cell);
        forSheet(e.sheet).writes.push({ row, col, value: e.result, formula: e.formula.charCodeAt(0) === 61 ? e.formula.slice(1) : e.formula });
        formulasChanged = true;
        break;
      }
      case 'name':
        names.push({ name: e.name, ref: e.ref });
        break;
      case 'validation':
        forSheet(e.sheet).validations.push({ range: e.range, list: e.list });
        break;
      case 'property':
        properties.push(e);
        break;
      case 'conditionalFormat': {
        stylesXml ??= partText(parts, 'xl/styles.xml') ?? EMPTY_STYLES;
        const added = addDxfs(stylesXml, e.rules);
        stylesXml = added.xml;
        forSheet(e.sheet).formats.push({ range: e.range, rules: e.rules.map((rule, i) => ({ rule, dxfId: added.ids[i] })) });
        break;
      }
    }
  }

  for (const [name, c] of changes) {
    const path = paths.get(name)!;
    // The sheet is patched as binary UTF-8 (one byte per character, untouched rows copied as they
    // came) and streamed: each piece is checksummed and deflated as it is made, so the new sheet is
    // never held whole. Colours and validations live after sheetData: only that tail is rewritten.
    const { text, binary, layout } = partBinary(parts, path)!;
    const tail = (rest: string) => addValidations(addConditionalFormats(rest, c.formats), c.validations);
    if (binary) {
      const writer = new EntryWriter(path, pending !== undefined);
      patchCellsPieces(text, c.writes, tail, true, (piece) => writer.writeBinary(piece), layout);
      if (pending) pending.push(writer.finishAsync().then((entry) => parts.setPacked(path, entry)));
      else parts.setPacked(path, writer.finish());
    } else parts.set(path, encodeUtf8Pieces(patchCellsPieces(text, c.writes, tail), 1.5));
  }
  if (stylesXml !== null) {
    if (!parts.has('xl/styles.xml')) throw new Error('classeur sans feuille de styles');
    parts.set('xl/styles.xml', encodeUtf8(stylesXml));
  }
  setDefinedNames(parts, names);
  applyPropertyEdits(parts, properties);
  if (formulasChanged || names.length > 0) requestFullRecalc(parts);
}

export function applyPlan(bytes: Uint8Array, plan: Plan): Uint8Array {
  if (plan.edits.length === 0) return bytes;
  const parts = unzipPackage(bytes);
  applyPlanToParts(parts, plan);
  return zipPackage(parts);
}

/**
 * applyPlan, the large sheets compressed on the codec's other threads while the next rows are
 * patched (the command line: Node's zlib thread pool); the same bytes as applyPlan.
 */
export async function applyPlanAsync(bytes: Uint8Array, plan: Plan): Promise<Uint8Array> {
  if (plan.edits.length === 0) return bytes;
  const parts = unzipPackage(bytes);
  const pending: Promise<void>[] = [];
  applyPlanToParts(parts, plan, pending);
  await Promise.all(pending);
  return zipPackage(parts);
}

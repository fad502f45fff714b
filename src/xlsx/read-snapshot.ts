/**
 * Reads an .xlsx/.xlsm package into a snapshot with a light scanner (ExcelJS takes about 1.1 s on
 * a 5,000-row census; this reads only what the core needs). Shared formulas are expanded.
 */

import type { CellValue, ConditionalFormatRule, DefinedName, SheetSnapshot, ValidationRule, WorkbookSnapshot } from '../domain/workbook/snapshot';
import { shiftFormula } from './formula-shift';
import { UnreadableWorkbook } from './errors';
import { readCustomProperties } from './custom-properties';
import { partBinary, partText, sheetEntries, unzipPackage, type Parts, type SheetLayout } from './package';
import { formulaElement, integerAt, rowShifter, scanCellRanges, sheetDataBounds, valueElement } from './sheet-xml';
import { attribute, attributes, decodeXml, forEachElement, fromBinary, isNameEnd, textRuns } from './xml';

/**
 * What the reader will expand into the snapshot's dense grids, in cells, for the whole workbook:
 * each sheet counts one per row up to its last row with content, plus the length of each row up
 * to its last cell with content (empty cells and rows at the ends are never materialised).
 * 4,000,000 cells cost about 64 MB (a value and a formula slot each) and leave room for a census
 * of 250,000 rows of 15 columns; a 50,000-row census needs under 1,000,000. Beyond it, the grid is
 * not what a DUERP workbook looks like (a stray cell at XFD1048576 next to a full table, thousands
 * of rows padded to the last column): the reader refuses it in French instead of exhausting memory.
 */
export const MAX_EXPANDED_CELLS = 4_000_000;

export function readSharedStrings(parts: Parts): string[] {
  const xml = partText(parts, 'xl/sharedStrings.xml');
  if (!xml) return [];
  const strings: string[] = [];
  forEachElement(xml, 'si', (_attrs, inner) => {
    strings.push(inner ? textRuns(inner) : '');
  });
  return strings;
}

function isoToSerial(iso: string): number {
  const t = Date.parse(iso.length <= 10 ? `${iso}T00:00:00Z` : iso.endsWith('Z') ? iso : `${iso}Z`);
  return (t - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function inlineString(inner: string): string {
  let text = '';
  forEachElement(inner, 'is', (_a, is) => {
    text += textRuns(is);
  });
  return text;
}

const asIs = (text: string) => text;

/** `txt` turns the sheet's text into ordinary text (fromBinary for a binary sheet), before entities are decoded. */
function cellValueOf(type: string | undefined, inner: string, strings: string[], txt: (s: string) => string): CellValue {
  if (type === 'inlineStr') return inner.includes('<is') ? inlineString(txt(inner)) : null;
  const raw = valueElement(inner);
  if (raw === null) return null;
  switch (type ?? 'n') {
    case 's':
      return strings[Number(raw)] ?? '';
    case 'str':
      return decodeXml(txt(raw));
    case 'b':
      return raw.trim() === '1';
    case 'e':
      return { error: decodeXml(txt(raw)).trim() };
    case 'd':
      return isoToSerial(raw.trim());
    default: {
      if (raw.trim() === '') return null;
      const n = Number(raw);
      return Number.isNaN(n) ? decodeXml(txt(raw)) : n;
    }
  }
}

interface SharedMaster {
  row: number;
  col: number;
  text: string;
  /** The text moved down its column, prepared on first use (a group is usually one column). */
  down?: (dr: number) => string;
}

type SheetData = NonNullable<ReturnType<typeof sheetDataBounds>>;

interface SparseRow {
  values: CellValue[];
  formulas: (string | null)[];
  /** 1 + the column index of the last cell with content. */
  length: number;
}

/** The children of a cell's content xml[iS, iE): the offsets of <v>'s text, whether there is an <f>. */
let vS = -1;
let vE = -1;
let hasFormula = false;
function cellChildren(xml: string, iS: number, iE: number): void {
  vS = vE = -1;
  hasFormula = false;
  for (let p = xml.indexOf('<', iS); p >= 0 && p < iE; p = xml.indexOf('<', p + 1)) {
    const c = xml.charCodeAt(p + 1);
    if (c === 102 /* f */ && isNameEnd(xml.charCodeAt(p + 2))) hasFormula = true;
    if (c !== 118 /* v */ || vS >= 0 || !isNameEnd(xml.charCodeAt(p + 2))) continue;
    const gt = xml.indexOf('>', p);
    if (gt < 0 || gt >= iE) break;
    if (xml.charCodeAt(gt - 1) === 47) continue;
    const close = xml.indexOf('</v>', gt);
    if (close >= 0 && close <= iE) {
      vS = gt + 1;
      vE = close;
      p = close;
    }
  }
}

/**
 * A cell's value from its offsets in the sheet's text (after cellChildren on that cell): the common
 * cases (a shared string, a number) are read in place, without cutting the cell's text into strings.
 */
function cellValueAt(xml: string, t: number, tEnd: number, iS: number, iE: number, strings: string[], txt: (s: string) => string): CellValue {
  // The type (its value at xml[t, tEnd), t -1 when absent) without cutting a string for the common ones ('s', 'n').
  const tLength = t < 0 ? 0 : tEnd - t;
  const type = t < 0 ? 'n' : tLength === 1 && xml.charCodeAt(t) === 115 ? 's' : tLength === 1 && xml.charCodeAt(t) === 110 ? 'n' : xml.slice(t, tEnd);
  if (type === 'inlineStr') return cellValueOf(type, xml.slice(iS, iE), strings, txt);
  if (vS < 0) return null;
  if (type === 's') {
    const index = integerAt(xml, vS, vE);
    return index >= 0 ? (strings[index] ?? '') : cellValueOf(type, xml.slice(iS, iE), strings, txt);
  }
  if (type === 'n') {
    const n = integerAt(xml, vS, vE);
    if (n >= 0 && vE - vS < 16) return n;
  }
  return cellValueOf(type, xml.slice(iS, iE), strings, txt);
}

/** A sheet's cells with content, row by row (sparse: nothing for an empty cell or row). */
function readSparseSheet(xml: string, data: SheetData | null, strings: string[], binary: boolean, layout?: SheetLayout): Map<number, SparseRow> {
  const txt = binary ? fromBinary : asIs;
  const rows = new Map<number, SparseRow>();
  const masters = new Map<string, SharedMaster>();
  if (!data) return rows;
  let lastRow = -1;
  let lastLine: SparseRow | undefined;
  scanCellRanges(xml, data.innerStart, data.innerStart + data.inner.length, (row, col, iS, iE, tS, tE) => {
    // The usual content, a value alone (`<v>…</v>`, no formula), is taken without searching it.
    if (iE - iS >= 7 && xml.charCodeAt(iS) === 60 && xml.charCodeAt(iS + 1) === 118 && xml.charCodeAt(iS + 2) === 62 && xml.charCodeAt(iE - 1) === 62 && xml.charCodeAt(iE - 2) === 118 && xml.charCodeAt(iE - 3) === 47 && xml.charCodeAt(iE - 4) === 60) {
      vS = iS + 3;
      vE = iE - 4;
      hasFormula = false;
    } else cellChildren(xml, iS, iE);
    const value = cellValueAt(xml, tS, tE, iS, iE, strings, txt);
    let text: string | null = null;
    const f = hasFormula ? formulaElement(xml.slice(iS, iE)) : null;
    if (f) {
      if (f.attrs.t === 'shared' && f.attrs.si !== undefined) {
        const si = Number(f.attrs.si);
        if (layout && Number.isInteger(si) && si >= layout.nextSharedIndex) layout.nextSharedIndex = si + 1;
        if (f.text) {
          text = decodeXml(txt(f.text));
          masters.set(f.attrs.si, { row, col, text });
        } else {
          const m = masters.get(f.attrs.si);
          text = !m ? null : col === m.col ? (m.down ??= rowShifter(m.text))(row - m.row) : shiftFormula(m.text, row - m.row, col - m.col);
        }
      } else if (f.text) text = decodeXml(txt(f.text));
    }
    if (value === null && text === null) return;
    // Cells come row after row: the row's line is looked up once.
    let line = row === lastRow ? lastLine! : rows.get(row);
    if (!line) rows.set(row, (line = { values: [], formulas: [], length: 0 }));
    lastRow = row;
    lastLine = line;
    const formula = text === null ? null : `=${text}`;
    const values = line.values;
    const formulas = line.formulas;
    if (col > values.length) {
      // Cells come left to right: the row grows by pushes, empty cells in between read as null
      // (packed arrays, without holes to fill afterwards).
      while (values.length < col - 1) {
        values.push(null);
        formulas.push(null);
      }
      values.push(value);
      formulas.push(formula);
      line.length = col;
    } else {
      values[col - 1] = value;
      formulas[col - 1] = formula;
    }
  }, layout?.rows);
  return rows;
}

/** How many cells the dense grids of a sparse sheet take (see MAX_EXPANDED_CELLS). */
function expandedSize(rows: Map<number, SparseRow>): number {
  let last = 0;
  let cells = 0;
  // forEach: a for…of over 50,000 entries makes an array per entry until the loop is optimised.
  rows.forEach((line, r) => {
    if (r > last) last = r;
    cells += line.length;
  });
  return last + cells;
}

/** The dense grids of the snapshot, up to the last row and, in each row, the last cell with content. */
function densify(rows: Map<number, SparseRow>): { values: CellValue[][]; formulas: (string | null)[][] } {
  let last = 0;
  rows.forEach((_line, r) => {
    if (r > last) last = r;
  });
  const values: CellValue[][] = new Array(last);
  const formulas: (string | null)[][] = new Array(last);
  for (let r = 0; r < last; r++) {
    const line = rows.get(r + 1);
    if (!line) {
      values[r] = [];
      formulas[r] = [];
      continue;
    }
    // The sparse row is the dense one: it was filled left to right, its empty cells with null.
    values[r] = line.values;
    formulas[r] = line.formulas;
  }
  return { values, formulas };
}

function tooLarge(sheet: string): UnreadableWorkbook {
  return new UnreadableWorkbook(
    `a une feuille (« ${sheet} ») dont les cellules remplies s'étendent bien au-delà d'un document unique (plus de ${MAX_EXPANDED_CELLS.toLocaleString('fr-FR')} cellules à lire, souvent une cellule isolée tout en bas ou tout à droite) ; dans Excel, supprimez les lignes et colonnes inutiles au-delà du tableau, puis enregistrez-le`,
  );
}

function sheetExtras(name: string, visibility: SheetSnapshot['visibility'], xml: string, data: SheetData | null, binary: boolean, grids: { values: CellValue[][]; formulas: (string | null)[][] }): SheetSnapshot {
  // Merges, validations and conditional formats all follow sheetData: only that text is scanned.
  const outside = data ? xml.slice(0, data.start) + xml.slice(data.end) : xml;
  const rest = binary ? fromBinary(outside) : outside;
  const merges: string[] = [];
  forEachElement(rest, 'mergeCell', (attrs) => {
    const ref = attribute(attrs, 'ref');
    if (ref) merges.push(ref);
  });
  return { name, visibility, values: grids.values, formulas: grids.formulas, merges, validations: readValidations(rest), conditionalFormats: readConditionalFormats(rest) };
}

function validationType(type: string | undefined): ValidationRule['type'] {
  return type === 'list' || type === 'whole' || type === 'decimal' || type === 'date' ? type : 'other';
}

function formulaText(f: string): string {
  const t = decodeXml(f).trim();
  return t.startsWith('"') ? t : `=${t}`;
}

function firstInner(xml: string, name: string): string | null {
  let found: string | null = null;
  forEachElement(xml, name, (_a, inner) => {
    found ??= inner;
  });
  return found;
}

export function readValidations(xml: string): ValidationRule[] {
  const rules: ValidationRule[] = [];
  forEachElement(xml, 'dataValidation', (attrsText, inner) => {
    const a = attributes(attrsText);
    const f1 = firstInner(inner, 'formula1') ?? '';
    rules.push({ range: a.sqref ?? '', type: validationType(a.type), formula1: formulaText(f1) });
  });
  // Excel's extension list form (cross-sheet lists in older files).
  forEachElement(xml, 'x14:dataValidation', (attrsText, inner) => {
    const a = attributes(attrsText);
    const f1 = firstInner(firstInner(inner, 'x14:formula1') ?? '', 'xm:f') ?? '';
    const sqref = firstInner(inner, 'xm:sqref') ?? '';
    rules.push({ range: sqref, type: validationType(a.type), formula1: formulaText(f1) });
  });
  return rules;
}

export function readConditionalFormats(xml: string): ConditionalFormatRule[] {
  const out: ConditionalFormatRule[] = [];
  forEachElement(xml, 'conditionalFormatting', (attrsText, inner) => {
    const formulas: string[] = [];
    forEachElement(inner, 'formula', (_a, f) => {
      formulas.push(decodeXml(f));
    });
    out.push({ range: attribute(attrsText, 'sqref') ?? '', formulas });
  });
  return out;
}

export function readDefinedNames(parts: Parts): DefinedName[] {
  const xml = partText(parts, 'xl/workbook.xml') ?? '';
  const names: DefinedName[] = [];
  forEachElement(xml, 'definedName', (attrsText, inner) => {
    const a = attributes(attrsText);
    if (a.localSheetId === undefined && a.name) names.push({ name: a.name, ref: decodeXml(inner) });
  });
  return names;
}

export function readPartsSnapshot(parts: Parts): WorkbookSnapshot {
  const strings = readSharedStrings(parts);
  let budget = MAX_EXPANDED_CELLS;
  const sheets = sheetEntries(parts)
    .filter((s) => parts.has(s.path))
    .map((s) => {
      // Sheets are scanned as binary UTF-8 (one byte per character whatever they hold); cell texts
      // are decoded one by one.
      const part = partBinary(parts, s.path)!;
      const { text: xml, binary } = part;
      const data = sheetDataBounds(xml);
      // What is found on the way is noted on the part, for the patcher (package.ts, SheetLayout).
      const layout: SheetLayout = { rows: [], nextSharedIndex: 0 };
      const sparse = readSparseSheet(xml, data, strings, binary, layout);
      part.layout = layout;
      budget -= expandedSize(sparse);
      if (budget < 0) throw tooLarge(s.name);
      return sheetExtras(s.name, s.state, xml, data, binary, densify(sparse));
    });
  return { sheets, names: readDefinedNames(parts), properties: readCustomProperties(parts) };
}

/** Reads a workbook's bytes; a file it cannot or will not read throws UnreadableWorkbook (French). */
export function readSnapshot(bytes: Uint8Array): WorkbookSnapshot {
  return readPartsSnapshot(unzipPackage(bytes));
}

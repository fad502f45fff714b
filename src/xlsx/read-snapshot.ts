/**
 * Reads an .xlsx/.xlsm package into a snapshot with a light scanner (ExcelJS takes about 1.1 s on
 * a 5,000-row census; this reads only what the core needs). Shared formulas are expanded.
 */

import type { CellValue, ConditionalFormatRule, DefinedName, SheetSnapshot, ValidationRule, WorkbookSnapshot } from '../domain/workbook/snapshot';
import { shiftFormula } from './formula-shift';
import { partText, sheetEntries, unzipPackage, type Parts } from './package';
import { formulaElement, parseRows, sheetDataBounds, valueElement, type RawCell } from './sheet-xml';
import { attributes, decodeXml, textRuns } from './xml';

export function readSharedStrings(parts: Parts): string[] {
  const xml = partText(parts, 'xl/sharedStrings.xml');
  if (!xml) return [];
  return [...xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((m) => textRuns(m[1] ?? ''));
}

function isoToSerial(iso: string): number {
  const t = Date.parse(iso.length <= 10 ? `${iso}T00:00:00Z` : iso.endsWith('Z') ? iso : `${iso}Z`);
  return (t - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function cellValueOf(cell: RawCell, strings: string[]): CellValue {
  const type = cell.attrs.t ?? 'n';
  if (type === 'inlineStr') return textRuns(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(cell.inner)?.[1] ?? '');
  const raw = valueElement(cell.inner);
  if (raw === null) return null;
  switch (type) {
    case 's':
      return strings[Number(raw)] ?? '';
    case 'str':
      return decodeXml(raw);
    case 'b':
      return raw.trim() === '1';
    case 'e':
      return { error: decodeXml(raw).trim() };
    case 'd':
      return isoToSerial(raw.trim());
    default: {
      const n = Number(raw);
      return Number.isNaN(n) ? decodeXml(raw) : n;
    }
  }
}

interface SharedMaster {
  row: number;
  col: number;
  text: string;
}

function readSheet(name: string, visibility: SheetSnapshot['visibility'], xml: string, strings: string[]): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const masters = new Map<string, SharedMaster>();
  const data = sheetDataBounds(xml);
  for (const row of parseRows(data?.inner ?? '')) {
    // Rows that only carry a format (often down to row 1,048,576) hold nothing to read.
    if (row.cells.length === 0) continue;
    const vLine: CellValue[] = (values[row.row - 1] = []);
    const fLine: (string | null)[] = (formulas[row.row - 1] = []);
    for (const cell of row.cells) {
      vLine[cell.col - 1] = cellValueOf(cell, strings);
      const f = cell.inner.includes('<f') ? formulaElement(cell.inner) : null;
      let text: string | null = null;
      if (f) {
        if (f.attrs.t === 'shared' && f.attrs.si !== undefined) {
          if (f.text) {
            masters.set(f.attrs.si, { row: cell.row, col: cell.col, text: decodeXml(f.text) });
            text = decodeXml(f.text);
          } else {
            const m = masters.get(f.attrs.si);
            text = m ? shiftFormula(m.text, cell.row - m.row, cell.col - m.col) : null;
          }
        } else if (f.text) text = decodeXml(f.text);
      }
      fLine[cell.col - 1] = text === null ? null : `=${text}`;
    }
  }
  // Fill the holes so every row is dense up to its last cell.
  for (let r = 0; r < values.length; r++) {
    const v = (values[r] ??= []);
    const f = (formulas[r] ??= []);
    for (let c = 0; c < v.length; c++) {
      if (v[c] === undefined) v[c] = null;
      if (f[c] === undefined) f[c] = null;
    }
  }
  return {
    name,
    visibility,
    values,
    formulas,
    merges: [...xml.matchAll(/<mergeCell\b[^>]*?ref="([^"]+)"/g)].map((m) => m[1]),
    validations: readValidations(xml),
    conditionalFormats: readConditionalFormats(xml),
  };
}

function validationType(type: string | undefined): ValidationRule['type'] {
  return type === 'list' || type === 'whole' || type === 'decimal' || type === 'date' ? type : 'other';
}

function formulaText(f: string): string {
  const t = decodeXml(f).trim();
  return t.startsWith('"') ? t : `=${t}`;
}

export function readValidations(xml: string): ValidationRule[] {
  const rules: ValidationRule[] = [];
  for (const m of xml.matchAll(/<dataValidation\b([^>]*?)(?:\/>|>([\s\S]*?)<\/dataValidation>)/g)) {
    const a = attributes(m[1]);
    const f1 = /<formula1>([\s\S]*?)<\/formula1>/.exec(m[2] ?? '')?.[1] ?? '';
    rules.push({ range: a.sqref ?? '', type: validationType(a.type), formula1: formulaText(f1) });
  }
  // Excel's extension list form (cross-sheet lists in older files).
  for (const m of xml.matchAll(/<x14:dataValidation\b([^>]*?)>([\s\S]*?)<\/x14:dataValidation>/g)) {
    const a = attributes(m[1]);
    const f1 = /<x14:formula1>\s*<xm:f>([\s\S]*?)<\/xm:f>/.exec(m[2])?.[1] ?? '';
    const sqref = /<xm:sqref>([\s\S]*?)<\/xm:sqref>/.exec(m[2])?.[1] ?? '';
    rules.push({ range: sqref, type: validationType(a.type), formula1: formulaText(f1) });
  }
  return rules;
}

export function readConditionalFormats(xml: string): ConditionalFormatRule[] {
  return [...xml.matchAll(/<conditionalFormatting\b([^>]*?)>([\s\S]*?)<\/conditionalFormatting>/g)].map((m) => ({
    range: attributes(m[1]).sqref ?? '',
    formulas: [...m[2].matchAll(/<formula>([\s\S]*?)<\/formula>/g)].map((f) => decodeXml(f[1])),
  }));
}

export function readDefinedNames(parts: Parts): DefinedName[] {
  const xml = partText(parts, 'xl/workbook.xml') ?? '';
  return [...xml.matchAll(/<definedName\b([^>]*?)>([\s\S]*?)<\/definedName>/g)]
    .filter((m) => attributes(m[1]).localSheetId === undefined)
    .map((m) => ({ name: attributes(m[1]).name, ref: decodeXml(m[2]) }));
}

export function readPartsSnapshot(parts: Parts): WorkbookSnapshot {
  const strings = readSharedStrings(parts);
  const sheets = sheetEntries(parts)
    .filter((s) => parts.has(s.path))
    .map((s) => readSheet(s.name, s.state, partText(parts, s.path)!, strings));
  return { sheets, names: readDefinedNames(parts) };
}

export function readSnapshot(bytes: Uint8Array): WorkbookSnapshot {
  return readPartsSnapshot(unzipPackage(bytes));
}


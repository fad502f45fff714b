/** The .xlsx/.xlsm zip package: unzip to parts, zip back. Parts we do not touch keep their bytes. */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { decodeUtf8, resolveTarget, attributes } from './xml';

export type Parts = Map<string, Uint8Array>;

export class NotAWorkbook extends Error {}

export function unzipPackage(bytes: Uint8Array): Parts {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    throw new NotAWorkbook("le fichier n'est pas une archive .xlsx valide");
  }
  const parts: Parts = new Map(Object.entries(entries));
  if (!parts.has('[Content_Types].xml') || !parts.has('xl/workbook.xml')) {
    throw new NotAWorkbook("l'archive ne contient pas de classeur Excel (xl/workbook.xml absent)");
  }
  return parts;
}

export function zipPackage(parts: Parts): Uint8Array {
  const z: Zippable = {};
  // [Content_Types].xml first, as Office writes it.
  const names = [...parts.keys()].sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  for (const name of names) z[name] = [parts.get(name)!, { level: name.endsWith('.bin') || /\.(png|jpe?g|gif|emf|wmf)$/i.test(name) ? 0 : 1 }];
  return zipSync(z);
}

export function partText(parts: Parts, name: string): string | null {
  const p = parts.get(name);
  return p ? decodeUtf8(p) : null;
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** Part path inside the package, e.g. `xl/worksheets/sheet1.xml`. */
  path: string;
}

/** Relationship id → target part path, for the part `xl/workbook.xml`. */
export function workbookRels(parts: Parts): Map<string, { target: string; type: string }> {
  const xml = partText(parts, 'xl/_rels/workbook.xml.rels') ?? '';
  const out = new Map<string, { target: string; type: string }>();
  for (const m of xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1]);
    if (a.Id && a.Target) out.set(a.Id, { target: a.TargetMode === 'External' ? a.Target : resolveTarget('xl/workbook.xml', a.Target), type: a.Type ?? '' });
  }
  return out;
}

export function sheetEntries(parts: Parts): SheetEntry[] {
  const xml = partText(parts, 'xl/workbook.xml')!;
  const rels = workbookRels(parts);
  const sheets: SheetEntry[] = [];
  for (const m of xml.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1]);
    const relId = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
    const target = rels.get(relId);
    if (!target) continue;
    const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
    sheets.push({ name: a.name, sheetId: Number(a.sheetId), relId, state, path: target.target });
  }
  return sheets;
}

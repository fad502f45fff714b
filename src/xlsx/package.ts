/** The .xlsx/.xlsm zip package: unzip to parts, zip back. Parts we do not touch keep their bytes. */
import { inflateEntry, packEntry, readZip, writeZip, type RawEntry } from './zip';
import { decodeUtf8, resolveTarget, attributes } from './xml';

/**
 * The package's parts by name. A part is inflated when first read; a part nobody set is written
 * back as its original compressed bytes.
 */
export class Parts {
  private readonly raw: Map<string, RawEntry>;
  private readonly content = new Map<string, Uint8Array>();
  private readonly changed = new Set<string>();
  private readonly removed = new Set<string>();
  private readonly order: string[];

  constructor(bytes: Uint8Array) {
    this.raw = readZip(bytes);
    this.order = [...this.raw.keys()];
  }

  has(name: string): boolean {
    return !this.removed.has(name) && (this.content.has(name) || this.raw.has(name));
  }

  get(name: string): Uint8Array | undefined {
    if (!this.has(name)) return undefined;
    let c = this.content.get(name);
    if (!c) this.content.set(name, (c = inflateEntry(this.raw.get(name)!)));
    return c;
  }

  set(name: string, value: Uint8Array): void {
    if (!this.raw.has(name) && !this.order.includes(name)) this.order.push(name);
    this.removed.delete(name);
    this.content.set(name, value);
    this.changed.add(name);
  }

  delete(name: string): void {
    this.removed.add(name);
  }

  keys(): string[] {
    return this.order.filter((n) => this.has(n));
  }

  toZip(): Uint8Array {
    return writeZip(
      this.keys().map((name) => {
        const raw = this.raw.get(name);
        if (raw && !this.changed.has(name)) return [name, raw];
        return [name, packEntry(this.get(name)!, name.endsWith('.bin') || /\.(png|jpe?g|gif|emf|wmf)$/i.test(name))];
      }),
    );
  }
}

export class NotAWorkbook extends Error {}

export function unzipPackage(bytes: Uint8Array): Parts {
  let parts: Parts;
  try {
    parts = new Parts(bytes);
  } catch {
    throw new NotAWorkbook("le fichier n'est pas une archive .xlsx valide");
  }
  if (!parts.has('[Content_Types].xml') || !parts.has('xl/workbook.xml')) {
    throw new NotAWorkbook("l'archive ne contient pas de classeur Excel (xl/workbook.xml absent)");
  }
  return parts;
}

export function zipPackage(parts: Parts): Uint8Array {
  return parts.toZip();
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

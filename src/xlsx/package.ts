/** The .xlsx/.xlsm zip package: unzip to parts, zip back. Parts we do not touch keep their bytes. */
import { foreignPackage, UnreadableWorkbook } from './errors';
import { inflateEntry, packEntry, readZip, writeZip, type RawEntry } from './zip';
import { bytesToBinary, decodeUtf8, resolveTarget, attributes, forEachElement, withDefaultNamespace } from './xml';

/**
 * The key of a part name, as OPC compares them: case-insensitive, `\` read as `/`, no leading
 * `/`, percent-encoding undone (`sheet%201.xml` is `sheet 1.xml`).
 */
export function partKey(name: string): string {
  let n = name.replace(/\\/g, '/').replace(/^\/+/, '');
  if (n.includes('%')) {
    try {
      n = decodeURIComponent(n);
    } catch {
      // not an encoding: the name as written
    }
  }
  return n.toLowerCase();
}

/** Parts whose content the reader may read as text: kept once checked, so nothing inflates twice. */
const TEXT_PART = /\.(xml|rels|vml)$/i;

/**
 * The package's parts by name (looked up as OPC says: see partKey). A part is inflated when first
 * read; a part nobody set is written back as its original compressed bytes, under its own name
 * (with `/` for any `\`).
 */
export class Parts {
  private readonly raw = new Map<string, RawEntry>();
  private readonly content = new Map<string, Uint8Array>();
  private readonly names = new Map<string, string>();
  private readonly changed = new Set<string>();
  private readonly removed = new Set<string>();
  private readonly order: string[] = [];
  private readonly repacked = new Set<string>();

  constructor(readonly source: Uint8Array) {
    const bytes = source;
    for (const e of readZip(bytes)) {
      const key = partKey(e.name);
      if (this.raw.has(key)) {
        throw new UnreadableWorkbook(
          `est endommagé : son archive contient deux fois la partie « ${e.name} » (les noms de parties ne distinguent pas les majuscules) ; ouvrez-le dans Excel, qui propose de le réparer, puis enregistrez-le`,
        );
      }
      this.raw.set(key, e);
      this.names.set(key, e.name.replace(/^\/+/, ''));
      this.order.push(key);
    }
  }

  /** Inflates every part once, checking sizes and CRCs (text parts are kept for the reader). */
  verify(): void {
    for (const [key, e] of this.raw) {
      if (this.content.has(key)) continue;
      if (TEXT_PART.test(e.name)) this.content.set(key, inflateEntry(e));
      else inflateEntry(e, false);
    }
  }

  has(name: string): boolean {
    const key = partKey(name);
    return !this.removed.has(key) && (this.content.has(key) || this.raw.has(key));
  }

  get(name: string): Uint8Array | undefined {
    const key = partKey(name);
    if (!this.has(key)) return undefined;
    let c = this.content.get(key);
    if (!c) this.content.set(key, (c = inflateEntry(this.raw.get(key)!)));
    return c;
  }

  /** The key of a part, which is added (named as given, `\\` read as `/`) when new. */
  private enroll(name: string): string {
    const key = partKey(name);
    if (!this.names.has(key)) {
      this.names.set(key, name.replace(/\\/g, '/').replace(/^\/+/, ''));
      this.order.push(key);
    }
    return key;
  }

  set(name: string, value: Uint8Array): void {
    const key = this.enroll(name);
    this.removed.delete(key);
    this.content.set(key, value);
    this.changed.add(key);
  }

  /** Sets a part from an entry already compressed (zip.ts, EntryWriter). */
  setPacked(name: string, entry: RawEntry): void {
    const key = this.enroll(name);
    this.removed.delete(key);
    this.content.delete(key);
    this.changed.delete(key);
    this.repacked.add(key);
    this.raw.set(key, { ...entry, name: this.names.get(key)! });
  }

  /** Whether a part still holds what the source package holds. */
  isOriginal(name: string): boolean {
    const key = partKey(name);
    return this.raw.has(key) && !this.changed.has(key) && !this.removed.has(key) && !this.repacked.has(key);
  }

  /** A part's content, not kept in the cache (for a large part about to be replaced). */
  take(name: string): Uint8Array | undefined {
    const content = this.get(name);
    this.content.delete(partKey(name));
    return content;
  }

  delete(name: string): void {
    this.removed.add(partKey(name));
  }

  /** The parts' names, as they will be written. */
  keys(): string[] {
    return this.order.filter((k) => this.has(k)).map((k) => this.names.get(k)!);
  }

  /** The lower-case keys of the parts. */
  partKeys(): string[] {
    return this.order.filter((k) => this.has(k));
  }

  toZip(): Uint8Array {
    return writeZip(
      this.partKeys().map((key) => {
        const name = this.names.get(key)!;
        const raw = this.raw.get(key);
        if (raw && !this.changed.has(key)) return { ...raw, name };
        return packEntry(name, this.get(key)!, name.endsWith('.bin') || /\.(png|jpe?g|gif|emf|wmf)$/i.test(name));
      }),
    );
  }
}

/** @deprecated the reader's refusals are UnreadableWorkbook; kept for older imports. */
export const NotAWorkbook = UnreadableWorkbook;

/** Byte arrays already read in full (sizes and CRCs checked), or written by us: not checked again. */
const checked = new WeakSet<Uint8Array>();

/**
 * Opens a package. Unless these very bytes were checked before, every part is inflated once and
 * checked against its size and CRC, so that a part the index lies about is refused here rather
 * than copied, truncated, into the output.
 */
export function unzipPackage(bytes: Uint8Array): Parts {
  const parts = new Parts(bytes);
  if (!parts.has('[Content_Types].xml') || !parts.has('xl/workbook.xml')) {
    throw foreignPackage(parts.partKeys()) ?? new UnreadableWorkbook("est une archive zip qui ne contient pas de classeur Excel (pas de partie xl/workbook.xml) : choisissez un classeur .xlsx ou .xlsm");
  }
  if (!checked.has(bytes)) {
    parts.verify();
    checked.add(bytes);
  }
  return parts;
}

export function zipPackage(parts: Parts): Uint8Array {
  const bytes = parts.toZip();
  checked.add(bytes);
  return bytes;
}

const doctype = (name: string) =>
  new UnreadableWorkbook(
    `contient dans sa partie « ${name} » une déclaration DOCTYPE (des entités XML), qu'Excel n'écrit jamais et qui sert à saturer la mémoire (« billion laughs ») ; l'assistant ne l'ouvre pas : demandez à son auteur une copie enregistrée directement depuis Excel`,
  );

/**
 * A part's text, or null. A DOCTYPE (entity declarations, the "billion laughs") is refused: Excel
 * never writes one, and our scanner would not expand its entities anyway.
 */
export function partText(parts: Parts, name: string): string | null {
  const p = parts.get(name);
  if (!p) return null;
  const text = decodeUtf8(p);
  if (text.slice(0, 65_536).includes('<!DOCTYPE')) throw doctype(name);
  return withDefaultNamespace(text);
}

/** A part's text, as partBinary gives it. */
export interface PartText {
  text: string;
  /** Binary UTF-8 (one byte per character); false for a part in UTF-16, decoded to ordinary text. */
  binary: boolean;
  /** What the reader found in a sheet while reading it, so that the patcher does not search again. */
  layout?: SheetLayout;
}

export interface SheetLayout {
  /**
   * The rows of sheetData in the text, as (row number, start, end) triples (patch-cells.ts,
   * rowChunks); empty when the reader could not vouch for them.
   */
  rows: number[];
  /** The first shared-formula index (`<f t="shared" si="…">`) no cell of the sheet uses. */
  nextSharedIndex: number;
}

/**
 * A part's text as binary UTF-8 (xml.ts, bytesToBinary) for patching, or, for a part in UTF-16,
 * as ordinary text (`binary` false). Refuses a DOCTYPE like partText. A part still as the package
 * holds it is read once: later calls give the same object (and what the reader noted on it).
 */
export function partBinary(parts: Parts, name: string): PartText | null {
  const original = parts.isOriginal(name);
  const cached = original ? binaryTexts.get(parts.source)?.get(partKey(name)) : undefined;
  if (cached !== undefined) return cached;
  const p = parts.take(name);
  if (!p) return null;
  if (p.length >= 2 && ((p[0] === 0xff && p[1] === 0xfe) || (p[0] === 0xfe && p[1] === 0xff))) return { text: withDefaultNamespace(decodeUtf8(p)), binary: false };
  const raw = bytesToBinary(p);
  if (raw.slice(0, 65_536).includes('<!DOCTYPE')) throw doctype(name);
  const part: PartText = { text: withDefaultNamespace(raw), binary: true };
  if (original) {
    let texts = binaryTexts.get(parts.source);
    if (!texts) binaryTexts.set(parts.source, (texts = new Map()));
    texts.set(partKey(name), part);
  }
  return part;
}

/**
 * The binary texts of the parts of a package's bytes, kept while the bytes live: the sheets a
 * command read are patched from the same text (the snapshot's strings point into it anyway).
 */
const binaryTexts = new WeakMap<Uint8Array, Map<string, PartText>>();

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
  forEachElement(xml, 'Relationship', (attrsText) => {
    const a = attributes(attrsText);
    if (a.Id && a.Target) out.set(a.Id, { target: a.TargetMode === 'External' ? a.Target : resolveTarget('xl/workbook.xml', a.Target), type: a.Type ?? '' });
  });
  return out;
}

export function sheetEntries(parts: Parts): SheetEntry[] {
  const xml = partText(parts, 'xl/workbook.xml')!;
  const rels = workbookRels(parts);
  const sheets: SheetEntry[] = [];
  forEachElement(xml, 'sheet', (attrsText) => {
    const a = attributes(attrsText);
    const relId = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
    const target = rels.get(relId);
    if (!target) return;
    const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
    sheets.push({ name: a.name, sheetId: Number(a.sheetId), relId, state, path: target.target });
  });
  return sheets;
}

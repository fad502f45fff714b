/**
 * A small zip reader and writer for the package: entries are inflated only when read, and entries
 * nobody changed are written back as their original compressed bytes (no re-deflate, same CRC).
 *
 * The reader trusts nothing in the archive's index: every offset is checked against the file, every
 * entry is inflated at most to the size the index announces (a larger stream is refused as soon as
 * it overflows), and what inflates must match the announced size and CRC. Limits below stop a
 * "zip bomb" before any memory is spent on it.
 */
import { Deflate, Inflate, deflateSync } from 'fflate';
import { FOREIGN, foreignFormat, UnreadableWorkbook } from './errors';
import { binaryBuffer, writeBinaryAt } from './xml';

/**
 * Limits on what the reader accepts, each with its reason.
 *
 * - MAX_TOTAL_UNCOMPRESSED (400 MiB): the sum of the parts' sizes once inflated. A recomputed
 *   50,000-row census inflates to about 45 MB and the guide's workbooks to less than 1 MB: the
 *   limit leaves about nine times the largest workbook the tool is meant for, while keeping a read
 *   within about 1 GB of memory (a part we read lives as bytes and as a string).
 * - MAX_PART_UNCOMPRESSED (256 MiB): one part; a JavaScript string cannot exceed about 512 M
 *   characters, and the biggest real part (the census sheet) is about 45 MB at 50,000 rows.
 * - MAX_RATIO (100) beyond RATIO_GRACE (1 MiB): a part that inflates more than 100 times its
 *   stored size is what a zip bomb looks like; real sheets compress 5 to 30 times. This is Apache
 *   POI's long-standing default (minimum inflate ratio 0.01). Small parts are exempt, as in POI,
 *   because a few kilobytes of repetitive XML legitimately compress very well and cannot hurt.
 */
export const ZIP_LIMITS = {
  MAX_TOTAL_UNCOMPRESSED: 400 * 1024 * 1024,
  MAX_PART_UNCOMPRESSED: 256 * 1024 * 1024,
  MAX_RATIO: 100,
  RATIO_GRACE: 1024 * 1024,
};

export interface RawEntry {
  /** The entry's name as the zip spells it, with `\` read as `/` (OPC). */
  name: string;
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
}

const CRC_TABLES = (() => {
  const t = new Uint32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n];
    for (let k = 1; k < 8; k++) {
      c = t[c & 0xff] ^ (c >>> 8);
      t[k * 256 + n] = c >>> 0;
    }
  }
  return t;
})();

/** CRC-32 (slicing by 8); `crc` continues a previous call's result. */
export function crc32(data: Uint8Array, crc = 0): number {
  const t = CRC_TABLES;
  let c = ~crc >>> 0;
  let i = 0;
  const n = data.length;
  for (; i + 8 <= n; i += 8) {
    c ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    c =
      t[1792 + (c & 0xff)] ^ t[1536 + ((c >>> 8) & 0xff)] ^ t[1280 + ((c >>> 16) & 0xff)] ^ t[1024 + (c >>> 24)] ^
      t[768 + data[i + 4]] ^ t[512 + data[i + 5]] ^ t[256 + data[i + 6]] ^ t[data[i + 7]];
  }
  for (; i < n; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

const utf8 = new TextDecoder('utf-8');
const encoder = new TextEncoder();

const ASK_FOR_A_COPY = "demandez une nouvelle copie du classeur, ou ouvrez-le dans Excel, qui propose de le réparer, puis enregistrez-le";
const TRUNCATED = `est incomplet : l'archive .xlsx a été coupée (copie ou téléchargement interrompu) ; ${ASK_FOR_A_COPY}`;
const damaged = (why: string) => `est endommagé : ${why} ; ${ASK_FOR_A_COPY}`;
const mib = (n: number) => Math.round(n / 1024 / 1024);
const BAD_INDEX = damaged("l'index de l'archive .xlsx est illisible");

/** Reads the central directory; refuses, in French, anything that is not a sound zip. */
export function readZip(bytes: Uint8Array): RawEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    if (bytes.length >= 4 && view.getUint32(0, true) === 0x04034b50) throw new UnreadableWorkbook(TRUNCATED);
    throw foreignFormat(bytes) ?? new UnreadableWorkbook(FOREIGN.notZip);
  }
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  let at = view.getUint32(eocd + 16, true);
  if (count === 0xffff || at === 0xffffffff || cdSize === 0xffffffff) {
    throw new UnreadableWorkbook("utilise le format d'archive ZIP64, réservé aux fichiers de plusieurs gigaoctets, que l'assistant ne lit pas : enregistrez-le à nouveau depuis Excel");
  }
  if (at + cdSize > eocd) throw new UnreadableWorkbook(TRUNCATED);
  const entries: RawEntry[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== 0x02014b50) throw new UnreadableWorkbook(BAD_INDEX);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > eocd) throw new UnreadableWorkbook(BAD_INDEX);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = utf8.decode(nameBytes).replace(/\\/g, '/');
    if (flags & 0x0001) {
      throw new UnreadableWorkbook(`est une archive zip protégée par un mot de passe (partie « ${name} ») : ouvrez-le dans Excel et enregistrez-le au format .xlsx, sans mot de passe`);
    }
    if (method !== 0 && method !== 8) {
      throw new UnreadableWorkbook(`utilise une méthode de compression (${method}) qu'Excel n'emploie pas pour la partie « ${name} » : ouvrez-le dans Excel et enregistrez-le à nouveau au format .xlsx`);
    }
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw new UnreadableWorkbook(TRUNCATED);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressed > bytes.length) throw new UnreadableWorkbook(TRUNCATED);
    if (method === 0 && size !== compressed) throw new UnreadableWorkbook(sizeLie(name));
    checkLimits(name, size, compressed, (total += size));
    entries.push({ name, method, crc, size, data: bytes.subarray(dataStart, dataStart + compressed) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const sizeLie = (name: string) => damaged(`la partie « ${name} » ne fait pas la taille qu'annonce l'index de l'archive`);
const badCrc = (name: string) => damaged(`la partie « ${name} » ne correspond pas à sa somme de contrôle (CRC)`);
const badStream = (name: string) => damaged(`les données compressées de la partie « ${name} » sont abîmées`);

function checkLimits(name: string, size: number, compressed: number, total: number): void {
  if (size > ZIP_LIMITS.MAX_PART_UNCOMPRESSED || total > ZIP_LIMITS.MAX_TOTAL_UNCOMPRESSED) {
    throw new UnreadableWorkbook(
      `est trop volumineux pour l'assistant : une fois décompressé, il dépasse ${mib(total)} Mo (limite : ${mib(ZIP_LIMITS.MAX_PART_UNCOMPRESSED)} Mo par partie, ${mib(ZIP_LIMITS.MAX_TOTAL_UNCOMPRESSED)} Mo en tout) ; supprimez les lignes et colonnes vides en fin de feuille dans Excel, puis enregistrez-le`,
    );
  }
  if (size > ZIP_LIMITS.RATIO_GRACE && size > compressed * ZIP_LIMITS.MAX_RATIO) {
    throw new UnreadableWorkbook(
      `est suspect : sa partie « ${name} » se décompresse ${Math.round(size / Math.max(1, compressed))} fois plus grosse qu'elle n'est stockée, au-delà de ${ZIP_LIMITS.MAX_RATIO} fois, ce qui est la marque d'une « bombe zip » ; l'assistant ne l'ouvre pas : demandez à son auteur une copie enregistrée directement depuis Excel`,
    );
  }
}

/**
 * A native codec (Node's zlib, registered by src/xlsx/node-zlib.ts for the command line): several
 * times faster than fflate, with the same checks. The browser keeps fflate.
 */
export interface NativeCodec {
  /** Inflates raw deflate data, throwing once the output would pass `maxOutput` bytes. */
  inflate(data: Uint8Array, maxOutput: number): Uint8Array;
  deflate(data: Uint8Array): Uint8Array;
  /**
   * Deflates one chunk of a longer stream on its own: a non-final chunk ends on a sync flush and
   * without the final-block bit, so that the chunks' outputs, concatenated, are one valid stream.
   */
  deflateChunk(data: Uint8Array, final: boolean): Uint8Array;
  /** deflateChunk on another thread (Node's zlib runs it in its thread pool), when the codec can. */
  deflateChunkAsync?(data: Uint8Array, final: boolean): Promise<Uint8Array>;
  crc32?(data: Uint8Array, previous?: number): number;
}

let native: NativeCodec | null = null;

export function useNativeCodec(codec: NativeCodec | null): void {
  native = codec;
}

const checksum = (data: Uint8Array, previous = 0) => (native?.crc32 ? native.crc32(data, previous) : crc32(data, previous));

/**
 * Compressed bytes pushed to fflate's inflater at a time. Deflate inflates at most 1,032 times its
 * input, so a push yields at most 16 times the announced size (plus 16 MB): an entry that lies
 * about its size is caught after one push, having cost a bounded multiple of what it announced;
 * honest entries go through in a few pushes.
 */
const inputChunk = (size: number) => Math.min(256 * 1024, Math.max(16 * 1024, Math.ceil((16 * (size + 1024 * 1024)) / 1032)));

/**
 * Inflates an entry, never past the size its index announces, and checks size and CRC. With
 * `keep` false the content is checked and dropped (memory stays at one chunk).
 */
export function inflateEntry(e: RawEntry, keep = true): Uint8Array {
  if (e.method === 0) {
    if (checksum(e.data) !== e.crc) throw new UnreadableWorkbook(badCrc(e.name));
    return e.data;
  }
  if (e.data.length === 0) {
    if (e.size === 0) return new Uint8Array(0);
    throw new UnreadableWorkbook(damaged(`les données compressées de la partie « ${e.name} » sont absentes`));
  }
  if (native) {
    let inflated: Uint8Array;
    try {
      inflated = native.inflate(e.data, e.size + 1);
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new UnreadableWorkbook(sizeLie(e.name));
      throw new UnreadableWorkbook(badStream(e.name));
    }
    if (inflated.length !== e.size) throw new UnreadableWorkbook(sizeLie(e.name));
    if (checksum(inflated) !== e.crc) throw new UnreadableWorkbook(badCrc(e.name));
    return keep ? inflated : new Uint8Array(0);
  }
  const out = keep ? new Uint8Array(e.size) : null;
  let written = 0;
  let crc = 0;
  let overflow = false;
  const inflater = new Inflate((chunk: Uint8Array) => {
    if (written + chunk.length > e.size) {
      overflow = true;
      return;
    }
    if (out) out.set(chunk, written);
    crc = crc32(chunk, crc);
    written += chunk.length;
  });
  try {
    const step = inputChunk(e.size);
    for (let at = 0; at < e.data.length; at += step) {
      const end = Math.min(e.data.length, at + step);
      inflater.push(e.data.subarray(at, end), end >= e.data.length);
      if (overflow) throw new UnreadableWorkbook(sizeLie(e.name));
    }
  } catch (err) {
    if (err instanceof UnreadableWorkbook) throw err;
    throw new UnreadableWorkbook(badStream(e.name));
  }
  if (written !== e.size) throw new UnreadableWorkbook(sizeLie(e.name));
  if (crc !== e.crc) throw new UnreadableWorkbook(badCrc(e.name));
  return out ?? new Uint8Array(0);
}

/** A new entry, deflated (or stored when compression would not pay). */
export function packEntry(name: string, content: Uint8Array, store: boolean): RawEntry {
  const crc = checksum(content);
  if (store || content.length < 64) return { name, method: 0, crc, size: content.length, data: content };
  return { name, method: 8, crc, size: content.length, data: native ? native.deflate(content) : deflateSync(content, { level: 1 }) };
}

const STAGE = 1024 * 1024;

/**
 * Writes one new entry as a stream: binary text (xml.ts) or bytes go in, are checksummed and
 * deflated 1 MB at a time, and only the compressed entry is kept: a large sheet is never held
 * whole, uncompressed, in memory.
 */
export class EntryWriter {
  private stage = binaryBuffer(STAGE);
  private staged = 0;
  private crc = 0;
  private size = 0;
  private readonly out: (Uint8Array | Promise<Uint8Array>)[] = [];
  private readonly fflate: Deflate | null;
  private readonly threaded: boolean;

  /**
   * `threaded`: chunks are deflated on the codec's other threads while the caller goes on making
   * the next ones (two cores then share the work); the entry is then had from finishAsync.
   */
  constructor(
    private readonly name: string,
    threaded = false,
  ) {
    this.threaded = threaded && native?.deflateChunkAsync !== undefined;
    this.fflate = native ? null : new Deflate({ level: 1 }, (chunk) => this.out.push(chunk));
  }

  /** Appends text held one byte per character (each character's code is a byte). */
  writeBinary(text: string): void {
    let i = 0;
    while (i < text.length) {
      if (this.staged === STAGE) this.flush(false);
      const n = Math.min(text.length - i, STAGE - this.staged);
      writeBinaryAt(text, i, n, this.stage, this.staged);
      this.staged += n;
      i += n;
    }
  }

  private flush(final: boolean): void {
    const chunk = this.stage.subarray(0, this.staged);
    this.crc = checksum(chunk, this.crc);
    this.size += chunk.length;
    if (this.threaded) {
      // The chunk goes to another thread as it is: the next one is staged in a new buffer.
      this.out.push(native!.deflateChunkAsync!(chunk, final));
      if (!final) this.stage = binaryBuffer(STAGE);
    } else if (native) this.out.push(native.deflateChunk(chunk, final));
    else this.fflate!.push(chunk.slice(), final);
    this.staged = 0;
  }

  finish(): RawEntry {
    if (this.threaded) throw new Error('EntryWriter: finishAsync attendu (compression sur d’autres fils)');
    this.flush(true);
    this.stage = new Uint8Array(0);
    return this.entry(this.out as Uint8Array[]);
  }

  async finishAsync(): Promise<RawEntry> {
    this.flush(true);
    this.stage = new Uint8Array(0);
    return this.entry(await Promise.all(this.out));
  }

  private entry(chunks: Uint8Array[]): RawEntry {
    const length = chunks.reduce((n, c) => n + c.length, 0);
    const data = new Uint8Array(length);
    let at = 0;
    for (const c of chunks) {
      data.set(c, at);
      at += c.length;
    }
    return { name: this.name, method: 8, crc: this.crc, size: this.size, data };
  }
}

export function writeZip(entries: RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const nameBytes = encoder.encode(e.name);
    const local = new Uint8Array(30 + nameBytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true); // UTF-8 names
    lv.setUint16(8, e.method, true);
    lv.setUint32(14, e.crc, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.size, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const cd = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(16, e.crc, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.size, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    cd.set(nameBytes, 46);
    chunks.push(local, e.data);
    central.push(cd);
    offset += local.length + e.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let at = 0;
  for (const c of [...chunks, ...central, end]) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

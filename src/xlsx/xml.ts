/**
 * Small XML helpers for the package parts we read and patch as text (fast, and lossless elsewhere).
 * Every scan here is linear in the text, whatever the text: no backtracking pattern runs over a
 * whole part, so a malformed or hostile part cannot make a read quadratic. Only the five XML
 * entities and character references are decoded; declared entities are never expanded.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function codePoint(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd';
}

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,8}|#\d{1,10}|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? codePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e],
  );
}

const NEEDS_ESCAPE = /[&<>"]/;
const NEEDS_TEXT_ESCAPE = /[&<>]/;

/** Escapes element content (quotes need no escaping there). */
export function escapeText(text: string): string {
  if (!NEEDS_TEXT_ESCAPE.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Attributes of a start tag's inside (`r="A1" s="3"`), prefixes kept (`r:id`). */
export function attributes(tagInside: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tagInside))) out[m[1]] = decodeXml(m[3] ?? m[4] ?? '');
  return out;
}

/** One attribute's value from a start tag's inside, or undefined (decoded). */
export function attribute(tagInside: string, name: string): string | undefined {
  let at = tagInside.indexOf(name);
  while (at >= 0) {
    const before = at === 0 ? 32 : tagInside.charCodeAt(at - 1);
    let i = at + name.length;
    while (tagInside.charCodeAt(i) === 32) i++;
    if ((before === 32 || before === 9 || before === 10 || before === 13) && tagInside[i] === '=') {
      i++;
      while (tagInside.charCodeAt(i) === 32) i++;
      const q = tagInside[i];
      if (q === '"' || q === "'") {
        const end = tagInside.indexOf(q, i + 1);
        if (end > 0) return decodeXml(tagInside.slice(i + 1, end));
      }
    }
    at = tagInside.indexOf(name, at + 1);
  }
  return undefined;
}

/** Whether a character code ends an element's name in a tag (white space, `/` or `>`). */
export const isNameEnd = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62;

/**
 * Calls `visit` for each `<name …>` element of `xml` between `from` and `to`: its start tag's
 * inside and its content ('' for `<name/>`). Elements of another name that merely start the same
 * way (`<sheets>` for `sheet`) are skipped. Linear in the text.
 */
export function forEachElement(
  xml: string,
  name: string,
  visit: (attrsText: string, inner: string, start: number, end: number) => void,
  from = 0,
  to = xml.length,
): void {
  const open = `<${name}`;
  const close = `</${name}>`;
  let gt = -1;
  let noClose = false;
  let at = xml.indexOf(open, from);
  while (at >= 0 && at < to) {
    if (!isNameEnd(xml.charCodeAt(at + open.length))) {
      at = xml.indexOf(open, at + 1);
      continue;
    }
    if (gt < at) gt = xml.indexOf('>', at);
    if (gt < 0) return;
    const lt = xml.indexOf('<', at + 1);
    if (lt >= 0 && lt < gt) {
      at = xml.indexOf(open, lt);
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const attrsText = xml.slice(at + open.length, selfClosing ? gt - 1 : gt);
    if (selfClosing) {
      visit(attrsText, '', at, gt + 1);
      at = xml.indexOf(open, gt + 1);
      continue;
    }
    const closeAt = noClose ? -1 : xml.indexOf(close, gt + 1);
    if (closeAt < 0 || closeAt > to) {
      noClose = true;
      visit(attrsText, '', at, gt + 1);
      at = xml.indexOf(open, gt + 1);
      continue;
    }
    visit(attrsText, xml.slice(gt + 1, closeAt), at, closeAt + close.length);
    at = xml.indexOf(open, closeAt + close.length);
  }
}

/** The text of every `<t>` run inside an element (shared strings, inline strings), phonetic runs aside. */
export function textRuns(inner: string): string {
  // The common case, one plain run: `<t>text</t>` or `<t xml:space="preserve">text</t>`.
  if (inner.startsWith('<t') && inner.endsWith('</t>') && inner.indexOf('<', 2) === inner.length - 4) {
    const gt = inner.indexOf('>');
    if (gt > 0 && inner[gt - 1] !== '/') return decodeXml(inner.slice(gt + 1, inner.length - 4));
  }
  let body = inner;
  if (body.includes('<rPh')) {
    let kept = '';
    let last = 0;
    forEachElement(body, 'rPh', (_a, _i, start, end) => {
      kept += body.slice(last, start);
      last = end;
    });
    body = kept + body.slice(last);
  }
  let text = '';
  forEachElement(body, 't', (_a, t) => {
    text += decodeXml(t);
  });
  return text;
}

const utf8Decoder = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();

/** A part's text: UTF-8, or UTF-16 when it starts with a byte-order mark (XML allows both). */
export const decodeUtf8 = (bytes: Uint8Array): string => {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return utf8Decoder.decode(bytes);
};
export const encodeUtf8 = (text: string): Uint8Array => utf8Encoder.encode(text);

/*
 * "Binary" text: a part's UTF-8 bytes held one byte per character (ISO-8859-1). XML's syntax is
 * ASCII, so scanning and patching work on it unchanged, while the string stays one byte per
 * character in V8 (a part with a single character above U+00FF decodes to two bytes per character)
 * and unchanged runs go back to bytes as they came. Text we write is turned to binary first.
 */
type NodeBufferLike = { from(data: ArrayBufferLike | string, offsetOrEncoding?: number | string, length?: number): { toString(encoding: string): string; write(s: string, offset: number, encoding: string): number } ; allocUnsafe(n: number): Uint8Array & { write(s: string, offset: number, encoding: string): number } };
const HOST_BUFFER = (globalThis as { Buffer?: NodeBufferLike }).Buffer;
let NodeBuffer = HOST_BUFFER;

/** For tests: run the browser's code paths (no Node Buffer) even under Node. */
export function useNodeBuffer(enabled: boolean): void {
  NodeBuffer = enabled ? HOST_BUFFER : undefined;
}

export function bytesToBinary(bytes: Uint8Array): string {
  if (NodeBuffer) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Whether a text is all ASCII: a loop for the short texts we write (a cell), the pattern for long ones. */
function isAscii(text: string): boolean {
  if (text.length > 256) return !NON_ASCII.test(text);
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** Text (UTF-16) as binary UTF-8. */
export function toBinary(text: string): string {
  if (isAscii(text)) return text;
  if (NodeBuffer) return NodeBuffer.from(text, 'utf8').toString('latin1');
  return bytesToBinary(utf8Encoder.encode(text));
}

/** Binary UTF-8 as text (UTF-16). */
export function fromBinary(binary: string): string {
  if (isAscii(binary)) return binary;
  if (NodeBuffer) return NodeBuffer.from(binary, 'latin1').toString('utf8');
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return utf8Decoder.decode(bytes);
}

/** A buffer that `writeBinaryAt` fills fast (a Node Buffer when there is one). */
export function binaryBuffer(size: number): Uint8Array {
  return NodeBuffer ? NodeBuffer.allocUnsafe(size) : new Uint8Array(size);
}

/** Writes `text.slice(from, from + n)`, one byte per character, into `buf` (from binaryBuffer) at `at`. */
export function writeBinaryAt(text: string, from: number, n: number, buf: Uint8Array, at: number): void {
  const b = buf as Uint8Array & { write?: (s: string, offset: number, length: number, encoding: string) => number };
  // Buffer.write pays a call into C++: worth it for long runs only.
  if (n > 256 && NodeBuffer && b.write) {
    b.write(from === 0 && n === text.length ? text : text.slice(from, from + n), at, n, 'latin1');
    return;
  }
  for (let k = from, end = from + n; k < end; k++) buf[at++] = text.charCodeAt(k);
}

/**
 * The UTF-8 of the concatenation of `pieces`, encoded piece by piece into one buffer (a large
 * sheet is never joined into one string first). `bytesPerChar`: the expected UTF-8 bytes per UTF-16
 * unit (that of the original text), to size the buffer once.
 */
export function encodeUtf8Pieces(pieces: string[], bytesPerChar = 1): Uint8Array {
  let chars = 0;
  for (const p of pieces) chars += p.length;
  let buf = new Uint8Array(Math.max(4096, Math.ceil(chars * bytesPerChar * 1.02) + 64));
  let at = 0;
  for (const piece of pieces) {
    let rest = piece;
    for (;;) {
      const r = utf8Encoder.encodeInto(rest, buf.subarray(at));
      at += r.written;
      if (r.read >= rest.length) break;
      rest = rest.slice(r.read);
      const grown = new Uint8Array(Math.max(buf.length * 2, at + rest.length * 3));
      grown.set(buf.subarray(0, at));
      buf = grown;
    }
  }
  // Give back the slack when it is large (the buffer lives on in the package).
  return buf.length - at > 1024 * 1024 ? buf.slice(0, at) : buf.subarray(0, at);
}

/** Resolves a relationship target against the folder of the part that holds it (`\` read as `/`). */
export function resolveTarget(fromPart: string, target: string): string {
  const t = target.replace(/\\/g, '/');
  if (t.startsWith('/')) return t.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** A root element written with a prefix (`<x:worksheet xmlns:x="…">`), after an optional declaration. */
const PREFIXED_ROOT = /^(?:\uFEFF|\xEF\xBB\xBF)?(?:\s*<\?xml[^>]*\?>)?(?:\s*<!--[\s\S]*?-->)*\s*<([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*\b([^>]*)>/;

/**
 * A part whose elements carry a namespace prefix (`<x:row>`, as some libraries write SpreadsheetML)
 * rewritten with that namespace as the default one (`<row>`): the same document, which the reader
 * and the patcher, looking for `<row`, `<c`, `<sheet`…, then understand. The prefix stays declared
 * (an attribute may name it); a root that already has a default namespace is left as it is.
 */
export function withDefaultNamespace(xml: string): string {
  const m = PREFIXED_ROOT.exec(xml.slice(0, 8192));
  if (!m) return xml;
  const [, prefix, attrs] = m;
  if (/\sxmlns\s*=/.test(attrs)) return xml;
  const decl = new RegExp(`\\sxmlns:${prefix.replace(/[.-]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`).exec(attrs);
  if (!decl) return xml;
  // `<` only starts markup in XML (text holds `&lt;`): every `<p:` or `</p:` is an element name.
  const names = new RegExp(`<(/?)${prefix.replace(/[.-]/g, '\\$&')}:`, 'g');
  const rootEnd = m.index + m[0].length;
  const root = xml.slice(0, rootEnd).replace(names, '<$1');
  return `${root.slice(0, -1).replace(/\/$/, '')} xmlns=${decl[1]}${root.endsWith('/>') ? '/>' : '>'}${xml.slice(rootEnd).replace(names, '<$1')}`;
}

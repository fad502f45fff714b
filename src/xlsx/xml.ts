/** Small XML helpers for the package parts we read and patch as text (fast, and lossless elsewhere). */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e],
  );
}

export function escapeXml(text: string): string {
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

/** The text of every `<t>` run inside an element (shared strings, inline strings), phonetic runs aside. */
export function textRuns(inner: string): string {
  const withoutPhonetic = inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  const re = /<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(withoutPhonetic))) text += decodeXml(m[1] ?? '');
  return text;
}

const utf8Decoder = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();

export const decodeUtf8 = (bytes: Uint8Array): string => utf8Decoder.decode(bytes);
export const encodeUtf8 = (text: string): Uint8Array => utf8Encoder.encode(text);

/** Resolves a relationship target against the folder of the part that holds it. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

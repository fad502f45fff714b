/**
 * SHA-256 of a file's bytes, as lowercase hex, through the Web Crypto API (`globalThis.crypto.subtle`),
 * which Node 20 and every browser the pane runs in provide: the pane computes the register line
 * of a version it offers for download without any library.
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // Typed by hand: the command line's build has no DOM library.
  const subtle = (globalThis as { crypto?: { subtle?: { digest(algorithm: string, data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> } } }).crypto?.subtle;
  if (!subtle) throw new Error('le calcul d’empreinte SHA-256 (Web Crypto) n’est pas disponible ici');
  // digest() reads the view (not its whole buffer); a view over shared memory is copied first.
  const view: Uint8Array<ArrayBuffer> = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  const digest = new Uint8Array(await subtle.digest('SHA-256', view));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** A SHA-256 as the register writes it: 64 lowercase hex digits. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;

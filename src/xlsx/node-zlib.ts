/**
 * Node's zlib as the package's codec (several times faster than fflate on large sheets): imported
 * for its effect by the command line. Never imported by the browser pages, which keep fflate.
 */
import * as zlib from 'zlib';
import { useNativeCodec, type NativeCodec } from './zip';

const view = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const nativeCrc = (zlib as unknown as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

const chunkOptions = (final: boolean): zlib.ZlibOptions => (final ? { level: 3 } : { level: 3, finishFlush: zlib.constants.Z_SYNC_FLUSH });

/** Node's zlib as a codec (registered below; exported so that tests can switch codecs). */
export const nodeCodec: NativeCodec = {
  // One output chunk of the announced size (zip.ts has bounded it): the default 16 KB chunks cost a
  // thousand buffers and a copy into one for a 17 MB sheet.
  inflate: (data, maxOutput) => {
    const limit = Math.max(1, maxOutput);
    return view(zlib.inflateRawSync(data, { maxOutputLength: limit, chunkSize: Math.max(zlib.constants.Z_MIN_CHUNK, limit) }));
  },
  // Level 3: as fast as level 1 on sheet XML, a fifth smaller.
  deflate: (data) => view(zlib.deflateRawSync(data, { level: 3 })),
  deflateChunk: (data, final) => view(zlib.deflateRawSync(data, chunkOptions(final))),
  deflateChunkAsync: (data, final) =>
    new Promise((resolve, reject) => zlib.deflateRaw(data, chunkOptions(final), (err, out) => (err ? reject(err) : resolve(view(out))))),
  crc32: nativeCrc ? (data, previous = 0) => nativeCrc(data, previous) >>> 0 : undefined,
};

useNativeCodec(nodeCodec);

import { Inflate, inflateSync } from 'fflate';

/**
 * Inflate one deflated zip entry (giải nén một phần) with its declared size as a hard cap. In JavaScript (fflate:
 * runs in a browser too):
 * - Small entries (the usual xlsx part) in one call into a buffer of the declared size plus one byte: fflate
 *   counts the bytes it produces even past the buffer's end, so a result that fills the extra byte means the part
 *   expands beyond its declared size. The work of such a lie is bounded by the entry's compressed size (deflate
 *   expands at most ~1,032:1), and the first lie ends the read.
 * - Large entries pushed in slices, so a part that expands beyond its declared size is stopped within one slice's
 *   output instead of being inflated to its end.
 */
const ONE_SHOT_MAX = 256 * 1024;
const SLICE = 16 * 1024;

export type InflateResult = Uint8Array | 'too-large' | 'damaged';

class TooLarge extends Error {}

type Zlib = typeof import('node:zlib');

/**
 * Node.js's own zlib when the code runs in Node.js (process.getBuiltinModule, Node ≥ 20.16: no import, so a browser
 * bundle never sees node:zlib), else null. Native inflation takes a tenth of the audit's time off (it was 13 % of a
 * file's audit in fflate).
 */
const zlib: Zlib | null =
  ((globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:zlib') as Zlib | undefined) ?? null;

/**
 * Inflate with a cap: Node.js's zlib when there is one (its `maxOutputLength` stops the output one byte past the
 * cap, whatever the entry's size), else fflate (`inflateBoundedPortable`, the browser's path). Both give the same
 * result for every entry (test/xlsx-inflate.test.ts).
 */
export function inflateBounded(data: Uint8Array, cap: number): InflateResult {
  if (!zlib) return inflateBoundedPortable(data, cap);
  try {
    const out = zlib.inflateRawSync(data, { maxOutputLength: cap + 1 });
    return out.length > cap ? 'too-large' : out;
  } catch (e) {
    return (e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'damaged';
  }
}

/** The same in JavaScript (fflate), for a browser. */
export function inflateBoundedPortable(data: Uint8Array, cap: number): InflateResult {
  if (data.length <= ONE_SHOT_MAX) {
    try {
      const out = inflateSync(data, { out: new Uint8Array(cap + 1) });
      return out.length > cap ? 'too-large' : out;
    } catch (e) {
      // A stored block that does not fit the buffer: the part is larger than declared.
      return e instanceof RangeError ? 'too-large' : 'damaged';
    }
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > cap) throw new TooLarge();
    if (chunk.length) chunks.push(chunk);
  });
  try {
    for (let i = 0; i < data.length; i += SLICE) inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
  } catch (e) {
    return e instanceof TooLarge ? 'too-large' : 'damaged';
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

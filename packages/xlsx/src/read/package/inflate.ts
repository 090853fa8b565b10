import { Inflate } from 'fflate';

/**
 * Inflate one deflated zip entry (giải nén một phần) with its declared size as a hard cap, in JavaScript (fflate:
 * runs in a browser too). The compressed bytes are pushed in small slices, so a part that expands beyond its
 * declared size is stopped within one slice's output instead of being inflated to the end.
 */
const SLICE = 16 * 1024;

export type InflateResult = Uint8Array | 'too-large' | 'damaged';

class TooLarge extends Error {}

export function inflateBounded(data: Uint8Array, cap: number): InflateResult {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > cap) throw new TooLarge();
    if (chunk.length) chunks.push(chunk);
  });
  try {
    if (data.length === 0) inflater.push(data, true);
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

// The two inflaters of the byte layer agree: Node.js's zlib (what the command and the tests in Node run) and
// fflate (what a browser runs, test/xlsx-read-browser.test.ts), on every deflated entry of every workbook of
// test/fixtures, at the entry's true size, one byte short of it (a directory that lies), and damaged — cut short,
// a byte flipped, garbage after the end. The expectation is each entry's own inflated bytes as zlib's plain
// inflateRawSync gives them (no cap), and for the damaged ones that both say the same thing.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { entryData, isZipProblem, readZipDirectory } from '../packages/xlsx/src/limits/zip-directory.ts';
import { inflateBounded, inflateBoundedPortable, type InflateResult } from '../packages/xlsx/src/read/package/inflate.ts';

function workbooks(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? workbooks(p) : /\.xlsx$/i.test(f) ? [p] : [];
  });
}

/** Every deflated entry of the fixtures' workbooks (whose directory can be read), with its declared size. */
function entries(): Array<{ where: string; data: Uint8Array; size: number }> {
  const out: Array<{ where: string; data: Uint8Array; size: number }> = [];
  for (const file of workbooks(join(import.meta.dirname, 'fixtures'))) {
    const bytes = new Uint8Array(readFileSync(file));
    const dir = readZipDirectory(bytes);
    if (isZipProblem(dir)) continue;
    for (const e of dir.entries) {
      if (e.method !== 8) continue;
      try {
        out.push({ where: `${file}:${e.name}`, data: entryData(bytes, e), size: e.uncompressedSize });
      } catch {
        // an entry whose local header is damaged: the readers refuse it before inflating
      }
    }
  }
  return out;
}

const kind = (r: InflateResult) => (typeof r === 'string' ? r : 'bytes');
const all = entries();

describe('zlib and fflate inflate the same', () => {
  it('the fixtures hold many deflated entries', () => {
    expect(all.length).toBeGreaterThan(1000);
  });

  it('every entry, at its declared size: its own bytes, from both', () => {
    let compared = 0;
    for (const { where, data, size } of all) {
      let truth: Uint8Array;
      try {
        truth = inflateRawSync(data);
      } catch {
        continue; // a damaged fixture entry: compared below with the damaged ones
      }
      const cap = Math.max(size, truth.length);
      const a = inflateBounded(data, cap);
      const b = inflateBoundedPortable(data, cap);
      expect(kind(a), where).toBe('bytes');
      expect(Buffer.from(a as Uint8Array).equals(truth), where).toBe(true);
      expect(Buffer.from(b as Uint8Array).equals(truth), where).toBe(true);
      // one byte short: the part is larger than its directory says
      if (truth.length > 0) {
        expect(inflateBounded(data, truth.length - 1), where).toBe('too-large');
        expect(inflateBoundedPortable(data, truth.length - 1), where).toBe('too-large');
      }
      compared++;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('damaged entries: the same verdict from both (cut short, a flipped byte, trailing garbage)', () => {
    const disagree: string[] = [];
    for (const [i, { where, data, size }] of all.entries()) {
      if (i % 3 !== 0 || data.length < 8) continue;
      const cut = data.subarray(0, Math.floor(data.length / 2));
      const flipped = new Uint8Array(data);
      flipped[Math.floor(data.length / 3)]! ^= 0x5a;
      const trailing = new Uint8Array(data.length + 7);
      trailing.set(data);
      trailing.set([1, 2, 3, 4, 5, 6, 7], data.length);
      for (const [how, d] of [['cut', cut], ['flipped', flipped], ['trailing', trailing]] as const) {
        const a = inflateBounded(d, size);
        const b = inflateBoundedPortable(d, size);
        const same = kind(a) === kind(b) && (kind(a) !== 'bytes' || Buffer.from(a as Uint8Array).equals(Buffer.from(b as Uint8Array)));
        if (!same) disagree.push(`${where} ${how}: zlib ${kind(a)}, fflate ${kind(b)}`);
      }
    }
    expect(disagree).toEqual([]);
  });
});

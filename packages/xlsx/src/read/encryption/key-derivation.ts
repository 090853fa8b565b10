import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';

/** A hash function of MS-OFFCRYPTO's agile encryption (hashAlgorithm attribute). */
export type HashName = 'SHA1' | 'SHA256' | 'SHA384' | 'SHA512';
export type Hash = (data: Uint8Array) => Uint8Array;

export const hashes: Record<HashName, Hash> = { SHA1: sha1, SHA256: sha256, SHA384: sha384, SHA512: sha512 };

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function u32le(n: number): Uint8Array {
  return new Uint8Array([n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]);
}

/** The password as the specification hashes it: UTF-16LE, no terminator. */
export function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i] = c & 0xff;
    out[2 * i + 1] = c >>> 8;
  }
  return out;
}

/**
 * The iterated password hash of MS-OFFCRYPTO §2.3.4.7 (standard) and §2.3.4.11 (agile): H0 = H(salt + password),
 * Hn = H(iterator + Hn−1) for `spinCount` rounds, the iterator a 32-bit little-endian counter from 0.
 */
export function iteratedHash(hash: Hash, salt: Uint8Array, password: string, spinCount: number): Uint8Array {
  // Tens of thousands of hashes (100,000 SHA-512 for Excel's agile files): the last few results are kept, so the
  // same file read twice (audit, then consolidation or report) derives its key once.
  const key = `${hashName(hash)}|${spinCount}|${password}|${Array.from(salt).join(',')}`;
  const cached = recent.get(key);
  if (cached) return cached;
  const out = spin(hash, salt, password, spinCount);
  recent.set(key, out);
  if (recent.size > 16) recent.delete(recent.keys().next().value!);
  return out;
}

const recent = new Map<string, Uint8Array>();
const hashName = (h: Hash) => Object.entries(hashes).find(([, f]) => f === h)?.[0] ?? '?';

function spin(hash: Hash, salt: Uint8Array, password: string, spinCount: number): Uint8Array {
  let h = hash(concat(salt, utf16le(password)));
  const buf = new Uint8Array(4 + h.length);
  for (let i = 0; i < spinCount; i++) {
    buf[0] = i & 0xff;
    buf[1] = (i >>> 8) & 0xff;
    buf[2] = (i >>> 16) & 0xff;
    buf[3] = (i >>> 24) & 0xff;
    buf.set(h, 4);
    h = hash(buf);
  }
  return h;
}

/** `bytes` cut or padded with `pad` to `length` (agile keys and IVs, §2.3.4.11–12). */
export function fit(bytes: Uint8Array, length: number, pad = 0x36): Uint8Array {
  if (bytes.length >= length) return bytes.slice(0, length);
  const out = new Uint8Array(length).fill(pad);
  out.set(bytes);
  return out;
}

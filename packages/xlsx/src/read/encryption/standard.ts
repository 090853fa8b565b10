import { ecb } from '@noble/ciphers/aes.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { concat, iteratedHash, u32le } from './key-derivation.ts';

/**
 * ECMA-376 standard encryption (mã hóa chuẩn, MS-OFFCRYPTO §2.3.4.5–2.3.4.9): AES-128/192/256 in ECB mode, key
 * from SHA-1 of the password iterated 50,000 times. What Excel 2007 writes.
 */
export interface StandardInfo {
  kind: 'standard';
  /** Key length in bytes (16, 24, 32). */
  keyBytes: number;
  salt: Uint8Array;
  encryptedVerifier: Uint8Array;
  verifierHashSize: number;
  encryptedVerifierHash: Uint8Array;
}

/** What the EncryptionInfo stream says when it is not AES standard encryption (RC4, unknown algorithms). */
export type StandardParse = StandardInfo | { kind: 'unsupported'; method: string } | { kind: 'damaged' };

const AES = new Map([
  [0x660e, 16],
  [0x660f, 24],
  [0x6610, 32],
]);

/** Parse EncryptionInfo of version 2.2, 3.2 or 4.2 (after the 4 version bytes). */
export function parseStandardInfo(info: Uint8Array): StandardParse {
  if (info.length < 12) return { kind: 'damaged' };
  const dv = new DataView(info.buffer, info.byteOffset, info.byteLength);
  const headerSize = dv.getUint32(8, true);
  const h = 12;
  if (headerSize < 32 || h + headerSize + 4 > info.length) return { kind: 'damaged' };
  const algId = dv.getUint32(h + 8, true);
  const algIdHash = dv.getUint32(h + 12, true);
  const keyBits = dv.getUint32(h + 16, true);
  if (algId === 0x6801) return { kind: 'unsupported', method: 'RC4 CryptoAPI' };
  const keyBytes = AES.get(algId) ?? (algId === 0 ? keyBits / 8 : undefined);
  if (keyBytes === undefined || ![16, 24, 32].includes(keyBytes)) return { kind: 'unsupported', method: `thuật toán 0x${algId.toString(16)}` };
  if (algIdHash !== 0x8004 && algIdHash !== 0) return { kind: 'unsupported', method: `hàm băm 0x${algIdHash.toString(16)}` };
  const v = h + headerSize;
  const saltSize = dv.getUint32(v, true);
  if (saltSize !== 16 || v + 4 + 16 + 16 + 4 + 32 > info.length) return { kind: 'damaged' };
  const salt = info.slice(v + 4, v + 20);
  const encryptedVerifier = info.slice(v + 20, v + 36);
  const verifierHashSize = dv.getUint32(v + 36, true);
  const encryptedVerifierHash = info.slice(v + 40, v + 72);
  if (verifierHashSize !== 20) return { kind: 'damaged' };
  return { kind: 'standard', keyBytes, salt, encryptedVerifier, verifierHashSize, encryptedVerifierHash };
}

/** The AES key for `password` (§2.3.4.7), or null when the verifier says the password is wrong (§2.3.4.9). */
export function standardKey(info: StandardInfo, password: string): Uint8Array | null {
  const hFinal = sha1(concat(iteratedHash(sha1, info.salt, password, 50_000), u32le(0)));
  const derive = (fill: number) => {
    const b = new Uint8Array(64).fill(fill);
    for (let i = 0; i < hFinal.length; i++) b[i]! ^= hFinal[i]!;
    return sha1(b);
  };
  const key = concat(derive(0x36), derive(0x5c)).slice(0, info.keyBytes);
  const cipher = ecb(key, { disablePadding: true });
  const verifier = cipher.decrypt(info.encryptedVerifier);
  const expected = cipher.decrypt(info.encryptedVerifierHash).subarray(0, info.verifierHashSize);
  const actual = sha1(verifier);
  for (let i = 0; i < actual.length; i++) if (actual[i] !== expected[i]) return null;
  return key;
}

/** The package inside EncryptedPackage: an 8-byte size, then AES-ECB blocks. Null when the stream is damaged. */
export function standardDecrypt(key: Uint8Array, stream: Uint8Array): Uint8Array | null {
  if (stream.length < 8) return null;
  const dv = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const size = dv.getUint32(0, true) + dv.getUint32(4, true) * 2 ** 32;
  // Whole AES blocks; writers may pad the stream beyond them.
  const body = stream.subarray(8, 8 + Math.floor((stream.length - 8) / 16) * 16);
  if (size > body.length) return null;
  return ecb(key, { disablePadding: true }).decrypt(body).subarray(0, size);
}

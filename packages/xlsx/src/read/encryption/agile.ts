import { cbc } from '@noble/ciphers/aes.js';
import { hmac } from '@noble/hashes/hmac.js';
import { OPEN, XmlScanner } from '../xml/scanner.ts';
import { concat, fit, hashes, iteratedHash, u32le, type HashName } from './key-derivation.ts';

/**
 * ECMA-376 agile encryption (mã hóa linh hoạt, MS-OFFCRYPTO §2.3.4.10–2.3.4.15): an XML descriptor, a password key
 * encryptor (iterated SHA-512 by default, AES-CBC), the package in 4096-byte segments, and an HMAC over the
 * encrypted stream. What Excel 2010 and later write.
 */
interface CipherParams {
  saltValue: Uint8Array;
  blockSize: number;
  keyBits: number;
  hashSize: number;
  hash: HashName;
}

export interface AgileInfo {
  kind: 'agile';
  keyData: CipherParams;
  password: CipherParams & {
    spinCount: number;
    encryptedVerifierHashInput: Uint8Array;
    encryptedVerifierHashValue: Uint8Array;
    encryptedKeyValue: Uint8Array;
  };
  integrity?: { encryptedHmacKey: Uint8Array; encryptedHmacValue: Uint8Array };
}

export type AgileParse = AgileInfo | { kind: 'unsupported'; method: string } | { kind: 'no-password-key' } | { kind: 'damaged' };

/** Spin counts above this are refused (Excel writes 100,000): a hostile descriptor must not hold the reader for minutes. */
const MAX_SPIN = 10_000_000;

const BLOCK = {
  verifierInput: new Uint8Array([0xfe, 0xa7, 0xd2, 0x76, 0x3b, 0x4b, 0x9e, 0x79]),
  verifierValue: new Uint8Array([0xd7, 0xaa, 0x0f, 0x6d, 0x30, 0x61, 0x34, 0x4e]),
  key: new Uint8Array([0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6]),
  hmacKey: new Uint8Array([0x5f, 0xb2, 0xad, 0x01, 0x0c, 0xb9, 0xe1, 0xf6]),
  hmacValue: new Uint8Array([0xa0, 0x67, 0x7f, 0x02, 0xb2, 0x2c, 0x84, 0x33]),
};

function base64(s: string | undefined): Uint8Array | null {
  if (s === undefined) return null;
  try {
    const bin = atob(s.replace(/\s+/g, ''));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

function cipherParams(s: XmlScanner): CipherParams | { unsupported: string } | null {
  const cipher = s.attr('cipherAlgorithm');
  const chaining = s.attr('cipherChaining');
  const hash = (s.attr('hashAlgorithm') ?? '').toUpperCase().replace('-', '') as HashName;
  if (cipher !== 'AES') return { unsupported: cipher ?? '?' };
  if (chaining !== 'ChainingModeCBC') return { unsupported: `AES ${chaining ?? '?'}` };
  if (!(hash in hashes)) return { unsupported: s.attr('hashAlgorithm') ?? '?' };
  const saltValue = base64(s.attr('saltValue'));
  const blockSize = Number(s.attr('blockSize'));
  const keyBits = Number(s.attr('keyBits'));
  const hashSize = Number(s.attr('hashSize'));
  if (!saltValue || blockSize !== 16 || ![128, 192, 256].includes(keyBits) || !(hashSize > 0)) return null;
  return { saltValue, blockSize, keyBits, hashSize, hash };
}

/** Parse the XML descriptor that follows version 4.4 and its reserved field. */
export function parseAgileInfo(xml: string): AgileParse {
  const s = new XmlScanner(xml);
  let keyData: CipherParams | undefined;
  let password: AgileInfo['password'] | undefined;
  let integrity: AgileInfo['integrity'];
  try {
    for (let t = s.next(); t; t = s.next()) {
      if (t !== OPEN) continue;
      if (s.name === 'keyData') {
        const p = cipherParams(s);
        if (p && 'unsupported' in p) return { kind: 'unsupported', method: p.unsupported };
        keyData = p ?? undefined;
      } else if (s.name === 'dataIntegrity') {
        const encryptedHmacKey = base64(s.attr('encryptedHmacKey'));
        const encryptedHmacValue = base64(s.attr('encryptedHmacValue'));
        if (encryptedHmacKey && encryptedHmacValue) integrity = { encryptedHmacKey, encryptedHmacValue };
      } else if (s.name === 'encryptedKey' && s.attr('spinCount') !== undefined && !password) {
        // The password key encryptor (a certificate key encryptor has no spin count).
        const p = cipherParams(s);
        if (!p) return { kind: 'damaged' };
        if ('unsupported' in p) return { kind: 'unsupported', method: p.unsupported };
        const spinCount = Number(s.attr('spinCount'));
        const a = base64(s.attr('encryptedVerifierHashInput'));
        const b = base64(s.attr('encryptedVerifierHashValue'));
        const c = base64(s.attr('encryptedKeyValue'));
        if (!Number.isInteger(spinCount) || spinCount < 0 || !a || !b || !c) return { kind: 'damaged' };
        if (spinCount > MAX_SPIN) return { kind: 'unsupported', method: `spinCount ${spinCount}` };
        password = { ...p, spinCount, encryptedVerifierHashInput: a, encryptedVerifierHashValue: b, encryptedKeyValue: c };
      }
    }
  } catch {
    return { kind: 'damaged' };
  }
  // Without a password key encryptor the default password cannot open it whatever else the descriptor says.
  if (!password) return { kind: 'no-password-key' };
  if (!keyData) return { kind: 'damaged' };
  return { kind: 'agile', keyData, password, ...(integrity ? { integrity } : {}) };
}

function decryptCbc(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array | null {
  if (data.length % 16 !== 0) return null;
  return cbc(key, iv, { disablePadding: true }).decrypt(data);
}

/** The package's secret key for `password`, or null when the verifier says the password is wrong. */
export function agileKey(info: AgileInfo, password: string): Uint8Array | null {
  const p = info.password;
  const hash = hashes[p.hash];
  const h = iteratedHash(hash, p.saltValue, password, p.spinCount);
  const keyFor = (block: Uint8Array) => fit(hash(concat(h, block)), p.keyBits / 8);
  const iv = fit(p.saltValue, p.blockSize);
  const input = decryptCbc(keyFor(BLOCK.verifierInput), iv, p.encryptedVerifierHashInput);
  const value = decryptCbc(keyFor(BLOCK.verifierValue), iv, p.encryptedVerifierHashValue);
  if (!input || !value) return null;
  const actual = hash(input.subarray(0, p.saltValue.length));
  for (let i = 0; i < p.hashSize; i++) if (actual[i] !== value[i]) return null;
  const key = decryptCbc(keyFor(BLOCK.key), iv, p.encryptedKeyValue);
  return key ? key.slice(0, info.keyData.keyBits / 8) : null;
}

/** The HMAC of the encrypted stream matches the one the descriptor carries (true when it carries none). */
export function agileIntegrityOk(info: AgileInfo, key: Uint8Array, stream: Uint8Array): boolean {
  if (!info.integrity) return true;
  const k = info.keyData;
  const hash = hashes[k.hash];
  const ivFor = (block: Uint8Array) => fit(hash(concat(k.saltValue, block)), k.blockSize);
  const hmacKey = decryptCbc(key, ivFor(BLOCK.hmacKey), info.integrity.encryptedHmacKey);
  const expected = decryptCbc(key, ivFor(BLOCK.hmacValue), info.integrity.encryptedHmacValue);
  if (!hmacKey || !expected) return false;
  const actual = hmac(hash as Parameters<typeof hmac>[0], hmacKey.subarray(0, k.hashSize), stream);
  for (let i = 0; i < k.hashSize; i++) if (actual[i] !== expected[i]) return false;
  return true;
}

/** The package inside EncryptedPackage: an 8-byte size, then 4096-byte AES-CBC segments, each with its own IV. */
export function agileDecrypt(info: AgileInfo, key: Uint8Array, stream: Uint8Array): Uint8Array | null {
  if (stream.length < 8) return null;
  const dv = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const size = dv.getUint32(0, true) + dv.getUint32(4, true) * 2 ** 32;
  const body = stream.subarray(8, 8 + Math.floor((stream.length - 8) / 16) * 16);
  if (size > body.length) return null;
  const k = info.keyData;
  const hash = hashes[k.hash];
  const out = new Uint8Array(body.length);
  for (let i = 0, seg = 0; i < body.length; i += 4096, seg++) {
    const iv = fit(hash(concat(k.saltValue, u32le(seg))), k.blockSize);
    const plain = decryptCbc(key, iv, body.subarray(i, Math.min(i + 4096, body.length)));
    if (!plain) return null;
    out.set(plain, i);
  }
  return out.subarray(0, size);
}

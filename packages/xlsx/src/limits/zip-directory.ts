/**
 * A hand-written reader of a zip file's central directory (mục lục của gói nén): finds the End Of Central
 * Directory record, walks the entries and reports their declared sizes, flags and methods — without
 * decompressing anything. It runs before exceljs sees a byte, so that zip bombs, truncated downloads and
 * encrypted packages are refused cheaply. Never throws: every defect is a `ZipProblem`.
 *
 * Format: PKWARE APPNOTE 6.3.x, §4.3.12 (central directory header), §4.3.14–16 (ZIP64 end records),
 * §4.5.3 (ZIP64 extended information extra field).
 */
import type { ZipDamage } from '@dutoan/core/locale';

/** One entry of a zip package's central directory. */
export interface ZipEntry {
  name: string;
  /** General purpose bit flags; bit 0 = encrypted, bit 6 = strong encryption. */
  flags: number;
  /** 0 = stored, 8 = deflate; anything else exceljs (JSZip) cannot read. */
  method: number;
  compressedSize: number;
  /** Declared in the central directory — may lie; see `verifyInflatedSizes` in the limits. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Why a zip directory could not be read. */
export type ZipProblem =
  | { kind: 'no-eocd' }
  | { kind: 'truncated'; detail: string }
  /** `damage` says what, for the message; `detail` is the same in developer English (logs, tests). */
  | { kind: 'damaged'; damage: ZipDamage; detail: string }
  | { kind: 'multi-disk' };

/** The central directory of a zip package (.xlsx), read without inflating anything. */
export interface ZipDirectory {
  entries: ZipEntry[];
  /** Entry count declared by the end record (compare with entries.length). */
  declaredCount: number;
  zip64: boolean;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
export const SIG_LOCAL = 0x04034b50;

const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16)) + b[o + 3]! * 0x1000000;
}
/** A 64-bit little-endian value; beyond 2^53 it is reported as Infinity (no real workbook gets there). */
function u64(b: Uint8Array, o: number): number {
  const v = u32(b, o) + u32(b, o + 4) * 0x100000000;
  return Number.isSafeInteger(v) ? v : Number.POSITIVE_INFINITY;
}

/** Position of the End Of Central Directory record, searching backwards over a possible comment; -1 if none. */
export function findEocd(b: Uint8Array): number {
  if (b.length < EOCD_SIZE) return -1;
  const stop = Math.max(0, b.length - EOCD_SIZE - MAX_COMMENT);
  for (let p = b.length - EOCD_SIZE; p >= stop; p--) {
    // Cheap byte test first: 'P' 'K' 5 6.
    if (b[p] === 0x50 && b[p + 1] === 0x4b && b[p + 2] === 0x05 && b[p + 3] === 0x06) {
      // The comment length must reach exactly (or at most) to the end of the file.
      if (p + EOCD_SIZE + u16(b, p + 20) <= b.length) return p;
    }
  }
  return -1;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });
/** CP437 is the legacy default for names without the UTF-8 flag; entry names of xlsx parts are ASCII anyway. */
function decodeName(bytes: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return utf8.decode(bytes);
  let s = '';
  for (const c of bytes) s += c < 0x80 ? String.fromCharCode(c) : '\ufffd';
  return s;
}

/**
 * Read the central directory of `b`. Returns the entries or the first structural problem. Entry names,
 * sizes and offsets are bounds-checked against the file; nothing is decompressed.
 */
export function readZipDirectory(b: Uint8Array): ZipDirectory | ZipProblem {
  const eocd = findEocd(b);
  if (eocd < 0) return { kind: 'no-eocd' };
  const disk = u16(b, eocd + 4);
  const cdDisk = u16(b, eocd + 6);
  let countOnDisk = u16(b, eocd + 8);
  let count = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  let zip64 = false;

  const needs64 = count === 0xffff || countOnDisk === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff;
  const loc = eocd - 20;
  if (loc >= 0 && u32(b, loc) === SIG_ZIP64_LOCATOR) {
    const recOffset = u64(b, loc + 8);
    if (!(recOffset + 56 <= loc)) return { kind: 'damaged', damage: { reason: 'zip64' }, detail: 'ZIP64 end record outside the file' };
    if (u32(b, recOffset) !== SIG_ZIP64_EOCD) return { kind: 'damaged', damage: { reason: 'zip64' }, detail: 'ZIP64 end record signature' };
    zip64 = true;
    if (u32(b, recOffset + 16) !== 0 || u32(b, recOffset + 20) !== 0) return { kind: 'multi-disk' };
    countOnDisk = u64(b, recOffset + 24);
    count = u64(b, recOffset + 32);
    cdSize = u64(b, recOffset + 40);
    cdOffset = u64(b, recOffset + 48);
  } else if (needs64) {
    return { kind: 'damaged', damage: { reason: 'zip64' }, detail: 'ZIP64 values without a ZIP64 locator' };
  }
  if (disk !== 0 || cdDisk !== 0 || countOnDisk !== count) return { kind: 'multi-disk' };

  if (cdOffset + cdSize > b.length) return { kind: 'truncated', detail: 'central directory beyond the end of the file' };
  if (cdOffset + cdSize > eocd) return { kind: 'damaged', damage: { reason: 'overlap' }, detail: 'central directory overlaps the end record' };
  // Each central header takes at least 46 bytes: a declared count the directory cannot hold is a lie.
  if (count * 46 > cdSize) return { kind: 'damaged', damage: { reason: 'count', found: Math.floor(cdSize / 46), declared: count }, detail: `${count} entries declared in ${cdSize} bytes` };

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const end = cdOffset + cdSize;
  while (p < end) {
    if (p + 46 > end) return { kind: 'damaged', damage: { reason: 'header', index: entries.length }, detail: `central header ${entries.length} cut short` };
    if (u32(b, p) !== SIG_CENTRAL) return { kind: 'damaged', damage: { reason: 'header', index: entries.length }, detail: `central header ${entries.length} signature` };
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    let compressedSize = u32(b, p + 20);
    let uncompressedSize = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let localHeaderOffset = u32(b, p + 42);
    const next = p + 46 + nameLen + extraLen + commentLen;
    if (next > end) return { kind: 'damaged', damage: { reason: 'header', index: entries.length }, detail: `central header ${entries.length} runs past the directory` };
    const name = decodeName(b.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0);

    // ZIP64 extended information: present fields are exactly those whose 32-bit value is 0xFFFFFFFF.
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      let e = p + 46 + nameLen;
      const extraEnd = e + extraLen;
      let found = false;
      while (e + 4 <= extraEnd) {
        const id = u16(b, e);
        const size = u16(b, e + 2);
        if (e + 4 + size > extraEnd) break;
        if (id === 0x0001) {
          let q = e + 4;
          const qEnd = q + size;
          if (uncompressedSize === 0xffffffff && q + 8 <= qEnd) (uncompressedSize = u64(b, q)), (q += 8);
          if (compressedSize === 0xffffffff && q + 8 <= qEnd) (compressedSize = u64(b, q)), (q += 8);
          if (localHeaderOffset === 0xffffffff && q + 8 <= qEnd) (localHeaderOffset = u64(b, q)), (q += 8);
          found = true;
          break;
        }
        e += 4 + size;
      }
      if (!found) return { kind: 'damaged', damage: { reason: 'zip64-extra', part: name }, detail: `entry ${name}: ZIP64 sizes without their extra field` };
    }
    if (localHeaderOffset + 30 > cdOffset) return { kind: 'truncated', detail: `entry ${name} starts beyond the data` };
    if (u32(b, localHeaderOffset) !== SIG_LOCAL) return { kind: 'damaged', damage: { reason: 'local-header', part: name }, detail: `entry ${name}: local header signature` };
    const dataStart = localHeaderOffset + 30 + u16(b, localHeaderOffset + 26) + u16(b, localHeaderOffset + 28);
    if (dataStart + compressedSize > cdOffset) return { kind: 'truncated', detail: `entry ${name}: data cut short` };
    entries.push({ name, flags, method, compressedSize, uncompressedSize, localHeaderOffset });
    p = next;
  }
  return { entries, declaredCount: count, zip64 };
}

/** True when reading the zip directory failed (the file is not a usable .xlsx package). */
export function isZipProblem(r: ZipDirectory | ZipProblem): r is ZipProblem {
  return 'kind' in r;
}

/** The compressed bytes of an entry (after its local header), for bounded inflation. */
export function entryData(b: Uint8Array, e: ZipEntry): Uint8Array {
  const start = e.localHeaderOffset + 30 + u16(b, e.localHeaderOffset + 26) + u16(b, e.localHeaderOffset + 28);
  return b.subarray(start, start + e.compressedSize);
}

/** True when the bytes start like a zip local file header ("PK\x03\x04"). */
export function startsLikeZip(b: Uint8Array): boolean {
  return b.length >= 4 && u32(b, 0) === SIG_LOCAL;
}

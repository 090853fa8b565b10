import { bytesError, count, mb } from '../read/problem.ts';
import type { WorkbookLimits } from './limits.ts';
import { sniffForeign } from './sniff.ts';
import { isZipProblem, readZipDirectory, type ZipEntry } from './zip-directory.ts';

/** The file's own size, before anything is parsed. */
export function checkFileSize(bytes: Uint8Array, l: WorkbookLimits, file: string): void {
  if (bytes.length === 0) throw bytesError('FILE_EMPTY', { file });
  if (bytes.length > l.maxFileBytes) {
    throw bytesError('FILE_TOO_LARGE', { file, size: mb(bytes.length), max: mb(l.maxFileBytes), bytes: bytes.length, maxBytes: l.maxFileBytes });
  }
}

/**
 * The zip directory (mục lục của gói nén) against the limits, before anything is inflated: what the file really is
 * when it is not a zip (password-protected workbook, legacy .xls, PDF, Word…), entry count, encrypted entries,
 * compression methods, declared sizes and ratios. Throws the refusal, or returns the entries by part name.
 */
export function checkPackageDirectory(bytes: Uint8Array, l: WorkbookLimits, file: string): Map<string, ZipEntry> {
  const dir = readZipDirectory(bytes);
  if (isZipProblem(dir)) {
    if (dir.kind === 'truncated') throw bytesError('FILE_TRUNCATED', { file });
    if (dir.kind === 'damaged') throw bytesError('FILE_DAMAGED', { file, kind: 'directory', ...dir.damage });
    if (dir.kind === 'multi-disk') throw bytesError('FILE_NOT_XLSX', { file, kind: 'multi-disk' });
    const kind = sniffForeign(bytes);
    if (kind === 'zip-truncated') throw bytesError('FILE_TRUNCATED', { file });
    if (kind === 'encrypted-office') throw bytesError('FILE_ENCRYPTED', { file, kind: 'password' });
    if (kind === 'legacy-xls') throw bytesError('FILE_LEGACY_XLS', { file });
    if (kind === 'empty') throw bytesError('FILE_EMPTY', { file });
    throw bytesError('FILE_NOT_XLSX', { file, kind: 'foreign', what: kind });
  }
  const n = Math.max(dir.declaredCount, dir.entries.length);
  if (n > l.maxZipEntries) throw bytesError('ZIP_TOO_MANY_ENTRIES', { file, count: count(n), max: count(l.maxZipEntries) });
  if (dir.entries.length !== dir.declaredCount) {
    throw bytesError('FILE_DAMAGED', { file, kind: 'directory', reason: 'count', found: dir.entries.length, declared: dir.declaredCount });
  }
  let total = 0;
  const entries = new Map<string, ZipEntry>();
  for (const e of dir.entries) {
    if (e.flags & 0x41) throw bytesError('FILE_ENCRYPTED', { file, kind: 'zip-entries' });
    if (e.method !== 0 && e.method !== 8) throw bytesError('FILE_NOT_XLSX', { file, kind: 'method', part: e.name, method: e.method });
    if (e.method === 0 && e.compressedSize !== e.uncompressedSize) {
      throw bytesError('FILE_DAMAGED', { file, kind: 'directory', reason: 'stored-size', part: e.name });
    }
    total += e.uncompressedSize;
    if (total > l.maxUncompressedBytes) throw bytesError('ZIP_TOO_LARGE', { file, size: mb(total), max: mb(l.maxUncompressedBytes) });
    if (e.uncompressedSize >= l.ratioFloorBytes) {
      const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
      if (ratio > l.maxCompressionRatio) {
        throw bytesError('ZIP_BOMB', { file, kind: 'ratio', part: e.name, ratio: count(ratio), max: count(l.maxCompressionRatio) });
      }
    }
    // Names are case-insensitive in OPC; "/xl/…" and "xl\…" are written by some tools.
    entries.set(e.name.replace(/\\/g, '/').replace(/^\//, ''), e);
  }
  return entries;
}


/** Parts that are XML (and must carry no DTD). */
export const isXmlPart = (name: string): boolean => /\.(xml|rels|vml)$/i.test(name);

/** "<!DOCTYPE" or "<!ENTITY" (any case) at `i` of the bytes. */
function declarationAt(b: Uint8Array, i: number): boolean {
  for (const word of ['DOCTYPE', 'ENTITY']) {
    let k = 0;
    while (k < word.length && ((b[i + 2 + k]! | 0x20) === (word.charCodeAt(k) | 0x20))) k++;
    if (k === word.length) return true;
  }
  return false;
}

/** "<!DOCTYPE" / "<!ENTITY" near the start of an XML part: OOXML parts never carry a DTD (XML bombs do). */
export function checkInflatedPart(name: string, b: Uint8Array, file: string): void {
  if (!isXmlPart(name)) return;
  const end = Math.min(b.length, 4096);
  // UTF-16 parts hold a zero byte after each ASCII one: both "<!" and "<\0!" are looked for.
  for (let i = 0; i < end - 2; i++) {
    if (b[i] !== 0x3c) continue;
    if (b[i + 1] === 0x21 && declarationAt(b, i)) throw bytesError('XML_DTD', { file, part: name });
    if (b[i + 1] === 0 && b[i + 2] === 0x21) {
      const ascii = Uint8Array.from({ length: 9 }, (_, k) => b[i + 2 * k] ?? 0);
      if (declarationAt(ascii, 0)) throw bytesError('XML_DTD', { file, part: name });
    }
  }
}

import { inflateRawSync } from 'node:zlib';
import { DutoanError } from '@dutoan/core';
import { resolveWorkbookLimits, type WorkbookLimits } from './limits.ts';
import { limitsVi } from './messages.ts';
import { sniffForeign } from './sniff.ts';
import { entryData, isZipProblem, readZipDirectory, type ZipEntry } from './zip-directory.ts';

/** File-level refusals: the message names the file; no field issues (they would repeat it). */
function err(code: string, message: string, _name: string): DutoanError {
  return new DutoanError(code, message);
}

/** What kind of zip package this is when it has no xl/workbook.xml. */
function zipKind(names: Set<string>): string {
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('ppt/presentation.xml')) return 'pptx';
  if (names.has('mimetype') && names.has('content.xml')) return 'ods';
  if (names.has('xl/workbook.bin')) return 'xlsb';
  return 'zip';
}

/** "<!DOCTYPE" / "<!ENTITY" in the first bytes of an XML part: OOXML parts never carry a DTD (XML bombs do). */
function hasDtd(head: Uint8Array): boolean {
  const s = new TextDecoder('latin1').decode(head);
  return /<!(DOCTYPE|ENTITY)/i.test(s);
}

function verifyInflated(bytes: Uint8Array, e: ZipEntry, name: string): DutoanError | null {
  let out: Uint8Array;
  if (e.method === 0) out = entryData(bytes, e);
  else {
    try {
      // Cap = declared size: a directory that understates an entry (a zip bomb hiding its size) overflows it.
      out = inflateRawSync(entryData(bytes, e), { maxOutputLength: Math.max(1, e.uncompressedSize) });
    } catch (x) {
      if ((x as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return err('ZIP_BOMB', limitsVi.sizeLie(name, e.name), name);
      return err('FILE_DAMAGED', limitsVi.inflateFailed(name, e.name), name);
    }
  }
  if (/\.(xml|rels|vml)$/i.test(e.name) && hasDtd(out.subarray(0, 4096))) return err('XML_DTD', limitsVi.xmlDtd(name, e.name), name);
  return null;
}

/**
 * Check .xlsx bytes against the limits before any parser sees them (kiểm tra giới hạn trước khi đọc): size,
 * zip directory (entries, declared and — optionally — actual uncompressed sizes, compression ratio,
 * encryption, methods), and what the file really is (password-protected workbook, legacy .xls, PDF, Word…).
 * Returns null when the file may be loaded, otherwise the DutoanError to report. Never throws.
 */
export function workbookLimitError(bytes: Uint8Array, limits?: Partial<WorkbookLimits>, name: string = limitsVi.defaultName): DutoanError | null {
  let l: WorkbookLimits;
  try {
    l = resolveWorkbookLimits(limits);
  } catch (e) {
    return e as DutoanError;
  }
  if (bytes.length === 0) return err('FILE_EMPTY', limitsVi.fileEmpty(name), name);
  if (bytes.length > l.maxFileBytes) return err('FILE_TOO_LARGE', limitsVi.fileTooLarge(name, bytes.length, l.maxFileBytes), name);

  const dir = readZipDirectory(bytes);
  if (isZipProblem(dir)) {
    if (dir.kind === 'truncated') return err('FILE_TRUNCATED', limitsVi.truncated(name), name);
    if (dir.kind === 'damaged') return err('FILE_DAMAGED', limitsVi.damaged(name, dir.detail), name);
    if (dir.kind === 'multi-disk') return err('FILE_NOT_XLSX', limitsVi.multiDisk(name), name);
    const kind = sniffForeign(bytes);
    if (kind === 'zip-truncated') return err('FILE_TRUNCATED', limitsVi.truncated(name), name);
    if (kind === 'encrypted-office') return err('FILE_ENCRYPTED', limitsVi.encrypted(name), name);
    if (kind === 'legacy-xls') return err('FILE_LEGACY_XLS', limitsVi.legacyXls(name), name);
    if (kind === 'empty') return err('FILE_EMPTY', limitsVi.fileEmpty(name), name);
    return err('FILE_NOT_XLSX', limitsVi.notXlsx(name, limitsVi.foreign[kind] ?? limitsVi.foreign.unknown!), name);
  }

  if (dir.declaredCount > l.maxZipEntries || dir.entries.length > l.maxZipEntries) {
    return err('ZIP_TOO_MANY_ENTRIES', limitsVi.tooManyEntries(name, Math.max(dir.declaredCount, dir.entries.length), l.maxZipEntries), name);
  }
  if (dir.entries.length !== dir.declaredCount) {
    return err('FILE_DAMAGED', limitsVi.damaged(name, `${dir.entries.length}/${dir.declaredCount} entries`), name);
  }
  let total = 0;
  const names = new Set<string>();
  for (const e of dir.entries) {
    names.add(e.name.replace(/^\//, ''));
    if (e.flags & 0x41) return err('FILE_ENCRYPTED', limitsVi.zipEncrypted(name), name);
    if (e.method !== 0 && e.method !== 8) return err('FILE_NOT_XLSX', limitsVi.zipMethod(name, e.name, e.method), name);
    if (e.method === 0 && e.compressedSize !== e.uncompressedSize) {
      return err('FILE_DAMAGED', limitsVi.damaged(name, `entry ${e.name}: stored sizes differ`), name);
    }
    total += e.uncompressedSize;
    if (total > l.maxUncompressedBytes) return err('ZIP_TOO_LARGE', limitsVi.tooLargeUncompressed(name, total, l.maxUncompressedBytes), name);
    if (e.uncompressedSize >= l.ratioFloorBytes) {
      const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
      if (ratio > l.maxCompressionRatio) return err('ZIP_BOMB', limitsVi.compressionRatio(name, e.name, ratio, l.maxCompressionRatio), name);
    }
  }
  if (!names.has('xl/workbook.xml')) {
    return err('FILE_NOT_XLSX', limitsVi.notSpreadsheet(name, limitsVi.zipKinds[zipKind(names)]!), name);
  }
  if (l.verifyInflatedSizes) {
    for (const e of dir.entries) {
      const problem = verifyInflated(bytes, e, name);
      if (problem) return problem;
    }
  }
  return null;
}

/** As workbookLimitError, but throws the DutoanError: one line at the top of every exceljs load. */
export function checkWorkbookLimits(bytes: Uint8Array, limits?: Partial<WorkbookLimits>, name?: string): void {
  const problem = workbookLimitError(bytes, limits, name);
  if (problem) throw problem;
}

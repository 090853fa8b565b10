import type { WorkbookLimits } from '../../limits/limits.ts';
import { sniffForeign } from '../../limits/sniff.ts';
import { bytesError } from '../problem.ts';
import { agileDecrypt, agileIntegrityOk, agileKey, parseAgileInfo } from './agile.ts';
import { isCompoundFile, readCompoundStreams } from './compound-file.ts';
import { parseStandardInfo, standardDecrypt, standardKey } from './standard.ts';

export { isCompoundFile } from './compound-file.ts';

/**
 * The password Excel uses when a workbook is encrypted without the user choosing one (e.g. a workbook saved with
 * "protect structure" by some tools, or exported encrypted by an agency system): Excel opens such a file without
 * asking, so dutoan must too. Documented in MS-OFFCRYPTO §2.3.6.2 (for .xls) and honoured by Excel for .xlsx.
 */
export const DEFAULT_PASSWORD = 'VelvetSweatshop';

/**
 * An OLE2 compound file (tệp phức hợp) that holds an encrypted .xlsx: decrypted with Excel's default password and
 * returned as the zip package's bytes. Any other compound file is refused with its kind (legacy .xls, other
 * Office document), a real password with the message telling how to remove it, a damaged container as damage.
 */
export function decryptWorkbook(bytes: Uint8Array, l: WorkbookLimits, file: string): Uint8Array {
  const streams = readCompoundStreams(bytes);
  if (!streams) {
    // A container cfb cannot read: say what its directory names suggest.
    const kind = sniffForeign(bytes);
    if (kind === 'encrypted-office') throw bytesError('FILE_DAMAGED', { file, kind: 'encrypted-container' });
    if (kind === 'legacy-xls') throw bytesError('FILE_LEGACY_XLS', { file });
    throw bytesError('FILE_NOT_XLSX', { file, kind: 'foreign', what: 'ole-other' });
  }
  const info = streams.get('EncryptionInfo');
  const pkg = streams.get('EncryptedPackage');
  if (!info || !pkg) {
    if (pkg) throw bytesError('FILE_ENCRYPTED', { file, kind: 'unsupported', method: 'quản lý quyền IRM' });
    if (streams.has('Workbook') || streams.has('Book')) throw bytesError('FILE_LEGACY_XLS', { file });
    throw bytesError('FILE_NOT_XLSX', { file, kind: 'foreign', what: 'ole-other' });
  }
  if (info.length < 8) throw bytesError('FILE_DAMAGED', { file, kind: 'encrypted-container' });
  const major = info[0]! | (info[1]! << 8);
  const minor = info[2]! | (info[3]! << 8);

  let plain: Uint8Array | null;
  if (major === 4 && minor === 4) {
    const agile = parseAgileInfo(new TextDecoder('utf-8').decode(info.subarray(8)));
    if (agile.kind === 'damaged') throw bytesError('FILE_DAMAGED', { file, kind: 'encrypted-container' });
    if (agile.kind === 'unsupported') throw bytesError('FILE_ENCRYPTED', { file, kind: 'unsupported', method: agile.method });
    if (agile.kind === 'no-password-key') throw bytesError('FILE_ENCRYPTED', { file, kind: 'password' });
    const key = agileKey(agile, DEFAULT_PASSWORD);
    if (!key) throw bytesError('FILE_ENCRYPTED', { file, kind: 'password' });
    if (!agileIntegrityOk(agile, key, pkg)) throw bytesError('FILE_DAMAGED', { file, kind: 'encrypted-integrity' });
    plain = agileDecrypt(agile, key, pkg);
  } else if ((major === 2 || major === 3 || major === 4) && minor === 2) {
    const standard = parseStandardInfo(info);
    if (standard.kind === 'damaged') throw bytesError('FILE_DAMAGED', { file, kind: 'encrypted-container' });
    if (standard.kind === 'unsupported') throw bytesError('FILE_ENCRYPTED', { file, kind: 'unsupported', method: standard.method });
    const key = standardKey(standard, DEFAULT_PASSWORD);
    if (!key) throw bytesError('FILE_ENCRYPTED', { file, kind: 'password' });
    plain = standardDecrypt(key, pkg);
  } else if (minor === 3 && (major === 3 || major === 4)) {
    throw bytesError('FILE_ENCRYPTED', { file, kind: 'unsupported', method: 'mã hóa mở rộng (extensible)' });
  } else {
    throw bytesError('FILE_ENCRYPTED', { file, kind: 'unsupported', method: `phiên bản ${major}.${minor}` });
  }
  // What decrypts must be a zip package again (not another container: no nesting).
  if (!plain || plain.length < 4 || plain[0] !== 0x50 || plain[1] !== 0x4b || isCompoundFile(plain)) {
    throw bytesError('FILE_DAMAGED', { file, kind: 'encrypted-container' });
  }
  if (plain.length > l.maxFileBytes) throw bytesError('FILE_DAMAGED', { file, kind: 'encrypted-container' });
  return plain;
}

import { checkInflatedPart, checkPackageDirectory, isXmlPart } from '../../limits/check-package.ts';
import type { WorkbookLimits } from '../../limits/limits.ts';
import { entryData, type ZipEntry } from '../../limits/zip-directory.ts';
import { bytesError } from '../problem.ts';
import { inflateBounded } from './inflate.ts';

/**
 * An .xlsx file as a zip package (gói OPC) whose every limit has been checked: the directory (entries, flags,
 * methods, declared sizes, compression ratios), then each entry inflated once with its declared size as a cap
 * and every XML part checked for a DTD. Parts are kept inflated for the readers; nothing is inflated twice.
 * Throws the DutoanError of the first problem (codes in core/src/locale/bytes.ts).
 */
export interface Package {
  /** Part names (no leading "/"), as stored. */
  readonly names: ReadonlySet<string>;
  /** A part as text (UTF-8, or UTF-16 with its byte-order mark), or null when the package has no such part. */
  text(path: string): string | null;
}

const utf8 = new TextDecoder('utf-8');

function decodePart(b: Uint8Array): string {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
  return utf8.decode(b); // a UTF-8 byte-order mark is dropped by the decoder
}


/** Open a zip package: directory limits, then (with `verifyInflatedSizes`) every entry inflated once and checked. */
export function openPackage(bytes: Uint8Array, l: WorkbookLimits, file: string): Package {
  const entries = checkPackageDirectory(bytes, l, file);
  const lower = new Map<string, string>();
  for (const name of entries.keys()) lower.set(name.toLowerCase(), name);
  const inflated = new Map<string, Uint8Array>();

  const inflate = (name: string, e: ZipEntry): Uint8Array => {
    const data = entryData(bytes, e);
    if (e.method === 0) return data;
    const out = inflateBounded(data, e.uncompressedSize);
    if (out === 'too-large') throw bytesError('ZIP_BOMB', { file, kind: 'size-lie', part: e.name });
    if (out === 'damaged') throw bytesError('FILE_DAMAGED', { file, kind: 'inflate', part: e.name });
    return out;
  };
  const load = (name: string, e: ZipEntry): Uint8Array => {
    let b = inflated.get(name);
    if (!b) {
      b = inflate(name, e);
      checkInflatedPart(e.name, b, file);
      inflated.set(name, b);
    }
    return b;
  };

  if (l.verifyInflatedSizes) {
    for (const [name, e] of entries) {
      if (isXmlPart(name)) load(name, e);
      else inflate(name, e); // media and binary parts: checked, not kept
    }
  }

  return {
    names: new Set(entries.keys()),
    text(path: string): string | null {
      const clean = path.replace(/\\/g, '/').replace(/^\//, '');
      const name = entries.has(clean) ? clean : lower.get(clean.toLowerCase());
      if (name === undefined) return null;
      return decodePart(load(name, entries.get(name)!));
    },
  };
}

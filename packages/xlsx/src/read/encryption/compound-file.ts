import * as CFB from 'cfb';

/** The eight bytes every OLE2 compound file (tệp phức hợp, MS-CFB) starts with. */
const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCompoundFile(b: Uint8Array): boolean {
  if (b.length < 8) return false;
  for (let i = 0; i < 8; i++) if (b[i] !== SIGNATURE[i]) return false;
  return true;
}

/** The streams of a compound file by name (root level), or null when the container cannot be read. */
export function readCompoundStreams(b: Uint8Array): Map<string, Uint8Array> | null {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(b, { type: 'array' });
  } catch {
    return null;
  }
  const out = new Map<string, Uint8Array>();
  container.FileIndex.forEach((entry, i) => {
    if (entry.type !== 2) return; // streams only
    const path = container.FullPaths[i] ?? '';
    // Root-level streams: "Root Entry/EncryptionInfo"; nested ones keep their folder ("…/\u0006DataSpaces/…").
    const name = path.split('/').filter(Boolean).slice(1).join('/');
    const c = entry.content as unknown;
    out.set(name, c instanceof Uint8Array ? c : Uint8Array.from((c as ArrayLike<number>) ?? []));
  });
  return out;
}

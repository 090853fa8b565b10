import * as CFB from 'cfb';

export { isCompoundFile } from './signature.ts';

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

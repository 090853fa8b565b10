/** The eight bytes every OLE2 compound file (tệp phức hợp, MS-CFB) starts with. */
const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Whether the bytes are an OLE2 compound file: the container of an encrypted workbook (or an old .xls). On its own,
 * without the compound-file reader, so that checking a plain workbook loads none of the decryption code.
 */
export function isCompoundFile(b: Uint8Array): boolean {
  if (b.length < 8) return false;
  for (let i = 0; i < 8; i++) if (b[i] !== SIGNATURE[i]) return false;
  return true;
}

import { readFile, stat } from 'node:fs/promises';
import { DutoanError } from '@dutoan/core/errors';
import { markInput } from './protect-inputs.ts';

const MB = 1024 * 1024;

/** "1,5": a size in MB, one decimal, the Vietnamese way. */
export const mb = (bytes: number) => (bytes / MB).toFixed(1).replace('.', ',');

/** Largest input file read whole (25 MB by default; DUTOAN_MAX_FILE_MB overrides, as for workbooks). */
export function maxInputBytes(env: Record<string, string | undefined> = process.env): number {
  const raw = env.DUTOAN_MAX_FILE_MB;
  if (raw === undefined || raw.trim() === '') return 25 * MB;
  const n = Number(raw.trim().replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0) throw new DutoanError('LIMIT_SETTING_INVALID', { variable: 'DUTOAN_MAX_FILE_MB', value: raw });
  return Math.floor(n * MB);
}

/**
 * Read and parse a JSON file; any failure becomes a DutoanError with a Vietnamese message. The size is
 * checked before reading; the file is only ever opened for reading.
 */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  const max = maxInputBytes();
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    if (st.size > max) throw new DutoanError('INPUT_FILE_TOO_LARGE', { file, size: mb(st.size), max: mb(max) });
    text = await readFile(file, 'utf8');
    markInput(file);
  } catch (e) {
    if (e instanceof DutoanError) throw e;
    throw new DutoanError('FILE_UNREADABLE', { file, reason: (e as NodeJS.ErrnoException).code ?? '' });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new DutoanError('INVALID_JSON', { file, detail: (e as Error).message });
  }
}

/**
 * Read an input file's bytes (a workbook): its size checked against the limit, the file marked as an input (never
 * overwritten by an output), any failure a DutoanError with a Vietnamese message.
 */
export async function readInputBytes(file: string): Promise<Uint8Array> {
  try {
    const b = await readFile(file);
    markInput(file);
    if (b.byteLength > maxInputBytes()) throw new DutoanError('INPUT_FILE_TOO_LARGE', { file, size: mb(b.byteLength), max: mb(maxInputBytes()) });
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  } catch (e) {
    if (e instanceof DutoanError) throw e;
    throw new DutoanError('FILE_UNREADABLE', { file, reason: (e as NodeJS.ErrnoException).code ?? '' });
  }
}

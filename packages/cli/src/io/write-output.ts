import { mkdir, rename, writeFile, access, rm } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DutoanError } from '@dutoan/core';
import { isInput } from './protect-inputs.ts';

export interface WriteOptions {
  /** Overwrite an existing file (the --force option). */
  force?: boolean;
}

async function exists(p: string): Promise<boolean> {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * Write an output file atomically: to a temporary file in the same folder, then rename. An existing file is
 * never overwritten unless `force` is set; an input file of the run never, even with `force`.
 */
export async function writeOutput(path: string, data: string | Uint8Array, opts: WriteOptions = {}): Promise<void> {
  if (isInput(path)) throw new DutoanError('OUTPUT_IS_INPUT', { file: path });
  if (!opts.force && (await exists(path))) throw new DutoanError('OUTPUT_EXISTS', { file: path });
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    if (e instanceof DutoanError) throw e;
    throw new DutoanError('OUTPUT_UNWRITABLE', { file: path, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}

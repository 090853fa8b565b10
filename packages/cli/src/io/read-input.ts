import { readFile } from 'node:fs/promises';
import { DutoanError } from '@dutoan/core';
import { cliText } from '../messages.ts';

/** Read and parse a JSON file; any failure becomes a DutoanError with a Vietnamese message. */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new DutoanError('FILE_UNREADABLE', cliText.fileUnreadable(file, (e as NodeJS.ErrnoException).code ?? ''));
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new DutoanError('INVALID_JSON', cliText.invalidJson(file, (e as Error).message));
  }
}

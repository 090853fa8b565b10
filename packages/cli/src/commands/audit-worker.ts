// Worker thread of the batch audit: audits the files the main thread sends, one at a time, and posts each result
// back (plain data). Started by `auditFiles` in audit.ts through a small boot module that registers tsx.
import { parentPort, workerData } from 'node:worker_threads';
import { errorData, isDutoanError, type AuditOptions, type PriceBook } from '@dutoan/core';
import { auditFile } from './audit.ts';

export interface WorkerInit {
  book: PriceBook | null;
  options: AuditOptions;
  report?: { dir: string; force: boolean; bookLabel: string };
}

const init = workerData as WorkerInit;
parentPort!.on('message', async (msg: { index: number; file: string } | null) => {
  if (msg === null) {
    parentPort!.close();
    return;
  }
  try {
    const result = await auditFile(msg.file, init.book, init.options, init.report);
    parentPort!.postMessage({ index: msg.index, result });
  } catch (e) {
    // Only a refusal to overwrite a report gets here: it stops the whole batch, as in one thread.
    parentPort!.postMessage({ index: msg.index, fatal: isDutoanError(e) ? errorData(e) : { code: 'UNEXPECTED', params: {}, text: String(e), issues: [] } });
  }
});

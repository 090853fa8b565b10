/**
 * Web Worker entry (luồng nền): runs one operation per request (operations.ts) and answers with its result or
 * its refusal as plain data. Bytes of written workbooks are transferred, not copied.
 */
import { isDutoanError } from '@dutoan/core';
import { webText } from '../text.ts';
import { operations } from './operations.ts';
import type { WorkerError, WorkerRequest, WorkerResponse } from './protocol.ts';

/** A refusal as plain data; anything but a DutoanError is a fault of the program, told as such (never in English). */
export function toWorkerError(e: unknown): WorkerError {
  if (isDutoanError(e)) return { code: e.code, message: e.message, issues: e.issues.map((i) => ({ path: i.path, message: i.message })) };
  return { code: 'UNEXPECTED', message: webText.unexpected, issues: [] };
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(m: WorkerResponse, transfer?: Transferable[]): void;
};

scope.onmessage = (e) => {
  const { id, op, args } = e.data;
  const run = operations[op] as (a: unknown) => Promise<unknown>;
  run(args).then(
    (value) => scope.postMessage({ id, ok: true, value }, value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : []),
    (err: unknown) => {
      if (!isDutoanError(err)) console.error(err);
      scope.postMessage({ id, ok: false, error: toWorkerError(err) });
    },
  );
};

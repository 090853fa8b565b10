/**
 * The page's side of the worker: `call(op, args)` → a promise of the result, or a rejection with a
 * {@link WorkerFailure} carrying the Vietnamese message and its places. The worker is started from the page's own
 * `worker.js` when served, or — in the single HTML file opened from disk, where a file:// URL cannot start a
 * worker — from a Blob URL of the worker code inlined in the page (`<script type="text/plain" id="dutoan-worker">`).
 */
import type { OperationName, Operations, WorkerError, WorkerRequest, WorkerResponse } from './protocol.ts';

export class WorkerFailure extends Error {
  readonly code: string;
  readonly issues: WorkerError['issues'];
  constructor(e: WorkerError) {
    super(e.message);
    this.code = e.code;
    this.issues = e.issues;
  }
}

export interface WorkerClient {
  call<K extends OperationName>(op: K, args: Operations[K]['args'], transfer?: Transferable[]): Promise<Operations[K]['result']>;
  terminate(): void;
}

/** The element holding the worker's code in the single-file page. */
export const INLINE_WORKER_ID = 'dutoan-worker';

function startWorker(): Worker {
  const inline = document.getElementById(INLINE_WORKER_ID);
  if (inline?.textContent) {
    const url = URL.createObjectURL(new Blob([inline.textContent], { type: 'text/javascript' }));
    return new Worker(url);
  }
  return new Worker('worker.js');
}

/**
 * A worker that fails as a whole (its script cannot start, it runs out of memory) rejects what it was doing with
 * the Vietnamese `crashMessage` and is started again for the next request: one bad file never stops the rest.
 */
export function createWorkerClient(crashMessage: string): WorkerClient {
  let worker: Worker | null = null;
  let next = 1;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: unknown): void }>();
  const ensure = (): Worker => {
    if (worker) return worker;
    const w = startWorker();
    w.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const p = pending.get(e.data.id);
      if (!p) return;
      pending.delete(e.data.id);
      if (e.data.ok) p.resolve(e.data.value);
      else p.reject(new WorkerFailure(e.data.error));
    };
    w.onerror = (e) => {
      e.preventDefault();
      w.terminate();
      if (worker === w) worker = null;
      for (const p of pending.values()) p.reject(new WorkerFailure({ code: 'WORKER_FAILED', message: crashMessage, issues: [] }));
      pending.clear();
    };
    worker = w;
    return w;
  };
  return {
    call(op, args, transfer = []) {
      const id = next++;
      const w = ensure();
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        w.postMessage({ id, op, args } satisfies WorkerRequest, transfer);
      });
    },
    terminate() {
      worker?.terminate();
      worker = null;
    },
  };
}

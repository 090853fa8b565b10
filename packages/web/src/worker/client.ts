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
  /** Start every worker now (while the user is still choosing files), so the first file does not wait for them. */
  warm(): void;
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

/** How many workers audit in parallel: one per core, at most four (each holds its own copy of the code). */
export function poolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 1 : 1;
  return Math.max(1, Math.min(cores, 4));
}

interface Slot {
  worker: Worker | null;
  pending: Map<number, { resolve(v: unknown): void; reject(e: unknown): void }>;
}

/**
 * A small pool of workers (started when first needed); each request goes to the least busy one. A worker that
 * fails as a whole (its script cannot start, it runs out of memory) rejects what it was doing with the Vietnamese
 * `crashMessage` and is started again for the next request: one bad file never stops the rest.
 */
export function createWorkerClient(crashMessage: string, size = poolSize()): WorkerClient {
  let next = 1;
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: null, pending: new Map() }));
  const ensure = (slot: Slot): Worker => {
    if (slot.worker) return slot.worker;
    const w = startWorker();
    w.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const p = slot.pending.get(e.data.id);
      if (!p) return;
      slot.pending.delete(e.data.id);
      if (e.data.ok) p.resolve(e.data.value);
      else p.reject(new WorkerFailure(e.data.error));
    };
    w.onerror = (e) => {
      e.preventDefault();
      w.terminate();
      if (slot.worker === w) slot.worker = null;
      for (const p of slot.pending.values()) p.reject(new WorkerFailure({ code: 'WORKER_FAILED', message: crashMessage, issues: [] }));
      slot.pending.clear();
    };
    slot.worker = w;
    return w;
  };
  return {
    call(op, args, transfer = []) {
      const id = next++;
      // The least busy worker; among idle ones, one already started.
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size || (b.pending.size === a.pending.size && b.worker && !a.worker) ? b : a));
      const w = ensure(slot);
      return new Promise((resolve, reject) => {
        slot.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        w.postMessage({ id, op, args } satisfies WorkerRequest, transfer);
      });
    },
    warm() {
      for (const s of slots) ensure(s);
    },
    terminate() {
      for (const s of slots) {
        s.worker?.terminate();
        s.worker = null;
      }
    },
  };
}

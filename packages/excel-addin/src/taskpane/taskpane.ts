/// <reference types="office-js" />
/**
 * Entry of taskpane.js: waits for Office, detects what the user's Excel can do (reach.ts) and mounts the task
 * pane. When office.js could not be loaded (offline, a blocked address) or Excel never answers, the pane says so
 * and what to check, instead of staying on "Đang tải…".
 */
import { builtinBooks } from '@dutoan/core/book';
import { storeSelectedBook } from '../functions/book-store.ts';
import { addinMessages } from '../messages.ts';
import type { XlRun } from '../office/excel-api.ts';
import { createOps } from '../office/operations.ts';
import { mountTaskPane } from './app.ts';
import { detectReach } from './reach.ts';

/** How long Office.onReady may take before the pane says Excel does not answer. */
const OFFICE_ANSWER_MS = 20_000;

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function showOnly(text: string, kind: 'info' | 'error' = 'info'): void {
  const app = document.getElementById('app')!;
  app.removeAttribute('aria-busy');
  app.textContent = '';
  const p = document.createElement('p');
  p.id = 'boot';
  p.className = kind === 'error' ? 'card error' : 'card';
  p.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  p.textContent = text;
  app.append(p);
}

function start(): void {
  // office.js is a plain <script> before this one: when it failed to load, there is no Office global
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== 'function') {
    showOnly(addinMessages.officeNotLoaded, 'error');
    return;
  }
  const timer = setTimeout(() => showOnly(addinMessages.officeNoAnswer, 'error'), OFFICE_ANSWER_MS);
  void office.onReady((info) => {
    clearTimeout(timer);
    if (info.host !== office.HostType.Excel) {
      showOnly(addinMessages.notInExcel);
      return;
    }
    const reach = detectReach((name, version) => office.context.requirements.isSetSupported(name, version));
    const run: XlRun = (batch) => Excel.run((ctx) => batch(ctx));
    mountTaskPane(document.getElementById('app')!, {
      ops: createOps(run, reach.supports),
      books: builtinBooks,
      today: todayIso(),
      storeBook: storeSelectedBook,
      reach,
    });
  });
}

start();

/// <reference types="office-js" />
/** Entry of taskpane.js: waits for Office, checks the host and API level, mounts the task pane. */
import { builtinBooks } from '@dutoan/core';
import { storeSelectedBook } from '../functions/book-store.ts';
import { addinMessages } from '../messages.ts';
import type { XlRun } from '../office/excel-api.ts';
import { createOps } from '../office/operations.ts';
import { mountTaskPane } from './app.ts';

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function showOnly(text: string): void {
  const app = document.getElementById('app')!;
  app.removeAttribute('aria-busy');
  app.textContent = '';
  const p = document.createElement('p');
  p.id = 'boot';
  p.className = 'card';
  p.textContent = text;
  app.append(p);
}

void Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel) {
    showOnly(addinMessages.notInExcel);
    return;
  }
  if (!Office.context.requirements.isSetSupported('ExcelApi', '1.9')) {
    showOnly(addinMessages.apiTooOld);
    return;
  }
  const run: XlRun = (batch) => Excel.run((ctx) => batch(ctx));
  mountTaskPane(document.getElementById('app')!, { ops: createOps(run), books: builtinBooks, today: todayIso(), storeBook: storeSelectedBook });
});

// Benchmark (issue 15: the web page): 200 submissions dropped at once on the built page in Chromium headless
// (Debian's chromium through playwright-core) and audited in its Web Worker — from the drop to the last row of the
// table, on the page's own clock. Goal: ≤ 15 s on the 2-core machine. Side by side in the same run: the same 200 files audited in this Node
// process (auditWorkbook + summarizeSubmission, what `dutoan audit` runs per file), and the ratio page / Node.
// The files are the tampered corpus and its three untouched workbooks (33 distinct), named du-toan-001 … 200.
// Prints figures; asserts nothing.
import { summarizeSubmission } from '@dutoan/core';
import { auditWorkbook } from '@dutoan/xlsx';
import { performance } from 'node:perf_hooks';
import { dropFiles, startWebHarness } from '../packages/web/test/harness.ts';
import { baselineWorkbooks, makeTamperedCorpus, sampleBook } from '../scripts/make-tampered-corpus.ts';
import type { BenchRow } from './compute.bench.ts';

const FILES = 200;
const GOAL_S = 15;

export async function benchWeb(): Promise<BenchRow[]> {
  const distinct = [...(await makeTamperedCorpus()).map((c) => c.bytes), ...Object.values(await baselineWorkbooks())];
  const files = Array.from({ length: FILES }, (_, i) => ({ name: `du-toan-${String(i + 1).padStart(3, '0')}.xlsx`, bytes: distinct[i % distinct.length]! }));

  // Node, in this process: the same files one after another.
  let t = performance.now();
  for (const f of files) {
    const a = await auditWorkbook(f.bytes, sampleBook, { name: f.name });
    summarizeSubmission(a.submission, a.findings, sampleBook);
  }
  const nodeS = (performance.now() - t) / 1000;

  const h = await startWebHarness();
  try {
    const { page, blocked } = await h.open('served');
    await page.selectOption('#audit-book', 'mau-2026');
    // The page's own clock: from the drop event to the moment the progress box says the last file is done
    // (a MutationObserver notes it), so handing the bytes to the browser does not count.
    await page.evaluate(() => {
      const box = document.querySelector<HTMLElement>('#audit-progress-box')!;
      const w = window as unknown as { __doneAt?: number };
      new MutationObserver(() => {
        if (box.dataset.done === 'true' && w.__doneAt === undefined) w.__doneAt = performance.now();
      }).observe(box, { attributes: true, attributeFilter: ['data-done'] });
    });
    const dropAt = await dropFiles(page, '#audit-drop', files);
    const doneAt = await page.waitForFunction(
      (n) => {
        const at = (window as unknown as { __doneAt?: number }).__doneAt;
        return at !== undefined && document.querySelectorAll('#audit-table tbody tr').length === n ? at : false;
      },
      FILES,
      { timeout: 600_000, polling: 50 },
    );
    const pageS = ((await doneAt.jsonValue()) as number - dropAt) / 1000;
    const rows = await page.$$eval('#audit-table tbody tr.done', (r) => r.length);
    if (rows !== FILES || blocked.length) throw new Error(`${rows}/${FILES} tệp được thẩm tra; ${blocked.length} yêu cầu mạng bị chặn`);
    return [
      { name: `${FILES} files audited in the page, drop → table (s)`, value: pageS, unit: 's', goal: `≤ ${GOAL_S}`, ok: pageS <= GOAL_S },
      { name: `${FILES} files audited in Node, same run (s)`, value: nodeS, unit: 's', goal: '—', ok: true },
      { name: 'page / Node, same files', value: pageS / nodeS, unit: '×', goal: '—', ok: true },
    ];
  } finally {
    await h.close();
  }
}

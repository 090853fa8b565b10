// The web page's other tabs and its accessibility, in Debian's Chromium (served page):
// - Bằng chữ: number → words as DOMAIN.md §4 writes them, every accepted spelling listed; words → number, also
//   typed without diacritics (with the note) and in a non-standard form (with the reader's notes);
// - Kế hoạch: the README's `dutoan plan` example gives, line by line, what the README prints (and the CLI now);
// - accessibility: every control has a label, every button a name, the tabs work with the arrow keys, focus is
//   visible (an outline of at least 2 px) on every element Tab reaches, and every visible text meets WCAG AA
//   contrast against its background (4.5:1; 3:1 for large text);
// - screenshots of each tab, with content, for the README (docs/img/web-*.png).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseFile, chromiumAvailable, dropFiles, startWebHarness, type OpenedPage, type WebHarness } from '../packages/web/test/harness.ts';
import { makeTamperedCorpus } from '../scripts/make-tampered-corpus.ts';
import { dutoan } from './book-support.ts';

const inCI = process.env.CI === 'true';
const ready = chromiumAvailable();
const root = new URL('..', import.meta.url).pathname;
const imgDir = join(root, 'docs/img');

/** The README's plan example and the lines it prints (README.md, "Kế hoạch nhân lực"). */
const readmePlan = [
  'Ngày làm việc từ 15/04/2026 đến 30/06/2026: 55 ngày thứ Hai – thứ Sáu, trừ 2 ngày nghỉ (30/04/2026, 01/05/2026) = 53 ngày.',
  'Số hóa: 3.201.277 trang A4 ÷ 1.200 trang A4/người/ngày (năng suất do đơn vị đo, người dùng nhập) = 2.667,73 ngày công.',
  'Cần 2.667,73 ngày công; có 40 người × 53 ngày = 2.120 ngày công.',
  'Số người tối thiểu để xong trước 30/06/2026: 2.667,73 ÷ 53 ngày, làm tròn lên = 51 người.',
  'Với 40 người: 2.667,73 ÷ 40, làm tròn lên = 67 ngày làm việc, xong ngày 20/07/2026.',
  'Kết luận: KHÔNG KỊP hạn 30/06/2026 — thiếu 547,73 ngày công (cần thêm ít nhất 11 người).',
];

/** Visible texts whose contrast with their background is below WCAG AA (4.5:1; 3:1 for large text). Runs in the page. */
function lowContrastTexts(): string[] {
  const rgba = (c: string) => {
    const m = /rgba?\(([^)]+)\)/.exec(c);
    if (!m) return [0, 0, 0, 0];
    const [r, g, b, a] = m[1]!.split(',').map((x) => parseFloat(x));
    return [r!, g!, b!, a ?? 1];
  };
  const lum = ([r, g, b]: number[]) => {
    const ch = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!);
  };
  const background = (el: Element): number[] => {
    let bg = [255, 255, 255];
    const stack: number[][] = [];
    for (let e: Element | null = el; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c[3]! > 0) stack.push(c);
      if (c[3] === 1) break;
    }
    for (const c of stack.reverse()) bg = bg.map((v, i) => v * (1 - c[3]!) + c[i]! * c[3]!);
    return bg;
  };
  const out: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || seen.has(el) || !n.textContent?.trim()) continue;
    seen.add(el);
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    if (r.width === 0 || r.height === 0 || s.visibility === 'hidden' || el.closest('[hidden], .visually-hidden, option, script, style, noscript')) continue;
    if (el.closest('button:disabled')) continue; // inactive controls are exempt (WCAG 1.4.3)
    const fg = rgba(s.color);
    const bg = background(el);
    const mixed = bg.map((v, i) => v * (1 - fg[3]!) + fg[i]! * fg[3]!);
    const [l1, l2] = [lum(mixed), lum(bg)].sort((a, b) => b - a);
    const ratio = (l1! + 0.05) / (l2! + 0.05);
    const size = parseFloat(s.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) out.push(`${el.tagName.toLowerCase()}.${el.className} "${n.textContent.trim().slice(0, 40)}" ${ratio.toFixed(2)}:1`);
  }
  return out;
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(imgDir, { recursive: true });
  // Nothing wider than the window (no sideways scrolling of the page itself).
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), name).toBeLessThanOrEqual(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(imgDir, `web-${name}.png`), fullPage: true });
}

describe.skipIf(!ready && !inCI)('the web page: words, plan, accessibility, screenshots', () => {
  let harness: WebHarness;
  let p: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    expect(ready, 'Chromium is missing at /usr/bin/chromium (Debian package chromium; .ci/run installs it)').toBe(true);
    harness = await startWebHarness();
    p = await harness.open('served', { width: 1280, height: 900 });
    page = p.page;
  }, 300_000);
  afterAll(async () => {
    expect(p?.errors ?? [], 'console or page errors').toEqual([]);
    expect(p?.blocked ?? [], 'requests that tried to leave the page').toEqual([]);
    await harness?.close();
  });

  it('Bằng chữ: number → words (DOMAIN.md §4) with every accepted spelling; words → number with the reader’s notes', async () => {
    await page.click('#tab-words');
    const words = async (n: string) => {
      await page.fill('#words-amount', n);
      return page.textContent('#words-result');
    };
    expect(await words('1.050.000')).toBe('Một triệu không trăm năm mươi nghìn đồng chẵn');
    expect(await words('1000500')).toBe('Một triệu năm trăm đồng');
    expect(await words('105')).toBe('Một trăm linh năm đồng');
    expect(await words('0')).toBe('Không đồng');
    expect(await words('24')).toBe('Hai mươi tư đồng');
    await page.selectOption('#words-zeroTens', 'lẻ');
    expect(await words('105')).toBe('Một trăm lẻ năm đồng');
    await page.selectOption('#words-zeroTens', 'linh');
    await page.check('#words-terminator');
    expect(await words('1.050.000')).toBe('Một triệu không trăm năm mươi nghìn đồng chẵn./.');
    await page.uncheck('#words-terminator');
    // 1.074.105: ngàn/nghìn × linh/lẻ × tư/bốn × bảy/bẩy, each once.
    await words('1.074.105');
    const variants = await page.$$eval('#words-variants li', (l) => l.map((x) => x.textContent));
    expect(variants).toHaveLength(16);
    expect(variants).toContain('Một triệu không trăm bảy mươi tư nghìn một trăm linh năm đồng');
    expect(variants).toContain('Một triệu không trăm bẩy mươi bốn ngàn một trăm lẻ năm đồng');
    await page.fill('#words-amount', '1,5');
    await page.waitForSelector('#words-status.error');

    const read = async (t: string) => {
      await page.fill('#words-text', t);
      return page.textContent('#words-parsed');
    };
    expect(await read('Bằng chữ: Một triệu không trăm năm mươi nghìn đồng chẵn./.')).toContain('Đọc được: 1.050.000 đồng (1050000)');
    const unaccented = await read('Mot trieu khong tram nam muoi nghin dong chan');
    expect(unaccented).toContain('1.050.000');
    expect(await page.textContent('#words-note')).toContain('Một triệu không trăm năm mươi nghìn đồng chẵn');
    expect(await read('Một trăm lẻ lăm đồng')).toContain('Đọc được: 105 đồng');
    expect(await page.textContent('#words-notes')).toContain('Một trăm lẻ năm đồng');
    expect(await read('năm hào')).not.toContain('Đọc được');
    await read('Bằng chữ: Hai trăm năm mươi tư triệu bốn trăm năm mươi mốt nghìn đồng chẵn');
    await words('254.451.000');
    await shot(page, 'bang-chu');
  });

  it('Kế hoạch: the README’s example, line by line as the README and `dutoan plan` print it', async () => {
    await page.click('#tab-plan');
    await page.fill('#plan-from', '2026-04-15');
    await page.fill('#plan-deadline', '2026-06-30');
    await page.fill('#plan-staff', '40');
    await page.fill('#plan-hours', '8');
    for (const d of ['2026-04-30', '2026-05-01']) {
      await page.fill('#plan-holiday', d);
      await page.click('#plan-add-holiday');
    }
    await page.fill('#plan-pages', '3.201.277');
    await page.fill('#plan-pages-per-day', '1.200');
    await page.click('#plan-run');
    const lines = await page.$$eval('#plan-lines li', (l) => l.map((x) => x.textContent));
    expect(lines).toEqual(readmePlan);
    const cli = await dutoan(['plan', '--from', '2026-04-15', '--deadline', '2026-06-30', '--staff', '40', '--hours', '8', '--holidays', '2026-04-30,2026-05-01', '--pages', '3.201.277', '--pages-per-day', '1.200']);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout.trim().split('\n').slice(1)).toEqual(lines);
    await shot(page, 'ke-hoach');
    // A volume without its throughput is told, in Vietnamese, at the field.
    await page.fill('#plan-pages-per-day', '');
    await page.click('#plan-run');
    expect(await page.textContent('#plan-status')).toContain('Năng suất số hóa');
    await page.fill('#plan-pages-per-day', '1.200');
    await page.click('#plan-run');
  });

  it('every control has a label and every button a name; the tabs follow the arrow keys', async () => {
    const unlabeled = await page.$$eval('input, select, textarea', (els) =>
      els
        .filter((e) => {
          const id = e.id;
          const byFor = id && document.querySelector(`label[for="${CSS.escape(id)}"]`)?.textContent?.trim();
          return !(byFor || e.getAttribute('aria-label')?.trim() || e.getAttribute('aria-labelledby') || e.closest('label'));
        })
        .map((e) => e.outerHTML.slice(0, 120)),
    );
    expect(unlabeled).toEqual([]);
    const nameless = await page.$$eval('button', (els) => els.filter((b) => !(b.textContent?.trim() || b.getAttribute('aria-label')?.trim())).map((b) => b.outerHTML.slice(0, 120)));
    expect(nameless).toEqual([]);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');

    await page.focus('#tab-audit');
    await page.click('#tab-audit');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-estimate');
    expect(await page.getAttribute('#tab-estimate', 'aria-selected')).toBe('true');
    expect(await page.isVisible('#panel-estimate')).toBe(true);
    expect(await page.isVisible('#panel-audit')).toBe(false);
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-progress');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-audit');
  });

  it('focus is visible on every element Tab reaches, in every tab', async () => {
    const noOutline: string[] = [];
    for (const tab of ['audit', 'estimate', 'book', 'words', 'plan']) {
      await page.click(`#tab-${tab}`);
      await page.focus(`#tab-${tab}`);
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(() => {
          const a = document.activeElement as HTMLElement | null;
          if (!a || a === document.body) return null;
          const s = getComputedStyle(a);
          return { what: `${a.tagName.toLowerCase()}#${a.id}${a.className ? '.' + a.className : ''}`, style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
        });
        if (f && (f.style === 'none' || f.width < 2)) noOutline.push(`${tab}: ${f.what} (${f.style} ${f.width}px)`);
      }
    }
    expect(noOutline).toEqual([]);
  });

  it('every visible text meets WCAG AA contrast against its background, in every tab', async () => {
    // The check itself: a pale grey line planted in the page must be caught.
    await page.click('#tab-audit');
    await page.evaluate(() => {
      const low = document.createElement('p');
      low.id = 'contrast-probe';
      low.textContent = 'dòng thử độ tương phản';
      low.style.color = '#b4b4b4';
      document.getElementById('panel-audit')!.prepend(low);
    });
    expect((await page.evaluate(lowContrastTexts)).some((x) => x.includes('dòng thử độ tương phản'))).toBe(true);
    await page.evaluate(() => document.getElementById('contrast-probe')!.remove());

    const failures: string[] = [];
    for (const tab of ['audit', 'estimate', 'book', 'words', 'plan']) {
      await page.click(`#tab-${tab}`);
      failures.push(...(await page.evaluate(lowContrastTexts)).map((x) => `${tab}: ${x}`));
    }
    expect(failures).toEqual([]);
  });

  it('screenshots of the audit, estimate and price-book tabs with their content (docs/img/web-*.png)', async () => {
    const cases = await makeTamperedCorpus();
    await page.click('#tab-audit');
    const some = cases.filter((c) => /0[1-9]-|1[0-2]-/.test(c.name)).map((c) => ({ name: `${c.name}.xlsx`, bytes: c.bytes }));
    await dropFiles(page, '#audit-drop', some);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#audit-progress-box')?.dataset.done === 'true', null, { timeout: 120_000 });
    const c = cases.find((x) => x.name.includes('arithmetic'))!;
    await page.click(`#audit-table button[data-file="${c.name}.xlsx"]`);
    await page.waitForSelector(`#audit-preview-grid td.mark[data-cell="${c.expected[0]!.cell}"]`);
    await page.click(`#audit-findings tr[data-code="${c.expected[0]!.code}"] button.cell-link`);
    await shot(page, 'tham-tra');

    await page.click('#tab-estimate');
    await chooseFile(page, '#est-json-file', { name: 'xa-bao-ha.json', bytes: new Uint8Array(readFileSync(join(root, 'examples/xa-bao-ha.json'))), type: 'application/json' });
    await page.waitForSelector('#est-totals [data-total="total"]');
    await shot(page, 'lap-du-toan');

    await page.click('#tab-book');
    await chooseFile(page, '#book-sheet-file', { name: 'mau-da-dien.xlsx', bytes: new Uint8Array(readFileSync(join(root, 'test/fixtures/price-sheet/mau-da-dien.xlsx'))) });
    await page.waitForSelector('#book-save');
    await shot(page, 'bang-don-gia');
  });
});

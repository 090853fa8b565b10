/**
 * The web page (trang web): the whole product in a browser, offline — Thẩm tra, Lập dự toán, Bảng đơn giá,
 * Bằng chữ, Kế hoạch, Tiến độ — as accessible tabs (arrow keys move between them). Heavy work runs in the Web Worker;
 * the page itself only shows what @dutoan/core computes.
 */
import { BookStore } from './books.ts';
import { el } from './dom.ts';
import { webText } from './text.ts';
import { auditTab } from './tabs/audit-tab.ts';
import { bookTab } from './tabs/book-tab.ts';
import { estimateTab } from './tabs/estimate-tab.ts';
import { planTab } from './tabs/plan-tab.ts';
import { progressTab } from './tabs/progress-tab.ts';
import { wordsTab } from './tabs/words-tab.ts';
import { createWorkerClient } from './worker/client.ts';

type TabId = keyof typeof webText.tabs;

function mount(app: HTMLElement): void {
  const store = new BookStore();
  const worker = createWorkerClient(webText.workerFailed);
  const tabs: Array<[TabId, (panel: HTMLElement) => void]> = [
    ['audit', (p) => auditTab(p, { store, worker })],
    ['estimate', (p) => estimateTab(p, { store, worker })],
    ['book', (p) => bookTab(p, { store, worker })],
    ['words', (p) => wordsTab(p)],
    ['plan', (p) => planTab(p)],
    ['progress', (p) => progressTab(p, { worker })],
  ];
  const list = el('div', { role: 'tablist', 'aria-label': webText.tabsLabel, class: 'tabs' });
  const buttons: HTMLButtonElement[] = [];
  const panels: HTMLElement[] = [];
  const choose = (i: number, focus: boolean) => {
    buttons.forEach((b, j) => {
      b.setAttribute('aria-selected', String(i === j));
      b.tabIndex = i === j ? 0 : -1;
      panels[j]!.hidden = i !== j;
    });
    if (focus) buttons[i]!.focus();
    history.replaceState(null, '', `#${tabs[i]![0]}`);
  };
  tabs.forEach(([id, build], i) => {
    const b = el('button', { type: 'button', role: 'tab', id: `tab-${id}`, 'aria-controls': `panel-${id}`, 'aria-selected': 'false', tabindex: '-1' }, webText.tabs[id]);
    b.addEventListener('click', () => choose(i, false));
    b.addEventListener('keydown', (e) => {
      const k = (e as KeyboardEvent).key;
      const n = k === 'ArrowRight' ? i + 1 : k === 'ArrowLeft' ? i - 1 : k === 'Home' ? 0 : k === 'End' ? tabs.length - 1 : null;
      if (n === null) return;
      e.preventDefault();
      choose((n + tabs.length) % tabs.length, true);
    });
    const panel = el('section', { role: 'tabpanel', id: `panel-${id}`, 'aria-labelledby': `tab-${id}`, tabindex: '0', class: 'panel', hidden: true });
    build(panel);
    buttons.push(b);
    panels.push(panel);
    list.append(b);
  });
  app.replaceChildren(list, ...panels);
  const start = Math.max(0, tabs.findIndex(([id]) => `#${id}` === location.hash));
  choose(start, false);
  app.removeAttribute('aria-busy');
  document.documentElement.dataset.ready = 'true';
  // The workers load their code in the background while the user looks at the page.
  setTimeout(() => worker.warm(), 0);
}

mount(document.getElementById('app')!);

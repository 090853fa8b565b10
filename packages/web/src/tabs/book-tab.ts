/**
 * Bảng đơn giá: show a book (status, decision, effective dates, certification, completeness, hash — and for a
 * book file, whether the hash stamped in it still matches) with its items; write the empty price sheet of a
 * book (`dutoan book template`); read a filled one, every cell checked (`dutoan book import`), into a book file;
 * compare two books (`dutoan book diff`).
 */
import { bookCompleteness, bookDiffLines, bookStatusShort, bookTitle, formatMoney, sourceStatusLabels, unitLabel, viDate } from '@dutoan/core';
import { bookChooser, bookOptionLabel, type BookEntry, type BookStore } from '../books.ts';
import { el, replace } from '../dom.ts';
import { download, fileBytes, XLSX_TYPE } from '../files/download.ts';
import { statusBox } from '../status.ts';
import { webText } from '../text.ts';
import { WorkerFailure, type WorkerClient } from '../worker/client.ts';

const T = webText.book;

function bookDetails(e: BookEntry): HTMLElement {
  const b = e.book;
  const I = T.info;
  const c = bookCompleteness(b);
  const rows: Array<[string, string | Node]> = [
    [I.id, b.id],
    [I.title, bookTitle(b)],
    [I.status, bookStatusShort[b.status] ?? b.status],
    [I.decision, b.decision ? `${b.decision.number} ngày ${viDate(b.decision.date)}${b.decision.title ? ` — ${b.decision.title}` : ''}` : T.noDecision],
    [I.effective, T.effective(viDate(b.effective.from), b.effective.to ? viDate(b.effective.to) : null)],
    [I.certification, b.certification ? T.certified(b.certification.by, b.certification.position, b.certification.organisation, viDate(b.certification.date)) : T.notCertified],
    [I.completeness, c.complete ? T.complete(c.total) : T.incomplete(c.priced, c.total, c.missing.map((m) => m.code).join(', '))],
    [I.hash, el('code', { id: 'book-hash' }, e.hash)],
  ];
  if (e.origin.kind === 'file') {
    const s = e.origin.stamped;
    rows.push([I.stamp, el('span', { id: 'book-stamp', class: s === null ? 'muted' : s === e.hash ? 'ok-text' : 'bad' }, s === null ? T.stampNone : s === e.hash ? T.stampOk : T.stampBad(s))]);
  }
  const C = T.itemColumns;
  return el(
    'div',
    { id: 'book-details' },
    el('dl', { class: 'facts' }, ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
    b.note ? el('p', { class: 'hint' }, b.note) : null,
    el(
      'div',
      { class: 'table-scroll' },
      el(
        'table',
        { id: 'book-items', class: 'data' },
        el('caption', {}, T.itemsCaption(b.items.length)),
        el('thead', {}, el('tr', {}, ...[C.code, C.name, C.unit, C.price, C.source, C.status].map((h, i) => el('th', { scope: 'col', class: i === 3 ? 'num' : undefined }, h)))),
        el(
          'tbody',
          {},
          ...b.items.map((it) =>
            el(
              'tr',
              { 'data-item': it.code, class: it.price === null ? 'missing' : undefined },
              el('th', { scope: 'row' }, el('code', {}, it.code)),
              el('td', {}, it.variant ? `${it.name} (${it.variant})` : it.name),
              el('td', {}, unitLabel(it.unit)),
              el('td', { class: 'num' }, it.price === null ? el('span', { class: 'bad' }, webText.estimate.noPrice) : formatMoney(it.price)),
              el('td', {}, `${it.provenance.doc}, ${it.provenance.where}`),
              el('td', {}, sourceStatusLabels[it.provenance.status]),
            ),
          ),
        ),
      ),
    ),
  );
}

export function bookTab(root: HTMLElement, deps: { store: BookStore; worker: WorkerClient }): void {
  const status = statusBox('book-status');
  const chooser = bookChooser(deps.store, 'book-show', webText.books.label, { onError: (e) => status.fail(e) });
  const details = el('div', { id: 'book-view' });
  const template = el('button', { type: 'button', id: 'book-template', class: 'secondary' }, T.template);
  const sheetInput = el('input', { id: 'book-sheet-file', type: 'file', accept: '.xlsx', class: 'visually-hidden', tabindex: '-1', 'aria-label': T.openSheet });
  const openSheet = el('button', { type: 'button', id: 'book-open-sheet', class: 'primary' }, T.openSheet);
  const partial = el('input', { id: 'book-partial', type: 'checkbox' });
  const result = el('div', { id: 'book-import-result' });
  const importStatus = statusBox('book-import-status');
  // Two versions of a book side by side: the lines `dutoan book diff OLD NEW` prints (core's bookDiffLines).
  const diffStatus = statusBox('book-diff-status');
  const oldBook = bookChooser(deps.store, 'book-diff-old', T.diffOld, { onError: (e) => diffStatus.fail(e) });
  const newBook = bookChooser(deps.store, 'book-diff-new', T.diffNew, { onError: (e) => diffStatus.fail(e) });
  const diffRun = el('button', { type: 'button', id: 'book-diff-run', class: 'primary' }, T.diffRun);
  const diffOut = el('div', { id: 'book-diff-result', 'aria-live': 'polite' });
  diffRun.addEventListener('click', () => {
    const a = oldBook.value();
    const b = newBook.value();
    if (!a || !b) return;
    const { lines } = bookDiffLines(a.book, b.book, { old: bookOptionLabel(a), new: bookOptionLabel(b) });
    replace(diffOut, el('ul', { class: 'diff' }, ...lines.map((l) => el('li', {}, l))));
  });

  root.append(
    el('h2', {}, T.heading),
    el('p', { class: 'intro' }, T.intro),
    el('section', { class: 'card', 'aria-labelledby': 'book-show-title' }, el('h3', { id: 'book-show-title' }, T.showTitle), chooser.root, status.root, details),
    el(
      'section',
      { class: 'card', 'aria-labelledby': 'book-import-title' },
      el('h3', { id: 'book-import-title' }, T.importTitle),
      el('ol', { class: 'steps' }, ...T.steps.map((s) => el('li', {}, s))),
      el('div', { class: 'row wrap' }, template, openSheet, sheetInput, el('div', { class: 'check' }, partial, el('label', { for: partial.id }, T.partial))),
      importStatus.root,
      result,
    ),
    el(
      'section',
      { class: 'card', 'aria-labelledby': 'book-diff-title' },
      el('h3', { id: 'book-diff-title' }, T.diffTitle),
      el('p', { class: 'hint' }, T.diffIntro),
      el('div', { class: 'row wrap' }, oldBook.root, newBook.root),
      el('div', { class: 'row' }, diffRun),
      diffStatus.root,
      diffOut,
    ),
  );

  const show = () => {
    const e = chooser.value();
    replace(details, e ? bookDetails(e) : null);
  };
  chooser.onChange(show);
  show();

  template.addEventListener('click', async () => {
    const e = chooser.value();
    if (!e) return;
    template.disabled = true;
    try {
      const bytes = await deps.worker.call('priceSheetTemplate', { book: e.book });
      const name = T.templateName(e.book.id);
      download(name, bytes, XLSX_TYPE);
      importStatus.show('ok', webText.downloaded(name));
    } catch (err) {
      importStatus.fail(err as Error);
    } finally {
      template.disabled = false;
    }
  });

  openSheet.addEventListener('click', () => sheetInput.click());
  sheetInput.addEventListener('change', async () => {
    const f = sheetInput.files?.[0];
    sheetInput.value = '';
    if (!f) return;
    replace(result);
    importStatus.show('info', webText.working);
    try {
      const bytes = await fileBytes(f);
      const r = await deps.worker.call('readPriceSheet', { name: f.name, bytes, partial: partial.checked }, [bytes.buffer as ArrayBuffer]);
      const entry = deps.store.add(r.book, { kind: 'sheet', name: f.name }, r.hash);
      chooser.choose(entry.key);
      importStatus.show('ok', T.sheetOk(r.book.items.length, bookStatusShort[r.book.status] ?? r.book.status), [webText.books.hash(r.hash)]);
      const save = el('button', { type: 'button', id: 'book-save', class: 'primary' }, T.saveBook);
      save.addEventListener('click', () => {
        const name = T.bookFileName(r.book.id);
        download(name, r.json, 'application/json');
        importStatus.show('ok', webText.downloaded(name), [webText.books.hash(r.hash)]);
      });
      replace(result, el('div', { class: 'row' }, save));
    } catch (e) {
      importStatus.fail(e instanceof WorkerFailure ? e : new WorkerFailure({ code: 'FILE_UNREADABLE', message: webText.fileUnreadable(f.name), issues: [] }));
    }
  });
}

/**
 * The price books the page knows (bảng đơn giá): the built-in ones, and those the user opened (a .json book
 * file) or imported (a filled price sheet), shared by every tab. A chooser is a labelled <select> over them that
 * follows the store.
 */
import {
  bookCompleteness,
  bookHash,
  bookStatusShort,
  bookTitle,
  builtinBooks,
  loadPriceBook,
  readBookFile,
  sampleMark,
  type PriceBook,
} from '@dutoan/core';
import { el, field, replace } from './dom.ts';
import { webText } from './text.ts';
import { WorkerFailure } from './worker/client.ts';

const T = webText.books;

export interface BookEntry {
  key: string;
  book: PriceBook;
  hash: string;
  /** Where it came from: built in, a book file (with the hash stamped in it, if any), an imported price sheet. */
  origin: { kind: 'builtin' } | { kind: 'file'; name: string; stamped: string | null } | { kind: 'sheet'; name: string };
}

export class BookStore {
  private readonly list: BookEntry[] = [];
  private readonly listeners: Array<() => void> = [];

  constructor() {
    for (const id of Object.keys(builtinBooks)) {
      const book = loadPriceBook(builtinBooks[id]);
      this.list.push({ key: id, book, hash: bookHash(book), origin: { kind: 'builtin' } });
    }
  }

  entries(): readonly BookEntry[] {
    return this.list;
  }

  get(key: string): BookEntry | undefined {
    return this.list.find((e) => e.key === key);
  }

  /** Add a book; an entry with the same id and hash is replaced (opening one file twice adds it once). */
  add(book: PriceBook, origin: Exclude<BookEntry['origin'], { kind: 'builtin' }>, hash = bookHash(book)): BookEntry {
    const same = this.list.findIndex((e) => e.origin.kind !== 'builtin' && e.book.id === book.id && e.hash === hash);
    let key = `${origin.kind}:${book.id}`;
    for (let i = 2; this.list.some((e, j) => e.key === key && j !== same); i++) key = `${origin.kind}:${book.id}#${i}`;
    const entry: BookEntry = { key, book, hash, origin };
    if (same >= 0) this.list[same] = entry;
    else this.list.push(entry);
    for (const f of this.listeners) f();
    return entry;
  }

  /** Read a .json book file the user opened; throws a WorkerFailure-shaped error with the Vietnamese problems. */
  addFile(name: string, text: string): BookEntry {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new WorkerFailure({ code: 'JSON_INVALID', message: webText.jsonUnreadable(name), issues: [] });
    }
    try {
      const f = readBookFile(raw);
      return this.add(f.book, { kind: 'file', name, stamped: f.stamped }, f.hash);
    } catch (e) {
      const err = e as { code?: string; message: string; issues?: Array<{ path: string; message: string }> };
      throw new WorkerFailure({ code: err.code ?? 'BOOK_INVALID', message: `${T.bad(name)}\n${err.message}`, issues: [] });
    }
  }

  onChange(f: () => void): void {
    this.listeners.push(f);
  }
}

/** The chooser's text for a book: its title, MẪU for a sample, "chưa xác nhận" for an uncertified user book, where it came from. */
export function bookOptionLabel(e: BookEntry): string {
  const marks: string[] = [];
  if (e.book.status === 'sample') marks.push(sampleMark);
  if (e.origin.kind === 'file') marks.push(T.fromFile(e.origin.name));
  if (e.origin.kind === 'sheet') marks.push(T.fromSheet(e.origin.name));
  return `${bookTitle(e.book)} (${e.book.id})${marks.length ? ` [${marks.join('; ')}]` : ''}`;
}

/** One line about the chosen book: status, completeness, hash; the MẪU warning for a sample. */
export function bookSummary(e: BookEntry): HTMLElement {
  const c = bookCompleteness(e.book);
  return el(
    'p',
    { class: 'bookinfo' },
    e.book.status === 'sample' ? el('span', { class: 'badge sample' }, T.sample) : null,
    `${T.status(bookStatusShort[e.book.status] ?? e.book.status)} · ${T.completeness(c.priced, c.total)} · `,
    el('code', {}, T.hash(e.hash)),
  );
}

export interface BookChooser {
  root: HTMLElement;
  /** The chosen entry, or null for "no book" when allowed. */
  value(): BookEntry | null;
  choose(key: string): void;
  onChange(f: (e: BookEntry | null) => void): void;
}

/**
 * A labelled book chooser with its summary line and an "open a book file" button. `allowNone` adds the choice of
 * auditing without a reference book. `initial` picks the starting book (default: the first priced one).
 */
export function bookChooser(store: BookStore, id: string, label: string, opts: { allowNone?: boolean; initial?: string; onError(e: WorkerFailure): void }): BookChooser {
  const sel = el('select', { id });
  const info = el('div', { id: `${id}-info`, 'aria-live': 'polite' });
  const file = el('input', { id: `${id}-file`, type: 'file', accept: '.json,application/json', class: 'visually-hidden', tabindex: '-1', 'aria-label': T.open });
  const open = el('button', { type: 'button', id: `${id}-open`, class: 'secondary' }, T.open);
  const listeners: Array<(e: BookEntry | null) => void> = [];

  const current = (): BookEntry | null => (sel.value === '' ? null : store.get(sel.value) ?? null);
  const renderInfo = () => {
    const e = current();
    replace(info, e ? bookSummary(e) : null);
  };
  const fill = () => {
    const keep = sel.value;
    replace(sel, opts.allowNone ? el('option', { value: '' }, T.none) : null, ...store.entries().map((e) => el('option', { value: e.key }, bookOptionLabel(e))));
    if (keep && store.get(keep)) sel.value = keep;
  };
  fill();
  const first = opts.initial ?? store.entries().find((e) => e.book.items.some((i) => i.price !== null))?.key;
  if (first) sel.value = first;
  renderInfo();
  store.onChange(() => {
    fill();
    renderInfo();
  });
  sel.addEventListener('change', () => {
    renderInfo();
    for (const f of listeners) f(current());
  });
  open.addEventListener('click', () => file.click());
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    file.value = '';
    if (!f) return;
    try {
      const entry = store.addFile(f.name, await f.text());
      sel.value = entry.key;
      renderInfo();
      for (const l of listeners) l(entry);
    } catch (e) {
      opts.onError(e instanceof WorkerFailure ? e : new WorkerFailure({ code: 'FILE_UNREADABLE', message: webText.fileUnreadable(f.name), issues: [] }));
    }
  });

  const root = el('div', { class: 'book-chooser' }, el('div', { class: 'row' }, el('div', { class: 'grow' }, field(label, sel)), open, file), info);
  return {
    root,
    value: current,
    choose(key) {
      sel.value = key;
      renderInfo();
      for (const f of listeners) f(current());
    },
    onChange(f) {
      listeners.push(f);
    },
  };
}

/**
 * The task pane: a form for the estimate input, three actions (Lập dự toán, Kiểm tra, Ghi bằng chữ) and the
 * findings list. Everything numeric is core's (computeEstimate, audit, words); Excel work goes through
 * AddinOps (office/operations.ts).
 */
import { isDutoanError } from '@dutoan/core/errors';
import { formatMoney, formatQuantity } from '@dutoan/core/money';
import { sectionTitles, unitLabel } from '@dutoan/core/locale';
import {
  computeEstimate,
  type EstimateInputJson,
  type PriceBook,
  type PriceBookInput,
  type SectionId,
} from '@dutoan/core/estimate';
import { bookHash, bookTitle, loadPriceBook } from '@dutoan/core/book';
import { countFindings, type Finding } from '@dutoan/core/audit';
import { addinMessages } from '../messages.ts';
import type { AddinOps } from '../office/operations.ts';
import type { OperationName } from '../office/requirements.ts';
import { clear, h } from './dom.ts';
import type { Reach } from './reach.ts';
import { reachNotice } from './reach-notice.ts';
import {
  AGENCY_KINDS,
  coefficientChoices,
  emptyForm,
  estimateToInput,
  FormImportError,
  formToInput,
  inputToForm,
  lineKey,
  reshapeForm,
  SECTION_IDS,
  setLineCoefficient,
  VAT_RATES,
  VOLUME_KEYS,
  type FormLine,
  type FormState,
} from './form.ts';

const t = addinMessages.ui;

export interface AppDeps {
  ops: AddinOps;
  books: Record<string, PriceBookInput>;
  /** ISO date used as the default "Ngày lập". */
  today: string;
  /** Shares the chosen book with the custom functions (DUTOAN.DONGIA). */
  storeBook?: (book: PriceBook) => Promise<void>;
  /** What the user's Excel can do (reach.ts); absent: everything. */
  reach?: Reach;
}

type StatusKind = 'info' | 'ok' | 'warn' | 'error';

export interface TaskPane {
  /** Current form (for tests and debugging). */
  state(): { form: FormState; bookId: string };
}

function defaultBookId(books: Record<string, PriceBook>): string {
  const ids = Object.keys(books);
  const complete = ids.find((id) => books[id]!.status === 'official' && books[id]!.items.every((i) => i.price !== null));
  return complete ?? ids.find((id) => books[id]!.items.some((i) => i.price !== null)) ?? ids[0]!;
}

export function mountTaskPane(root: HTMLElement, deps: AppDeps): TaskPane {
  const books: Record<string, PriceBook> = Object.fromEntries(Object.entries(deps.books).map(([id, b]) => [id, loadPriceBook(b)]));
  let bookId = defaultBookId(books);
  let book = books[bookId]!;
  let form = emptyForm(book, deps.today);
  let busy = false;

  clear(root);
  root.removeAttribute('aria-busy');

  // ---- actions (sticky)
  const btnFill = h('button', { id: 'btn-fill', class: 'primary', type: 'button' }, t.fill);
  const btnCheck = h('button', { id: 'btn-check', type: 'button' }, t.check);
  const btnWords = h('button', { id: 'btn-words', type: 'button' }, t.words);
  const status = h('div', { id: 'status', role: 'status', 'aria-live': 'polite' });
  const findingsList = h('ul', { id: 'findings', class: 'findings' });
  root.append(h('div', { class: 'actions' }, btnFill, btnCheck, btnWords), status, findingsList);
  const notice = deps.reach ? reachNotice(deps.reach) : null;
  if (notice) root.append(notice);

  // ---- 1. book
  const bookSelect = h('select', { id: 'book-select', 'aria-label': t.bookTitle });
  /** The chooser's label: the title with its completeness (no prices, n missing, not certified — from the data); MẪU stays MẪU. */
  const optionLabel = (b: PriceBook) => `${bookTitle(b)}${b.status === 'sample' ? t.optionSample : ''}`;
  for (const [id, b] of Object.entries(books)) bookSelect.append(h('option', { value: id }, optionLabel(b)));
  bookSelect.value = bookId;
  const bookInfo = h('div', { id: 'book-info', class: 'bookinfo' });
  const bookFile = h('input', { id: 'file-book', type: 'file', accept: '.json,application/json', class: 'sr-only' });
  const btnBook = h('button', { id: 'btn-open-book', type: 'button', class: 'link' }, t.openBook);
  const btnBookSheet = h('button', { id: 'btn-book-sheet', type: 'button', class: 'link' }, t.bookFromSheet);
  root.append(h('section', { class: 'card' }, h('div', { class: 'row' }, h('h2', { class: 'grow' }, t.bookTitle), btnBook, bookFile), h('div', { class: 'row' }, btnBookSheet), bookSelect, bookInfo));

  // ---- 2. header
  const btnReadSheet = h('button', { id: 'btn-read-sheet', type: 'button', class: 'link' }, t.readSheet);
  const headerCard = h('section', { class: 'card' }, h('div', { class: 'row' }, h('h2', { class: 'grow' }, t.headerTitle), btnReadSheet));
  const headerGrid = h('div', { class: 'grid2' });
  headerCard.append(headerGrid);
  root.append(headerCard);

  // ---- 3. volumes
  const linesBox = h('div', { id: 'lines' });
  const roundBox = h('input', { id: 'round-thousand', type: 'checkbox' });
  const surveyBox = h('div', { class: 'grid2' });
  const fileInput = h('input', { id: 'file-json', type: 'file', accept: '.json,application/json', class: 'sr-only' });
  const btnOpen = h('button', { id: 'btn-open-json', type: 'button', class: 'link' }, t.openJson);
  root.append(
    h('section', { class: 'card' },
      h('div', { class: 'row' }, h('h2', { class: 'grow' }, t.volumesTitle), btnOpen, fileInput),
      linesBox,
      h('label', { class: 'check' }, roundBox, t.roundThousand),
      h('details', {}, h('summary', {}, t.surveyTitle), surveyBox),
    ),
  );

  // buttons whose operation this Excel cannot run stay disabled (the notice above says why)
  const operationOf = new Map<HTMLButtonElement, OperationName>([
    [btnFill, 'fillEstimate'], [btnCheck, 'checkWorkbook'], [btnWords, 'writeWords'], [btnReadSheet, 'readEstimateSheet'], [btnBookSheet, 'readPriceSheet'],
  ]);
  const usable = (b: HTMLButtonElement) => deps.reach?.can(operationOf.get(b)!) ?? true;
  for (const b of operationOf.keys()) b.disabled = !usable(b);

  // ---------------------------------------------------------------- rendering
  function setStatus(kind: StatusKind, text: string, items: string[] = []): void {
    status.className = kind;
    clear(status);
    status.append(text);
    if (items.length) status.append(h('ul', {}, ...items.map((i) => h('li', {}, i))));
  }

  function renderBookInfo(): void {
    clear(bookInfo);
    const missing = book.items.filter((i) => i.price === null).length;
    if (book.status === 'sample') bookInfo.append(h('span', { class: 'badge sample' }, t.bookSample));
    else if (book.status === 'official' && book.decision) bookInfo.append(h('span', { class: 'badge official' }, t.bookOfficial(`${book.decision.number} ngày ${book.decision.date}`)));
    else if (book.status === 'user') bookInfo.append(h('span', { class: 'badge sample' }, book.certification ? t.bookUserCertified(`${book.certification.by}, ${book.certification.organisation}, ${book.certification.date}`) : t.bookUncertified));
    else bookInfo.append(h('span', { class: 'badge sample' }, t.bookDraft));
    if (missing) bookInfo.append(h('div', {}, t.bookMissing(missing)));
    bookInfo.append(h('div', {}, t.bookHash(bookHash(book))));
  }

  function textField(id: string, label: string, value: string, onInput: (v: string) => void, attrs: Record<string, string> = {}, span2 = false): HTMLElement {
    const input = h('input', { id, type: attrs.type ?? 'text', value, ...attrs, oninput: (e: Event) => onInput((e.target as HTMLInputElement).value) });
    return h('div', { class: span2 ? 'span2' : undefined }, h('label', { for: id }, label), input);
  }

  function renderHeader(): void {
    const f = t.fields;
    const hd = form.header;
    clear(headerGrid);
    const kind = h('select', { id: 'h-agencyKind', onchange: (e: Event) => { hd.agencyKind = (e.target as HTMLSelectElement).value as FormState['header']['agencyKind']; } });
    for (const k of AGENCY_KINDS) kind.append(h('option', { value: k }, t.agencyKinds[k]));
    kind.value = hd.agencyKind;
    headerGrid.append(
      textField('h-agency', f.agency, hd.agency, (v) => { hd.agency = v; }, { required: 'true' }, true),
      textField('h-parentBody', f.parentBody, hd.parentBody, (v) => { hd.parentBody = v; }, {}, true),
      h('div', {}, h('label', { for: 'h-agencyKind' }, f.agencyKind), kind),
      textField('h-documentNumber', f.documentNumber, hd.documentNumber, (v) => { hd.documentNumber = v; }),
      textField('h-place', f.place, hd.place, (v) => { hd.place = v; }),
      textField('h-date', f.date, hd.date, (v) => { hd.date = v; }, { type: 'date' }),
      textField('h-preparer', f.preparer, hd.preparer, (v) => { hd.preparer = v; }, {}, true),
      textField('h-accountant', f.accountant, hd.accountant, (v) => { hd.accountant = v; }, {}, true),
      textField('h-head', f.head, hd.head, (v) => { hd.head = v; }, {}, true),
    );
  }

  function renderLines(): void {
    clear(linesBox);
    const byKey = new Map(book.items.map((i) => [lineKey(i.code, i.variant), i]));
    for (const id of SECTION_IDS) {
      const s = form.sections[id];
      if (!s.lines.length) continue;
      const table = h('table', { class: 'lines' });
      for (const l of s.lines) {
        const item = byKey.get(lineKey(l.item, l.variant));
        const key = `${id}|${l.item}|${l.variant ?? ''}`;
        const noPrice = item?.price === null;
        table.append(
          h('tr', {},
            h('td', { class: 'name' }, item ? `${item.name}${item.variant ? ` (${item.variant})` : ''}` : l.item,
              h('small', {}, `${l.item} · ${item ? unitLabel(item.unit) : ''}${noPrice ? ' · chưa có đơn giá' : ''}`)),
            h('td', { class: 'qty' }, h('input', {
              'data-line': key, 'data-field': 'quantity', inputmode: 'decimal', value: l.quantity, 'aria-label': `${t.quantity}: ${item?.name ?? l.item}`,
              oninput: (e: Event) => { l.quantity = (e.target as HTMLInputElement).value; },
            })),
            h('td', { class: 'note' }, h('input', {
              'data-line': key, 'data-field': 'note', value: l.note, placeholder: t.note, 'aria-label': `${t.note}: ${item?.name ?? l.item}`,
              oninput: (e: Event) => { l.note = (e.target as HTMLInputElement).value; },
            })),
            coefficientCell(l, key, item?.name ?? l.item),
          ),
        );
      }
      const rate = h('select', { id: `vat-rate-${id}`, 'aria-label': `${t.vatRate} ${id}`, onchange: (e: Event) => { s.vatRate = (e.target as HTMLSelectElement).value; } });
      for (const r of VAT_RATES) rate.append(h('option', { value: r }, `${r}%`));
      rate.value = s.vatRate;
      const basis = h('input', { id: `vat-basis-${id}`, value: s.vatBasis, placeholder: t.vatBasis, 'aria-label': t.vatBasis, oninput: (e: Event) => { s.vatBasis = (e.target as HTMLInputElement).value; } });
      linesBox.append(h('div', { class: 'section' }, h('h3', {}, t.section(id, sectionTitle(id))), table, h('div', { class: 'vat' }, rate, basis)));
    }
    roundBox.checked = form.roundToThousand;
  }

  /** The line's coefficients (hệ số): a box for each one the book allows on its item; null when it allows none. */
  function coefficientCell(l: FormLine, key: string, name: string): HTMLElement | null {
    const choices = coefficientChoices(book, l);
    if (!choices.length) return null;
    return h('td', { class: 'coef' }, ...choices.map((c) =>
      h('label', { class: c.allowed ? 'check' : 'check invalid', title: c.name },
        h('input', {
          type: 'checkbox', 'data-line': key, 'data-field': 'coefficient', 'data-coefficient': c.id, checked: c.checked,
          disabled: !c.checked && (c.value === null || !c.allowed), 'aria-label': `${t.coefficient}: ${c.name} (${c.id}), ${name}`,
          onchange: (e: Event) => { setLineCoefficient(book, l, c.id, (e.target as HTMLInputElement).checked); },
        }),
        `${c.id} ${c.value === null ? t.coefficientNoValue : `× ${formatQuantity(c.value)}`}${c.allowed ? '' : ` ${t.coefficientNotAllowed}`}`,
      )));
  }

  function renderSurvey(): void {
    clear(surveyBox);
    const v = form.volumes;
    for (const k of VOLUME_KEYS) surveyBox.append(textField(`v-${k}`, t.volumes[k], v[k], (x) => { v[k] = x; }, { inputmode: 'decimal' }));
    const surveyed = h('input', { id: 'v-surveyed', type: 'checkbox', checked: v.surveyed, onchange: (e: Event) => { v.surveyed = (e.target as HTMLInputElement).checked; } });
    surveyBox.append(h('label', { class: 'check span2' }, surveyed, t.volumes.surveyed), textField('v-note', t.volumes.note, v.note, (x) => { v.note = x; }, {}, true));
  }

  function renderAll(): void {
    renderBookInfo();
    renderHeader();
    renderLines();
    renderSurvey();
  }

  function sectionTitle(id: SectionId): string {
    return form.sections[id].title ?? sectionTitles[id];
  }

  /** "sections[1].lines[0].quantity" → "Phần II, Số hóa … (SH.A4): …" using the input that was computed. */
  function describePath(path: string, input: EstimateInputJson): string {
    const m = /^sections\[(\d+)\](?:\.lines\[(\d+)\])?(?:\.(.+))?$/.exec(path);
    if (m) {
      const s = input.sections[Number(m[1])];
      if (!s) return path;
      const line = m[2] !== undefined ? s.lines?.[Number(m[2])] : undefined;
      const item = line ? book.items.find((i) => i.code === line.item) : undefined;
      return [t.pathSection(s.id), line ? `${item?.name ?? line.item} (${line.item})` : m[3]].filter(Boolean).join(', ');
    }
    const hm = /^header\.(?:signers\.)?(\w+)$/.exec(path);
    if (hm && hm[1]! in t.fields) return t.fields[hm[1] as keyof typeof t.fields];
    return path;
  }

  function markInvalid(paths: string[], input: EstimateInputJson): void {
    root.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    for (const p of paths) {
      const m = /^sections\[(\d+)\]\.lines\[(\d+)\]\.(\w+)$/.exec(p);
      if (m) {
        const s = input.sections[Number(m[1])];
        const l = s?.lines?.[Number(m[2])];
        if (s && l) root.querySelector(`[data-line="${s.id}|${l.item}|${l.variant ?? ''}"][data-field="quantity"]`)?.setAttribute('aria-invalid', 'true');
        continue;
      }
      const hm = /^header\.(?:signers\.)?(\w+)$/.exec(p);
      if (hm) root.querySelector(`#h-${hm[1]}`)?.setAttribute('aria-invalid', 'true');
      const vm = /^sections\[(\d+)\]\.vat\.basis$/.exec(p);
      if (vm) root.querySelector(`#vat-basis-${input.sections[Number(vm[1])]?.id}`)?.setAttribute('aria-invalid', 'true');
    }
  }

  function renderFindings(findings: Finding[]): void {
    clear(findingsList);
    for (const f of findings) {
      const where = 'cell' in f.location ? `${f.location.sheet}!${f.location.cell}` : f.location.line;
      const btn = h('button', { type: 'button', class: f.severity, 'data-code': f.code, 'data-cell': where },
        h('span', { class: 'cell' }, where), h('span', { class: 'code' }, f.code), h('span', { class: 'msg' }, f.message));
      if ('cell' in f.location) {
        const { sheet, cell } = f.location;
        btn.addEventListener('click', () => void run(() => deps.ops.selectCell(sheet, cell), false));
      }
      findingsList.append(h('li', {}, btn));
    }
  }

  async function run(task: () => Promise<void>, announce = true): Promise<void> {
    if (busy) return;
    busy = true;
    for (const b of [btnFill, btnCheck, btnWords]) b.disabled = true;
    if (announce) setStatus('info', t.busy);
    try {
      await task();
    } catch (e) {
      if (isDutoanError(e)) setStatus('error', e.message.split('\n')[0]!, e.issues.map((i) => `${i.path}: ${i.message}`));
      else setStatus('error', t.excelError(e instanceof Error ? e.message : String(e)));
    } finally {
      busy = false;
      for (const b of [btnFill, btnCheck, btnWords]) b.disabled = !usable(b);
    }
  }

  // ---------------------------------------------------------------- events
  function chooseBook(id: string): void {
    bookId = id;
    book = books[bookId]!;
    bookSelect.value = bookId;
    form = reshapeForm(form, book);
    void deps.storeBook?.(book);
    renderAll();
  }
  /** Offers a loaded book in the chooser and selects it; never replaces a built-in book of the same id. */
  function addBook(loaded: PriceBook): void {
    let id = loaded.id;
    for (let i = 2; id in deps.books; i++) id = `${loaded.id} (${i})`;
    books[id] = loaded;
    const existing = Array.from(bookSelect.options).find((o) => o.value === id);
    if (existing) existing.textContent = optionLabel(loaded);
    else bookSelect.append(h('option', { value: id }, optionLabel(loaded)));
    chooseBook(id);
  }
  bookSelect.addEventListener('change', () => chooseBook(bookSelect.value));
  btnBookSheet.addEventListener('click', () => void run(async () => {
    const r = await deps.ops.readPriceSheet(t.bookSheetWorkbook);
    if (r.kind === 'absent') {
      setStatus('warn', t.bookSheetAbsent(r.missing));
      return;
    }
    addBook(r.book);
    const notes = r.book.status === 'sample' ? [t.bookSample] : r.book.status === 'user' && !r.book.certification ? [t.bookSheetUncertifiedNote] : [];
    setStatus(notes.length ? 'warn' : 'ok', t.bookSheetLoaded(bookTitle(r.book)), notes);
  }));
  btnBook.addEventListener('click', () => bookFile.click());
  bookFile.addEventListener('change', () => {
    const file = bookFile.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      try {
        const loaded = loadPriceBook(JSON.parse(text));
        addBook(loaded); // never replaces a built-in book of the same id
        setStatus('ok', t.bookLoaded(bookTitle(loaded)));
      } catch (e) {
        if (isDutoanError(e)) setStatus('error', t.bookBad(file.name), e.issues.map((i) => `${i.path}: ${i.message}`));
        else setStatus('error', t.jsonBad(file.name, e instanceof Error ? e.message : String(e)));
      }
      bookFile.value = '';
    });
  });
  roundBox.addEventListener('change', () => { form.roundToThousand = roundBox.checked; });
  btnOpen.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      try {
        const json = JSON.parse(text) as EstimateInputJson;
        if (json.book && books[json.book] && json.book !== bookId) {
          bookId = json.book;
          book = books[bookId]!;
          bookSelect.value = bookId;
        }
        form = inputToForm(json, book, deps.today);
        renderAll();
        setStatus('ok', t.jsonLoaded(file.name));
      } catch (e) {
        setStatus('error', t.jsonBad(file.name, e instanceof FormImportError || e instanceof SyntaxError ? e.message : String(e)));
      }
      fileInput.value = '';
    });
  });

  btnFill.addEventListener('click', () => void run(async () => {
    clear(findingsList);
    const input = formToInput(form, bookId);
    let estimate;
    try {
      estimate = computeEstimate(input, book);
      markInvalid([], input);
    } catch (e) {
      if (!isDutoanError(e)) throw e;
      markInvalid(e.issues.map((i) => i.path), input);
      setStatus('error', t.inputProblems, e.issues.map((i) => `${describePath(i.path, input)}: ${i.message}`));
      return;
    }
    const r = await deps.ops.fillEstimate(estimate, book);
    const visible = r.sheetNames.slice(1).filter((n) => !n.startsWith('_'));
    setStatus(estimate.sampleLabel ? 'warn' : 'ok', t.filled(r.sheetName, formatMoney(estimate.finalAmount), visible), estimate.sampleLabel ? [t.filledSample] : []);
  }));

  btnCheck.addEventListener('click', () => void run(async () => {
    clear(findingsList);
    const r = await deps.ops.checkWorkbook(book);
    if (r.kind === 'not-estimate') {
      setStatus('warn', t.notEstimate(r.sheet, r.sheetNames.filter((n) => /d[ựu]\s*to[áa]n/i.test(n) && n !== r.sheet)));
      return;
    }
    const c = countFindings(r.findings);
    // the book sheet not read: its version and prices were not compared, which "no problems found" must not hide
    const unread = r.bookSheetUnread !== undefined ? [t.bookSheetUnread(r.bookSheetUnread)] : [];
    if (!r.findings.length) setStatus(unread.length ? 'warn' : 'ok', t.checkedNone(r.sheet), unread);
    else setStatus(c.error ? 'error' : 'warn', t.checkedSome(r.sheet, c.error, c.warning, c.info), [...(r.marksSkipped ? [t.marksSkipped] : r.marked ? [t.sheetMarks(r.marked)] : []), ...unread]);
    renderFindings(r.findings);
  }));

  btnReadSheet.addEventListener('click', () => void run(async () => {
    const r = await deps.ops.readEstimateSheet();
    if (r.kind === 'not-read') {
      setStatus('warn', t.sheetNotRead(r.sheet), r.findings.filter((f) => f.severity === 'error').slice(0, 6).map((f) => f.message));
      return;
    }
    const notes: string[] = [];
    if (r.estimate.book.id !== bookId) {
      if (books[r.estimate.book.id]) chooseBook(r.estimate.book.id);
      else notes.push(t.sheetReadOtherBook(r.estimate.book.id));
    }
    try {
      form = inputToForm(estimateToInput(r.estimate, book), book, deps.today);
    } catch (e) {
      if (!(e instanceof FormImportError)) throw e;
      setStatus('error', t.sheetNotRead(r.sheet), e.message.split('\n'));
      return;
    }
    renderAll();
    setStatus(notes.length ? 'warn' : 'ok', t.sheetRead(r.sheet, r.estimate.sections.reduce((n, s) => n + s.lines.length, 0)), notes);
  }));

  btnWords.addEventListener('click', () => void run(async () => {
    const r = await deps.ops.writeWords(form.words ?? {});
    if (r.kind === 'not-estimate') setStatus('warn', t.notEstimate(r.sheet, r.sheetNames.filter((n) => /d[ựu]\s*to[áa]n/i.test(n) && n !== r.sheet)));
    else if (r.kind === 'no-amount') setStatus('warn', t.wordsNoAmount(r.sheet));
    else setStatus('ok', t.wordsWritten(r.cell, r.text));
  }));

  renderAll();
  void deps.storeBook?.(book);
  return { state: () => ({ form, bookId }) };
}

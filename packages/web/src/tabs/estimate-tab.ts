/**
 * Lập dự toán: a book, the header, survey volumes, one row per book item (quantity, note), VAT per section with
 * its basis, rounding → core's computeEstimate on every keystroke (totals, amount in words, or the problems at
 * their fields) → the standard workbook written in the worker by @dutoan/xlsx (what `dutoan compute -o` writes),
 * and the input as a .json file `dutoan compute` reads.
 */
import {
  allowedCoefficients,
  computeEstimate,
  formatQuantity,
  formatMoney,
  isDutoanError,
  safeOutputName,
  sectionTitles,
  totalLabels,
  unitLabel,
  vatLine,
  vatRates,
  type Estimate,
  type EstimateInputJson,
  type PriceBook,
  type SectionId,
} from '@dutoan/core';
import { bookChooser, type BookStore } from '../books.ts';
import { el, field, replace, select } from '../dom.ts';
import { download, XLSX_TYPE } from '../files/download.ts';
import { statusBox } from '../status.ts';
import { webText } from '../text.ts';
import type { WorkerClient } from '../worker/client.ts';
import {
  bookRows,
  HEADER_FIELDS,
  inputLines,
  lineKey,
  placeLines,
  SECTION_IDS,
  SIGNER_FIELDS,
  VOLUME_FIELDS,
  type FormLine,
  type LineJson,
} from './estimate-form.ts';

const T = webText.estimate;
/** When a VAT rate applies (core's terms), shown under the rate. */
const vatMeaning = (rate: string) => vatRates.find((r) => String(r.rate) === rate)?.meaning ?? '';

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

interface SectionState {
  rate: HTMLSelectElement;
  basis: HTMLInputElement;
  title?: string;
  rows: FormLine[];
}

export interface EstimateTab {
  /** The input the form stands for now (tests, debugging). */
  input(): EstimateInputJson | null;
}

export function estimateTab(root: HTMLElement, deps: { store: BookStore; worker: WorkerClient }): EstimateTab {
  const status = statusBox('est-status');
  const chooser = bookChooser(deps.store, 'est-book', T.bookLabel, { onError: (e) => status.fail(e) });

  // ---- header
  const text = (id: string) => el('input', { id, type: 'text', autocomplete: 'off' });
  const header = {
    parentBody: text('est-parentBody'),
    agency: text('est-agency'),
    agencyKind: select('est-agencyKind', Object.entries(T.agencyKinds), 'department'),
    documentNumber: text('est-documentNumber'),
    place: el('input', { id: 'est-place', type: 'text', value: 'Lào Cai' }),
    date: el('input', { id: 'est-date', type: 'date', value: today() }),
    title: text('est-title'),
  } satisfies Record<Exclude<keyof typeof HEADER_FIELDS, 'signers'>, HTMLElement>;
  const signers = { preparer: text('est-preparer'), accountant: text('est-accountant'), head: text('est-head') } satisfies Record<keyof typeof SIGNER_FIELDS, HTMLElement>;
  const workFrom = el('input', { id: 'est-workFrom', type: 'date' });
  const workTo = el('input', { id: 'est-workTo', type: 'date' });
  const F = T.fields;
  const headerCard = el(
    'section',
    { class: 'card', 'aria-labelledby': 'est-header-title' },
    el('h3', { id: 'est-header-title' }, T.headerTitle),
    el(
      'div',
      { class: 'grid3' },
      field(F.parentBody, header.parentBody),
      field(F.agency, header.agency),
      field(F.agencyKind, header.agencyKind),
      field(F.documentNumber, header.documentNumber),
      field(F.place, header.place),
      field(F.date, header.date),
      el('div', { class: 'span3' }, field(F.title, header.title)),
      field(F.preparer, signers.preparer),
      field(F.accountant, signers.accountant),
      field(F.head, signers.head),
      field(F.workFrom, workFrom, T.workPeriodHint),
      field(F.workTo, workTo),
    ),
  );

  // ---- volumes
  const V = T.volumes;
  const volumes = {
    metres: el('input', { id: 'est-v-metres', type: 'text', inputmode: 'decimal' }),
    pagesA4: el('input', { id: 'est-v-pagesA4', type: 'text', inputmode: 'numeric' }),
    pagesA3: el('input', { id: 'est-v-pagesA3', type: 'text', inputmode: 'numeric' }),
    files: el('input', { id: 'est-v-files', type: 'text', inputmode: 'numeric' }),
    documents: el('input', { id: 'est-v-documents', type: 'text', inputmode: 'numeric' }),
    fonds: el('input', { id: 'est-v-fonds', type: 'text', inputmode: 'numeric' }),
    surveyed: el('input', { id: 'est-v-surveyed', type: 'checkbox' }),
    note: el('input', { id: 'est-v-note', type: 'text' }),
  } satisfies Record<keyof typeof VOLUME_FIELDS, HTMLInputElement>;
  const volumesCard = el(
    'section',
    { class: 'card', 'aria-labelledby': 'est-volumes-title' },
    el('h3', { id: 'est-volumes-title' }, T.volumesTitle),
    el(
      'div',
      { class: 'grid3' },
      field(V.metres, volumes.metres),
      field(V.pagesA4, volumes.pagesA4),
      field(V.pagesA3, volumes.pagesA3),
      field(V.files, volumes.files),
      field(V.documents, volumes.documents),
      field(V.fonds, volumes.fonds),
      el('div', { class: 'span3 check' }, volumes.surveyed, el('label', { for: volumes.surveyed.id }, V.surveyed)),
      el('div', { class: 'span3' }, field(V.note, volumes.note)),
    ),
  );

  // ---- lines and VAT per section
  const sections = {} as Record<SectionId, SectionState>;
  for (const id of SECTION_IDS) {
    sections[id] = {
      rate: select(`est-vat-rate-${id}`, vatRates.map((r) => [String(r.rate), `${r.rate}%`] as const), '0'),
      basis: el('input', { id: `est-vat-basis-${id}`, type: 'text' }),
      rows: [],
    };
  }
  const linesBox = el('div', { id: 'est-lines' });
  const rounding = el('input', { id: 'est-rounding', type: 'checkbox' });
  const linesCard = el(
    'section',
    { class: 'card', 'aria-labelledby': 'est-lines-title' },
    el('h3', { id: 'est-lines-title' }, T.linesTitle),
    linesBox,
    el('div', { class: 'check' }, rounding, el('label', { for: rounding.id }, T.rounding)),
  );

  // ---- totals aside
  const totalsBox = el('div', { id: 'est-totals', 'aria-live': 'polite' });
  const btnXlsx = el('button', { type: 'button', id: 'est-download', class: 'primary', disabled: true }, T.download);
  const btnJson = el('button', { type: 'button', id: 'est-save-json', class: 'secondary', disabled: true }, T.saveJson);
  const jsonInput = el('input', { id: 'est-json-file', type: 'file', accept: '.json,application/json', class: 'visually-hidden', tabindex: '-1', 'aria-label': T.openJson });
  const btnOpen = el('button', { type: 'button', id: 'est-open-json', class: 'secondary' }, T.openJson);
  const aside = el(
    'aside',
    { class: 'card sticky', 'aria-labelledby': 'est-totals-title' },
    el('h3', { id: 'est-totals-title' }, T.totalsTitle),
    totalsBox,
    el('div', { class: 'stack' }, btnXlsx, btnJson, btnOpen, jsonInput),
    status.root,
  );

  root.append(
    el('h2', {}, T.heading),
    el('p', { class: 'intro' }, T.intro),
    el('div', { class: 'card' }, chooser.root),
    el('div', { class: 'two-cols' }, el('div', { class: 'main-col' }, headerCard, linesCard, volumesCard), aside),
  );

  /** Extra input fields carried over from an opened .json file (conversion, words, expectedTotal). */
  let kept: Partial<EstimateInputJson> = {};
  let estimate: Estimate | null = null;
  let current: EstimateInputJson | null = null;
  /** Input path of each line ("sections[1].lines[0]") → the row's key, to point problems at their control. */
  let linePaths = new Map<string, string>();

  const book = (): PriceBook | null => chooser.value()?.book ?? null;

  function renderLines(): void {
    const b = book();
    let coefIds = 0;
    const blocks: HTMLElement[] = [];
    for (const id of SECTION_IDS) {
      const s = sections[id];
      if (!b || s.rows.length === 0) continue;
      const C = T.lineColumns;
      const withCoefficients = b.coefficients.length > 0;
      const body = el('tbody');
      for (const row of s.rows) {
        const item = b.items.find((i) => i.code === row.item && i.section === id && (i.variant ?? '') === (row.variant ?? ''));
        if (!item) continue;
        const key = lineKey(id, row.item, row.variant);
        const name = row.variant ? `${item.name} (${row.variant})` : item.name;
        const qty = el('input', { type: 'text', inputmode: 'decimal', class: 'qty', 'data-line': key, 'data-field': 'quantity', 'aria-label': T.quantityOf(name), value: row.quantity });
        const note = el('input', { type: 'text', 'data-line': key, 'data-field': 'note', 'aria-label': T.noteOf(name), value: row.note });
        qty.addEventListener('input', () => {
          row.quantity = qty.value;
          schedule();
        });
        note.addEventListener('input', () => {
          row.note = note.value;
          schedule();
        });
        // Hệ số: the coefficients the book allows on this item, each a checkbox (one without a value cannot be
        // ticked: the book must give it first). A coefficient the file lists but the book does not allow stays in
        // the row, so compute names it.
        const coefCell = el('td', { class: 'coefficients' });
        for (const k of allowedCoefficients(b, item)) {
          const box = el('input', { type: 'checkbox', id: `coef-${++coefIds}`, 'data-line': key, 'data-coefficient': k.id, 'aria-label': T.coefficientOf(k.id, k.name, name) });
          box.checked = row.coefficients?.includes(k.id) ?? false;
          box.disabled = k.value === null;
          box.addEventListener('change', () => {
            const others = (row.coefficients ?? []).filter((x) => x !== k.id);
            row.coefficients = box.checked ? [...others, k.id] : others;
            schedule();
          });
          coefCell.append(el('label', { class: 'coef', for: box.id, title: k.name }, box, ` ${k.id} = ${k.value === null ? T.coefficientNoValue : formatQuantity(k.value)}`));
        }
        body.append(
          el(
            'tr',
            {},
            el('th', { scope: 'row' }, el('span', { class: 'item-name' }, row.description ?? name), el('small', { class: 'muted' }, ` ${row.item}`)),
            el('td', {}, unitLabel(item.unit)),
            el('td', { class: 'num' }, item.price === null ? el('span', { class: 'muted' }, T.noPrice) : formatMoney(item.price)),
            el('td', {}, qty),
            ...(withCoefficients ? [coefCell] : []),
            el('td', {}, note),
          ),
        );
      }
      blocks.push(
        el(
          'fieldset',
          { class: 'section-block', 'data-section': id },
          el('legend', {}, `${id}. ${s.title ?? sectionTitles[id]}`),
          el(
            'table',
            { class: 'data lines' },
            el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, C.item), el('th', { scope: 'col' }, C.unit), el('th', { scope: 'col', class: 'num' }, C.price), el('th', { scope: 'col' }, C.quantity), ...(withCoefficients ? [el('th', { scope: 'col' }, C.coefficients)] : []), el('th', { scope: 'col' }, C.note))),
            body,
          ),
          el('div', { class: 'vat' }, field(T.vatRate(id), s.rate, vatMeaning(s.rate.value)), field(T.vatBasis(id), s.basis)),
        ),
      );
    }
    replace(linesBox, ...blocks);
  }

  /** New rows for the chosen book, keeping what was typed for items both books have. */
  function reshape(): void {
    const b = book();
    const fresh = b ? bookRows(b) : { I: [], II: [], III: [] };
    for (const id of SECTION_IDS) {
      const old = new Map(sections[id].rows.map((r) => [lineKey(id, r.item, r.variant), r]));
      sections[id].rows = fresh[id].map((r) => old.get(lineKey(id, r.item, r.variant)) ?? r);
    }
    renderLines();
  }

  /** The EstimateInput the form stands for (sections without a quantity are left out). */
  function formInput(): EstimateInputJson | null {
    const b = book();
    if (!b) return null;
    linePaths = new Map();
    const out: EstimateInputJson['sections'] = [];
    for (const id of SECTION_IDS) {
      const s = sections[id];
      const lines = inputLines(s.rows);
      if (!lines.length) continue;
      const typed = s.rows.filter((r) => r.quantity.trim() !== '');
      typed.forEach((r, i) => linePaths.set(`sections[${out.length}].lines[${i}]`, lineKey(id, r.item, r.variant)));
      out.push({ id, ...(s.title ? { title: s.title } : {}), vat: { rate: Number(s.rate.value) as 0 | 5 | 8 | 10, basis: s.basis.value }, lines: lines as never });
    }
    const vol: Record<string, string | boolean> = {};
    for (const k of ['metres', 'pagesA4', 'pagesA3', 'files', 'documents', 'fonds'] as const) if (volumes[k].value.trim()) vol[k] = volumes[k].value.trim();
    const hasVolumes = Object.keys(vol).length > 0 || volumes.surveyed.checked || volumes.note.value.trim() !== '';
    return {
      schemaVersion: 1,
      header: {
        parentBody: header.parentBody.value,
        agency: header.agency.value,
        agencyKind: header.agencyKind.value as 'department',
        place: header.place.value,
        date: header.date.value,
        documentNumber: header.documentNumber.value,
        ...(header.title.value.trim() ? { title: header.title.value } : {}),
        signers: { preparer: signers.preparer.value, accountant: signers.accountant.value, head: signers.head.value },
      },
      book: b.id,
      ...(workFrom.value || workTo.value ? { workPeriod: { from: workFrom.value, to: workTo.value } } : {}),
      ...(hasVolumes ? { volumes: { ...vol, surveyed: volumes.surveyed.checked, note: volumes.note.value } } : {}),
      ...(kept.conversion ? { conversion: kept.conversion } : {}),
      sections: out,
      rounding: { toThousand: rounding.checked },
      ...(kept.words ? { words: kept.words } : {}),
      ...(kept.expectedTotal !== undefined ? { expectedTotal: kept.expectedTotal } : {}),
    };
  }

  /** A field path of the input → the control it came from and a readable place ("Phần II — Số hóa trang A4"). */
  function controlOf(path: string): { control: HTMLElement | null; label: string } {
    const line = /^(sections\[\d+\]\.lines\[\d+\])(?:\.(\w+))?/.exec(path);
    if (line) {
      const key = linePaths.get(line[1]!);
      if (key) {
        const [sec, item, variant] = key.split('|');
        const fieldName = line[2] === 'note' ? 'note' : 'quantity';
        const control = linesBox.querySelector<HTMLElement>(`[data-line="${CSS.escape(key)}"][data-field="${fieldName}"]`);
        return { control, label: control?.getAttribute('aria-label') ?? `${sec} ${item}${variant ? ` (${variant})` : ''}` };
      }
    }
    const vat = /^sections\[(\d+)\]\.vat\.(rate|basis)/.exec(path);
    if (vat) {
      const id = current?.sections[Number(vat[1])]?.id;
      if (id) {
        const control = vat[2] === 'rate' ? sections[id].rate : sections[id].basis;
        return { control, label: vat[2] === 'rate' ? T.vatRate(id) : T.vatBasis(id) };
      }
    }
    const h = /^header\.(?:signers\.)?(\w+)/.exec(path);
    if (h) {
      const control = document.getElementById(`est-${h[1]}`);
      const label = control ? document.querySelector(`label[for="${control.id}"]`)?.textContent : null;
      if (control) return { control, label: label ?? path };
    }
    const v = /^volumes\.(\w+)/.exec(path);
    if (v) {
      const control = document.getElementById(`est-v-${v[1]}`);
      const label = control ? document.querySelector(`label[for="${control.id}"]`)?.textContent : null;
      if (control) return { control, label: label ?? path };
    }
    const w = /^workPeriod\.(from|to)/.exec(path);
    if (w) return { control: w[1] === 'from' ? workFrom : workTo, label: w[1] === 'from' ? F.workFrom : F.workTo };
    return { control: null, label: path };
  }

  function renderTotals(e: Estimate): HTMLElement {
    const rows: HTMLElement[] = [];
    const money = (v: string) => el('td', { class: 'num' }, formatMoney(v));
    for (const s of e.sections) {
      rows.push(el('tr', { class: 'section-head' }, el('th', { scope: 'row', colspan: '2' }, `${s.id}. ${s.title}`)));
      rows.push(el('tr', { 'data-total': `subtotal-${s.id}` }, el('th', { scope: 'row' }, totalLabels.subtotal), money(s.subtotal)));
      rows.push(el('tr', { 'data-total': `vat-${s.id}` }, el('th', { scope: 'row' }, vatLine(s.vat.rate)), money(s.vat.amount)));
      rows.push(el('tr', { 'data-total': `section-${s.id}`, class: 'strong' }, el('th', { scope: 'row' }, T.totals.sectionTotal), money(s.total)));
    }
    rows.push(el('tr', { 'data-total': 'total', class: 'grand' }, el('th', { scope: 'row' }, totalLabels.grandTotal), money(e.total)));
    if (e.rounding.toThousand) {
      rows.push(el('tr', { 'data-total': 'rounding' }, el('th', { scope: 'row' }, totalLabels.rounding), money(e.rounding.adjustment)));
      rows.push(el('tr', { 'data-total': 'final', class: 'grand' }, el('th', { scope: 'row' }, totalLabels.finalAmount), money(e.finalAmount)));
    }
    return el(
      'div',
      {},
      e.sampleLabel ? el('p', { class: 'badge sample block' }, e.sampleLabel) : null,
      el('table', { class: 'totals' }, el('tbody', {}, ...rows)),
      el('p', { id: 'est-words', class: 'words' }, el('strong', {}, totalLabels.wordsLabel), ' ', e.amountInWords),
    );
  }

  function recompute(): void {
    root.querySelectorAll('[aria-invalid="true"]').forEach((x) => x.removeAttribute('aria-invalid'));
    estimate = null;
    current = formInput();
    const b = book();
    btnJson.disabled = current === null;
    if (!current || !b || current.sections.length === 0) {
      btnXlsx.disabled = true;
      replace(totalsBox, el('p', { class: 'muted' }, T.empty));
      return;
    }
    try {
      estimate = computeEstimate(current, b);
      btnXlsx.disabled = false;
      replace(totalsBox, renderTotals(estimate));
    } catch (e) {
      btnXlsx.disabled = true;
      if (!isDutoanError(e)) throw e;
      const items = e.issues.map((i) => {
        const { control, label } = controlOf(i.path);
        control?.setAttribute('aria-invalid', 'true');
        return `${label}: ${i.message}`;
      });
      const head = e.issues.length ? T.problems : e.message;
      replace(totalsBox, el('div', { class: 'status error', id: 'est-problems' }, el('p', {}, head), items.length ? el('ul', {}, ...items.map((t) => el('li', {}, t))) : null));
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(recompute, 120);
  }

  /** Fill the form from an EstimateInput file (the rows follow the file's line order). */
  function load(name: string, raw: unknown): void {
    const input = raw as EstimateInputJson;
    if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as { sections?: unknown }).sections)) {
      status.show('error', T.jsonBad(name), [webText.jsonUnreadable(name)]);
      return;
    }
    const wanted = typeof input.book === 'string' ? deps.store.entries().find((e) => e.book.id === input.book) : undefined;
    if (wanted) chooser.choose(wanted.key);
    const b = book();
    if (!b) return;
    const rows = bookRows(b);
    const problems: string[] = [];
    for (const id of SECTION_IDS) {
      sections[id].rate.value = '0';
      sections[id].basis.value = '';
      delete sections[id].title;
    }
    input.sections.forEach((s, i) => {
      const target = sections[s.id];
      if (!target) {
        problems.push(`sections[${i}].id: ${String(s.id)}`);
        return;
      }
      target.rate.value = String(s.vat?.rate ?? 0);
      target.basis.value = s.vat?.basis ?? '';
      if (s.title) target.title = s.title;
      const placed = placeLines(rows[s.id], s.id, i, (s.lines ?? []) as LineJson[], (path, item) => T.itemNotInBook(path, item, b.id));
      rows[s.id] = placed.rows;
      problems.push(...placed.problems);
    });
    if (problems.length) {
      status.show('error', T.jsonBad(name), problems);
      return;
    }
    for (const id of SECTION_IDS) sections[id].rows = rows[id];
    const h = input.header ?? ({} as EstimateInputJson['header']);
    header.parentBody.value = h.parentBody ?? '';
    header.agency.value = h.agency ?? '';
    header.agencyKind.value = h.agencyKind ?? 'department';
    header.documentNumber.value = h.documentNumber ?? '';
    header.place.value = h.place ?? 'Lào Cai';
    header.date.value = h.date ?? today();
    header.title.value = h.title ?? '';
    signers.preparer.value = h.signers?.preparer ?? '';
    signers.accountant.value = h.signers?.accountant ?? '';
    signers.head.value = h.signers?.head ?? '';
    workFrom.value = input.workPeriod?.from ?? '';
    workTo.value = input.workPeriod?.to ?? '';
    const v = input.volumes;
    for (const k of ['metres', 'pagesA4', 'pagesA3', 'files', 'documents', 'fonds'] as const) volumes[k].value = v?.[k] === undefined ? '' : String(v[k]);
    volumes.surveyed.checked = v?.surveyed ?? false;
    volumes.note.value = v?.note ?? '';
    rounding.checked = input.rounding?.toThousand ?? false;
    kept = {
      ...(input.conversion ? { conversion: input.conversion } : {}),
      ...(input.words ? { words: input.words } : {}),
      ...(input.expectedTotal !== undefined ? { expectedTotal: input.expectedTotal } : {}),
    };
    renderLines();
    recompute();
    status.show('ok', T.jsonLoaded(name), wanted || typeof input.book !== 'string' ? [] : [T.jsonOtherBook(input.book)]);
  }

  // ---- events
  root.addEventListener('input', (e) => {
    if ((e.target as HTMLElement).closest('#est-lines [data-line]')) return; // rows update their own state
    schedule();
  });
  root.addEventListener('change', (e) => {
    const t = e.target as HTMLElement;
    if (t instanceof HTMLSelectElement && t.id.startsWith('est-vat-rate-')) {
      const hint = document.getElementById(`${t.id}-hint`);
      if (hint) hint.textContent = vatMeaning(t.value);
    }
    schedule();
  });
  chooser.onChange(() => {
    reshape();
    recompute();
  });
  btnOpen.addEventListener('click', () => jsonInput.click());
  jsonInput.addEventListener('change', async () => {
    const f = jsonInput.files?.[0];
    jsonInput.value = '';
    if (!f) return;
    let raw: unknown;
    try {
      raw = JSON.parse(await f.text());
    } catch {
      status.show('error', T.jsonBad(f.name), [webText.jsonUnreadable(f.name)]);
      return;
    }
    load(f.name, raw);
  });
  btnJson.addEventListener('click', () => {
    const input = formInput();
    if (!input) return;
    const name = `${safeOutputName(input.header.agency || 'du-toan')}.json`;
    download(name, JSON.stringify(input, null, 2) + '\n', 'application/json');
    status.show('ok', webText.downloaded(name));
  });
  btnXlsx.addEventListener('click', async () => {
    const b = book();
    const input = formInput();
    if (!b || !input || !estimate) return;
    btnXlsx.disabled = true;
    status.show('info', webText.working);
    try {
      const bytes = await deps.worker.call('estimateWorkbook', { input, book: b });
      const name = `${safeOutputName(input.header.agency || 'du-toan')}.xlsx`;
      download(name, bytes, XLSX_TYPE);
      status.show('ok', T.written(name, formatMoney(estimate.finalAmount)));
    } catch (e) {
      status.fail(e as Error);
    } finally {
      btnXlsx.disabled = estimate === null;
    }
  });

  reshape();
  recompute();
  return { input: () => current };
}

/**
 * Thẩm tra: many submissions dropped at once (files or folders) → audited one by one in the worker (the page
 * stays responsive; a file that cannot be read gets its Vietnamese message and the others go on) → a sortable,
 * filterable table → a file's findings and its sheet with the cells marked → the red-cell report of a file and
 * the province consolidation. Every figure is what `dutoan audit` / `dutoan consolidate` give for the same files.
 */
import { APPRAISAL_SUFFIX, bookLabel, formatMoney, locationText, REPORT_SUFFIX, type Appraisal, type Finding, type PriceBook, type Severity } from '@dutoan/core';
import type { ConsolidationEntry, UnreadableEntry } from '@dutoan/xlsx';
import { bookChooser, type BookStore } from '../books.ts';
import { el, field, replace, select } from '../dom.ts';
import { fromDrop, fromInput, type PickedFile } from '../files/collect-files.ts';
import { download, DOCX_TYPE, fileBytes, XLSX_TYPE } from '../files/download.ts';
import { statusBox } from '../status.ts';
import { webText } from '../text.ts';
import { WorkerFailure, type WorkerClient } from '../worker/client.ts';
import type { AuditedFile } from '../worker/protocol.ts';
import { previewPanel } from './sheet-preview.ts';

const T = webText.audit;
/** Files read and sent to the worker at once: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT = 4;
/**
 * Least time between two redraws of the table while files are being audited: the page's own thread shares the
 * computer's cores with the workers, and redrawing a table of hundreds of rows costs more than an audit.
 */
const RENDER_EVERY_MS = 1500;

interface Row {
  id: number;
  name: string;
  file: File;
  /** Audit run the result belongs to (a new book starts a new run). */
  run: number;
  state: 'pending' | 'done' | 'failed';
  result?: AuditedFile;
  error?: WorkerFailure;
}

type SortKey = 'file' | 'agency' | 'requested' | 'appraised' | 'difference' | 'errors' | 'warnings';
type Show = keyof typeof T.showOptions;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A row's figure for sorting (null sorts last). */
function sortValue(r: Row, key: SortKey): string | number | bigint | null {
  const s = r.result?.summary;
  switch (key) {
    case 'file':
      return r.name;
    case 'agency':
      return s?.agency ?? null;
    case 'requested':
      return s?.total != null ? BigInt(s.total) : null;
    case 'appraised':
      return r.result?.appraisal ? BigInt(r.result.appraisal.appraised) : null;
    case 'difference':
      return r.result?.appraisal?.difference != null ? BigInt(r.result.appraisal.difference) : null;
    case 'errors':
      return s ? s.errors : r.state === 'failed' ? Number.MAX_SAFE_INTEGER : null;
    case 'warnings':
      return s ? s.warnings : null;
  }
}

/** The Thẩm định and Chênh lệch cells: the appraisal's figures, or "—" (labelled) while there is none. */
function appraisalCells(a: AuditedFile['appraisal']): Array<[string | Node, string?]> {
  if (!a) return [[el('span', { title: T.notAppraisedTitle }, T.notAppraised), 'num muted'], [el('span', { title: T.notAppraisedTitle }, T.notAppraised), 'num muted']];
  const d = a.difference;
  return [[formatMoney(a.appraised), 'num'], [d === null ? T.unreadableTotal : formatMoney(d), d !== null && d !== '0' ? 'num warn' : 'num']];
}

/** Vietnamese order of names, made once (a.localeCompare(b, 'vi') builds a collator at every call). */
const VI = new Intl.Collator('vi');

function compare(a: string | number | bigint | null, b: string | number | bigint | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'string' && typeof b === 'string') return VI.compare(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
}

export function auditTab(root: HTMLElement, deps: { store: BookStore; worker: WorkerClient }): void {
  const status = statusBox('audit-status');
  const chooser = bookChooser(deps.store, 'audit-book', T.bookLabel, { allowNone: true, onError: (e) => status.fail(e) });

  const rows: Row[] = [];
  let nextId = 1;
  let run = 1;
  let sort: { key: SortKey; dir: 1 | -1 } = { key: 'file', dir: 1 };
  let selected: number | null = null;

  // ---- drop zone and pickers
  const filesInput = el('input', { id: 'audit-files', type: 'file', multiple: true, class: 'visually-hidden', tabindex: '-1', 'aria-label': T.pickFiles });
  const folderInput = el('input', { id: 'audit-folder', type: 'file', multiple: true, webkitdirectory: true, class: 'visually-hidden', tabindex: '-1', 'aria-label': T.pickFolder });
  const pickFiles = el('button', { type: 'button', id: 'audit-pick-files', class: 'primary' }, T.pickFiles);
  const pickFolder = el('button', { type: 'button', id: 'audit-pick-folder', class: 'secondary' }, T.pickFolder);
  const zone = el(
    'div',
    { id: 'audit-drop', class: 'dropzone', 'aria-describedby': 'audit-drop-hint' },
    el('p', { class: 'drop-title' }, T.drop),
    el('div', { class: 'row center' }, pickFiles, pickFolder),
    el('small', { id: 'audit-drop-hint', class: 'hint' }, T.dropHint),
    filesInput,
    folderInput,
  );
  const progress = el('progress', { id: 'audit-progress', max: '1', value: '0', 'aria-label': T.progressLabel });
  const progressText = el('span', { id: 'audit-progress-text', 'aria-live': 'polite' });
  const progressBox = el('div', { id: 'audit-progress-box', class: 'progress', hidden: true }, progress, progressText);

  // ---- filter, table, totals
  const filterInput = el('input', { id: 'audit-filter', type: 'search' });
  const showSelect = select('audit-show', Object.entries(T.showOptions) as Array<[Show, string]>, 'all');
  const clearBtn = el('button', { type: 'button', id: 'audit-clear', class: 'secondary' }, T.clear);
  const consolidateBtn = el('button', { type: 'button', id: 'audit-consolidate', class: 'primary', disabled: true }, T.consolidation);
  const shownText = el('p', { id: 'audit-shown', class: 'muted' });
  const table = el('table', { id: 'audit-table', class: 'data' });
  const details = el('section', { id: 'audit-details', class: 'card', hidden: true, 'aria-labelledby': 'audit-details-title' });
  const preview = previewPanel('audit-preview', deps.worker);

  root.append(
    el('h2', {}, T.heading),
    el('p', { class: 'intro' }, T.intro),
    el('div', { class: 'card' }, chooser.root, zone, progressBox, status.root),
    el(
      'div',
      { class: 'card', id: 'audit-results' },
      el('div', { class: 'row wrap' }, el('div', { class: 'grow' }, field(T.filter, filterInput)), field(T.show, showSelect), clearBtn, consolidateBtn),
      shownText,
      el('div', { class: 'table-scroll' }, table),
      el('p', { class: 'hint' }, T.appraisalNote),
    ),
    details,
  );

  // ---------------------------------------------------------------- auditing
  let queue: Row[] = [];
  let active = 0;
  const counts = () => {
    const mine = rows.filter((r) => r.run === run);
    return { total: rows.length, done: mine.filter((r) => r.state !== 'pending').length };
  };

  const pump = () => {
    while (active < IN_FLIGHT && queue.length) {
      const row = queue.shift()!;
      active++;
      void auditRow(row).finally(() => {
        active--;
        updateProgress();
        scheduleRender();
        pump();
      });
    }
  };

  async function auditRow(row: Row): Promise<void> {
    const myRun = row.run;
    const book = chooser.value()?.book ?? null;
    let bytes: Uint8Array;
    try {
      bytes = await fileBytes(row.file);
    } catch {
      if (row.run !== myRun) return;
      row.state = 'failed';
      row.error = new WorkerFailure({ code: 'FILE_UNREADABLE', message: webText.fileUnreadable(row.name), issues: [] });
      return;
    }
    try {
      const result = await deps.worker.call('audit', { name: row.name.split('/').pop()!, bytes, book }, [bytes.buffer as ArrayBuffer]);
      if (row.run !== myRun) return;
      row.state = 'done';
      row.result = result;
      delete row.error;
    } catch (e) {
      if (row.run !== myRun) return;
      row.state = 'failed';
      row.error = e instanceof WorkerFailure ? e : new WorkerFailure({ code: 'UNEXPECTED', message: webText.unexpected, issues: [] });
      delete row.result;
    }
    if (selected === row.id) showDetails(row);
  }

  function addFiles(picked: PickedFile[]): void {
    if (!picked.length) {
      status.show('warn', T.emptyFolder);
      return;
    }
    status.clear();
    for (const p of picked) {
      const row: Row = { id: nextId++, name: p.name, file: p.file, run, state: 'pending' };
      rows.push(row);
      queue.push(row);
    }
    updateProgress();
    scheduleRender();
    pump();
  }

  function rerunAll(): void {
    run++;
    queue = [];
    for (const r of rows) {
      r.run = run;
      r.state = 'pending';
      delete r.result;
      delete r.error;
      queue.push(r);
    }
    updateProgress();
    scheduleRender();
    if (selected !== null) details.hidden = true;
    pump();
  }

  function updateProgress(): void {
    const { total, done } = counts();
    progressBox.hidden = total === 0;
    progress.max = Math.max(total, 1);
    progress.value = done;
    if (done < total) progressText.textContent = T.progress(done, total);
    else {
      const ok = rows.filter((r) => r.state === 'done');
      const errors = ok.reduce((s, r) => s + r.result!.summary.errors, 0);
      const warnings = ok.reduce((s, r) => s + r.result!.summary.warnings, 0);
      progressText.textContent = T.finished(total, errors, warnings, total - ok.length);
    }
    consolidateBtn.disabled = total === 0 || done < total;
    progressBox.dataset.run = String(run);
    progressBox.dataset.done = String(done === total);
  }

  // ---------------------------------------------------------------- table
  // While a batch runs the table is redrawn a few times a second, not once per file (200 redraws of 200 rows
  // would cost more than the audits); the progress bar moves with every file, the last file redraws at once.
  let renderTimer: ReturnType<typeof setTimeout> | null = null;
  let lastRender = 0;
  const scheduleRender = () => {
    const { total, done } = counts();
    if (done === total) {
      if (renderTimer) clearTimeout(renderTimer);
      renderTimer = null;
      renderTable();
      return;
    }
    if (renderTimer) return;
    renderTimer = setTimeout(() => {
      renderTimer = null;
      renderTable();
    }, Math.max(0, RENDER_EVERY_MS - (performance.now() - lastRender)));
  };

  const columns: Array<[SortKey, string, boolean]> = [
    ['file', T.columns.file, false],
    ['agency', T.columns.agency, false],
    ['requested', T.columns.requested, true],
    ['appraised', T.columns.appraised, true],
    ['difference', T.columns.difference, true],
    ['errors', T.columns.errors, true],
    ['warnings', T.columns.warnings, true],
  ];

  function visibleRows(): Row[] {
    const q = filterInput.value.trim().normalize('NFC').toLocaleLowerCase('vi');
    const show = showSelect.value as Show;
    const keep = rows.filter((r) => {
      const s = r.result?.summary;
      if (q && !`${r.name} ${s?.agency ?? ''}`.toLocaleLowerCase('vi').includes(q)) return false;
      switch (show) {
        case 'errors':
          return (s?.errors ?? 0) > 0;
        case 'warnings':
          return (s?.warnings ?? 0) > 0;
        case 'unusable':
          return r.state === 'failed';
        case 'clean':
          return r.state === 'done' && s!.errors === 0;
        default:
          return true;
      }
    });
    return keep.sort((a, b) => sort.dir * compare(sortValue(a, sort.key), sortValue(b, sort.key)) || a.id - b.id);
  }

  function renderTable(): void {
    lastRender = performance.now();
    const head = el(
      'tr',
      {},
      ...columns.map(([key, label, num]) => {
        const th = el('th', { scope: 'col', class: num ? 'num' : undefined, 'aria-sort': sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none' });
        th.append(
          el(
            'button',
            {
              type: 'button',
              class: 'sort',
              'data-sort': key,
              'aria-label': T.sortBy(label),
              onclick: () => {
                sort = sort.key === key ? { key, dir: sort.dir === 1 ? -1 : 1 } : { key, dir: 1 };
                renderTable();
                (table.querySelector(`button[data-sort="${key}"]`) as HTMLButtonElement | null)?.focus();
              },
            },
            label,
            el('span', { class: 'sort-mark', 'aria-hidden': 'true' }, sort.key === key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''),
          ),
        );
        return th;
      }),
    );
    const body = el('tbody');
    const list = visibleRows();
    for (const r of list) {
      const s = r.result?.summary;
      const open = el('button', { type: 'button', class: 'link', 'data-file': r.name, onclick: () => openRow(r) }, r.name);
      const cells: Array<[string | Node, string?]> =
        r.state === 'pending'
          ? [[T.pending, 'muted'], ['', 'num'], ['', 'num'], ['', 'num'], ['', 'num'], ['', 'num']]
          : r.state === 'failed'
            ? [[T.unusable, 'bad'], ['', 'num'], ['', 'num'], ['', 'num'], ['', 'num'], ['', 'num']]
            : [
                [s!.agency],
                [s!.total === null ? T.unreadableTotal : formatMoney(s!.total), 'num'],
                ...appraisalCells(r.result!.appraisal),
                [String(s!.errors), s!.errors ? 'num bad' : 'num'],
                [String(s!.warnings), s!.warnings ? 'num warn' : 'num'],
              ];
      body.append(
        el(
          'tr',
          { 'data-row': String(r.id), class: [r.id === selected ? 'selected' : '', r.state].join(' ').trim() },
          el('th', { scope: 'row' }, open),
          ...cells.map(([v, cls]) => el('td', { class: cls }, v)),
        ),
      );
    }
    replace(table, el('caption', {}, T.tableCaption), el('thead', {}, head), body);
    shownText.textContent = rows.length ? T.shown(list.length, rows.length) : '';
  }

  // ---------------------------------------------------------------- details
  function openRow(r: Row): void {
    selected = r.id;
    renderTable();
    showDetails(r);
    details.focus();
  }

  function showDetails(r: Row): void {
    details.hidden = false;
    details.tabIndex = -1;
    const title = el('h3', { id: 'audit-details-title' }, T.details(r.name));
    if (r.state === 'pending') {
      replace(details, title, el('p', { class: 'muted' }, T.pending));
      return;
    }
    if (r.state === 'failed') {
      const box = statusBox('audit-file-error');
      box.fail(r.error!);
      replace(details, title, el('p', {}, T.unusableDetail), box.root);
      return;
    }
    const { summary: s, findings } = r.result!;
    const reportBtn = el('button', { type: 'button', id: 'audit-report', class: 'primary' }, T.report);
    reportBtn.addEventListener('click', () => void downloadReport(r, reportBtn));
    // The appraisal report exists when the file was appraised (a book was chosen).
    const appraisal = r.result!.appraisalDetail;
    const book = chooser.value()?.book ?? null;
    const buttons: HTMLElement[] = [reportBtn];
    if (appraisal && book) {
      const docBtn = el('button', { type: 'button', id: 'audit-appraisal-report' }, T.appraisalReport);
      docBtn.addEventListener('click', () => void downloadAppraisalReport(r, appraisal, book, docBtn));
      buttons.push(docBtn);
    }
    const list = findingsTable(findings, (f) => {
      if ('cell' in f.location) void preview.show(r.file, r.name, f.location.sheet, findings, f.location.cell);
    });
    replace(
      details,
      title,
      el('p', { id: 'audit-details-summary' }, T.detailSummary(s.agency, s.total === null ? T.unreadableTotal : `${formatMoney(s.total)} đồng`, s.errors, s.warnings, s.infos)),
      el('div', { class: 'row' }, ...buttons),
      list,
      preview.root,
    );
    const first = findings.find((f) => 'cell' in f.location);
    void preview.show(r.file, r.name, first && 'cell' in first.location ? first.location.sheet : undefined, findings);
  }

  async function downloadAppraisalReport(r: Row, appraisal: Appraisal, book: PriceBook, btn: HTMLButtonElement): Promise<void> {
    btn.disabled = true;
    try {
      const base = r.name.split('/').pop()!;
      const out = await deps.worker.call('appraisalReport', { name: base, appraisal, book });
      const name = base.replace(/\.[^.]*$/, '') + APPRAISAL_SUFFIX;
      download(name, out, DOCX_TYPE);
      status.show('ok', webText.downloaded(name));
    } catch (e) {
      status.fail(e instanceof Error ? e : new Error(String(e)));
    } finally {
      btn.disabled = false;
    }
  }

  async function downloadReport(r: Row, btn: HTMLButtonElement): Promise<void> {
    btn.disabled = true;
    try {
      const bytes = await fileBytes(r.file);
      const s = r.result!.summary;
      const base = r.name.split('/').pop()!;
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      const when = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
      const out = await deps.worker.call('report', {
        name: base,
        bytes,
        findings: r.result!.findings,
        meta: { file: base, agency: s.agency, book: bookLabel(chooser.value()?.book ?? null), when },
      });
      const name = base.replace(/\.[^.]*$/, '') + REPORT_SUFFIX;
      download(name, out, XLSX_TYPE);
      status.show('ok', webText.downloaded(name));
    } catch (e) {
      status.fail(e instanceof Error ? e : new Error(String(e)));
    } finally {
      btn.disabled = false;
    }
  }

  async function downloadConsolidation(): Promise<void> {
    consolidateBtn.disabled = true;
    try {
      const book = chooser.value()?.book ?? null;
      const entries: ConsolidationEntry[] = [];
      const appraisals: Array<Appraisal | null> = [];
      const unreadable: UnreadableEntry[] = [];
      for (const r of rows) {
        if (r.state === 'done') {
          entries.push({ file: r.name, summary: r.result!.summary });
          appraisals.push(r.result!.appraisalDetail);
        }
        else if (r.state === 'failed') unreadable.push({ file: r.name, reason: r.error!.message });
      }
      const bytes = await deps.worker.call('consolidation', {
        entries,
        appraisals,
        unreadable,
        meta: { book: bookLabel(book), bookChecked: book !== null, sample: book?.status === 'sample' || entries.some((e) => e.summary.sample) },
      });
      download(T.consolidationName, bytes, XLSX_TYPE);
      status.show('ok', webText.downloaded(T.consolidationName));
    } catch (e) {
      status.fail(e instanceof Error ? e : new Error(String(e)));
    } finally {
      consolidateBtn.disabled = false;
    }
  }

  // ---------------------------------------------------------------- events
  pickFiles.addEventListener('click', () => filesInput.click());
  pickFolder.addEventListener('click', () => folderInput.click());
  filesInput.addEventListener('change', () => {
    if (filesInput.files) addFiles(fromInput(filesInput.files, false));
    filesInput.value = '';
  });
  folderInput.addEventListener('change', () => {
    if (folderInput.files) addFiles(fromInput(folderInput.files, true));
    folderInput.value = '';
  });
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    if (e.dataTransfer) void fromDrop(e.dataTransfer).then(addFiles);
  });
  filterInput.addEventListener('input', renderTable);
  showSelect.addEventListener('change', renderTable);
  clearBtn.addEventListener('click', () => {
    rows.length = 0;
    queue = [];
    run++;
    selected = null;
    details.hidden = true;
    status.clear();
    updateProgress();
    renderTable();
  });
  consolidateBtn.addEventListener('click', () => void downloadConsolidation());
  chooser.onChange(() => {
    if (rows.length) rerunAll();
  });
  renderTable();
}

/** The findings of one file as a table; a finding with a cell is a button that shows the cell in the preview. */
function findingsTable(findings: readonly Finding[], onPick: (f: Finding) => void): HTMLElement {
  if (!findings.length) return el('p', { id: 'audit-findings', class: 'ok-text' }, T.noFindings);
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const c = T.findingColumns;
  return el(
    'table',
    { id: 'audit-findings', class: 'data findings' },
    el('caption', {}, T.findingsCaption),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, c.severity), el('th', { scope: 'col' }, c.code), el('th', { scope: 'col' }, c.cell), el('th', { scope: 'col' }, c.message))),
    el(
      'tbody',
      {},
      ...sorted.map((f) =>
        el(
          'tr',
          { class: f.severity, 'data-code': f.code },
          el('td', {}, el('span', { class: `sev ${f.severity}` }, T.severity[f.severity] ?? f.severity)),
          el('td', {}, el('code', {}, f.code)),
          el('td', {}, 'cell' in f.location ? el('button', { type: 'button', class: 'link cell-link', onclick: () => onPick(f) }, locationText(f.location)) : locationText(f.location)),
          el('td', {}, f.message),
        ),
      ),
    ),
  );
}

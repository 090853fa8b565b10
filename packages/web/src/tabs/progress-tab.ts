/**
 * Tiến độ (theo dõi tiến độ, issue 16): what `dutoan progress template | consolidate` do, with the same inputs —
 * the list of units (Lào Cai's 99 or the user's JSON), the report files, the units' estimates, --from, --as-of,
 * --target, --days-per-week, --holidays, --max-pages-per-metre, unit charts. The worker reads, checks and
 * consolidates (readProgressReportFiles + writeProgressConsolidation); the page shows the province at each
 * reporting date, each unit's latest report, the units missing, every finding at its cell, the province's
 * burn-up chart, and draws the charts' PNG for the downloaded workbook (resvg cannot run in a browser).
 */
import { Decimal, formatMoney, formatQuantity, laoCaiProgressPlan, viDate, type ProgressPlan, type ProvincePoint } from '@dutoan/core';
import { el, field, replace, select } from '../dom.ts';
import { fromDrop, fromInput, type PickedFile } from '../files/collect-files.ts';
import { download, fileBytes, XLSX_TYPE } from '../files/download.ts';
import { svgToPng } from '../files/svg-png.ts';
import { statusBox } from '../status.ts';
import { webText } from '../text.ts';
import { WorkerFailure, type WorkerClient } from '../worker/client.ts';
import type { NamedFile, ProgressArgs, ProgressResult } from '../worker/protocol.ts';

const T = webText.progress;

const percent = (share: string | null) => (share === null ? '—' : `${formatQuantity(new Decimal(share).mul(100).toDecimalPlaces(2))} %`);
const pages = (v: string | null) => (v === null ? '—' : formatMoney(v));

/** "96 tệp: a.xlsx, b.xlsx, c.xlsx và 93 tệp khác" — the files chosen, without a wall of names. */
function chosenText(picked: readonly PickedFile[]): string {
  if (!picked.length) return T.noneChosen;
  const shown = picked.slice(0, 3).map((p) => p.name).join(', ');
  return `${T.chosen(picked.length)}: ${shown}${picked.length > 3 ? T.andMore(picked.length - 3) : ''}`;
}

function table(id: string, head: readonly string[], body: Array<Array<string | Node>>, rowClass?: (i: number) => string | undefined): HTMLTableElement {
  return el(
    'table',
    { id, class: 'data' },
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...body.map((r, i) => el('tr', { class: rowClass?.(i) }, ...r.map((c) => el('td', {}, c))))),
  );
}

export function progressTab(root: HTMLElement, deps: { worker: WorkerClient }): void {
  const status = statusBox('progress-status');
  let units: { name: string; data: unknown } | null = null;
  let reports: PickedFile[] = [];
  let estimates: PickedFile[] = [];
  const holidays: string[] = [];

  // ---- units and template
  const unitsInput = el('input', { id: 'progress-units', type: 'file', accept: '.json,application/json', class: 'visually-hidden', tabindex: '-1', 'aria-label': T.unitsFile });
  const pickUnits = el('button', { type: 'button', id: 'progress-pick-units', class: 'secondary' }, T.unitsFile);
  const unitsText = el('p', { id: 'progress-units-text', class: 'hint', 'aria-live': 'polite' }, T.unitsDefault);
  const templateUnit = el('input', { id: 'progress-template-unit', type: 'text' });
  const templateBtn = el('button', { type: 'button', id: 'progress-template', class: 'secondary' }, T.template);

  // ---- reports and estimates
  const reportsInput = el('input', { id: 'progress-reports', type: 'file', multiple: true, class: 'visually-hidden', tabindex: '-1', 'aria-label': T.pickReports });
  const folderInput = el('input', { id: 'progress-reports-folder', type: 'file', multiple: true, webkitdirectory: true, class: 'visually-hidden', tabindex: '-1', 'aria-label': T.pickReportsFolder });
  const pickReports = el('button', { type: 'button', id: 'progress-pick-reports', class: 'primary' }, T.pickReports);
  const pickFolder = el('button', { type: 'button', id: 'progress-pick-folder', class: 'secondary' }, T.pickReportsFolder);
  const reportsText = el('p', { id: 'progress-reports-text', class: 'muted', 'aria-live': 'polite' }, T.noneChosen);
  const zone = el(
    'div',
    { id: 'progress-drop', class: 'dropzone' },
    el('p', { class: 'drop-title' }, T.drop),
    el('div', { class: 'row center' }, pickReports, pickFolder),
    reportsText,
    reportsInput,
    folderInput,
  );
  const estimatesInput = el('input', { id: 'progress-estimates', type: 'file', multiple: true, accept: '.xlsx', class: 'visually-hidden', tabindex: '-1', 'aria-label': T.estimates });
  const pickEstimates = el('button', { type: 'button', id: 'progress-pick-estimates', class: 'secondary' }, T.pickEstimates);
  const estimatesText = el('span', { id: 'progress-estimates-text', class: 'muted', 'aria-live': 'polite' }, T.noneChosen);

  // ---- options
  const from = el('input', { id: 'progress-from', type: 'date' });
  const asOf = el('input', { id: 'progress-as-of', type: 'date' });
  const target = el('input', { id: 'progress-target', type: 'text', inputmode: 'numeric' });
  const perWeek = select('progress-days-per-week', Object.entries(webText.plan.daysPerWeek), '5');
  const holiday = el('input', { id: 'progress-holiday', type: 'date' });
  const addHoliday = el('button', { type: 'button', id: 'progress-add-holiday', class: 'secondary' }, T.addHoliday);
  const holidayList = el('ul', { id: 'progress-holidays', class: 'chips', 'aria-live': 'polite' });
  const maxPerMetre = el('input', { id: 'progress-max-pages-per-metre', type: 'text', inputmode: 'numeric' });
  const unitCharts = el('input', { id: 'progress-unit-charts', type: 'checkbox', checked: true });
  const run = el('button', { type: 'button', id: 'progress-run', class: 'primary' }, T.run);
  const downloadBtn = el('button', { type: 'button', id: 'progress-download', class: 'primary', disabled: true }, T.download);
  const result = el('section', { id: 'progress-result', class: 'card', hidden: true, 'aria-labelledby': 'progress-result-title' });

  root.append(
    el('h2', {}, T.heading),
    el('p', { class: 'intro' }, T.intro),
    el(
      'div',
      { class: 'card' },
      el('h3', {}, T.unitsTitle),
      unitsText,
      el('div', { class: 'grid3' }, el('div', { class: 'row end' }, pickUnits, unitsInput), field(T.templateUnit, templateUnit), el('div', { class: 'row end' }, templateBtn)),
    ),
    el(
      'div',
      { class: 'card' },
      el('h3', {}, T.reportsTitle),
      zone,
      el('p', { class: 'hint' }, T.estimates),
      el('div', { class: 'row wrap' }, pickEstimates, estimatesText, estimatesInput),
      el('h3', {}, T.optionsTitle),
      el(
        'div',
        { class: 'grid3' },
        field(T.from, from),
        field(T.asOf, asOf),
        field(T.target, target),
        field(T.daysPerWeek, perWeek),
        el('div', {}, field(T.holiday, holiday), addHoliday),
        field(T.maxPagesPerMetre, maxPerMetre),
        el('div', { class: 'span3' }, holidayList),
        el('div', { class: 'field check' }, unitCharts, el('label', { for: 'progress-unit-charts' }, T.unitCharts)),
      ),
      el('div', { class: 'row' }, run),
      status.root,
    ),
    result,
  );

  const fail = (e: unknown) => {
    if (e instanceof WorkerFailure) status.fail(e);
    else status.show('error', webText.unexpected);
  };

  // ---- holidays (as the Kế hoạch tab)
  const renderHolidays = () => {
    holidays.sort();
    replace(
      holidayList,
      ...(holidays.length
        ? holidays.map((d) =>
            el('li', {}, viDate(d), el('button', { type: 'button', class: 'chip-x', 'aria-label': T.removeHoliday(viDate(d)), onclick: () => (holidays.splice(holidays.indexOf(d), 1), renderHolidays()) }, '×')),
          )
        : [el('li', { class: 'muted' }, T.holidaysNone)]),
    );
  };
  addHoliday.addEventListener('click', () => {
    if (holiday.value && !holidays.includes(holiday.value)) holidays.push(holiday.value);
    holiday.value = '';
    renderHolidays();
  });
  renderHolidays();

  // ---- files
  const setReports = (picked: PickedFile[]) => {
    reports = picked;
    reportsText.textContent = chosenText(picked);
  };
  pickReports.addEventListener('click', () => reportsInput.click());
  pickFolder.addEventListener('click', () => folderInput.click());
  reportsInput.addEventListener('change', () => reportsInput.files && setReports(fromInput(reportsInput.files, false)));
  folderInput.addEventListener('change', () => folderInput.files && setReports(fromInput(folderInput.files, true)));
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    if (e.dataTransfer) void fromDrop(e.dataTransfer).then(setReports);
  });
  pickUnits.addEventListener('click', () => unitsInput.click());
  pickEstimates.addEventListener('click', () => estimatesInput.click());
  estimatesInput.addEventListener('change', () => {
    estimates = estimatesInput.files ? fromInput(estimatesInput.files, false) : [];
    estimatesText.textContent = chosenText(estimates);
  });

  unitsInput.addEventListener('change', async () => {
    const f = unitsInput.files?.[0];
    units = null;
    unitsText.textContent = T.unitsDefault;
    if (!f) return;
    let data: unknown;
    try {
      data = JSON.parse(new TextDecoder().decode(await fileBytes(f)));
    } catch {
      status.show('error', webText.jsonUnreadable(f.name));
      return;
    }
    // The worker checks the list when it is used (registryFromJson); the template call says what is wrong at once.
    try {
      await deps.worker.call('progressTemplate', { units: data });
      units = { name: f.name, data };
      const list = (data as { units?: unknown[] }).units;
      unitsText.textContent = T.unitsLoaded(f.name, Array.isArray(list) ? list.length : 0) + ((data as { sample?: boolean }).sample ? ` ${T.unitsSample}` : '');
      status.clear();
    } catch (e) {
      if (e instanceof WorkerFailure) status.show('error', T.unitsBad(f.name), [e.message]);
      else fail(e);
    }
  });

  templateBtn.addEventListener('click', async () => {
    try {
      const unit = templateUnit.value.normalize('NFC').trim();
      const bytes = await deps.worker.call('progressTemplate', { units: units?.data ?? null, ...(unit ? { unit } : {}) });
      download(T.templateName, bytes, XLSX_TYPE);
      status.show('ok', webText.downloaded(T.templateName));
    } catch (e) {
      fail(e);
    }
  });

  // ---- consolidation
  const read = async (picked: PickedFile[]): Promise<NamedFile[] | null> => {
    const out: NamedFile[] = [];
    for (const p of picked) {
      try {
        out.push({ name: p.name, bytes: await fileBytes(p.file) });
      } catch {
        status.show('error', webText.fileUnreadable(p.name));
        return null;
      }
    }
    return out;
  };

  let lastBytes: Uint8Array | null = null;
  run.addEventListener('click', async () => {
    const problems: string[] = [];
    const whole = (label: string, control: HTMLInputElement): string | undefined => {
      const raw = control.value.trim();
      control.removeAttribute('aria-invalid');
      if (!raw) return undefined;
      const s = raw.replace(/\./g, '');
      if (/^[1-9]\d{0,11}$/.test(s)) return s;
      control.setAttribute('aria-invalid', 'true');
      problems.push(T.badNumber(label, raw));
      return undefined;
    };
    const t = whole(T.target, target);
    const m = whole(T.maxPagesPerMetre, maxPerMetre);
    if (!reports.length) problems.push(T.needReports);
    if (problems.length) {
      status.show('error', problems[0]!, problems.slice(1));
      return;
    }
    const plan: ProgressPlan = laoCaiProgressPlan({
      ...(t ? { target: { value: t, doc: T.target, where: 'trang web' } } : {}),
      ...(from.value ? { start: from.value } : {}),
      ...(asOf.value ? { asOf: asOf.value } : {}),
    });
    run.disabled = true;
    try {
      status.show('info', T.reading(reports.length));
      const [r, e] = [await read(reports), await read(estimates)];
      if (!r || !e) return;
      const args: ProgressArgs = {
        reports: r,
        estimates: e,
        units: units?.data ?? null,
        plan,
        calendar: { daysPerWeek: perWeek.value === '6' ? 6 : 5, holidays: [...holidays] },
        unitCharts: unitCharts.checked,
        ...(m ? { maxPagesPerMetre: Number(m) } : {}),
      };
      const first = await deps.worker.call('progress', args);
      show(first);
      status.show('info', T.drawing);
      const pngs: Uint8Array[] = [];
      for (const svg of first.svgs) pngs.push(await svgToPng(svg));
      const second = await deps.worker.call('progress', { ...args, pngs });
      lastBytes = second.bytes;
      downloadBtn.disabled = !lastBytes;
      const errors = second.findings.filter((f) => f.severity === 'error').length;
      const warnings = second.findings.filter((f) => f.severity === 'warning').length;
      status.show(errors ? 'warn' : 'ok', T.findingsCount(errors, warnings));
    } catch (err) {
      result.hidden = true;
      fail(err);
    } finally {
      run.disabled = false;
    }
  });

  downloadBtn.addEventListener('click', () => {
    if (!lastBytes) return;
    download(T.downloadName, lastBytes, XLSX_TYPE);
    status.show('ok', webText.downloaded(T.downloadName));
  });

  let chartUrl: string | null = null;
  function show(r: ProgressResult): void {
    lastBytes = null;
    downloadBtn.disabled = true;
    if (chartUrl) URL.revokeObjectURL(chartUrl);
    chartUrl = r.svgs[0] ? URL.createObjectURL(new Blob([r.svgs[0]], { type: 'image/svg+xml' })) : null;
    const reported = r.units.filter((u) => u.reports > 0).length;
    const provinceRows = r.province.map((p: ProvincePoint) => [viDate(p.date), String(p.reported), String(p.carried), formatMoney(p.pages), percent(p.shareOfTarget), p.forecast.text]);
    const unitRows = r.units.map((u) => [u.label, String(u.reports), u.latestDate ? viDate(u.latestDate) : '—', pages(u.pages), pages(u.estimatePages), percent(u.shareOfEstimate), u.forecast ?? T.missingNone]);
    const findingRows = r.findings.map((f) => [T.severity[f.severity] ?? f.severity, el('code', {}, f.code), f.file, f.cell ?? '—', f.message]);
    result.hidden = false;
    replace(
      result,
      el('h3', { id: 'progress-result-title' }, r.sample ? `${T.heading} — ${T.unitsSample}` : T.heading),
      el('p', { id: 'progress-summary' }, T.summary(r.units.length, reported, r.units.length - reported, r.reportsUsed, r.reportsRead - r.reportsUsed)),
      el('div', { class: 'row' }, downloadBtn),
      el('h4', {}, T.provinceTitle),
      el('div', { class: 'table-scroll' }, table('progress-province', T.provinceCols, provinceRows, (i) => (r.province[i]!.forecast.late ? 'bad' : undefined))),
      chartUrl ? el('img', { id: 'progress-chart', class: 'chart', src: chartUrl, alt: T.chartAlt }) : null,
      el('h4', {}, T.findingsTitle),
      r.findings.length ? el('div', { class: 'table-scroll' }, table('progress-findings', T.findingCols, findingRows, (i) => (r.findings[i]!.severity === 'error' ? 'bad' : undefined))) : el('p', { class: 'muted' }, T.noFindings),
      el('h4', {}, T.missingTitle),
      el('ul', { id: 'progress-missing' }, ...r.missing.map((x) => el('li', {}, `${x.label}: ${x.none ? T.missingNone : T.missingDates(x.dates.map(viDate).join(', '))}`))),
      el('h4', {}, T.unitsTableTitle),
      el('div', { class: 'table-scroll' }, table('progress-units-table', T.unitCols, unitRows, (i) => (r.units[i]!.late ? 'bad' : undefined))),
    );
  }
}

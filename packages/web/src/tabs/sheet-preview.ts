/**
 * The preview of a submitted sheet (xem trang tính): its values as a table with column letters and row numbers,
 * the cells named by findings coloured by severity (the finding's message as the cell's description), a chosen
 * cell scrolled to and outlined. The grid is read again in the worker from the file's bytes (a few milliseconds).
 */
import { cellAddress, columnLetters, parseCellRef, type Finding, type GridValue, type Severity } from '@dutoan/core';
import { el, field, replace } from '../dom.ts';
import { fileBytes } from '../files/download.ts';
import { statusBox } from '../status.ts';
import { webText } from '../text.ts';
import { WorkerFailure, type WorkerClient } from '../worker/client.ts';

const T = webText.audit;
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const numberText = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });

function shown(v: GridValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return numberText.format(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return `${String(v.getUTCDate()).padStart(2, '0')}/${String(v.getUTCMonth() + 1).padStart(2, '0')}/${v.getUTCFullYear()}`;
  return v;
}

export interface PreviewPanel {
  root: HTMLElement;
  /** Show `sheet` (default: the first visible one) of `file`, marking the cells of `findings`, outlining `focus`. */
  show(file: File, name: string, sheet: string | undefined, findings: readonly Finding[], focus?: string): Promise<void>;
}

export function previewPanel(id: string, worker: WorkerClient): PreviewPanel {
  const sheetSelect = el('select', { id: `${id}-sheet` });
  const body = el('div', { id: `${id}-grid`, class: 'table-scroll preview' });
  const status = statusBox(`${id}-status`);
  const root = el('section', { id, class: 'preview-panel' }, el('h4', {}, T.preview), field(T.previewSheet, sheetSelect), status.root, body);
  let current: { file: File; name: string; findings: readonly Finding[] } | null = null;
  let token = 0;

  sheetSelect.addEventListener('change', () => {
    if (current) void show(current.file, current.name, sheetSelect.value, current.findings);
  });

  async function show(file: File, name: string, sheet: string | undefined, findings: readonly Finding[], focus?: string): Promise<void> {
    const mine = ++token;
    current = { file, name, findings };
    status.clear();
    try {
      const bytes = await fileBytes(file);
      const p = await worker.call('preview', { name, bytes, ...(sheet !== undefined ? { sheet } : {}) }, [bytes.buffer as ArrayBuffer]);
      if (mine !== token) return;
      replace(sheetSelect, ...p.sheets.map((s) => el('option', { value: s.name }, s.hidden ? T.previewHidden(s.name) : s.name)));
      sheetSelect.value = p.name;
      const marks = new Map<string, { severity: Severity; messages: string[] }>();
      for (const f of findings) {
        if (!('cell' in f.location) || f.location.sheet !== p.name) continue;
        const ref = parseCellRef(f.location.cell);
        if (!ref) continue;
        const key = cellAddress(ref.row, ref.col);
        const m = marks.get(key);
        if (!m) marks.set(key, { severity: f.severity, messages: [f.message] });
        else {
          m.messages.push(f.message);
          if (RANK[f.severity] > RANK[m.severity]) m.severity = f.severity;
        }
      }
      const width = Math.max(0, ...p.values.map((r) => r.length), ...[...marks.keys()].map((k) => parseCellRef(k)!.col - p.origin.col + 1));
      const height = Math.max(p.values.length, ...[...marks.keys()].map((k) => parseCellRef(k)!.row - p.origin.row + 1));
      if (width === 0 || height === 0) {
        replace(body, el('p', { class: 'muted' }, T.previewEmpty));
        return;
      }
      const table = el('table', { class: 'sheet' }, el('caption', {}, T.previewCaption(p.name, marks.size)));
      const head = el('tr', {}, el('th', { scope: 'col', class: 'corner' }, ''));
      for (let c = 0; c < width; c++) head.append(el('th', { scope: 'col' }, columnLetters(p.origin.col + c)));
      const tbody = el('tbody');
      for (let r = 0; r < height; r++) {
        const tr = el('tr', {}, el('th', { scope: 'row' }, String(p.origin.row + r)));
        const row = p.values[r] ?? [];
        for (let c = 0; c < width; c++) {
          const addr = cellAddress(p.origin.row + r, p.origin.col + c);
          const v = row[c];
          const m = marks.get(addr);
          const td = el('td', { 'data-cell': addr, class: [typeof v === 'number' ? 'num' : '', m ? `mark ${m.severity}` : ''].join(' ').trim() || undefined }, shown(v));
          if (m) {
            td.title = m.messages.join('\n');
            td.append(el('span', { class: 'visually-hidden' }, ` — ${T.severity[m.severity]}: ${m.messages.join(' ')}`));
          }
          tr.append(td);
        }
        tbody.append(tr);
      }
      table.append(el('thead', {}, head), tbody);
      replace(body, p.truncated ? el('p', { class: 'hint' }, T.previewTruncated) : null, table);
      if (focus) {
        const ref = parseCellRef(focus);
        const cell = ref ? body.querySelector<HTMLElement>(`td[data-cell="${cellAddress(ref.row, ref.col)}"]`) : null;
        if (cell) {
          cell.classList.add('focus');
          // Scroll the preview only (not the page): the cell in the middle, columns from A as far as it allows.
          const box = body.getBoundingClientRect();
          const at = cell.getBoundingClientRect();
          body.scrollTop = Math.max(0, at.top - box.top + body.scrollTop - body.clientHeight / 2);
          body.scrollLeft = Math.max(0, at.right - box.left + body.scrollLeft - body.clientWidth + 24);
        }
      }
    } catch (e) {
      if (mine === token) status.fail(e instanceof WorkerFailure ? e : new Error(webText.unexpected));
    }
  }

  return { root, show };
}

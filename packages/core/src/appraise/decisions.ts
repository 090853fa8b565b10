import * as z from 'zod';
import { DutoanError, issueAt, type Issue } from '../errors.ts';
import { readNumberText } from '../read/numbers.ts';
import { formatQuantity } from '../money/format.ts';
import { zodErrorMap, zodIssues } from '../util/validate.ts';
import type { AppraisalDecision } from './appraisal.ts';
import { cellAddress, gridValueText, SheetView, type WorkbookGrid } from '../audit/grid.ts';
import { foldText } from '../util/fold-text.ts';

/**
 * The appraiser's decisions (quyết định thẩm định), as a file gives them: one entry per line — accept as
 * submitted, replace the quantity, replace the price, or exclude — each with a note. A JSON file
 * (`{ "decisions": [ { "line": "Dự toán!17", "action": "price", "value": "2.222", "note": "…" } ] }`) or the
 * "Quyết định thẩm định" sheet (@dutoan/xlsx) both become `DecisionEntry[]`; `appraiseSubmission` then finds
 * each entry's line in the submission (a line that does not exist is refused with the entry's path).
 */

/** Which line: "Sheet!row" / a JSON line path as the appraisal names it (`ref`), sheet + row, or STT + content. */
export type LineSelector = string | { ref: string } | { sheet: string; row: number } | { stt: string; content: string };

/** One decision as a file gives it: the line it is about, the action, the value, the note, and where it was read. */
export interface DecisionEntry extends AppraisalDecision {
  line: LineSelector;
  /** Where the line selector was read, when not `${source}.line` (a sheet's Dòng cell). */
  lineAt?: string;
}

/**
 * What an appraiser may decide on a line (quyết định thẩm định): accept it as requested, set the quantity, set the
 * unit price, or exclude it from the estimate.
 */
export const decisionActions = ['accept', 'quantity', 'price', 'exclude'] as const;

const selectorSchema = z.union([
  z.string().min(1),
  z.object({ sheet: z.string().min(1), row: z.number().int().positive() }).strict(),
  z.object({ stt: z.string(), content: z.string().min(1) }).strict(),
]);

const decisionSchema = z
  .object({
    line: selectorSchema,
    action: z.enum(decisionActions),
    value: z.union([z.string(), z.number()]).optional(),
    note: z.string().max(2000).default(''),
  })
  .strict();

/** zod schema of a decisions file (JSON): `{ "decisions": [{ line, action, value?, note? }] }`, unknown keys refused. */
export const decisionsFileSchema = z.object({ decisions: z.array(decisionSchema) }).strict();

/**
 * A decision's new quantity or price as typed (text or a number cell) → plain decimal string, or the issue that
 * refuses it. Text is read by the reading kit's number reader; a spelling it reads only with a note ("1,234.5",
 * "1,234", "12.5") is refused here: an appraisal figure is never guessed.
 */
export function decisionValue(raw: string | number, field: 'quantity' | 'price', path: string): { value: string } | { issue: Issue } {
  let value: string;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { issue: issueAt(path, 'DECISION_VALUE_UNREADABLE', { raw: String(raw), field, how: 'invalid', read: null, other: null }) };
    value = String(raw);
  } else {
    const r = readNumberText(raw);
    if (r.kind !== 'number') return { issue: issueAt(path, 'DECISION_VALUE_UNREADABLE', { raw, field, how: 'invalid', read: null, other: null }) };
    if (r.note) {
      return {
        issue: issueAt(path, 'DECISION_VALUE_UNREADABLE', { raw, field, how: r.note, read: formatQuantity(r.value), other: r.alternative !== undefined ? formatQuantity(r.alternative) : null }),
      };
    }
    value = r.value;
  }
  const ok = field === 'price' ? /^\d+$/.test(value) : /^\d+(?:\.\d{1,4})?$/.test(value);
  if (!ok) return { issue: issueAt(path, 'DECISION_VALUE_RANGE', { raw: String(raw), field }) };
  return { value };
}

/** Check an entry's value against its action (a replacement needs one, the others take none). */
export function checkDecisionValue(action: DecisionEntry['action'], raw: string | number | undefined | null, path: string): { value: string | null } | { issue: Issue } {
  const empty = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
  if (action === 'quantity' || action === 'price') {
    if (empty) return { issue: issueAt(path, 'DECISION_VALUE_MISSING', { action }) };
    return decisionValue(raw, action, path);
  }
  if (!empty) return { issue: issueAt(path, 'DECISION_VALUE_MISSING', { action }) };
  return { value: null };
}

/**
 * Parse a decisions JSON document (already JSON.parse'd). Throws DECISIONS_INVALID listing every bad entry with its
 * path (`decisions[2].value`), so nothing is appraised on half a file.
 */
export function readDecisionsJson(data: unknown, file: string): DecisionEntry[] {
  const map = zodErrorMap();
  const parsed = map ? decisionsFileSchema.safeParse(data, { error: map }) : decisionsFileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    throw new DutoanError('DECISIONS_INVALID', { file, count: issues.length }, issues);
  }
  const issues: Issue[] = [];
  const out: DecisionEntry[] = [];
  parsed.data.decisions.forEach((d, i) => {
    const source = `decisions[${i}]`;
    const v = checkDecisionValue(d.action, d.value, `${source}.value`);
    if ('issue' in v) issues.push(v.issue);
    else out.push({ line: d.line, action: d.action, value: v.value, note: d.note, source });
  });
  if (issues.length) throw new DutoanError('DECISIONS_INVALID', { file, count: issues.length }, issues);
  return out;
}

/** The sheet of a decisions workbook (`dutoan appraise template` writes it; `dutoan audit --decisions` reads it). */
export const decisionsSheetName = 'Quyết định thẩm định';

/** Column headings of the decisions sheet: the four it reads, the others only shown (the line as submitted). */
export const decisionsColumns = {
  line: 'Dòng',
  stt: 'STT',
  content: 'Nội dung',
  unit: 'ĐVT',
  quantity: 'Khối lượng đề nghị',
  price: 'Đơn giá đề nghị',
  requested: 'Thành tiền đề nghị',
  appraised: 'Thành tiền thẩm định',
  action: 'Hành động',
  value: 'Giá trị',
  note: 'Ghi chú',
} as const;

/** The actions as the sheet spells them (Vietnamese first; the JSON codes are accepted too). */
export const decisionActionLabels: Record<DecisionEntry['action'], string> = {
  accept: 'chấp nhận',
  quantity: 'thay khối lượng',
  price: 'thay đơn giá',
  exclude: 'loại',
};

const actionSpellings: ReadonlyMap<string, DecisionEntry['action']> = (() => {
  const m = new Map<string, DecisionEntry['action']>();
  const add = (a: DecisionEntry['action'], ...xs: string[]) => xs.forEach((x) => m.set(foldText(x), a));
  add('accept', 'chấp nhận', 'chấp nhận như đề nghị', 'giữ nguyên', 'accept');
  add('quantity', 'thay khối lượng', 'sửa khối lượng', 'khối lượng', 'quantity');
  add('price', 'thay đơn giá', 'sửa đơn giá', 'đơn giá', 'price');
  add('exclude', 'loại', 'loại khỏi dự toán', 'loại bỏ', 'exclude');
  return m;
})();

/**
 * Read the "Quyết định thẩm định" sheet of a decisions workbook (as the byte layer gives it): the heading row with
 * Dòng | Hành động | Giá trị | Ghi chú (other columns — the line as submitted — are only shown), then one decision
 * per row whose Hành động is filled (rows left blank are lines the appraiser has no decision on). Throws
 * DECISIONS_INVALID listing every bad cell ("Quyết định thẩm định!F7"): an unknown action, a value that is not a
 * number or reads two ways ("1,234.5"), a missing or superfluous value.
 */
export function readDecisionsGrid(grid: WorkbookGrid, file: string): DecisionEntry[] {
  const sheet = grid.sheets.find((s) => foldText(s.name) === foldText(decisionsSheetName));
  if (!sheet) throw new DutoanError('DECISIONS_INVALID', { file, count: 1 }, [issueAt(file, 'DECISIONS_SHEET_MISSING', { sheet: decisionsSheetName, sheets: grid.sheets.map((s) => s.name) })]);
  const cells = new SheetView(sheet);
  const need = { line: decisionsColumns.line, action: decisionsColumns.action, value: decisionsColumns.value, note: decisionsColumns.note };
  let head = 0;
  const cols: Partial<Record<keyof typeof need, number>> = {};
  for (let r = 1; r <= Math.min(cells.lastRow, 30) && !head; r++) {
    const found: Partial<Record<keyof typeof need, number>> = {};
    for (let c = 1; c <= cells.lastCol; c++) {
      const t = foldText(cells.text(r, c));
      for (const [k, label] of Object.entries(need) as Array<[keyof typeof need, string]>) if (t === foldText(label) && found[k] === undefined) found[k] = c;
    }
    if (found.line !== undefined && found.action !== undefined) {
      head = r;
      Object.assign(cols, found);
    }
  }
  const missing = (Object.keys(need) as Array<keyof typeof need>).filter((k) => cols[k] === undefined).map((k) => need[k]);
  if (!head || missing.length) throw new DutoanError('DECISIONS_INVALID', { file, count: 1 }, [issueAt(`${sheet.name}!1`, 'DECISIONS_COLUMNS_MISSING', { sheet: sheet.name, columns: missing.length ? missing : Object.values(need) })]);
  const at = (r: number, c: number) => `${sheet.name}!${cellAddress(r, c)}`;
  const issues: Issue[] = [];
  const out: DecisionEntry[] = [];
  for (let r = head + 1; r <= cells.lastRow; r++) {
    const actionText = cells.text(r, cols.action!).trim();
    const rawValue = cells.value(r, cols.value!);
    const note = cells.text(r, cols.note!).trim();
    const line = cells.text(r, cols.line!).trim();
    if (!actionText && (rawValue === null || rawValue === undefined || String(rawValue).trim() === '')) continue;
    const action = actionSpellings.get(foldText(actionText));
    if (!action) {
      issues.push(issueAt(at(r, cols.action!), 'DECISION_ACTION_UNKNOWN', { raw: actionText, actions: Object.values(decisionActionLabels) }));
      continue;
    }
    if (!line) {
      issues.push(issueAt(at(r, cols.line!), 'DECISION_LINE_NOT_FOUND', { line: '(trống)', lines: [] }));
      continue;
    }
    const raw = typeof rawValue === 'number' ? rawValue : rawValue === null || rawValue === undefined ? undefined : gridValueText(rawValue);
    const v = checkDecisionValue(action, raw, at(r, cols.value!));
    if ('issue' in v) issues.push(v.issue);
    else out.push({ line, lineAt: at(r, cols.line!), action, value: v.value, note, source: at(r, cols.action!) });
  }
  if (issues.length) throw new DutoanError('DECISIONS_INVALID', { file, count: issues.length }, issues);
  return out;
}

import * as z from 'zod';
import { DutoanError, issueAt, type Issue } from '../errors.ts';
import { readNumberText } from '../read/numbers.ts';
import { formatQuantity } from '../money/format.ts';
import { zodErrorMap, zodIssues } from '../util/validate.ts';
import type { AppraisalDecision } from './appraisal.ts';

/**
 * The appraiser's decisions (quyết định thẩm định), as a file gives them: one entry per line — accept as
 * submitted, replace the quantity, replace the price, or exclude — each with a note. A JSON file
 * (`{ "decisions": [ { "line": "Dự toán!17", "action": "price", "value": "2.222", "note": "…" } ] }`) or the
 * "Quyết định thẩm định" sheet (@dutoan/xlsx) both become `DecisionEntry[]`; `appraiseSubmission` then finds
 * each entry's line in the submission (a line that does not exist is refused with the entry's path).
 */

/** Which line: "Sheet!row" / a JSON line path as the appraisal names it (`ref`), sheet + row, or STT + content. */
export type LineSelector = string | { ref: string } | { sheet: string; row: number } | { stt: string; content: string };

export interface DecisionEntry extends AppraisalDecision {
  line: LineSelector;
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

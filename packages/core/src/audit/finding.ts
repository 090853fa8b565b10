import type { MessageCode } from '../locale/catalogue.ts';
import type { Params } from '../locale/table.ts';
import type { FindingCode, Severity } from './codes.ts';

/** Where a finding is: a cell of a sheet ("Dự toán", "F12"), or a line path of a JSON estimate. */
export type Location = { sheet: string; cell: string } | { line: string };

/**
 * One problem found by the audit (phát hiện thẩm tra). `params` are the typed parameters of its code (the
 * locale's `AuditParams`); `message` is their sentence in the locale asked for (Vietnamese by default), NFC,
 * printable as is.
 */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  location: Location;
  /** What the value should be (plain decimal string for numbers), null when not applicable. */
  expected: string | null;
  /** What was read, null when the cell was empty. */
  actual: string | null;
  params: Params;
  message: string;
}

/** Every finding code has its sentence in the catalogue (a compile error names the code that has none). */
export type FindingCodesWithoutMessage = Exclude<FindingCode, MessageCode>;
const everyFindingCodeHasAMessage: [FindingCodesWithoutMessage] extends [never] ? true : FindingCodesWithoutMessage = true;
void everyFindingCodeHasAMessage;

/** "Dự toán!F12" or the line path — for summaries and sorting. */
export function locationText(loc: Location): string {
  return 'cell' in loc ? `${loc.sheet}!${loc.cell}` : loc.line;
}

/** Count of findings by severity. */
export function countFindings(findings: readonly Finding[]): { error: number; warning: number; info: number } {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

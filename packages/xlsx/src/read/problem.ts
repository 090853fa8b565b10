/**
 * Problems of the byte layer as codes with typed parameters (core/src/locale/bytes.ts, registered in the locale
 * catalogue): one constructor, so every refusal carries its code, its parameters and the Vietnamese sentence.
 */
import { DutoanError, issueAt, type Issue } from '@dutoan/core/errors';
import type { BytesParams } from '@dutoan/core/locale';

export type BytesCode = keyof BytesParams & string;

/** A DutoanError for a byte-layer problem (`renderError(e, 'en')` gives it in English). */
export function bytesError<C extends BytesCode>(code: C, params: BytesParams[C], issues: Issue[] = []): DutoanError {
  return new (DutoanError as new (code: C, params: BytesParams[C], issues: Issue[]) => DutoanError)(code, params, issues);
}

/** A field issue with a byte-layer code (the short texts that go with a limit). */
export function bytesIssue<C extends BytesCode>(path: string, code: C, params: BytesParams[C]): Issue {
  return (issueAt as (path: string, code: C, params: BytesParams[C]) => Issue)(path, code, params);
}

/** "12,3 MB" — sizes in messages, Vietnamese decimal comma, one decimal. */
export function mb(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'vô hạn';
  const tenths = Math.round(bytes / 104857.6);
  const whole = Math.floor(tenths / 10);
  return `${whole.toLocaleString('vi-VN')}${tenths % 10 ? ',' + (tenths % 10) : ''} MB`;
}

/** "16.384" — counts in messages. */
export function count(n: number): string {
  return Number.isFinite(n) ? Math.floor(n).toLocaleString('vi-VN') : 'vô số';
}

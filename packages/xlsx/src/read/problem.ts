/**
 * Problems of the byte layer as codes with typed parameters (core/src/locale/bytes.ts): one constructor, so every
 * refusal carries its code, its parameters and the Vietnamese sentence rendered from them.
 */
import { bytesVi, DutoanError, type BytesParams, type Issue } from '@dutoan/core';

export type BytesCode = keyof BytesParams & string;

/** A DutoanError for a byte-layer problem; `params` is kept on the error for re-rendering in another locale. */
export function bytesError<C extends BytesCode>(code: C, params: BytesParams[C], issues: Issue[] = []): DutoanError {
  const render = bytesVi[code] as (p: BytesParams[C]) => string;
  const e = new DutoanError(code, render(params), issues);
  (e as DutoanError & { params?: BytesParams[C] }).params = params;
  return e;
}

/** The sentence of a byte-layer code (for issue texts that go with an error). */
export function bytesText<C extends BytesCode>(code: C, params: BytesParams[C]): string {
  return (bytesVi[code] as (p: BytesParams[C]) => string)(params);
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

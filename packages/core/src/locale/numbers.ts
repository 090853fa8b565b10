import type { MessageTable } from './table.ts';

/**
 * Numbers and money typed by users (số, số tiền, khối lượng) — money/parse.ts. `field` names the cell or path
 * ("Dự toán!D12", "sections[0].lines[2].quantity"); without it the sentence names the kind of number.
 */
export type NumberKind = 'money' | 'quantity';

export interface NumbersParams {
  NUMBER_INVALID: { field?: string; kind: NumberKind; raw: string };
  NUMBER_EMPTY: { field?: string; kind: NumberKind };
  NUMBER_AMBIGUOUS: { field?: string; kind: NumberKind; raw: string };
  NUMBER_NEGATIVE: { field?: string; kind: NumberKind; raw: string };
  NUMBER_TOO_LARGE: { field?: string; kind: NumberKind; raw: string; max: string };
  MONEY_NOT_WHOLE: { field?: string; raw: string };
  NUMBER_TOO_PRECISE: { field?: string; raw: string; max: number };
}

const fieldVi = (p: { field?: string; kind?: NumberKind }) => p.field ?? (p.kind === 'quantity' ? 'Khối lượng' : 'Số tiền');
const fieldEn = (p: { field?: string; kind?: NumberKind }) => p.field ?? (p.kind === 'quantity' ? 'Quantity' : 'Amount');

const hintVi: Record<NumberKind, string> = {
  money: 'Ghi số tiền nguyên đồng, dấu chấm ngăn cách hàng nghìn, ví dụ 1.234.567.',
  quantity: 'Ghi theo kiểu Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy cho phần thập phân, ví dụ 1.234,5 hoặc 12,5.',
};
const hintEn: Record<NumberKind, string> = {
  money: 'Write whole đồng with dots between thousands, e.g. 1.234.567.',
  quantity: 'Write it the Vietnamese way: dots between thousands, a comma before decimals, e.g. 1.234,5 or 12,5.',
};

export const numbersVi: MessageTable<NumbersParams> = {
  NUMBER_INVALID: (p) => `${fieldVi(p)}: "${p.raw}" không phải là số.`,
  NUMBER_EMPTY: (p) => `${fieldVi(p)}: chưa nhập số.`,
  NUMBER_AMBIGUOUS: (p) => `${fieldVi(p)}: "${p.raw}" không rõ cách ghi số (dấu chấm/dấu phẩy). ${hintVi[p.kind]}`,
  NUMBER_NEGATIVE: (p) => `${fieldVi(p)}: "${p.raw}" không được là số âm.`,
  NUMBER_TOO_LARGE: (p) => `${fieldVi(p)}: "${p.raw}" quá lớn (tối đa ${p.max}).`,
  MONEY_NOT_WHOLE: (p) => `${fieldVi(p)}: "${p.raw}" phải là số tiền nguyên đồng (không có phần lẻ).`,
  NUMBER_TOO_PRECISE: (p) => `${fieldVi({ ...p, kind: 'quantity' })}: "${p.raw}" có quá ${p.max} chữ số thập phân.`,
};

export const numbersEn: MessageTable<NumbersParams> = {
  NUMBER_INVALID: (p) => `${fieldEn(p)}: "${p.raw}" is not a number.`,
  NUMBER_EMPTY: (p) => `${fieldEn(p)}: no number given.`,
  NUMBER_AMBIGUOUS: (p) => `${fieldEn(p)}: "${p.raw}" is ambiguous (dot or comma?). ${hintEn[p.kind]}`,
  NUMBER_NEGATIVE: (p) => `${fieldEn(p)}: "${p.raw}" must not be negative.`,
  NUMBER_TOO_LARGE: (p) => `${fieldEn(p)}: "${p.raw}" is too large (at most ${p.max}).`,
  MONEY_NOT_WHOLE: (p) => `${fieldEn(p)}: "${p.raw}" must be a whole number of đồng (no fraction).`,
  NUMBER_TOO_PRECISE: (p) => `${fieldEn({ ...p, kind: 'quantity' })}: "${p.raw}" has more than ${p.max} decimal places.`,
};

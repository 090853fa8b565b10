import { describe, expect, it } from 'vitest';
import { bookName, bookTitle, builtinBooks, computeEstimate, loadPriceBook, type PriceBookInput } from '../../src/index.ts';
import { readFileSync } from 'node:fs';

const NAME = 'Đơn giá dịch vụ sự nghiệp công lĩnh vực lưu trữ tỉnh Lào Cai (QĐ 356/QĐ-UBND)';
const draft = builtinBooks['lao-cai-2026']!;
const certification = {
  by: 'Nguyễn Văn Thử',
  position: 'Chuyên viên',
  organisation: 'Sở Tài chính (thử nghiệm)',
  date: '2026-02-20',
  statement: 'Tôi đã đối chiếu từng đơn giá với quyết định.',
};
/** The draft with `priced` of its 11 items given a (fictional) price, as an import would record it. */
function filled(priced: number, extra: Partial<PriceBookInput> = {}): PriceBookInput {
  return {
    ...draft,
    status: priced === draft.items.length ? 'user' : 'draft',
    items: draft.items.map((it, i) => (i < priced ? { ...it, price: String(1000 * (i + 1)) } : it)),
    ...extra,
  };
}
const title = (b: PriceBookInput, locale?: 'vi' | 'en') => bookTitle(loadPriceBook(b), locale);

describe('bookTitle — completeness from the data, never from text stored in the title', () => {
  it('the built-in draft: no price yet', () => {
    expect(title(draft)).toBe(`${NAME} — CHƯA NHẬP ĐƠN GIÁ`);
  });
  it('some prices entered: how many are missing', () => {
    expect(title(filled(8))).toBe(`${NAME} — CÒN THIẾU 3/11 ĐƠN GIÁ`);
    expect(title(filled(10))).toBe(`${NAME} — CÒN THIẾU 1/11 ĐƠN GIÁ`);
  });
  it('every price entered but not certified: says so', () => {
    expect(title(filled(11))).toBe(`${NAME} — ĐƠN GIÁ CHƯA ĐƯỢC XÁC NHẬN`);
  });
  it('every price entered and certified: the name alone', () => {
    expect(title(filled(11, { certification }))).toBe(NAME);
  });
  it('a stale mark stored in the title (a book imported from a draft-era sheet) is not shown', () => {
    const stale = `${NAME} — CHƯA NHẬP ĐƠN GIÁ`;
    expect(title(filled(11, { certification, title: stale }))).toBe(NAME);
    expect(title(filled(8, { title: stale }))).toBe(`${NAME} — CÒN THIẾU 3/11 ĐƠN GIÁ`);
    expect(title(filled(11, { certification, title: `${NAME} - CÒN THIẾU 2/11 ĐƠN GIÁ` }))).toBe(NAME);
  });
  it('the sample book and an official one need no certification; MẪU stays in the name', () => {
    const mau = builtinBooks['mau-2026']!;
    expect(title(mau)).toBe(mau.title);
    expect(title(mau)).toMatch(/MẪU/);
    expect(title(filled(11, { status: 'official' }))).toBe(NAME);
  });
  it('in English when asked', () => {
    expect(title(draft, 'en')).toBe(`${NAME} — NO PRICES ENTERED`);
    expect(title(filled(8), 'en')).toBe(`${NAME} — 3/11 PRICES MISSING`);
  });
});

describe('bookName — the name without a stored completeness mark', () => {
  it('keeps titles that carry no mark, including dashes of their own', () => {
    expect(bookName('MẪU — Bảng đơn giá thử nghiệm')).toBe('MẪU — Bảng đơn giá thử nghiệm');
    expect(bookName(`${NAME} — CHƯA NHẬP ĐƠN GIÁ`)).toBe(NAME);
    expect(bookName(`${NAME} — ĐƠN GIÁ CHƯA ĐƯỢC XÁC NHẬN`.normalize('NFD'))).toBe(NAME);
    expect(bookName('CHƯA NHẬP ĐƠN GIÁ')).toBe('CHƯA NHẬP ĐƠN GIÁ'); // nothing else to call it
  });
});

describe('the estimate records the title as shown', () => {
  it('computed with a book missing prices it does not use: the title says how many are missing', () => {
    // xa-bao-ha uses CL.RL, SH.A4, SH.A3, BM.HS, KT.DL, KS.KH, VT.HOP; leave BM.VB, CL.SB, VC.TL, NT without a price.
    const used = new Set(['CL.RL', 'SH.A4', 'SH.A3', 'BM.HS', 'KT.DL', 'KS.KH', 'VT.HOP']);
    const book: PriceBookInput = { ...draft, items: draft.items.map((it) => (used.has(it.code) ? { ...it, price: '1000' } : it)) };
    const input = JSON.parse(readFileSync(new URL('../../../../examples/xa-bao-ha.json', import.meta.url), 'utf8'));
    const e = computeEstimate(input, loadPriceBook(book));
    expect(e.book.title).toBe(`${NAME} — CÒN THIẾU 4/11 ĐƠN GIÁ`);
  });
});

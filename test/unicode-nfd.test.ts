// Vietnamese text typed on macOS arrives decomposed (NFD: "ồ" = o + U+0302 + U+0300). Every text path of core
// must read it exactly like the composed form (NFC) and write NFC.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  amountInWords,
  builtinBooks,
  computeEstimate,
  foldText,
  loadPriceBook,
  normalizeMoney,
  normalizeQuantity,
  parseAmountWords,
  readSubmissionFromGrid,
  unitFromText,
  type WorkbookGrid,
} from '@dutoan/core';

function deepMap(v: unknown, f: (s: string) => string): unknown {
  if (typeof v === 'string') return f(v);
  if (Array.isArray(v)) return v.map((x) => deepMap(x, f));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deepMap(x, f)]));
  return v;
}
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out));
  return out;
}
const nfd = (s: string) => s.normalize('NFD');
const book = loadPriceBook(builtinBooks['mau-2026']!);

describe('NFC and NFD read identically; output is NFC', () => {
  it('the test data really differs between the two forms', () => {
    expect(nfd('Bảo Hà')).not.toBe('Bảo Hà');
    expect(nfd('Bảo Hà').length).toBe(8); // B a ◌̉ o ␠ H a ◌̀ : 5 letters, 2 combining marks, 1 space
  });

  it.each(['xa-bao-ha', 'so-van-hoa', 'trung-tam-luu-tru'])('computeEstimate(%s): NFD input gives the same estimate, all text NFC', (name) => {
    const input = JSON.parse(readFileSync(new URL(`../examples/${name}.json`, import.meta.url), 'utf8'));
    const fromNfc = computeEstimate(input, book);
    const fromNfd = computeEstimate(deepMap(input, nfd), book);
    expect(fromNfd).toEqual(fromNfc);
    for (const s of strings(fromNfd)) expect(s.normalize('NFC')).toBe(s);
  });

  it('numbers with a unit suffix written in NFD', () => {
    expect(normalizeMoney(nfd('1.234.567 đồng'))).toBe('1234567');
    expect(normalizeQuantity(nfd('1.234,5'))).toBe('1234.5');
  });

  it('amounts in words: parsing NFD text, and output in NFC', () => {
    const text = 'Một triệu không trăm năm mươi nghìn đồng';
    expect(parseAmountWords(nfd(text))).toBe(parseAmountWords(text));
    expect(parseAmountWords(nfd(text))).toBe(1_050_000n);
    const words = amountInWords(1_050_000n);
    expect(words.normalize('NFC')).toBe(words);
  });

  it('unit names and folded header text', () => {
    expect(unitFromText(nfd('Mét giá'))).toBe(unitFromText('Mét giá'));
    expect(unitFromText(nfd('Mét giá'))).toBe('met-gia');
    expect(foldText(nfd('Nội dung công việc'))).toBe(foldText('Nội dung công việc'));
  });

  it('the audit reader reads NFD cell text like NFC (the sheet name is kept as the file spells it)', () => {
    // A grid laid out like a hand-made table: header row, then lines.
    const rows: Array<Array<string | number | null>> = [
      ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'],
      ['DỰ TOÁN KINH PHÍ CHỈNH LÝ, SỐ HÓA TÀI LIỆU LƯU TRỮ NĂM 2026'],
      ['STT', 'Nội dung công việc', 'Đơn vị tính', 'Khối lượng', 'Đơn giá', 'Thành tiền', 'Ghi chú'],
      ['I', 'Chỉnh lý tài liệu', null, null, null, null, null],
      [1, 'Chỉnh lý tài liệu rời lẻ', 'Mét giá', 20, 1_500_000, 30_000_000, null],
      [null, 'TỔNG CỘNG', null, null, null, 30_000_000, null],
    ];
    const grid = (f: (s: string) => string): WorkbookGrid => ({
      sheets: [{ name: 'Dự toán', values: rows.map((r) => r.map((v) => (typeof v === 'string' ? f(v) : v))), formulas: [] }],
      names: {},
    });
    const a = readSubmissionFromGrid(grid((s) => s));
    const b = readSubmissionFromGrid(grid(nfd));
    expect(b).toEqual(a);
    expect(a.sections.length).toBeGreaterThan(0);
  });
});

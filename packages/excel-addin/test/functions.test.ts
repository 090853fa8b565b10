import { builtinBooks, loadPriceBook } from '@dutoan/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOOK_STORAGE_KEY, storeSelectedBook } from '../src/functions/book-store.ts';
import { FunctionError } from '../src/functions/function-error.ts';
import { bangChu, donGia } from '../src/functions/functions.ts';
import { parseWordsOptions } from '../src/functions/words-options.ts';
import { generateFunctionsJson } from '../scripts/functions-json.ts';

describe('DUTOAN.BANGCHU', () => {
  it('reads amounts the way DOMAIN.md §4 spells them', () => {
    expect(bangChu(1_050_000)).toBe('Một triệu không trăm năm mươi nghìn đồng chẵn');
    expect(bangChu(1_000_500)).toBe('Một triệu năm trăm đồng');
    expect(bangChu(105)).toBe('Một trăm linh năm đồng');
    expect(bangChu(0)).toBe('Không đồng');
  });

  it('applies the Vietnamese option keywords', () => {
    expect(bangChu(105, 'lẻ')).toBe('Một trăm lẻ năm đồng');
    expect(bangChu(24_000, 'ngàn, bốn')).toBe('Hai mươi bốn ngàn đồng chẵn');
    expect(bangChu(7, 'bẩy; ./.')).toBe('Bẩy đồng./.');
    expect(bangChu(1_000, 'không chẵn')).toBe('Một nghìn đồng');
    expect(bangChu(5, 'luôn chẵn, chữ thường')).toBe('năm đồng chẵn');
    expect(bangChu(5, 'Không Đồng')).toBe('Năm');
  });

  it('rounds a float-noisy total half up to whole đồng before reading', () => {
    expect(bangChu(1_050_000.4999)).toBe('Một triệu không trăm năm mươi nghìn đồng chẵn');
    expect(bangChu(104.5)).toBe('Một trăm linh năm đồng');
  });

  it('gives Excel errors with Vietnamese messages for bad input', () => {
    expect(() => bangChu(-1)).toThrow(FunctionError);
    expect(() => bangChu(-1)).toThrow('Số tiền phải là số không âm (đồng).');
    expect(() => bangChu(Number.NaN)).toThrow(FunctionError);
    expect(() => bangChu(1, 'nghin')).toThrow(/Tùy chọn "nghin" không hiểu được/);
  });

  it('parseWordsOptions maps each keyword onto core options', () => {
    expect(parseWordsOptions('ngàn, lẻ, tư, bảy, ./.')).toEqual({ thousand: 'ngàn', zeroTens: 'lẻ', four: 'tư', seven: 'bảy', terminator: true });
    expect(parseWordsOptions('')).toEqual({});
    expect(parseWordsOptions(undefined)).toEqual({});
  });
});

describe('DUTOAN.DONGIA', () => {
  const store = new Map<string, string>();
  beforeEach(() => {
    store.clear();
    (globalThis as Record<string, unknown>).OfficeRuntime = {
      storage: { getItem: async (k: string) => store.get(k) ?? null, setItem: async (k: string, v: string) => void store.set(k, v) },
    };
  });
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).OfficeRuntime;
  });

  it('says a book must be chosen first (no silent default price)', async () => {
    await expect(donGia('SH.A4')).rejects.toThrow(/Chưa chọn bảng đơn giá/);
  });

  it('returns the price of the chosen book (sample book: 1.111 đ/trang A4)', async () => {
    await storeSelectedBook(loadPriceBook(builtinBooks['mau-2026']!));
    await expect(donGia('SH.A4')).resolves.toBe(1111);
    await expect(donGia(' sh.a3 ')).resolves.toBe(2222);
    await expect(donGia('CL.RL')).resolves.toBe(8_888_000);
  });

  it('names the missing item or the missing price', async () => {
    const book = loadPriceBook(builtinBooks['mau-2026']!);
    await storeSelectedBook(book);
    await expect(donGia('XX.1')).rejects.toThrow('Bảng đơn giá "mau-2026" không có hạng mục XX.1.');
    const noPrice = { ...book, id: 'chua-gia', items: book.items.map((i) => ({ ...i, price: null })) };
    store.set(BOOK_STORAGE_KEY, JSON.stringify(noPrice));
    await expect(donGia('SH.A4')).rejects.toThrow(/chưa có đơn giá cho hạng mục SH.A4/);
    store.set(BOOK_STORAGE_KEY, '{"not":"a book"}');
    await expect(donGia('SH.A4')).rejects.toThrow(/không đọc được/);
  });
});

describe('functions.json (custom-functions-metadata)', () => {
  it('declares DUTOAN.BANGCHU(amount, [options]) and DUTOAN.DONGIA(code, [variant])', async () => {
    const { json, associate } = await generateFunctionsJson();
    const meta = JSON.parse(json) as { functions: Array<{ id: string; name: string; parameters: Array<{ name: string; type: string; optional?: boolean }>; result: { type: string } }> };
    const shape = meta.functions.map((f) => ({ id: f.id, name: f.name, params: f.parameters.map((p) => `${p.name}:${p.type}${p.optional ? '?' : ''}`), result: f.result.type }));
    expect(shape).toEqual([
      { id: 'BANGCHU', name: 'BANGCHU', params: ['amount:number', 'options:string?'], result: 'string' },
      { id: 'DONGIA', name: 'DONGIA', params: ['code:string', 'variant:string?'], result: 'number' },
    ]);
    expect(associate.map((a) => [a.id, a.functionName])).toEqual([['BANGCHU', 'bangChu'], ['DONGIA', 'donGia']]);
    // the reviewed file: any change to the functions' JSDoc shows up as a diff here
    await expect(json).toMatchFileSnapshot('./__snapshots__/functions.json');
  });
});

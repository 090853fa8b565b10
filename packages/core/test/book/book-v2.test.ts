import { describe, expect, it } from 'vitest';
import { problems } from '../support/problems.ts';
import { readFileSync } from 'node:fs';
import {
  allowedCoefficients,
  bookHash,
  builtinBooks,
  computeEstimate,
  diffBooks,
  loadPriceBook,
  type PriceBook,
} from '../../src/index.ts';

const mau40: PriceBook = loadPriceBook(JSON.parse(readFileSync(new URL('../../../../examples/books/mau-40-hang-muc.json', import.meta.url), 'utf8')));
const header = { agency: 'ĐƠN VỊ THỬ', date: '2026-04-10' };
const input = (lines: unknown[], id = 'I') => ({ schemaVersion: 1, header, sections: [{ id, vat: { rate: 0, basis: 'thử' }, lines }] });

describe('book format 2', () => {
  it('a format-1 book is migrated on load: version "1", no coefficients, and its hash is the one stamped before', () => {
    const v1 = { ...builtinBooks['mau-2026']!, formatVersion: 1 } as Record<string, unknown>;
    delete v1.version;
    const b = loadPriceBook(v1);
    expect(b.formatVersion).toBe(2);
    expect(b.version).toBe('1');
    expect(b.coefficients).toEqual([]);
    // The hash of mau-2026 as format 1 wrote it (printed by `dutoan book list` before format 2).
    expect(bookHash(b)).toBe('sha256:c7a210e5666156960f36b8ec8665df7e2ef2f067deb1d4b00111d0f2d8a95743');
  });

  it('every price of lao-cai-2026 stays null; mau-2026 stays MẪU', () => {
    const lc = loadPriceBook(builtinBooks['lao-cai-2026']!);
    expect(lc.items.every((i) => i.price === null)).toBe(true);
    expect(loadPriceBook(builtinBooks['mau-2026']!).status).toBe('sample');
  });

  it('refuses a coefficient on an unknown item, a duplicate id, a value with 5 decimals, an empty scope — with paths', () => {
    const k = mau40.coefficients[0]!;
    const bad = {
      ...mau40,
      coefficients: [
        { ...k, appliesTo: { items: ['XX.1'] } },
        { ...k, id: 'K.NN' },
        { ...k, id: 'K.NN', value: '1,23456' },
        { ...k, id: 'K.X', appliesTo: {} },
      ],
    };
    // Field problems first (zod checks the whole book's consistency once every field is valid).
    expect(problems(() => loadPriceBook(bad)).sort()).toEqual(['coefficients[2].value COEFFICIENT_VALUE_INVALID', 'coefficients[3].appliesTo COEFFICIENT_SCOPE_EMPTY']);
    const inconsistent = { ...mau40, coefficients: [{ ...k, appliesTo: { items: ['XX.1'] } }, { ...k, id: 'K.NN' }, { ...k, id: 'K.NN' }] };
    expect(problems(() => loadPriceBook(inconsistent))).toEqual([
      'coefficients[0].appliesTo.items[0] BOOK_COEFFICIENT_ITEM_UNKNOWN',
      'coefficients[2].id BOOK_COEFFICIENT_DUPLICATE',
    ]);
  });

  it('allowedCoefficients: what the book lets multiply an item (by code or by section)', () => {
    const item = (code: string) => mau40.items.find((i) => i.code === code)!;
    expect(allowedCoefficients(mau40, item('NC.CL')).map((k) => k.id)).toEqual(['K.1975', 'K.NN', 'K.KV']);
    expect(allowedCoefficients(mau40, item('VC.TL')).map((k) => k.id)).toEqual(['K.VC']);
    expect(allowedCoefficients(mau40, item('VT.CL')).map((k) => k.id)).toEqual(['K.KV']);
  });
});

describe('estimate lines by code, level and coefficient', () => {
  it('one message per unknown code, missing level, unknown level, wrong section, coefficient problem — each with its path', () => {
    const lines = [
      { item: 'XX.9', quantity: 1 },
      { item: 'NC.CL', quantity: 1 },
      { item: 'NC.CL', variant: 'Mức 9', quantity: 1 },
      { item: 'SH.A3', quantity: 1 },
      { item: 'VT.CL', quantity: 1, coefficients: ['K.1975'] },
      { item: 'NC.CLHS', variant: 'Mức độ phức tạp 1', quantity: 1, coefficients: ['K.KV'] },
      { item: 'NC.CLHS', variant: 'Mức độ phức tạp 1', quantity: 1, coefficients: ['K.9'] },
      { item: 'NC.CLHS', variant: 'Mức độ phức tạp 1', quantity: 1, coefficients: ['K.1975', 'K.1975'] },
      { item: 'NC.CLHS', variant: 'Mức độ phức tạp 1', quantity: '1,125', coefficients: ['K.1975', 'K.NN'] },
    ];
    expect(problems(() => computeEstimate(input(lines), mau40))).toEqual([
      'sections[0].lines[0].item BOOK_ITEM_MISSING',
      'sections[0].lines[1].variant LINE_LEVEL_MISSING',
      'sections[0].lines[2].variant LINE_LEVEL_UNKNOWN',
      'sections[0].lines[3].item LINE_WRONG_SECTION',
      'sections[0].lines[4].coefficients[0] LINE_COEFFICIENT_NOT_ALLOWED',
      'sections[0].lines[5].coefficients[0] LINE_COEFFICIENT_NULL',
      'sections[0].lines[6].coefficients[0] LINE_COEFFICIENT_UNKNOWN',
      'sections[0].lines[7].coefficients[1] LINE_COEFFICIENT_TWICE',
      // 1,125 (3 decimals) × 1,56 (2 decimals): 5 decimals — no engine-independent đồng
      'sections[0].lines[8].quantity LINE_COEFFICIENT_PRECISION',
    ]);
  });

  it('amount = round-half-up(quantity × price × coefficients), hand-computed', () => {
    const e = computeEstimate(input([{ item: 'NC.CLHS', variant: 'Mức độ phức tạp 2', quantity: '0,25', coefficients: ['K.1975', 'K.NN'] }]), mau40);
    // 0,25 × 2.828.000 × 1,3 × 1,2 = 707.000 × 1,56 = 1.102.920
    expect(e.sections[0]!.lines[0]).toMatchObject({ factor: '1.56', amount: '1102920' });
    expect(e.sections[0]!.lines[0]!.note).toContain('hệ số K.1975 = 1,3 × K.NN = 1,2');
  });
});

describe('diffBooks', () => {
  it('lists added, removed and re-priced items and changed coefficients', () => {
    const next: PriceBook = loadPriceBook({
      ...mau40,
      version: '2',
      items: [...mau40.items.filter((i) => i.code !== 'VT.CAP').map((i) => (i.code === 'SH.A3' ? { ...i, price: '2121' } : i)), { ...mau40.items[0]!, code: 'NC.MOI' }],
      coefficients: mau40.coefficients.map((k) => (k.id === 'K.HH' ? { ...k, value: '1,2' } : k)),
    });
    const d = diffBooks(mau40, next);
    expect(d.added.map((i) => i.code)).toEqual(['NC.MOI']);
    expect(d.removed.map((i) => i.code)).toEqual(['VT.CAP']);
    expect(d.priceChanged.map((c) => [c.new.code, c.old.price, c.new.price])).toEqual([['SH.A3', '2020', '2121']]);
    expect(d.coefficientsChanged.map((c) => [c.new.id, c.old.value, c.new.value])).toEqual([['K.HH', '1.15', '1.2']]);
    expect([...d.touched].sort()).toEqual(['NC.MOI|Mức độ phức tạp 1', 'SH.A3|', 'VT.CAP|']);
  });
});

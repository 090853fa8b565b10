import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { bookHash, builtinBooks, canonicalJson, loadPriceBook, sha256Hex } from '../../src/index.ts';

describe('sha256Hex (pure JS, for the browser too)', () => {
  it('matches published test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('matches node:crypto on random Unicode text of any length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
      }),
      { numRuns: 300 },
    );
    const long = 'Chỉnh lý tài liệu '.repeat(1000);
    expect(sha256Hex(long)).toBe(createHash('sha256').update(long, 'utf8').digest('hex'));
  });
});

describe('canonical JSON and bookHash', () => {
  it('is stable under key order and formatting (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.string(), fc.boolean())), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
      }),
    );
  });

  it('does not depend on how a price was typed, and changes with one đồng', () => {
    const book = builtinBooks['mau-2026']!;
    const a = loadPriceBook(book);
    const typedAsNumbers = { ...book, items: book.items.map((i) => ({ ...i, price: i.price === null ? null : Number(String(i.price).replace(/\./g, '')) })) };
    const b = loadPriceBook(JSON.parse(JSON.stringify(typedAsNumbers)));
    expect(bookHash(b)).toBe(bookHash(a));
    const edited = { ...book, items: book.items.map((i, k) => (k === 0 ? { ...i, price: '8.888.001' } : i)) };
    expect(bookHash(loadPriceBook(edited))).not.toBe(bookHash(a));
    expect(bookHash(a)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('NFD and NFC names hash the same', () => {
    const book = builtinBooks['mau-2026']!;
    const nfd = { ...book, title: book.title.normalize('NFD') };
    expect(bookHash(loadPriceBook(nfd))).toBe(bookHash(loadPriceBook(book)));
  });
});

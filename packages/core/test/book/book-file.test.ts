import { describe, expect, it } from 'vitest';
import { bookFileText, bookHash, builtinBooks, isDutoanError, loadPriceBook, readBookFile } from '../../src/index.ts';

const book = loadPriceBook(builtinBooks['mau-2026']!);

describe('price-book file (bookFileText / readBookFile)', () => {
  it('stamps the hash first and reads it back equal to the book it holds', () => {
    const text = bookFileText(book);
    expect(text.startsWith(`{\n  "hash": "sha256:`)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const back = readBookFile(JSON.parse(text));
    expect(back.stamped).toBe(back.hash);
    expect(back.book).toEqual(book);
  });

  it('a price changed by one đồng after stamping no longer matches the stamp', () => {
    const raw = JSON.parse(bookFileText(book)) as { hash: string; items: Array<{ price: string | null }> };
    const priced = raw.items.find((i) => i.price !== null)!;
    priced.price = String(BigInt(priced.price!) + 1n);
    const back = readBookFile(raw);
    expect(back.stamped).toBe(bookHash(book));
    expect(back.hash).not.toBe(back.stamped);
  });

  it('a file without a stamp reads with stamped = null; a file that is not a book is refused with a field path', () => {
    expect(readBookFile(builtinBooks['mau-2026']).stamped).toBeNull();
    try {
      readBookFile({ hash: 'sha256:00', id: 'x' });
      expect.unreachable();
    } catch (e) {
      expect(isDutoanError(e)).toBe(true);
      expect((e as Error).message).toMatch(/[àáảãạăâđêôơư]/);
    }
  });
});

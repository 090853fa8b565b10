import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { auditCodes, findingCodes, renderAuditCodesMarkdown } from '@dutoan/core';

describe('docs/audit-codes.md', () => {
  const doc = readFileSync(new URL('../docs/audit-codes.md', import.meta.url), 'utf8');
  it('equals the table generated from the code data (regenerate: scripts/gen-audit-codes-doc.ts)', () => {
    expect(doc).toBe(renderAuditCodesMarkdown());
  });
  it('lists every code the issue requires, once', () => {
    const required = [
      'PRICE_MISMATCH', 'UNKNOWN_ITEM', 'UNIT_MISMATCH', 'ARITHMETIC', 'SUBTOTAL', 'TOTAL', 'VAT_RATE', 'VAT_BASIS_MISSING',
      'WORDS_MISMATCH', 'FORMULA_OVERWRITTEN', 'BOOK_HASH_MISMATCH', 'SAMPLE_BOOK', 'QUANTITY_IMPLAUSIBLE', 'DUPLICATE_LINE', 'HEADER_MISSING',
    ];
    for (const code of required) {
      expect(findingCodes).toContain(code);
      expect(doc.split(`| \`${code}\` |`).length - 1, code).toBe(1);
    }
    for (const code of findingCodes) expect(auditCodes[code].title.normalize('NFC')).toBe(auditCodes[code].title);
  });
});

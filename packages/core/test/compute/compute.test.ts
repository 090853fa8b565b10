import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { builtinBooks, computeEstimate, DutoanError, type EstimateInputJson } from '../../src/index.ts';

const book = builtinBooks['mau-2026']!;

function input(sections: EstimateInputJson['sections'], extra: Partial<EstimateInputJson> = {}): EstimateInputJson {
  return {
    schemaVersion: 1,
    header: { agency: 'UBND XÃ THỬ NGHIỆM', date: '2026-04-10' },
    sections,
    ...extra,
  };
}
const vat0 = { rate: 0 as const, basis: 'Tự thực hiện' };

describe('computeEstimate — hand-computed fixture', () => {
  it('computes lines, VAT, totals, rounding and words', () => {
    // I:   CL.SB 2,5 m × 6.666.000 = 16.665.000
    // II:  SH.A4 1.001 × 1.111 = 1.112.111 ; SH.A3 0,5 × 2.222 = 1.111 ; subtotal 1.113.222
    //      VAT 8%: 1.113.222 × 0,08 = 89.057,76 → 89.058 ; section total 1.202.280
    // III: NT 1 × 2.222.000 = 2.222.000
    // Before VAT 16.665.000 + 1.113.222 + 2.222.000 = 20.000.222 ; VAT 89.058 ; total 20.089.280
    // Rounded to thousands: 20.089.000, adjustment −280
    const e = computeEstimate(
      input(
        [
          { id: 'III', vat: vat0, lines: [{ item: 'NT', quantity: 1 }] },
          { id: 'I', vat: vat0, lines: [{ item: 'CL.SB', quantity: '2,5' }] },
          { id: 'II', vat: { rate: 8, basis: 'Thuê dịch vụ' }, lines: [{ item: 'SH.A4', quantity: '1.001' }, { item: 'SH.A3', quantity: '0,5' }] },
        ],
        { rounding: { toThousand: true } },
      ),
      book,
    );
    expect(e.sections.map((s) => s.id)).toEqual(['I', 'II', 'III']);
    expect(e.sections[0]!.lines[0]!.amount).toBe('16665000');
    expect(e.sections[1]!.lines.map((l) => l.amount)).toEqual(['1112111', '1111']);
    expect(e.sections[1]!.subtotal).toBe('1113222');
    expect(e.sections[1]!.vat.amount).toBe('89058');
    expect(e.sections[1]!.total).toBe('1202280');
    expect(e.totalBeforeVat).toBe('20000222');
    expect(e.vatTotal).toBe('89058');
    expect(e.total).toBe('20089280');
    expect(e.rounding.adjustment).toBe('-280');
    expect(e.finalAmount).toBe('20089000');
    expect(e.amountInWords).toBe('Hai mươi triệu không trăm tám mươi chín nghìn đồng chẵn');
    expect(e.sampleLabel).toContain('MẪU');
    expect(e.book.hash).toMatch(/^sha256:/);
    expect(e.sections[0]!.lines[0]!.note).toContain('CL.SB');
    expect(e.sections[0]!.lines[0]!.unit).toBe('Mét giá');
  });

  it('is deterministic (property: same input → same JSON)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 8 }), (qs) => {
        const inp = input([{ id: 'II', vat: vat0, lines: qs.map((q) => ({ item: 'SH.A4', quantity: q })) }]);
        expect(JSON.stringify(computeEstimate(inp, book))).toBe(JSON.stringify(computeEstimate(inp, book)));
      }),
      { numRuns: 30 },
    );
  });

  it('total = Σ rounded lines + Σ VAT (property, BigInt referee)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 10 ** 7 }), fc.integer({ min: 0, max: 9999 })), { minLength: 1, maxLength: 10 }),
        fc.constantFrom(0, 5, 8, 10),
        (qs, rate) => {
          const lines = qs.map(([i, f]) => ({ item: 'SH.A3', quantity: `${i},${String(f).padStart(4, '0')}` }));
          const e = computeEstimate(input([{ id: 'II', vat: { rate: rate as 0, basis: 'x' }, lines }]), book);
          // Referee in BigInt: quantity in 1/10000 units × 2222, rounded half up.
          let sub = 0n;
          for (const [i, f] of qs) {
            const q = BigInt(i) * 10000n + BigInt(f);
            sub += (q * 2222n + 5000n) / 10000n;
          }
          const vat = (sub * BigInt(rate) + 50n) / 100n;
          expect(e.total).toBe(String(sub + vat));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('computeEstimate — bad input', () => {
  function codeOf(f: () => unknown): DutoanError {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(DutoanError);
      return e as DutoanError;
    }
    throw new Error('did not throw');
  }

  it('names the path of a negative or non-numeric quantity', () => {
    const e = codeOf(() => computeEstimate(input([{ id: 'I', vat: vat0, lines: [{ item: 'CL.RL', quantity: '-3' }] }]), book));
    expect(e.issues[0]!.path).toBe('sections[0].lines[0].quantity');
    expect(e.message).toMatch(/không được là số âm/);
    const e2 = codeOf(() => computeEstimate(input([{ id: 'I', vat: vat0, lines: [{ item: 'CL.RL', quantity: 'hai mươi' }] }]), book));
    expect(e2.issues[0]!.path).toBe('sections[0].lines[0].quantity');
  });

  it('requires a VAT basis, even at 0%', () => {
    const e = codeOf(() => computeEstimate(input([{ id: 'I', vat: { rate: 0, basis: '' }, lines: [{ item: 'CL.RL', quantity: 1 }] }]), book));
    expect(e.issues.some((i) => i.path === 'sections[0].vat.basis')).toBe(true);
    const e2 = codeOf(() => computeEstimate(input([{ id: 'I', vat: { rate: 7 as 0, basis: 'x' }, lines: [{ item: 'CL.RL', quantity: 1 }] }]), book));
    expect(e2.issues[0]!.path).toBe('sections[0].vat.rate');
  });

  it('lists every unknown item', () => {
    const e = codeOf(() =>
      computeEstimate(input([{ id: 'II', vat: vat0, lines: [{ item: 'XX.1', quantity: 1 }, { item: 'SH.A4', quantity: 1 }, { item: 'YY', quantity: 2 }] }]), book),
    );
    expect(e.code).toBe('ITEM_UNKNOWN');
    expect(e.issues.map((i) => i.path)).toEqual(['sections[0].lines[0].item', 'sections[0].lines[2].item']);
  });

  it('lists every item whose price is null, with the command that fixes it', () => {
    const partial = { ...book, id: 'thu', status: 'draft', items: book.items.map((i) => (i.code === 'SH.A4' || i.code === 'NT' ? { ...i, price: null } : i)) };
    const e = codeOf(() =>
      computeEstimate(
        input([
          { id: 'II', vat: vat0, lines: [{ item: 'SH.A4', quantity: 1 }] },
          { id: 'III', vat: vat0, lines: [{ item: 'NT', quantity: 1 }] },
        ]),
        partial,
      ),
    );
    expect(e.code).toBe('BOOK_INCOMPLETE');
    expect(e.issues).toHaveLength(2);
    expect(e.message).toContain('dutoan book import');
    expect(e.message).toContain('SH.A4');
    expect(e.message).toContain('NT');
  });

  it('refuses missing header fields and wrong schema version with paths', () => {
    const e = codeOf(() => computeEstimate({ schemaVersion: 2, header: { date: '2026-13-40' }, sections: [] }, book));
    const paths = e.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['schemaVersion', 'header.agency', 'header.date', 'sections']));
  });

  it('refuses a total beyond 10^18', () => {
    const e = codeOf(() => computeEstimate(input([{ id: 'I', vat: vat0, lines: [{ item: 'CL.RL', quantity: '999.999.999.999' }, { item: 'CL.RL', quantity: '999.999.999.999' }] }]), book));
    expect(e.code).toBe('TOTAL_TOO_LARGE');
  });
});

describe('a computed estimate satisfies its own schema', () => {
  it.each(['xa-bao-ha', 'so-van-hoa', 'trung-tam-luu-tru'])('%s', async (name) => {
    const { readFileSync } = await import('node:fs');
    const { estimateSchema } = await import('../../src/index.ts');
    const input = JSON.parse(readFileSync(new URL(`../../../../examples/${name}.json`, import.meta.url), 'utf8'));
    const e = computeEstimate(input, book);
    const r = estimateSchema.safeParse(JSON.parse(JSON.stringify(e)));
    expect(r.success ? [] : r.error.issues).toEqual([]);
    expect(r.success && r.data).toEqual(JSON.parse(JSON.stringify(e)));
  });
});

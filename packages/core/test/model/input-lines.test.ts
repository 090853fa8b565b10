import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fastInputLines, inputLinesSchema } from '../../src/model/input-lines.ts';

const slow = (v: unknown) => inputLinesSchema.safeParse(v);

describe('fast path for section lines', () => {
  it('gives exactly what zod gives whenever it answers (property)', () => {
    const quantity = fc.oneof(
      fc.integer({ min: -5, max: 2_000_000_000_000 }),
      fc.double({ noNaN: false }),
      fc.stringMatching(/^[0-9.,]{1,18}$/),
      fc.string(),
      fc.constantFrom('1.234', '1.234,5', '12,5', '0', '007', '12,50000', '999.999.999.999', '1.000.000.000.000', '1,234.5'),
    );
    const line = fc.record(
      { item: fc.oneof(fc.constantFrom('SH.A4', 'CL.RL', ''), fc.string()), quantity, note: fc.string(), extra: fc.string() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
        const fast = fastInputLines(lines);
        const ref = slow(lines);
        if (fast !== null) {
          expect(ref.success).toBe(true);
          expect(fast).toEqual(ref.success ? ref.data : undefined);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('answers for the common shape and defers everything else', () => {
    expect(fastInputLines([{ item: 'SH.A4', quantity: '1.234,5' }])).toEqual([{ item: 'SH.A4', quantity: '1234.5' }]);
    expect(fastInputLines([{ item: 'SH.A4', quantity: 12 }])).toEqual([{ item: 'SH.A4', quantity: '12' }]);
    expect(fastInputLines([{ item: 'SH.A4', quantity: '12.5' }])).toBeNull();
    expect(fastInputLines([{ item: 'SH.A4', quantity: '1', note: 'x' }])).toBeNull();
    expect(fastInputLines([])).toBeNull();
  });

  it('shares a plain, already normalised line with the caller and never writes to it', () => {
    const plain = Object.freeze({ item: 'SH.A4', quantity: '40000' });
    const written = Object.freeze({ item: 'SH.A4', quantity: '40.000' });
    const extra = Object.freeze({ item: 'SH.A4', quantity: '12', comment: 'không thuộc mẫu' });
    const out = fastInputLines([plain, written, extra])!;
    expect(out[0]).toBe(plain);
    expect(out[1]).toEqual({ item: 'SH.A4', quantity: '40000' });
    expect(out[2]).toEqual({ item: 'SH.A4', quantity: '12' }); // unknown keys are dropped, as zod drops them
    expect(out[2]).not.toBe(extra);
    expect(written).toEqual({ item: 'SH.A4', quantity: '40.000' });
  });
});

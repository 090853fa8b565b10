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
    expect(fastInputLines([{ item: 'SH.A4', quantity: '1.234,5' }])).toEqual([{ item: 'SH.A4', quantity: '1234.5', note: '' }]);
    expect(fastInputLines([{ item: 'SH.A4', quantity: 12 }])).toEqual([{ item: 'SH.A4', quantity: '12', note: '' }]);
    expect(fastInputLines([{ item: 'SH.A4', quantity: '12.5' }])).toBeNull();
    expect(fastInputLines([{ item: 'SH.A4', quantity: '1', note: 'x' }])).toBeNull();
    expect(fastInputLines([])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { excelSerialDate } from '../../src/index.ts';

describe('excelSerialDate', () => {
  it('reads serials as Excel shows them (1900 and 1904 date systems)', () => {
    // Excel: =DATE(2024,1,1) → 45292, =DATE(2026,1,1) → 46023, =DATE(2026,2,5) → 46058; 1904 system: 1.462 days less.
    expect(excelSerialDate(45292).toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(excelSerialDate(46023).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(excelSerialDate(46058).toISOString()).toBe('2026-02-05T00:00:00.000Z');
    expect(excelSerialDate(46023 - 1462, true).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(excelSerialDate(46023.75).toISOString()).toBe('2026-01-01T18:00:00.000Z');
    expect(excelSerialDate(61).toISOString()).toBe('1900-03-01T00:00:00.000Z'); // just past Excel's phantom 29/02/1900
  });
});

import { describe, expect, it } from 'vitest';
import { dutoan } from './book-support.ts';

describe('dutoan plan — the README example', () => {
  it('3.201.277 pages by 30/6/2026 with 40 people at 1.200 pages/person-day: not feasible, 51 needed', async () => {
    // See packages/core/test/plan for the hand computation: 53 working days, 2.667,73 person-days, 51 people.
    const r = await dutoan(['plan', '--from', '2026-04-15', '--deadline', '2026-06-30', '--staff', '40', '--hours', '8',
      '--holidays', '2026-04-30,2026-05-01', '--pages', '3.201.277', '--pages-per-day', '1.200']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('55 ngày thứ Hai – thứ Sáu, trừ 2 ngày nghỉ (30/04/2026, 01/05/2026) = 53 ngày');
    expect(r.stdout).toContain('3.201.277 trang A4 ÷ 1.200 trang A4/người/ngày');
    expect(r.stdout).toContain('= 2.667,73 ngày công');
    expect(r.stdout).toContain('= 51 người');
    expect(r.stdout).toContain('xong ngày 20/07/2026');
    expect(r.stdout).toContain('KHÔNG KỊP');
  });

  it('refuses a volume without its measured throughput (no official norm to fall back on)', async () => {
    const r = await dutoan(['plan', '--from', '2026-04-15', '--deadline', '2026-06-30', '--staff', '40', '--hours', '8', '--pages', '3201277']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--pages-per-day');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { auditWorkbook } from '@dutoan/xlsx';
import { appraisalJsonSchema, appraiseSubmission, computeEstimate, notesVolumes, rowKey, type Appraisal, type AppraisalReason, type DecisionEntry } from '@dutoan/core';
import {
  baselineWorkbooks,
  examples,
  exampleInput,
  makeTamperedCorpus,
  officialLikeBook,
  sampleBook,
  type CorpusCase,
  type ExampleName,
} from '../scripts/make-tampered-corpus.ts';

/**
 * The appraisal on the tampered corpus (issue 14, "Must show"): for every file the appraised total equals the
 * untampered estimate's total (computed by computeEstimate from the example — another code path than the
 * appraisal), the difference is exactly what was planted (hand-computed below from each defect), and the reason
 * code is on the figure.
 */

/** Planted difference of TỔNG CỘNG (appraised − requested), in đồng, computed by hand from each defect. */
const plantedTotal: Record<string, number> = {
  // SH.A3: 500 trang × (2.222 − 2.300); xã Bảo Hà pays no VAT.
  '01-price-mismatch-xa-bao-ha': -39_000,
  // CL.SB: 12,5 m × (6.666.000 − 6.700.000) = −425.000, and its VAT 10 % −42.500.
  '02-price-mismatch-so-van-hoa': -467_500,
  // "+1000" in the formula of BM.HS.
  '07-arithmetic-xa-bao-ha': -1_000,
  // BM.VB took BM.HS's row: 5.432 × 555 − 594 × 3.333 = 3.014.760 − 1.979.802 = 1.034.958; VAT 10 % on
  // section II: 10.516.690 (105.166.897 × 10 %, rounded) − 10.413.194 (104.131.939 × 10 %, rounded) = 103.496.
  '08-arithmetic-so-van-hoa': 1_138_454,
  // Cộng II missed KT.DL: 40.000 × 444.
  '09-subtotal-xa-bao-ha': 17_760_000,
  // Section I total without its VAT: 116.655.000 × 10 %.
  '10-section-total-so-van-hoa': 11_665_500,
  // TỔNG CỘNG without section III: 12 × 5.555.000 + 12.400 × 44.444 + 4 × 2.222.000 (VAT 0).
  '11-total-trung-tam-luu-tru': 626_653_600,
  // VAT I at 7 % instead of the 10 % its basis states: 116.655.000 × 3 %.
  '13-vat-rate-so-van-hoa': 3_499_650,
  // VAT II rounded to thousands: 10.517.000 instead of 10.516.690.
  '14-vat-amount-so-van-hoa': -310,
  // SH.A3 copied: 1.210 × 2.222 = 2.688.620 and its VAT 10 % 268.862.
  '28-duplicate-line-so-van-hoa': -2_957_482,
  // Quantity defects, appraised with the volume Thuyết minh states (APPRAISE_QUANTITY_FROM_NOTES):
  // SH.A4 39.600 → 39.500 trang (Thuyết minh): −100 × 1.111; no VAT.
  '17-words-stale-xa-bao-ha': -111_100,
  // CL.RL 20.000 → 20 mét giá: −19.980 × 8.888.000; no VAT.
  '24-metres-x1000-xa-bao-ha': -177_582_240_000,
  // SH.A4 62,345 → 62.345 trang: 62.345 × 1.111 = 69.265.295 instead of round(62,345 × 1.111) = 69.265, i.e.
  // +69.196.030, and VAT 10 % of section II +6.919.603 (exact, nothing to round).
  '25-pages-decimal-slip-so-van-hoa': 76_115_633,
  // CL.RL 2 → 20 mét giá: +18 × 8.888.000; no VAT.
  '26-pages-per-metre-xa-bao-ha': 159_984_000,
};
/** The quantity defects: the line Thuyết minh corrects (its row's item code in the planted workbook). */
const fromNotes: Record<string, string> = {
  '17-words-stale-xa-bao-ha': 'SH.A4',
  '24-metres-x1000-xa-bao-ha': 'CL.RL',
  '25-pages-decimal-slip-so-van-hoa': 'SH.A4',
  '26-pages-per-metre-xa-bao-ha': 'CL.RL',
};
/** Planted difference of the final amount when it differs from the total's: the rounding line (−13 instead of −413). */
const plantedFinal: Record<string, number> = {
  '12-rounding-xa-bao-ha': -400,
  '11-total-trung-tam-luu-tru': 626_654_000,
  // Requested 254.451.413 + 111.100 = 254.562.513, rounded to 254.563.000; appraised 254.451.413 → 254.451.000.
  '17-words-stale-xa-bao-ha': -112_000,
};

/** Quantity defects: the appraisal keeps the submitted quantity (only a warning); the appraiser's decision restores it. */
const quantityDecisions: Record<string, { stt: string; content: string; value: string }> = {
  '17-words-stale-xa-bao-ha': { stt: '1', content: 'Số hóa tài liệu (quét, xử lý ảnh, tạo tệp PDF) — trang khổ A4', value: '39500' },
  '24-metres-x1000-xa-bao-ha': { stt: '1', content: 'Chỉnh lý tài liệu nền giấy — tài liệu rời lẻ (chưa lập hồ sơ)', value: '20' },
  '25-pages-decimal-slip-so-van-hoa': { stt: '1', content: 'Số hóa tài liệu (quét, xử lý ảnh, tạo tệp PDF) — trang khổ A4', value: '62345' },
  '26-pages-per-metre-xa-bao-ha': { stt: '1', content: 'Chỉnh lý tài liệu nền giấy — tài liệu rời lẻ (chưa lập hồ sơ)', value: '20' },
};

/** Every reason of an appraisal with the figure it explains. */
function allReasons(a: Appraisal): AppraisalReason[] {
  return [
    ...a.reasons,
    ...a.vats.flatMap((v) => v.reasons),
    ...a.sections.flatMap((s) => [...s.reasons, ...s.lines.flatMap((l) => l.reasons), ...s.lumpSums.flatMap((l) => l.reasons)]),
  ];
}

/** Every figure's difference (lines, lump sums, sections, VAT rows, totals). */
function differences(a: Appraisal): string[] {
  return [
    ...a.sections.flatMap((s) => [...s.lines, ...s.lumpSums].map((l) => l.amount.difference)),
    ...a.sections.flatMap((s) => [s.subtotal.difference, s.total.difference]),
    ...a.vats.map((v) => v.amount.difference),
    a.beforeVat.difference,
    a.vat.difference,
    a.total.difference,
    a.final.difference,
  ].filter((d): d is string => d !== null);
}

let cases: CorpusCase[];
const untampered = {} as Record<ExampleName, { total: string; final: string }>;
beforeAll(async () => {
  cases = await makeTamperedCorpus();
  for (const e of examples) {
    const est = computeEstimate(exampleInput(e), sampleBook);
    untampered[e] = { total: est.total, final: est.finalAmount };
  }
});

async function appraise(c: CorpusCase, decisions: DecisionEntry[] = []): Promise<Appraisal> {
  const book = c.officialBook ? officialLikeBook : sampleBook;
  const a = await auditWorkbook(c.bytes, book);
  return appraiseSubmission(a.submission, book, a.findings, decisions, { volumes: notesVolumes(a.grid) });
}

describe('appraisal of the tampered corpus', () => {
  it('an untouched workbook: appraised = requested on every figure, every line appraised', async () => {
    const base = await baselineWorkbooks();
    for (const e of examples) {
      const a = await auditWorkbook(base[e], sampleBook);
      const ap = appraiseSubmission(a.submission, sampleBook, a.findings, [], { volumes: notesVolumes(a.grid) });
      expect(ap.total.appraised, e).toBe(untampered[e].total);
      expect(ap.final.appraised, e).toBe(untampered[e].final);
      expect(new Set(differences(ap)), e).toEqual(new Set(['0']));
      expect(ap.counts['not-appraised'] + ap.counts.excluded, e).toBe(0);
    }
  });

  it('every file: appraised total = the untampered estimate, difference = what was planted, its reason code on the figure', async () => {
    const failures: string[] = [];
    for (const c of cases) {
      if (c.name.includes('pages-without-metres')) continue;
      const ap = await appraise(c);
      // The documented shape (schema/appraised.schema.json comes from this zod schema) holds on every file.
      const shape = appraisalJsonSchema.safeParse(JSON.parse(JSON.stringify(ap)));
      if (!shape.success) failures.push(`${c.name}: not the documented shape: ${shape.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
      const want = untampered[c.example];
      const planted = plantedTotal[c.name] ?? 0;
      if (ap.total.appraised !== want.total) failures.push(`${c.name}: appraised total ${ap.total.appraised}, untampered ${want.total}`);
      if (ap.final.appraised !== want.final) failures.push(`${c.name}: appraised final ${ap.final.appraised}, untampered ${want.final}`);
      if (ap.total.difference !== String(planted)) failures.push(`${c.name}: total difference ${ap.total.difference}, planted ${planted}`);
      const finalPlanted = plantedFinal[c.name] ?? planted;
      if (ap.final.difference !== String(finalPlanted)) failures.push(`${c.name}: final difference ${ap.final.difference}, planted ${finalPlanted}`);
      // Each planted error is a reason on the figure of its row.
      const reasons = allReasons(ap);
      for (const e of c.expected.filter((x) => x.severity === 'error' && x.code !== 'SAMPLE_BOOK' && !x.code.startsWith('WORDS_'))) {
        const row = rowKey({ sheet: e.sheet, cell: e.cell });
        if (!reasons.some((r) => r.code === e.code && r.at && rowKey(r.at) === row)) failures.push(`${c.name}: no ${e.code} reason at ${row}`);
      }
      // No difference without a reason on its figure: an audit error, or Thuyết minh's volume on the planted line.
      for (const l of ap.sections.flatMap((s) => s.lines)) {
        if (l.amount.difference === '0') continue;
        if (c.name in fromNotes) {
          if (l.item?.code !== fromNotes[c.name] || !l.reasons.some((r) => r.code === 'APPRAISE_QUANTITY_FROM_NOTES')) failures.push(`${c.name}: ${l.ref} differs without APPRAISE_QUANTITY_FROM_NOTES`);
        } else if (!l.reasons.some((r) => r.severity === 'error')) failures.push(`${c.name}: ${l.ref} differs without an audit finding`);
      }
      if (planted === 0 && !(c.name in plantedFinal) && [...new Set(differences(ap))].join() !== '0') failures.push(`${c.name}: a difference where none was planted: ${differences(ap).join(',')}`);
    }
    expect(failures.join('\n')).toBe('');
  });

  it('a line the audit cannot map stays at its requested amount, "chưa thẩm định được" with its reason — never zero', async () => {
    const code = await appraise(cases.find((c) => c.name === '03-unknown-item-code-xa-bao-ha')!);
    const line = code.sections.flatMap((s) => s.lines).find((l) => l.status === 'not-appraised')!;
    // BM.HS of xã Bảo Hà: 381 hồ sơ × 3.333 = 1.269.873 đồng, kept.
    expect(line.amount).toEqual({ requested: '1269873', appraised: '1269873', difference: '0' });
    expect(line.reasons.map((r) => r.code)).toEqual(['UNKNOWN_ITEM', 'APPRAISE_UNKNOWN_CODE']);
    expect(line.reasons[1]!.message).toMatch(/^Chưa thẩm định được: mã hạng mục BM\.XX/);
    const name = await appraise(cases.find((c) => c.name === '04-unknown-item-name-trung-tam-luu-tru')!);
    const l2 = name.sections.flatMap((s) => s.lines).find((l) => l.status === 'not-appraised')!;
    expect(l2.content).toBe('Thuê máy chủ lưu trữ dữ liệu');
    expect(l2.reasons.map((r) => r.code)).toContain('APPRAISE_UNMAPPED');
    expect(l2.amount.appraised).toBe(l2.amount.requested);
    expect(l2.amount.appraised).not.toBe('0');
  });

  it('quantity defects: the appraiser’s quantity decision gives the untampered total too, and is listed', async () => {
    const failures: string[] = [];
    for (const [name, d] of Object.entries(quantityDecisions)) {
      const c = cases.find((x) => x.name === name)!;
      const decided = await appraise(c, [{ line: { stt: d.stt, content: d.content }, action: 'quantity', value: d.value, note: 'Theo biên bản khảo sát', source: 'decisions[0]' }]);
      if (decided.total.appraised !== untampered[c.example].total) failures.push(`${name}: with the decision ${decided.total.appraised}, untampered ${untampered[c.example].total}`);
      const line = decided.sections.flatMap((s) => s.lines).find((l) => l.decision)!;
      if (!line.reasons.some((r) => r.code === 'APPRAISE_DECISION')) failures.push(`${name}: decision not listed on the line`);
      if (decided.decisions.length !== 1 || decided.decisions[0]!.ref !== line.ref) failures.push(`${name}: decision not listed`);
    }
    expect(failures.join('\n')).toBe('');
  });

  it('with lao-cai-2026 (every price null) every line is kept at its requested amount, none zero', async () => {
    const { builtinBooks, loadPriceBook } = await import('@dutoan/core');
    const lc = loadPriceBook(builtinBooks['lao-cai-2026']!);
    const base = await baselineWorkbooks();
    const a = await auditWorkbook(base['xa-bao-ha'], lc);
    const ap = appraiseSubmission(a.submission, lc, a.findings);
    const lines = ap.sections.flatMap((s) => s.lines);
    expect(lines.every((l) => l.status === 'not-appraised' && l.reasons.some((r) => r.code === 'APPRAISE_PRICE_NULL'))).toBe(true);
    expect(ap.total.appraised).toBe('254451413');
    expect(ap.total.difference).toBe('0');
  });
});

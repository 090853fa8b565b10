import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtinBooks, computeEstimate } from '@dutoan/core';

const book = builtinBooks['mau-2026']!;
const load = (name: string) => JSON.parse(readFileSync(new URL(`../examples/${name}.json`, import.meta.url), 'utf8'));

// Sample (MẪU) prices, typed again here from the sample book's definition, in đồng:
const P = { CL_RL: 8_888_000n, CL_SB: 6_666_000n, SH_A4: 1_111n, SH_A3: 2_222n, BM_HS: 3_333n, BM_VB: 555n, KT_DL: 444n, KS_KH: 5_555_000n, VT_HOP: 44_444n, VC_TL: 1_234_000n, NT: 2_222_000n };
/** round-half-up(q × p) with q given in 1/100 units */
const amt = (qHundredths: bigint, p: bigint) => (qHundredths * p + 50n) / 100n;

describe('examples recomputed by hand', () => {
  it('commune (xã Bảo Hà): 20 m loose records, ≈ 40.000 pages', () => {
    const I = 20n * P.CL_RL; //                                    177.760.000
    const II = 39_500n * P.SH_A4 + 500n * P.SH_A3 + 381n * P.BM_HS + 40_000n * P.KT_DL; // 64.025.373
    const III = 1n * P.KS_KH + 160n * P.VT_HOP; //                   12.666.040
    const total = I + II + III; //                                  254.451.413
    expect([I, II, III, total]).toEqual([177_760_000n, 64_025_373n, 12_666_040n, 254_451_413n]);
    const final = ((total + 500n) / 1000n) * 1000n; //               254.451.000
    const e = computeEstimate(load('xa-bao-ha'), book);
    expect(e.sections.map((s) => s.total)).toEqual([I, II, III].map(String));
    expect(e.total).toBe(String(total));
    expect(e.finalAmount).toBe(String(final));
    expect(e.rounding.adjustment).toBe('-413');
    expect(e.amountInWords).toBe('Hai trăm năm mươi tư triệu bốn trăm năm mươi mốt nghìn đồng chẵn');
  });

  it('provincial department: VAT 10% on sections I and II', () => {
    const I = amt(1250n, P.CL_SB) + amt(375n, P.CL_RL); //         83.325.000 + 33.330.000 = 116.655.000
    const vatI = (I * 10n + 50n) / 100n; //                          11.665.500
    const II = 62_345n * P.SH_A4 + 1_210n * P.SH_A3 + 5_432n * P.BM_VB + 594n * P.BM_HS + 63_555n * P.KT_DL; // 105.166.897
    const vatII = (II * 10n + 50n) / 100n; //                        10.516.689,7 → 10.516.690
    const III = P.KS_KH + 2n * P.VC_TL + P.NT; //                    10.245.000
    expect([I, vatI, II, vatII, III]).toEqual([116_655_000n, 11_665_500n, 105_166_897n, 10_516_690n, 10_245_000n]);
    const total = I + vatI + II + vatII + III; //                    254.249.087
    const e = computeEstimate(load('so-van-hoa'), book);
    expect(e.totalBeforeVat).toBe(String(I + II + III));
    expect(e.vatTotal).toBe(String(vatI + vatII));
    expect(e.total).toBe(String(total));
    expect(e.finalAmount).toBe('254249087');
    expect(e.amountInWords).toBe('Hai trăm năm mươi tư triệu hai trăm bốn mươi chín nghìn không trăm tám mươi bảy đồng');
  });

  it('provincial archives centre: the 3.201.277 pages of the 2026 plan', () => {
    const I = amt(35050n, P.CL_RL) + 1_200n * P.CL_SB; //           3.115.244.000 + 7.999.200.000
    const II = 3_201_277n * P.SH_A4 + 45_000n * P.SH_A3 + 30_488n * P.BM_HS + 3_246_277n * P.KT_DL;
    const III = 12n * P.KS_KH + 12_400n * P.VT_HOP + 4n * P.NT;
    expect([I, II, III]).toEqual([11_114_444_000n, 5_199_572_239n, 626_653_600n]);
    const total = I + II + III; //                                  16.940.669.839
    const e = computeEstimate(load('trung-tam-luu-tru'), book);
    expect(e.total).toBe(String(total));
    expect(e.finalAmount).toBe('16940670000');
    expect(e.rounding.adjustment).toBe('161');
    expect(e.amountInWords).toBe('Mười sáu tỷ chín trăm bốn mươi triệu sáu trăm bảy mươi nghìn đồng chẵn');
  });
});

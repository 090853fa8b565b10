/**
 * Random estimates for property tests and the LibreOffice referee: a random price book (some items with a labour
 * share, so re-basing adjustments occur) and a random input, computed by core. Texts mix Vietnamese words with
 * tokens a spreadsheet could mistake for formulas ("=SUM(…)", "+84", "-5", "@x").
 */
import fc from 'fast-check';
import { computeEstimate, loadPriceBook, type Estimate, type EstimateInputJson, type PriceBook, type PriceBookInput } from '@dutoan/core';

const WORDS = [
  'Chỉnh', 'lý', 'tài', 'liệu', 'số', 'hóa', 'hồ', 'sơ', 'ĐẶC', 'BIỆT', 'Ủy', 'ban', 'xã', 'Nậm', 'Lúc', 'Bắc', 'Hà',
  'phông', 'lưu', 'trữ', 'kho', 'giấy', 'quét', 'Cộng', 'Thuế', 'MẪU', 'tổng', 'cộng', '—', '(A3)', '12,5', '1.000',
  '=SUM(A1:A2)', '=1+1', '+84', '-5', '@user', '"ngoặc"', "'nháy", '&', '<b>', '%', 'ươ', 'Đ', 'ỹ',
];
const text = (min = 1, max = 8) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));
const upper = (min = 1, max = 6) => text(min, max).map((t) => t.toLocaleUpperCase('vi'));

const UNITS = ['met-gia', 'trang-a4', 'trang-a3', 'ho-so', 'van-ban', 'phong', 'hop', 'goi'] as const;
const CODES = ['CL.RL', 'CL.SB', 'SH.A4', 'SH.A3', 'BM.HS', 'BM.VB', 'KT.DL', 'KS.KH', 'VT.HOP', 'NT', 'X-1', 'Q9'];

/** Quantity as typed the Vietnamese way: "123,4567" (0–4 decimals). */
const quantity = fc
  .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 9999 }))
  .map(([i, d, f]) => (d === 0 ? String(i) : `${i},${String(f).padStart(4, '0').slice(0, d)}`));
const price = fc.oneof(fc.integer({ min: 0, max: 50_000_000 }), fc.integer({ min: 1, max: 9_999 }));
const date = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((d) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));

const bookArb = fc
  .record({
    status: fc.constantFrom('official', 'draft', 'user', 'sample' as const),
    decision: fc.option(fc.record({ number: fc.constantFrom('356/QĐ-UBND', '12/QĐ-SNV', '7/2026/QĐ-UBND'), date: date(0, 60) }), { nil: null }),
    items: fc.uniqueArray(
      fc.record({
        code: fc.constantFrom(...CODES),
        variant: fc.option(fc.constantFrom('Mức độ phức tạp 1', 'Mức độ phức tạp 2', 'Khổ A3'), { nil: undefined }),
        name: text(2, 8),
        unit: fc.constantFrom(...UNITS),
        section: fc.constantFrom('I', 'II', 'III' as const),
        price,
        labour: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        basis: fc.option(text(1, 4), { nil: undefined }),
        status: fc.constantFrom('official', 'secondary', 'inferred', 'user', 'sample' as const),
      }),
      { minLength: 1, maxLength: 8, selector: (i) => `${i.code}|${i.variant ?? ''}` },
    ),
  })
  .map(({ status, decision, items }): PriceBookInput => ({
    formatVersion: 2,
    version: '1',
    id: 'thu-nghiem',
    title: `Bảng đơn giá thử nghiệm ${status}`,
    issuer: 'Kiểm thử',
    decision,
    effective: { from: '2026-01-01' },
    region: 'Lào Cai',
    status,
    currency: 'VND',
    items: items.map((it) => ({
      code: it.code,
      ...(it.variant ? { variant: it.variant } : {}),
      name: it.name,
      unit: it.unit,
      section: it.section,
      price: it.price,
      ...(it.basis ? { basis: it.basis } : {}),
      provenance: { doc: 'Kiểm thử', where: `mục ${it.code}`, status: it.status },
      // A labour share (in % of the price) on the base salary in force on the book's date (2.340.000 đ).
      ...(it.labour !== undefined ? { labour: { amount: Math.floor((it.price * it.labour) / 100), baseSalary: 2_340_000 } } : {}),
    })),
  }));

function inputArb(book: PriceBook): fc.Arbitrary<EstimateInputJson> {
  // A line of a section takes an item of that section (an item placed in another section is refused).
  const pool = (id: 'I' | 'II' | 'III') => book.items.filter((i) => i.section === id);
  const line = (id: 'I' | 'II' | 'III') => fc
    .record({
      pick: fc.nat(pool(id).length - 1),
      quantity,
      description: fc.option(text(1, 10), { nil: undefined }),
      note: fc.option(text(1, 6), { nil: undefined }),
    })
    .map(({ pick, quantity, description, note }) => {
      const it = pool(id)[pick]!;
      return {
        item: it.code,
        ...(it.variant ? { variant: it.variant } : {}),
        quantity,
        ...(description ? { description } : {}),
        ...(note ? { note } : {}),
      };
    });
  const section = (id: 'I' | 'II' | 'III') =>
    fc.record({
      id: fc.constant(id),
      title: fc.option(text(1, 6), { nil: undefined }),
      vat: fc.record({ rate: fc.constantFrom(0, 5, 8, 10), basis: text(1, 10) }),
      lines: fc.array(line(id), { minLength: 1, maxLength: 6 }),
    });
  const conversionFactor = fc.option(fc.record({ value: quantity, source: text(1, 10) }), { nil: undefined });
  return fc.record({
    header: fc.record({
      parentBody: fc.oneof(fc.constant(''), upper()),
      agency: upper(),
      agencyKind: fc.constantFrom('department', 'commune', 'centre', 'other' as const),
      place: fc.constantFrom('Lào Cai', 'Bảo Hà', 'Sa Pa', 'Bắc Hà'),
      date: date(0, 364),
      documentNumber: fc.oneof(fc.constant(''), fc.constantFrom('12/DT-UBND', '245/DT-SVHTTDL', '3/KH')),
      title: fc.option(upper(2, 10), { nil: undefined }),
      signers: fc.record({ preparer: fc.oneof(fc.constant(''), text(2, 4)), accountant: fc.oneof(fc.constant(''), text(2, 4)), head: fc.oneof(fc.constant(''), text(2, 4)) }),
    }),
    workPeriod: fc.option(
      fc.oneof(
        fc.constant({ from: '2026-02-01', to: '2026-06-30' }),
        fc.constant({ from: '2026-07-15', to: '2026-10-31' }),
        fc.constant({ from: '2026-05-01', to: '2026-09-30' }),
      ),
      { nil: undefined },
    ),
    volumes: fc.option(
      fc.record(
        { metres: quantity, pagesA4: quantity, pagesA3: quantity, files: quantity, documents: quantity, fonds: quantity, surveyed: fc.boolean(), note: fc.oneof(fc.constant(''), text(1, 12)) },
        { requiredKeys: ['surveyed'] },
      ),
      { nil: undefined },
    ),
    conversion: fc.option(fc.record({ pagesPerMetre: conversionFactor, pagesPerFile: conversionFactor, duplexShare: conversionFactor, boxesPerMetre: conversionFactor }), { nil: undefined }),
    sections: fc.subarray((['I', 'II', 'III'] as const).filter((id) => pool(id).length > 0), { minLength: 1 }).chain((ids) => fc.tuple(...ids.map(section))),
    rounding: fc.record({ toThousand: fc.boolean() }),
    words: fc.record(
      { thousand: fc.constantFrom('nghìn', 'ngàn'), zeroTens: fc.constantFrom('linh', 'lẻ'), four: fc.constantFrom('tư', 'bốn'), seven: fc.constantFrom('bảy', 'bẩy'), even: fc.constantFrom('whenRound', 'always', 'never'), terminator: fc.boolean() },
      { requiredKeys: [] },
    ),
  }).map((r) => {
    const input: Record<string, unknown> = { schemaVersion: 1, ...r };
    for (const k of Object.keys(input)) if (input[k] === undefined) delete input[k];
    const h = r.header as Record<string, unknown>;
    if (h.title === undefined) delete h.title;
    const conv = r.conversion as Record<string, unknown> | undefined;
    if (conv) for (const k of Object.keys(conv)) if (conv[k] === undefined) delete conv[k];
    for (const s of r.sections as Array<Record<string, unknown>>) if (s.title === undefined) delete s.title;
    return input as unknown as EstimateInputJson;
  });
}

/** A random estimate computed by core with a random book; the book comes along (for the "Đơn giá" sheet). */
export const estimateArb: fc.Arbitrary<{ estimate: Estimate; book: PriceBook }> = bookArb.chain((bookInput) => {
  const book = loadPriceBook(bookInput);
  return inputArb(book).map((input) => ({ estimate: computeEstimate(input, book), book }));
});

/** `n` random estimates from a fixed seed (reproducible), e.g. for one LibreOffice batch. */
export function sampleEstimates(n: number, seed = 20260410): Array<{ estimate: Estimate; book: PriceBook }> {
  return fc.sample(estimateArb, { numRuns: n, seed });
}

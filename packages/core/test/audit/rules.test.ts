import { describe, expect, it } from 'vitest';
import {
  auditSubmission,
  bookHash,
  builtinBooks,
  computeEstimate,
  loadPriceBook,
  submissionFromEstimate,
  type Finding,
  type SubmittedEstimate,
} from '../../src/index.ts';
import { makeSubmission, n, t } from './fixture.ts';
import { readFileSync } from 'node:fs';

const book = loadPriceBook(builtinBooks['mau-2026']!);
/** The same prices under a non-sample status, to check what a real reviewer's book does. */
const officialLike = loadPriceBook({ ...builtinBooks['mau-2026']!, id: 'thu-nghiem', status: 'user' });

const at = (f: Finding) => ('cell' in f.location ? f.location.cell : f.location.line);
const brief = (fs: Finding[]) => fs.map((f) => `${f.code}@${at(f)}:${f.severity}`);
const audit = (s: SubmittedEstimate, b = book) => auditSubmission(s, b);

describe('auditSubmission on a hand-built submission', () => {
  it('a correct submission has no finding', () => {
    expect(audit(makeSubmission())).toEqual([]);
  });

  it('PRICE_MISMATCH: unit price ≠ the book (amount kept consistent, so nothing else)', () => {
    const s = makeSubmission();
    const l = s.sections[1]!.lines[1]!; // SH.A3 10 × 2.300 = 23.000
    l.unitPrice = n('E12', '2300');
    l.amount = n('F12', '23000', 'D12*E12', true);
    // Cascade as Excel would recalculate: II subtotal 11.111.111 + 23.000 = 11.134.111; VAT 8% = 890.728,88 → 890.729;
    // II total 12.024.840; grand total 16.665.000 + 12.024.840 = 28.689.840; rounded 28.690.000 (adj 160).
    s.sections[1]!.subtotal = n('F13', '11134111', 'SUM(F11:F12)', true);
    s.sections[1]!.vat!.amount = n('F14', '890729', 'x', true);
    s.sections[1]!.total = n('F15', '12024840', 'x', true);
    s.grandTotal = n('F17', '28689840', 'x', true);
    s.rounding = n('F18', '160', 'x', true);
    s.finalAmount = n('F19', '28690000', 'x', true);
    s.words = t('B20', 'Hai mươi tám triệu sáu trăm chín mươi nghìn đồng');
    const fs = audit(s);
    expect(brief(fs)).toEqual(['PRICE_MISMATCH@E12:error']);
    expect(fs[0]!.expected).toBe('2222');
    expect(fs[0]!.actual).toBe('2300');
    expect(fs[0]!.message).toBe('Đơn giá 2.300 của hạng mục SH.A3 khác bảng đơn giá "mau-2026" (2.222).');
  });

  it('ARITHMETIC: amount ≠ round(quantity × price)', () => {
    const s = makeSubmission();
    // 2,5 × 6.666.000 = 16.665.000; the cell says 16.665.001 (and the rest was not recomputed → SUBTOTAL stays
    // consistent only if it was; here the subtotal formula was also re-evaluated by hand to 16.665.001 …)
    s.sections[0]!.lines[0]!.amount = n('F5', '16665001', 'D5*E5+1', true);
    s.sections[0]!.subtotal = n('F6', '16665001', 'SUM(F5:F5)', true);
    s.sections[0]!.total = n('F8', '16665001', 'F6+F7', true);
    s.grandTotal = n('F17', '28688998', 'F8+F15', true); // rounding adj 2 → final still 28.689.000
    s.rounding = n('F18', '2', 'x', true);
    expect(brief(audit(s))).toEqual(['ARITHMETIC@F5:error']);
    expect(audit(s)[0]!.expected).toBe('16665000');
  });

  it('ARITHMETIC is a warning when the amount is exactly the unrounded product', () => {
    const s = makeSubmission();
    // 2,5 × 1.111 = 2.777,5 → rounded 2.778
    const l = s.sections[1]!.lines[0]!;
    l.quantity = n('D11', '10001.5');
    l.amount = n('F11', '11111666.5', 'D11*E11', true); // 10.001,5 × 1.111 = 11.111.666,5
    const fs = audit(s).filter((f) => f.code === 'ARITHMETIC');
    expect(brief(fs)).toEqual(['ARITHMETIC@F11:warning']);
    expect(fs[0]!.expected).toBe('11111667');
  });

  it('SUBTOTAL, SECTION_TOTAL, TOTAL, ROUNDING each at their own cell', () => {
    const a = makeSubmission();
    a.sections[1]!.subtotal = n('F13', '11111111', 'SUM(F11:F11)', true); // misses row 12
    // VAT and totals computed from the wrong subtotal as Excel would: 11.111.111 × 8% = 888.888,88 → 888.889
    a.sections[1]!.vat!.amount = n('F14', '888889', 'x', true);
    a.sections[1]!.total = n('F15', '12000000', 'x', true);
    a.grandTotal = n('F17', '28665000', 'x', true);
    a.rounding = n('F18', '0', 'x', true);
    a.finalAmount = n('F19', '28665000', 'x', true);
    a.words = t('B20', 'Hai mươi tám triệu sáu trăm sáu mươi lăm nghìn đồng');
    expect(brief(audit(a))).toEqual(['SUBTOTAL@F13:error']);
    expect(audit(a)[0]!.expected).toBe('11133331');

    const b = makeSubmission();
    b.sections[0]!.total = n('F8', '16665500', 'F6+F7+500', true);
    b.grandTotal = n('F17', '28689497', 'x', true);
    b.rounding = n('F18', '-497', 'x', true);
    expect(brief(audit(b))).toEqual(['SECTION_TOTAL@F8:error']);

    const c = makeSubmission();
    c.grandTotal = n('F17', '16665000', 'F8', true); // forgot section II
    c.rounding = n('F18', '0', 'x', true);
    c.finalAmount = n('F19', '16665000', 'x', true);
    c.words = t('B20', 'Mười sáu triệu sáu trăm sáu mươi lăm nghìn đồng');
    expect(brief(audit(c))).toEqual(['TOTAL@F17:error']);
    expect(audit(c)[0]!.expected).toBe('28688997');

    const d = makeSubmission();
    d.rounding = n('F18', '1003', 'x', true); // 28.688.997 + 1.003 = 28.690.000 ≠ 28.689.000
    d.finalAmount = n('F19', '28690000', 'x', true);
    d.words = t('B20', 'Hai mươi tám triệu sáu trăm chín mươi nghìn đồng');
    expect(brief(audit(d))).toEqual(['ROUNDING@F18:error']);
    expect(audit(d)[0]!.expected).toBe('3');

    const e = makeSubmission();
    e.finalAmount = n('F19', '28689100', 'x', true); // ≠ 28.688.997 + 3
    e.words = t('B20', 'Hai mươi tám triệu sáu trăm tám mươi chín nghìn một trăm đồng');
    expect(brief(audit(e))).toEqual(['ROUNDING@F19:error']);
  });

  it('VAT_RATE, VAT_AMOUNT, VAT_BASIS_MISSING', () => {
    const a = makeSubmission();
    // 7% is not a rate of the law; amount consistent with 7%: 11.133.331 × 0,07 = 779.333,17 → 779.333
    a.sections[1]!.vat!.rate = { at: { sheet: 'Dự toán', cell: 'B14' }, value: '7', raw: '7%' };
    a.sections[1]!.vat!.amount = n('F14', '779333', 'x', true);
    a.sections[1]!.total = n('F15', '11912664', 'x', true);
    a.grandTotal = n('F17', '28577664', 'x', true);
    a.rounding = n('F18', '336', 'x', true);
    a.finalAmount = n('F19', '28578000', 'x', true);
    a.words = t('B20', 'Hai mươi tám triệu năm trăm bảy mươi tám nghìn đồng');
    expect(brief(audit(a))).toEqual(['VAT_RATE@B14:error']);

    const b = makeSubmission();
    b.sections[1]!.vat!.amount = n('F14', '890667', 'x', true); // should be 890.666
    b.sections[1]!.total = n('F15', '12023998', 'x', true);
    b.grandTotal = n('F17', '28688998', 'x', true);
    b.rounding = n('F18', '2', 'x', true);
    expect(brief(audit(b))).toEqual(['VAT_AMOUNT@F14:error']);
    expect(audit(b)[0]!.expected).toBe('890666');

    const c = makeSubmission();
    c.sections[0]!.vat!.basis = t('G7', '');
    expect(brief(audit(c))).toEqual(['VAT_BASIS_MISSING@G7:warning']);

    const d = makeSubmission();
    d.sections[0]!.vat = null;
    d.sections[0]!.total = null;
    expect(brief(audit(d))).toEqual(['VAT_BASIS_MISSING@B4:warning']);
  });

  it('WORDS_MISMATCH, WORDS_UNREADABLE, WORDS_MISSING, WORDS_NO_DIACRITICS', () => {
    const a = makeSubmission();
    a.words = t('B20', 'Hai mươi tám triệu sáu trăm tám mươi tám nghìn chín trăm chín mươi bảy đồng'); // the unrounded total
    const fa = audit(a);
    expect(brief(fa)).toEqual(['WORDS_MISMATCH@B20:error']);
    expect([fa[0]!.expected, fa[0]!.actual]).toEqual(['28689000', '28688997']);

    const b = makeSubmission();
    b.words = t('B20', 'Hai mươi tám triệu con mèo');
    expect(brief(audit(b))).toEqual(['WORDS_UNREADABLE@B20:error']);

    const c = makeSubmission();
    c.words = t('B20', '');
    expect(brief(audit(c))).toEqual(['WORDS_MISSING@B20:warning']);

    const e = makeSubmission(); // typed without diacritics, the right amount: read, and a warning of its own
    e.words = t('B20', 'Bang chu: Hai muoi tam trieu sau tram tam muoi chin nghin dong chan./.');
    const fe = audit(e);
    expect(brief(fe)).toEqual(['WORDS_NO_DIACRITICS@B20:warning']);
    expect(fe[0]!.expected).toBe('Hai mươi tám triệu sáu trăm tám mươi chín nghìn đồng chẵn');

    const f = makeSubmission(); // without diacritics and a wrong amount: both
    f.words = t('B20', 'Hai muoi tam trieu sau tram tam muoi tam nghin dong');
    expect(brief(audit(f))).toEqual(['WORDS_MISMATCH@B20:error', 'WORDS_NO_DIACRITICS@B20:warning']); // errors first

    const g = makeSubmission(); // half accented: a typing error of another kind, left unread
    g.words = t('B20', 'Hai mươi tam trieu sáu trăm tám mươi chín nghìn đồng');
    expect(brief(audit(g))).toEqual(['WORDS_UNREADABLE@B20:error']);

    const d = makeSubmission(); // NFD, no capital, "ngàn", "./." — still the same amount
    d.words = t('B20', 'hai mươi tám triệu sáu trăm tám mươi chín ngàn đồng chẵn./.'.normalize('NFD'));
    expect(audit(d)).toEqual([]);
  });

  it('FORMULA_OVERWRITTEN only where the template expects a formula', () => {
    const s = makeSubmission();
    s.sections[1]!.lines[0]!.amount = n('F11', '11111111', null, true);
    s.grandTotal = n('F17', '28688997', null, true);
    expect(brief(audit(s))).toEqual(['FORMULA_OVERWRITTEN@F11:warning', 'FORMULA_OVERWRITTEN@F17:warning']);
    const g = makeSubmission();
    g.kind = 'generic';
    g.sections[1]!.lines[0]!.amount = n('F11', '11111111', null, false);
    expect(audit(g)).toEqual([]);
  });

  it('UNKNOWN_ITEM and UNIT_MISMATCH', () => {
    const a = makeSubmission();
    a.sections[1]!.lines[1]!.itemCode = t('H12', 'SH.A9');
    expect(brief(audit(a))).toEqual(['UNKNOWN_ITEM@B12:error']);

    const b = makeSubmission();
    b.sections[1]!.lines[1]!.unit = t('C12', 'Hồ sơ');
    const fb = audit(b);
    expect(brief(fb)).toEqual(['UNIT_MISMATCH@C12:error']);
    expect([fb[0]!.expected, fb[0]!.actual]).toEqual(['Trang A3', 'Hồ sơ']);
  });

  it('maps lines without codes by name and unit, tolerant of case and diacritics', () => {
    const s = makeSubmission({ withCodes: false });
    expect(audit(s)).toEqual([]);
    s.sections[1]!.lines[0]!.content = t('B11', 'SO HOA TAI LIEU KHO A4');
    s.sections[1]!.lines[0]!.unit = t('C11', 'trang');
    s.sections[1]!.lines[1]!.content = t('B12', 'số hóa tài liệu khổ a3'.normalize('NFD'));
    s.sections[1]!.lines[1]!.unit = t('C12', 'Trang');
    s.sections[0]!.lines[0]!.content = t('B5', 'Chinh ly tai lieu da lap ho so so bo');
    s.sections[0]!.lines[0]!.unit = t('C5', 'm');
    expect(audit(s)).toEqual([]);
    s.sections[1]!.lines[1]!.content = t('B12', 'Thuê máy quét');
    expect(brief(audit(s))).toEqual(['UNKNOWN_ITEM@B12:error']);
  });

  it('NOT_A_NUMBER for empty and unreadable cells', () => {
    const s = makeSubmission();
    const l = s.sections[1]!.lines[0]!;
    l.quantity = { ...n('D11', null), raw: 'mười nghìn' };
    expect(brief(audit(s))).toEqual(['NOT_A_NUMBER@D11:error']);
  });

  it('QUANTITY_IMPLAUSIBLE: ×1000 slips, fractional pages, pages per metre, pages without metres', () => {
    // 2,5 m typed as 2.500 (×1000): 10.001 / 2.500 = 4 pages/m; ×1000 = 4.000 → in range → blame the metres.
    const a = makeSubmission();
    a.sections[0]!.lines[0]!.quantity = n('D5', '2500');
    // keep money consistent: 2.500 × 6.666.000 = 16.665.000.000 … the arithmetic is not what is tested here
    const fa = audit(a).filter((f) => f.code === 'QUANTITY_IMPLAUSIBLE');
    expect(brief(fa)).toEqual(['QUANTITY_IMPLAUSIBLE@D5:warning']);
    expect(fa[0]!.expected).toBe('2.5');

    // 10.001 pages typed "10,001" → 10,001 pages: fraction in a count.
    const b = makeSubmission();
    b.sections[1]!.lines[0]!.quantity = n('D11', '10.001');
    const fb = audit(b).filter((f) => f.code === 'QUANTITY_IMPLAUSIBLE');
    // one defect, one finding: the fraction is reported, the pages-per-metre ratio (now 4) is not judged
    expect(brief(fb)).toEqual(['QUANTITY_IMPLAUSIBLE@D11:warning']);
    expect(fb[0]!.expected).toBe('10001');

    // pages per metre far off with no ×1000 explanation: 10.001 / 0,5 = 20.002 > 12.000 (and /1000 = 20 < 500)
    const c = makeSubmission();
    c.sections[0]!.lines[0]!.quantity = n('D5', '0.5');
    const fc = audit(c).filter((f) => f.code === 'QUANTITY_IMPLAUSIBLE');
    expect(brief(fc)).toEqual(['QUANTITY_IMPLAUSIBLE@D11:warning']);
    expect(fc[0]!.actual).toBe('20002');

    // no metres at all: info
    const d = makeSubmission();
    d.sections[0]!.lines = [];
    const fd = auditSubmission(d, book).filter((f) => f.code === 'QUANTITY_IMPLAUSIBLE');
    expect(brief(fd)).toEqual(['QUANTITY_IMPLAUSIBLE@D11:info']);

    // configurable range: with min 5.000 pages/m, 4.000,4 is reported
    const e = makeSubmission();
    expect(brief(auditSubmission(e, book, { pagesPerMetre: { min: 5000, max: 9000 } }))).toEqual(['QUANTITY_IMPLAUSIBLE@D11:warning']);
  });

  it('DUPLICATE_LINE: identical rows are an error, same item with another quantity a warning', () => {
    const s = makeSubmission();
    const copy = structuredClone(s.sections[1]!.lines[1]!);
    for (const k of ['stt', 'content', 'unit', 'quantity', 'unitPrice', 'amount', 'note', 'itemCode'] as const) {
      const v = copy[k] as { at: { sheet: string; cell: string } } | null;
      if (v) v.at = { sheet: 'Dự toán', cell: v.at.cell.replace('12', '13') };
    }
    s.sections[1]!.lines.push(copy);
    // 11.133.331 + 22.220 = 11.155.551; VAT 8% 892.444,08 → 892.444; II 12.047.995; total 28.712.995 → 28.713.000 (+5)
    s.sections[1]!.subtotal = n('F14', '11155551', 'x', true);
    s.sections[1]!.vat!.amount = n('F15', '892444', 'x', true);
    s.sections[1]!.total = n('F16', '12047995', 'x', true);
    s.grandTotal = n('F17', '28712995', 'x', true);
    s.rounding = n('F18', '5', 'x', true);
    s.finalAmount = n('F19', '28713000', 'x', true);
    s.words = t('B20', 'Hai mươi tám triệu bảy trăm mười ba nghìn đồng');
    expect(brief(audit(s))).toEqual(['DUPLICATE_LINE@B13:error']);
    copy.quantity = n('D13', '11');
    copy.amount = n('F13', '24442', 'x', true); // 11 × 2.222
    // subtotal now 11.157.773, VAT 892.621,84 → 892.622, II 12.050.395, total 28.715.395 → 28.715.000 (−395)
    s.sections[1]!.subtotal = n('F14', '11157773', 'x', true);
    s.sections[1]!.vat!.amount = n('F15', '892622', 'x', true);
    s.sections[1]!.total = n('F16', '12050395', 'x', true);
    s.grandTotal = n('F17', '28715395', 'x', true);
    s.rounding = n('F18', '-395', 'x', true);
    s.finalAmount = n('F19', '28715000', 'x', true);
    s.words = t('B20', 'Hai mươi tám triệu bảy trăm mười lăm nghìn đồng');
    expect(brief(audit(s))).toEqual(['DUPLICATE_LINE@B13:warning']);
  });

  it('HEADER_MISSING: agency, incomplete date, a signer', () => {
    const s = makeSubmission();
    s.header.agency = t('A2', '');
    s.header.dateLine = t('E3', 'Lào Cai, ngày … tháng … năm 2026');
    s.header.date = null;
    s.header.signers.accountant.name = t('D27', '');
    const fs = audit(s);
    expect(brief(fs)).toEqual(['HEADER_MISSING@A2:warning', 'HEADER_MISSING@E3:warning', 'HEADER_MISSING@D27:warning']);
    expect(fs[2]!.message).toBe('Thiếu họ tên người ký ở mục "KẾ TOÁN TRƯỞNG".');
  });

  it('BOOK_HASH_MISMATCH and SAMPLE_BOOK (error unless the reference book is a sample too)', () => {
    const s = makeSubmission();
    s.book = {
      id: t('B3', 'mau-2026'),
      hash: { at: { sheet: 'Đơn giá', cell: 'B4' }, text: bookHash(book) },
      status: { at: { sheet: 'Đơn giá', cell: 'B5' }, text: 'sample' },
      sampleLabel: t('A30', 'MẪU — không dùng để lập dự toán thật'),
    };
    expect(brief(audit(s))).toEqual(['SAMPLE_BOOK@A30:warning']);
    const official = audit(s, officialLike);
    expect(brief(official)).toEqual(['SAMPLE_BOOK@A30:error', 'BOOK_HASH_MISMATCH@B4:warning']);
    expect(official[1]!.expected).toBe(bookHash(officialLike));
  });

  it('without a book: arithmetic still checked, price and item rules skipped', () => {
    const s = makeSubmission();
    s.sections[1]!.lines[1]!.itemCode = t('H12', 'ZZZ');
    expect(auditSubmission(s, null)).toEqual([]);
  });

  it('the three examples, computed, audit clean (only the sample-book warning)', () => {
    for (const name of ['xa-bao-ha', 'so-van-hoa', 'trung-tam-luu-tru']) {
      const input = JSON.parse(readFileSync(new URL(`../../../../examples/${name}.json`, import.meta.url), 'utf8'));
      const fs = auditSubmission(submissionFromEstimate(computeEstimate(input, book)), book);
      expect(brief(fs), name).toEqual(['SAMPLE_BOOK@sampleLabel:warning']);
    }
  });
});

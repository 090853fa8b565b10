import type { MessageTable } from './table.ts';
import { sectionTitlesEn } from '../terms/sections.ts';
import { signerTitles } from '../terms/signers.ts';
import { totalLabels } from '../terms/totals.ts';
import { unitTerm } from '../terms/units.ts';
import { vatRateTexts } from '../terms/vat.ts';
import type { UnitCode } from '../model/units.ts';
import { lineMismatchEn, lineMismatchVi, sumMismatchEn, sumMismatchVi, type LineMismatchParams, type SumMismatchParams } from './read.ts';

/**
 * Findings of the audit (phát hiện thẩm tra) — one code per finding code of `audit/codes.ts`, the parameters
 * saying which variant of the check spoke. Numbers arrive formatted the Vietnamese way ("1.234.567", "12,5");
 * every sentence names the figure found and the figure expected.
 */

/** A figure of the estimate a sentence names ("Khối lượng", "Dòng Cộng phần II", "TỔNG CỘNG"). */
export type FigureKey =
  | 'quantity'
  | 'unitPrice'
  | 'amount'
  | 'subtotal'
  | 'vat'
  | 'sectionTotal'
  | 'totalBeforeVat'
  | 'vatTotal'
  | 'grandTotal'
  | 'rounding'
  | 'final'
  /** A coefficient column of a line (hệ số); `label` is its header ("Hệ số K1"). */
  | 'coefficient'
  /** A row of the table named by its own label (`label`: "Cộng I+II", "Tổng hợp phần A"). */
  | 'row';

/** The figure, and the section it belongs to (section figures only). */
export interface Figure {
  figure: FigureKey;
  section?: string;
  /** The header or row label, for `coefficient` and `row`. */
  label?: string;
}

/** A sum row read with its scope (Cộng of several sections, Tổng of everything…): SUBTOTAL, SECTION_TOTAL, TOTAL. */
export type ScopedSum = { kind: 'scope' } & SumMismatchParams;

/** A signer of the estimate: the role as written in the workbook, else its key. */
export type SignerKey = 'preparer' | 'accountant' | 'head';

export interface AuditParams {
  PRICE_MISMATCH: { item: string; actual: string; expected: string; book: string };
  PRICE_UNKNOWN: { item: string; book: string };
  UNKNOWN_ITEM:
    | { by: 'code'; code: string; book: string }
    | { by: 'name'; content: string; unit: string; book: string }
    | { by: 'level'; code: string; content: string; levels: readonly string[]; book: string };
  UNIT_MISMATCH: { item: string; actual: string; expected: string };
  NOT_A_NUMBER: Figure & { raw: string };
  ARITHMETIC:
    | { kind: 'product'; actual: string; quantity: string; price: string; expected: string }
    | { kind: 'unrounded'; actual: string; expected: string }
    /** A line with coefficient columns, or in a table kept in nghìn/triệu đồng (figures in both units). */
    | ({ kind: 'coefficients' } & LineMismatchParams);
  SUBTOTAL: { section: string; actual: string; expected: string; lines: number } | ScopedSum;
  SECTION_TOTAL: { section: string; actual: string; expected: string } | ScopedSum;
  TOTAL: { figure: 'grandTotal' | 'totalBeforeVat' | 'vatTotal'; actual: string; expected: string } | ScopedSum;
  ROUNDING:
    | { kind: 'notThousand'; actual: string; total: string; expected: string }
    | { kind: 'adjustment'; actual: string; expected: string }
    | { kind: 'sum'; actual: string; expected: string };
  VAT_RATE: { kind: 'invalid' | 'unreadable'; section: string; raw: string };
  VAT_AMOUNT: { section: string; actual: string; base: string; rate: string; expected: string };
  VAT_BASIS_MISSING: { kind: 'basis' | 'row'; section: string };
  WORDS_MISMATCH: { read: string; expected: string };
  WORDS_UNREADABLE: { detail: string };
  WORDS_MISSING: {};
  WORDS_NO_DIACRITICS: { restored: string };
  FORMULA_OVERWRITTEN: Figure & { value: string };
  BOOK_HASH_MISMATCH: { book: string };
  /**
   * `workbookVersion`: the version the workbook records ('' when it records none); `sameVersion`: it records the
   * audit book's version, yet another fingerprint. The lines the change touches, each "Dự toán!E15 (SH.A4: 1.111 →
   * 1.200)": `changed` (the book's price differs), `unpriced` (the book has no price now), `removed` (the book no
   * longer has the item or level).
   */
  BOOK_VERSION_CHANGED: { book: string; workbookVersion: string; bookVersion: string; sameVersion: boolean; changed: readonly string[]; unpriced: readonly string[]; removed: readonly string[] };
  SAMPLE_BOOK: { demo: boolean };
  QUANTITY_IMPLAUSIBLE:
    | { kind: 'countFraction'; value: string; unit: UnitCode; times1000: string }
    | { kind: 'pagesPerMetre'; pages: string; metres: string; ratio: string; min: string; max: string }
    | { kind: 'metresTimes1000'; metres: string; ratio: string; guess: string }
    | { kind: 'pagesTimes1000'; pages: string; ratio: string; guess: string }
    | { kind: 'metresLarge'; metres: string; max: string }
    | { kind: 'pagesWithoutMetres'; pages: string };
  DUPLICATE_LINE: { identical: boolean; item: string; firstAt: string };
  HEADER_MISSING: { part: 'agency' } | { part: 'date'; raw: string } | { part: 'signer'; signer: SignerKey; role: string };
}

function figureVi(f: Figure): string {
  const s = f.section ?? '?';
  switch (f.figure) {
    case 'quantity': return 'Khối lượng';
    case 'unitPrice': return 'Đơn giá';
    case 'amount': return 'Thành tiền';
    case 'subtotal': return `Dòng ${totalLabels.subtotal} phần ${s}`;
    case 'vat': return `${totalLabels.vat} phần ${s}`;
    case 'sectionTotal': return `Tổng phần ${s}`;
    case 'totalBeforeVat': return totalLabels.totalBeforeVat;
    case 'vatTotal': return totalLabels.vatTotal;
    case 'grandTotal': return totalLabels.grandTotal;
    case 'rounding': return totalLabels.rounding;
    case 'final': return totalLabels.afterRounding;
    case 'coefficient': return f.label || 'Hệ số';
    case 'row': return f.label ? `Dòng "${f.label}"` : 'Dòng';
  }
}

function figureEn(f: Figure): string {
  const s = f.section ?? '?';
  switch (f.figure) {
    case 'quantity': return 'Quantity';
    case 'unitPrice': return 'Unit price';
    case 'amount': return 'Amount';
    case 'subtotal': return `Section ${s} subtotal ("${totalLabels.subtotal}")`;
    case 'vat': return `Section ${s} VAT`;
    case 'sectionTotal': return `Section ${s} total`;
    case 'totalBeforeVat': return 'Total before VAT';
    case 'vatTotal': return 'VAT total';
    case 'grandTotal': return `Grand total (${totalLabels.grandTotal})`;
    case 'rounding': return `Rounding ("${totalLabels.rounding}")`;
    case 'final': return 'Amount after rounding';
    case 'coefficient': return `Coefficient${f.label ? ` "${f.label}"` : ''}`;
    case 'row': return f.label ? `Row "${f.label}"` : 'Row';
  }
}

/** "0%, 5%, 8% hoặc 10%": the VAT rates of terms/vat.ts. */
const percentList = (or: string) => `${vatRateTexts.slice(0, -1).map((r) => `${r}%`).join(', ')} ${or} ${vatRateTexts.at(-1)}%`;

/** Section numbers in English sentences ("section I (Arrangement of records)" when the number is standard). */
const sectionEn = (s: string) => (s in sectionTitlesEn ? `section ${s}` : `section "${s}"`);

export const auditVi: MessageTable<AuditParams> = {
  PRICE_MISMATCH: (p) => `Đơn giá ${p.actual} của hạng mục ${p.item} khác bảng đơn giá "${p.book}" (${p.expected}).`,
  PRICE_UNKNOWN: (p) => `Bảng đơn giá "${p.book}" chưa có đơn giá cho hạng mục ${p.item}: chưa đối chiếu được đơn giá của dòng này.`,
  UNKNOWN_ITEM: (p) =>
    p.by === 'code'
      ? `Mã hạng mục "${p.code}" không có trong bảng đơn giá "${p.book}".`
      : p.by === 'level'
        ? `Dòng "${p.content}" (mã ${p.code}) không ghi mức nào mà bảng đơn giá "${p.book}" có cho mã này (${p.levels.join('; ')}): mức của dòng không còn trong bảng hoặc ghi khác. Ghi đúng tên mức như trong bảng đơn giá.`
        : `Không khớp được dòng "${p.content}"${p.unit ? ` (đơn vị "${p.unit}")` : ''} với hạng mục nào của bảng đơn giá "${p.book}". ` +
        'Ghi đúng tên hạng mục và đơn vị tính như trong bảng đơn giá.',
  UNIT_MISMATCH: (p) =>
    p.actual
      ? `Hạng mục ${p.item}: đơn vị tính "${p.actual}" khác bảng đơn giá ("${p.expected}").`
      : `Hạng mục ${p.item}: chưa ghi đơn vị tính (bảng đơn giá: "${p.expected}").`,
  NOT_A_NUMBER: (p) => (p.raw ? `${figureVi(p)}: "${p.raw}" không đọc được thành số.` : `${figureVi(p)}: ô bỏ trống, phải ghi số.`),
  ARITHMETIC: (p) =>
    p.kind === 'coefficients'
      ? lineMismatchVi(p)
      : p.kind === 'product'
        ? `Thành tiền ${p.actual} khác khối lượng × đơn giá = ${p.quantity} × ${p.price} = ${p.expected} (làm tròn đến đồng).`
        : `Thành tiền ${p.actual} chưa làm tròn đến đồng; phải là ${p.expected}.`,
  SUBTOTAL: (p) => 'kind' in p ? sumMismatchVi(p) : `Dòng ${totalLabels.subtotal} phần ${p.section} ghi ${p.actual}, nhưng tổng thành tiền ${p.lines} dòng của phần là ${p.expected}.`,
  SECTION_TOTAL: (p) => 'kind' in p ? sumMismatchVi(p) : `Tổng phần ${p.section} sau thuế ghi ${p.actual}, nhưng ${totalLabels.subtotal} + thuế GTGT = ${p.expected}.`,
  TOTAL: (p) =>
    'kind' in p
      ? sumMismatchVi(p)
      : p.figure === 'grandTotal'
      ? `${totalLabels.grandTotal} ghi ${p.actual}, nhưng tổng các phần là ${p.expected}.`
      : p.figure === 'totalBeforeVat'
        ? `${totalLabels.totalBeforeVat} ghi ${p.actual}, nhưng tổng dòng ${totalLabels.subtotal} của các phần là ${p.expected}.`
        : `${totalLabels.vatTotal} ghi ${p.actual}, nhưng tổng thuế của các phần là ${p.expected}.`,
  ROUNDING: (p) =>
    p.kind === 'notThousand'
      ? `Số sau làm tròn ${p.actual} không phải ${totalLabels.grandTotal} ${p.total} làm tròn đến nghìn đồng (${p.expected}).`
      : p.kind === 'adjustment'
        ? `Số làm tròn ghi ${p.actual}, nhưng phải là ${p.expected} (số sau làm tròn − ${totalLabels.grandTotal}).`
        : `Số sau làm tròn ghi ${p.actual}, nhưng ${totalLabels.grandTotal} + số làm tròn = ${p.expected}.`,
  VAT_RATE: (p) =>
    p.kind === 'invalid'
      ? `Thuế suất GTGT${p.section ? ` phần ${p.section}` : ''} "${p.raw}" không hợp lệ: chỉ áp dụng ${percentList('hoặc')}.`
      : `Không đọc được thuế suất GTGT${p.section ? ` của phần ${p.section}` : ''}${p.raw ? ` ("${p.raw}")` : ''}: ghi rõ, ví dụ "${totalLabels.vat} 10%".`,
  VAT_AMOUNT: (p) => `${totalLabels.vat}${p.section ? ` phần ${p.section}` : ''} ghi ${p.actual}, nhưng ${p.base} × ${p.rate}% = ${p.expected} (làm tròn đến đồng).`,
  VAT_BASIS_MISSING: (p) =>
    p.kind === 'basis'
      ? `${p.section ? `Phần ${p.section}: c` : 'C'}hưa ghi căn cứ áp dụng thuế GTGT (phải ghi cả khi thuế suất 0%, ví dụ "Đơn vị tự thực hiện, không phát sinh thuế GTGT").`
      : `Phần ${p.section} không có dòng thuế GTGT và căn cứ áp dụng (phải ghi cả khi thuế suất 0%).`,
  WORDS_MISMATCH: (p) => `Số tiền bằng chữ đọc ra ${p.read} đồng, khác số tiền của dự toán ${p.expected} đồng.`,
  WORDS_UNREADABLE: (p) => `Không đọc được số tiền bằng chữ: ${p.detail}`,
  WORDS_MISSING: () => `Thiếu dòng "${totalLabels.words}" (số tiền viết bằng chữ).`,
  WORDS_NO_DIACRITICS: (p) =>
    `Số tiền bằng chữ viết không dấu; văn bản hành chính phải viết tiếng Việt có dấu đầy đủ. Đọc là: «${p.restored}».`,
  FORMULA_OVERWRITTEN: (p) =>
    `${figureVi(p)} là số gõ tay (${p.value}) thay cho công thức của mẫu: sửa khối lượng, đơn giá sẽ không tự tính lại.`,
  BOOK_HASH_MISMATCH: (p) =>
    `Dự toán ghi dấu vân tay bảng đơn giá khác bảng "${p.book}" dùng để thẩm tra: lập theo một bảng đơn giá khác hoặc đã bị sửa.`,
  BOOK_VERSION_CHANGED: (p) => {
    const head = p.sameVersion
      ? `Dự toán ghi phiên bản "${p.workbookVersion}" của bảng đơn giá "${p.book}" như bảng dùng để thẩm tra, nhưng dấu vân tay khác: nội dung bảng đã đổi mà không đổi phiên bản.`
      : p.workbookVersion
        ? `Dự toán lập theo phiên bản "${p.workbookVersion}" của bảng đơn giá "${p.book}"; bảng dùng để thẩm tra là phiên bản "${p.bookVersion}".`
        : `Dự toán không ghi phiên bản bảng đơn giá "${p.book}" và dấu vân tay khác bảng dùng để thẩm tra (phiên bản "${p.bookVersion}").`;
    const n = p.changed.length + p.unpriced.length + p.removed.length;
    if (n === 0) return `${head} Thay đổi không chạm tới dòng nào của dự toán.`;
    const parts = [
      p.changed.length ? `đơn giá đổi: ${p.changed.join('; ')}` : '',
      p.unpriced.length ? `bảng chưa có đơn giá: ${p.unpriced.join('; ')}` : '',
      p.removed.length ? `bảng không còn hạng mục: ${p.removed.join('; ')}` : '',
    ].filter(Boolean);
    return `${head} Thay đổi chạm tới ${n} dòng — ${parts.join('; ')}.`;
  },
  SAMPLE_BOOK: (p) =>
    p.demo
      ? 'Dự toán lập bằng bảng giá MẪU; bảng dùng để thẩm tra cũng là bảng MẪU (chỉ để chạy thử).'
      : 'Dự toán lập bằng bảng giá MẪU (số hư cấu): không dùng để nộp, phải lập lại theo bảng đơn giá chính thức.',
  QUANTITY_IMPLAUSIBLE: (p) => {
    switch (p.kind) {
      case 'countFraction':
        return (
          `Khối lượng ${p.value} ${unitTerm(p.unit).label.toLowerCase()} có phần lẻ, trong khi đơn vị này phải là số nguyên. ` +
          `Có thể đã nhầm dấu phẩy/dấu chấm (ý là ${p.times1000}?).`
        );
      case 'pagesPerMetre':
        return `${p.pages} trang trên ${p.metres} mét giá = ${p.ratio} trang/mét, ngoài khoảng thường gặp ${p.min}–${p.max} trang/mét.`;
      case 'metresTimes1000':
        return `Khối lượng ${p.metres} mét giá cho ${p.ratio} trang/mét — có thể nhầm dấu thập phân (×1000), ý là ${p.guess} mét?`;
      case 'pagesTimes1000':
        return `Khối lượng ${p.pages} trang cho ${p.ratio} trang/mét — có thể nhầm dấu thập phân (×1000), ý là ${p.guess} trang?`;
      case 'metresLarge':
        return `Tổng ${p.metres} mét giá vượt quá ${p.max} mét cho một đơn vị — kiểm tra lại (có thể nhầm dấu thập phân).`;
      case 'pagesWithoutMetres':
        return `Có ${p.pages} trang số hóa nhưng không có mét giá chỉnh lý: cần thuyết minh nguồn số trang (khảo sát, thống kê).`;
    }
  },
  DUPLICATE_LINE: (p) =>
    p.identical
      ? `Dòng trùng hệt dòng ${p.firstAt} (hạng mục ${p.item}, cùng khối lượng và đơn giá): số tiền bị tính hai lần.`
      : `Hạng mục ${p.item} đã có ở ${p.firstAt}: kiểm tra có tính trùng không.`,
  HEADER_MISSING: (p) =>
    p.part === 'agency'
      ? 'Thiếu tên cơ quan, đơn vị lập dự toán ở phần đầu.'
      : p.part === 'date'
        ? p.raw
          ? `Ngày lập chưa ghi đủ: "${p.raw}" (cần "…, ngày … tháng … năm …" có số).`
          : 'Thiếu địa danh, ngày tháng năm lập dự toán.'
        : `Thiếu họ tên người ký ở mục "${p.role || signerTitles[p.signer]}".`,
};

export const auditEn: MessageTable<AuditParams> = {
  PRICE_MISMATCH: (p) => `Unit price ${p.actual} of item ${p.item} differs from price book "${p.book}" (${p.expected}).`,
  PRICE_UNKNOWN: (p) => `Price book "${p.book}" has no price yet for item ${p.item}: this line's price cannot be checked.`,
  UNKNOWN_ITEM: (p) =>
    p.by === 'code'
      ? `Item code "${p.code}" is not in price book "${p.book}".`
      : p.by === 'level'
        ? `Line "${p.content}" (code ${p.code}) names none of the levels price book "${p.book}" has for this code (${p.levels.join('; ')}): the line's level is no longer in the book, or is written otherwise. Write the level's name as the price book does.`
        : `Line "${p.content}"${p.unit ? ` (unit "${p.unit}")` : ''} matches no item of price book "${p.book}". ` +
        "Write the item's name and unit as the price book does.",
  UNIT_MISMATCH: (p) =>
    p.actual
      ? `Item ${p.item}: unit "${p.actual}" differs from the price book ("${p.expected}").`
      : `Item ${p.item}: no unit written (price book: "${p.expected}").`,
  NOT_A_NUMBER: (p) => (p.raw ? `${figureEn(p)}: "${p.raw}" cannot be read as a number.` : `${figureEn(p)}: the cell is empty, a number is needed.`),
  ARITHMETIC: (p) =>
    p.kind === 'coefficients'
      ? lineMismatchEn(p)
      : p.kind === 'product'
      ? `Amount ${p.actual} differs from quantity × unit price = ${p.quantity} × ${p.price} = ${p.expected} (rounded to the đồng).`
      : `Amount ${p.actual} is not rounded to the đồng; it must be ${p.expected}.`,
  SUBTOTAL: (p) => 'kind' in p ? sumMismatchEn(p) : `The "${totalLabels.subtotal}" row of ${sectionEn(p.section)} says ${p.actual}, but the ${p.lines} line amounts of the section add up to ${p.expected}.`,
  SECTION_TOTAL: (p) => 'kind' in p ? sumMismatchEn(p) : `The total of ${sectionEn(p.section)} after VAT says ${p.actual}, but subtotal + VAT = ${p.expected}.`,
  TOTAL: (p) =>
    'kind' in p
      ? sumMismatchEn(p)
      : p.figure === 'grandTotal'
      ? `The grand total (${totalLabels.grandTotal}) says ${p.actual}, but the sections add up to ${p.expected}.`
      : p.figure === 'totalBeforeVat'
        ? `The total before VAT says ${p.actual}, but the sections' subtotals add up to ${p.expected}.`
        : `The VAT total says ${p.actual}, but the sections' VAT adds up to ${p.expected}.`,
  ROUNDING: (p) =>
    p.kind === 'notThousand'
      ? `The amount after rounding ${p.actual} is not the grand total ${p.total} rounded to thousands of đồng (${p.expected}).`
      : p.kind === 'adjustment'
        ? `The rounding adjustment says ${p.actual}, but it must be ${p.expected} (amount after rounding − grand total).`
        : `The amount after rounding says ${p.actual}, but grand total + rounding adjustment = ${p.expected}.`,
  VAT_RATE: (p) =>
    p.kind === 'invalid'
      ? `The VAT rate${p.section ? ` of ${sectionEn(p.section)}` : ''} "${p.raw}" is not valid: only ${percentList('or')} apply.`
      : `The VAT rate${p.section ? ` of ${sectionEn(p.section)}` : ''} cannot be read${p.raw ? ` ("${p.raw}")` : ''}: write it plainly, e.g. "${totalLabels.vat} 10%".`,
  VAT_AMOUNT: (p) => `The VAT${p.section ? ` of ${sectionEn(p.section)}` : ''} says ${p.actual}, but ${p.base} × ${p.rate}% = ${p.expected} (rounded to the đồng).`,
  VAT_BASIS_MISSING: (p) =>
    p.kind === 'basis'
      ? `${p.section ? `Section ${p.section}: n` : 'N'}o basis stated for the VAT (required even at 0%, e.g. "Đơn vị tự thực hiện, không phát sinh thuế GTGT").`
      : `Section ${p.section} has no VAT row with its basis (required even at 0%).`,
  WORDS_MISMATCH: (p) => `The amount in words reads ${p.read} đồng, not the estimate's ${p.expected} đồng.`,
  WORDS_UNREADABLE: (p) => `The amount in words cannot be read: ${p.detail}`,
  WORDS_MISSING: () => `No "${totalLabels.words}" row (amount in words).`,
  WORDS_NO_DIACRITICS: (p) => `The amount in words is written without diacritics; official documents need full Vietnamese diacritics. Read as: «${p.restored}».`,
  FORMULA_OVERWRITTEN: (p) =>
    `${figureEn(p)} is a typed number (${p.value}) instead of the template's formula: it will not follow changes of quantities or prices.`,
  BOOK_HASH_MISMATCH: (p) =>
    `The estimate records another price book fingerprint than book "${p.book}" used for the audit: made with another book, or the book was changed.`,
  BOOK_VERSION_CHANGED: (p) => {
    const head = p.sameVersion
      ? `The estimate records version "${p.workbookVersion}" of price book "${p.book}", as the audit book, but another fingerprint: the book's content changed without a new version.`
      : p.workbookVersion
        ? `The estimate was made with version "${p.workbookVersion}" of price book "${p.book}"; the audit book is version "${p.bookVersion}".`
        : `The estimate records no version of price book "${p.book}" and another fingerprint than the audit book (version "${p.bookVersion}").`;
    const n = p.changed.length + p.unpriced.length + p.removed.length;
    if (n === 0) return `${head} The change touches no line of the estimate.`;
    const parts = [
      p.changed.length ? `price changed: ${p.changed.join('; ')}` : '',
      p.unpriced.length ? `no price in the book now: ${p.unpriced.join('; ')}` : '',
      p.removed.length ? `item no longer in the book: ${p.removed.join('; ')}` : '',
    ].filter(Boolean);
    return `${head} The change touches ${n} line${n === 1 ? '' : 's'} — ${parts.join('; ')}.`;
  },
  SAMPLE_BOOK: (p) =>
    p.demo
      ? 'The estimate was made with the SAMPLE (MẪU) price book; the audit book is the sample book too (trial run only).'
      : 'The estimate was made with the SAMPLE (MẪU) price book (fictional figures): not for submission, redo it with the official price book.',
  QUANTITY_IMPLAUSIBLE: (p) => {
    switch (p.kind) {
      case 'countFraction':
        return `Quantity ${p.value} ${unitTerm(p.unit).en} has a fraction, while this unit counts whole things. Perhaps a decimal comma/dot slip (${p.times1000} meant?).`;
      case 'pagesPerMetre':
        return `${p.pages} pages for ${p.metres} shelf metres = ${p.ratio} pages/metre, outside the usual ${p.min}–${p.max} pages/metre.`;
      case 'metresTimes1000':
        return `${p.metres} shelf metres gives ${p.ratio} pages/metre — perhaps a decimal separator slip (×1000): ${p.guess} metres meant?`;
      case 'pagesTimes1000':
        return `${p.pages} pages gives ${p.ratio} pages/metre — perhaps a decimal separator slip (×1000): ${p.guess} pages meant?`;
      case 'metresLarge':
        return `${p.metres} shelf metres in total exceeds ${p.max} metres for one body — check it (perhaps a decimal separator slip).`;
      case 'pagesWithoutMetres':
        return `${p.pages} pages to digitize but no shelf metres to arrange: the source of the page count (survey, statistics) needs explaining.`;
    }
  },
  DUPLICATE_LINE: (p) =>
    p.identical
      ? `This line repeats line ${p.firstAt} exactly (item ${p.item}, same quantity and price): the amount is counted twice.`
      : `Item ${p.item} already appears at ${p.firstAt}: check it is not counted twice.`,
  HEADER_MISSING: (p) =>
    p.part === 'agency'
      ? 'The header does not name the body making the estimate.'
      : p.part === 'date'
        ? p.raw
          ? `The date is incomplete: "${p.raw}" (needs "…, ngày … tháng … năm …" with numbers).`
          : 'The place and date of the estimate are missing.'
        : `No signer's name under "${p.role || signerTitles[p.signer]}".`,
};

import { findRegulation, PLAN_2026, type PriceBook } from '@dutoan/core';

/** A dotted blank (……………) for a field nobody gave, to fill by hand. */
export const DOTS = '……………';

/**
 * Vietnamese texts of the appraisal report document (báo cáo kết quả thẩm định dự toán), DOMAIN.md §3 conventions:
 * issuing body top left (uppercase, bold), national motto top right, place and date in italics, title, legal bases,
 * the table, conclusion, recipients (Nơi nhận) and the signature block. A field nobody gave (the document number,
 * the date, the signer) is a dotted blank to fill by hand — never invented.
 */
export const appraisalReportVi = {
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  /** "Số: …" — the document number, a dotted blank when nobody gave one. */
  number: (n: string | undefined) => `Số: ${n ?? '……/BC-……'}`,
  /** "Lào Cai, ngày 5 tháng 6 năm 2026", or dotted blanks without a date. */
  placeDate: (place: string, isoDate: string | undefined) => {
    if (!isoDate) return `${place}, ngày …… tháng …… năm ……`;
    const [y, m, d] = isoDate.split('-');
    return `${place}, ngày ${Number(d)} tháng ${Number(m)} năm ${y}`;
  },
  title: 'BÁO CÁO',
  titleLine2: 'KẾT QUẢ THẨM ĐỊNH DỰ TOÁN',
  /** The report's subject line (trích yếu) for one agency. */
  subject: (agency: string) => `Kinh phí chỉnh lý, số hóa tài liệu lưu trữ năm 2026 của ${agency || DOTS}`,
  /** The subject line of the province's report over `count` agencies. */
  provinceSubject: (count: number) => `Kinh phí chỉnh lý, số hóa tài liệu lưu trữ năm 2026 của ${count} cơ quan, đơn vị, địa phương trên địa bàn tỉnh`,
  sample: 'MẪU — thẩm định bằng bảng đơn giá MẪU (số liệu hư cấu, chỉ để chạy thử), không dùng cho hồ sơ thật',
  basesHeading: 'Căn cứ:',
  /** The basis line naming the submission and its file. */
  submissionBasis: (agency: string, file: string) => `Hồ sơ dự toán của ${agency || DOTS} (tệp ${file});`,
  resultHeading: 'I. KẾT QUẢ THẨM ĐỊNH',
  unitLine: 'Đơn vị tính: đồng',
  tableHeaders: ['STT', 'Nội dung', 'Giá trị đề nghị', 'Giá trị thẩm định', 'Chênh lệch', 'Lý do'],
  provinceHeaders: ['STT', 'Cơ quan, đơn vị', 'Giá trị đề nghị', 'Giá trị thẩm định', 'Chênh lệch', 'Ghi chú'],
  /** "Cộng I": a section's sum before VAT. */
  subtotal: (label: string) => `Cộng ${label}`.trim(),
  /** "Thuế GTGT 8%" (the rate as read; without it when unknown). */
  vat: (rate: string | null) => (rate === null ? 'Thuế GTGT' : `Thuế GTGT ${rate}%`),
  /** "Tổng phần I": a section after VAT. */
  sectionTotal: (label: string) => `Tổng phần ${label}`.trim(),
  grandTotal: 'TỔNG CỘNG',
  rounding: 'Làm tròn',
  final: 'Giá trị sau làm tròn',
  /** The appraised amount in words. */
  inWords: (words: string) => `Bằng chữ (giá trị thẩm định): ${words}`,
  notAppraised: 'Chưa thẩm định được',
  excluded: 'Loại khỏi dự toán',
  accepted: 'Chấp nhận như đề nghị',
  decisionsHeading: 'II. QUYẾT ĐỊNH CỦA NGƯỜI THẨM ĐỊNH',
  noDecisions: 'Không có.',
  conclusionHeading: 'III. KẾT LUẬN',
  /** The conclusion for one agency: requested, appraised (with words) and the difference. */
  conclusion: (agency: string, requested: string, appraised: string, diff: string, words: string) =>
    `Giá trị dự toán đề nghị thẩm định của ${agency || DOTS}: ${requested} đồng. Giá trị thẩm định: ${appraised} đồng (${words}), ${diff}.`,
  /** The conclusion over `count` agencies. */
  provinceConclusion: (count: number, requested: string, appraised: string, diff: string, words: string) =>
    `Tổng giá trị dự toán đề nghị của ${count} cơ quan, đơn vị: ${requested} đồng. Tổng giá trị thẩm định: ${appraised} đồng (${words}), ${diff}.`,
  /** "bằng / giảm … / tăng … đồng so với giá trị đề nghị". */
  difference: (d: string, sign: number) => (sign === 0 ? 'bằng giá trị đề nghị' : sign < 0 ? `giảm ${d} đồng so với giá trị đề nghị` : `tăng ${d} đồng so với giá trị đề nghị`),
  /** What remains to be appraised: `n` items kept at the requested value. */
  pending: (n: number) => `Có ${n} khoản chưa thẩm định được (giữ giá trị đề nghị, lý do nêu tại bảng trên); đề nghị đơn vị bổ sung hồ sơ hoặc người thẩm định ra quyết định cho từng khoản.`,
  /** Files that could not be read and so were not appraised. */
  unreadable: (n: number) => `${n} hồ sơ không đọc được, chưa thẩm định: `,
  recipientsHeading: 'Nơi nhận:',
  /** Nơi nhận of the report for one agency. */
  recipients: (agency: string) => ['- Như trên;', `- ${agency || DOTS};`, '- Lưu: VT, ….'],
  provinceRecipients: ['- UBND tỉnh (để báo cáo);', '- Sở Nội vụ;', '- Các cơ quan, đơn vị có tên tại biểu kèm theo;', '- Lưu: VT, ….'],
  /** The signer's title, a dotted blank when not given. */
  signerTitle: (t: string | undefined) => t ?? `${DOTS}${DOTS}`,
  signNote: '(Ký, ghi rõ họ tên, đóng dấu)',
  /** The signer's name, a dotted blank when not given. */
  signerName: (n: string | undefined) => n ?? `${DOTS}${DOTS}`,
  /** "12 dòng". */
  lines: (n: number) => `${n} dòng`,
  /** "2 khoản chưa thẩm định được". */
  pendingNote: (n: number) => `${n} khoản chưa thẩm định được`,
  /** "3 lỗi". */
  errorsNote: (n: number) => `${n} lỗi`,
};

const vnDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};

/** One "Căn cứ …;" line of a regulation of the catalogue (its number, date, issuer and title as the data has them). */
function basisOf(id: string): string | null {
  const r = findRegulation(id);
  if (!r) return null;
  const num = r.number.value;
  const date = r.issuedOn.value;
  const title = r.title.value;
  const issuer = r.issuer.value ? `của ${r.issuer.value}` : null;
  // A title that names the document itself ("Kế hoạch thực hiện …") stands first: "Kế hoạch thực hiện … của UBND tỉnh".
  if (title && title.startsWith(r.kind)) return `${[title, num ? `số ${num}` : null, date ? `ngày ${vnDate(date)}` : null, issuer].filter(Boolean).join(' ')};`;
  const parts = [`${r.kind}${num ? ` số ${num}` : ''}`, date ? `ngày ${vnDate(date)}` : null, issuer, title ? `${title.charAt(0).toLowerCase()}${title.slice(1)}` : null];
  return `${parts.filter(Boolean).join(' ')};`;
}

/**
 * The legal bases of an appraisal (căn cứ): the arrangement and database norms, the province's price decision
 * (the book's own decision when it names one; the MẪU book says it is a sample), the province's plan.
 */
export function appraisalLegalBases(book: PriceBook): string[] {
  const out = ['16/2023/TT-BNV', '04/2014/TT-BNV'].map(basisOf).filter((x): x is string => x !== null);
  if (book.decision) {
    const fromCatalogue = basisOf(book.decision.number);
    out.push(fromCatalogue ?? `Quyết định số ${book.decision.number} ngày ${vnDate(book.decision.date)}${book.decision.title ? ` ${book.decision.title}` : ''};`);
  } else out.push(`Bảng đơn giá ${book.id}: ${book.title}${book.status === 'sample' ? ' (MẪU, số liệu hư cấu)' : ''};`);
  const plan = basisOf(PLAN_2026);
  if (plan) out.push(plan);
  return out;
}

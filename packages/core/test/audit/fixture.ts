import type { ReadNumber, ReadText, SubmittedEstimate, SubmittedLine } from '../../src/index.ts';

/**
 * A hand-built submission (what a reader would produce) with figures computed by hand, sample-book prices:
 *
 *   row 5  I   CL.SB 2,5 m × 6.666.000        = 16.665.000   F5
 *   row 6      Cộng                               16.665.000   F6
 *   row 7      Thuế GTGT 0% (basis in G7)                  0   F7
 *   row 8      Cộng phần I                        16.665.000   F8
 *   row 11 II  SH.A4 10.001 trang × 1.111     = 11.111.111   F11
 *   row 12     SH.A3 10 trang × 2.222          =     22.220   F12
 *   row 13     Cộng                 11.111.111 + 22.220 = 11.133.331   F13
 *   row 14     Thuế GTGT 8%   11.133.331 × 0,08 = 890.666,48 → 890.666   F14
 *   row 15     Cộng phần II        11.133.331 + 890.666 = 12.023.997   F15
 *   row 17     TỔNG CỘNG           16.665.000 + 12.023.997 = 28.688.997   F17
 *   row 18     Làm tròn            28.689.000 − 28.688.997 = 3   F18
 *   row 19     Tổng sau làm tròn                  28.689.000   F19
 *   row 20     Bằng chữ: Hai mươi tám triệu sáu trăm tám mươi chín nghìn đồng chẵn   B20
 *   pages per metre: 10.001 / 2,5 = 4.000,4 (inside 500–12.000)
 */
export const S = 'Dự toán';
export const t = (cell: string, text: string): ReadText => ({ at: { sheet: S, cell }, text });
export const n = (cell: string, value: string | null, formula: string | null = null, formulaExpected = false): ReadNumber => ({
  at: { sheet: S, cell },
  value,
  raw: value ?? '',
  formula,
  formulaExpected,
});

function line(row: number, code: string | null, content: string, unit: string, q: string, p: string, a: string, section: 'I' | 'II'): SubmittedLine {
  return {
    section,
    stt: t(`A${row}`, '1'),
    content: t(`B${row}`, content),
    unit: t(`C${row}`, unit),
    quantity: n(`D${row}`, q),
    unitPrice: n(`E${row}`, p),
    amount: n(`F${row}`, a, `D${row}*E${row}`, true),
    note: t(`G${row}`, ''),
    itemCode: code === null ? null : t(`H${row}`, code),
  };
}

export function makeSubmission(opts: { withCodes?: boolean } = {}): SubmittedEstimate {
  const withCodes = opts.withCodes ?? true;
  return {
    kind: 'template',
    sheet: S,
    header: {
      parentBody: t('A1', 'UBND TỈNH LÀO CAI'),
      agency: t('A2', 'SỞ THỬ NGHIỆM'),
      dateLine: t('E3', 'Lào Cai, ngày 10 tháng 4 năm 2026'),
      date: '2026-04-10',
      signers: {
        preparer: { role: t('B23', 'NGƯỜI LẬP BIỂU'), name: t('B27', 'Nguyễn Văn A') },
        accountant: { role: t('D23', 'KẾ TOÁN TRƯỞNG'), name: t('D27', 'Trần Thị B') },
        head: { role: t('F23', 'THỦ TRƯỞNG ĐƠN VỊ'), name: t('F27', 'Lê Văn C') },
      },
    },
    sections: [
      {
        id: 'I',
        title: t('B4', 'Chỉnh lý tài liệu'),
        lines: [line(5, withCodes ? 'CL.SB' : null, 'Chỉnh lý tài liệu nền giấy — tài liệu đã lập hồ sơ sơ bộ', 'Mét giá', '2.5', '6666000', '16665000', 'I')],
        subtotal: n('F6', '16665000', 'SUM(F5:F5)', true),
        vat: { label: t('B7', 'Thuế GTGT 0%'), rate: { at: { sheet: S, cell: 'B7' }, value: '0', raw: '0%' }, basis: t('G7', 'Tự thực hiện'), amount: n('F7', '0', 'ROUND(F6*0%,0)', true) },
        total: n('F8', '16665000', 'F6+F7', true),
      },
      {
        id: 'II',
        title: t('B10', 'Số hóa tài liệu'),
        lines: [
          line(11, withCodes ? 'SH.A4' : null, 'Số hóa tài liệu (quét, xử lý ảnh, tạo tệp PDF) — trang khổ A4', 'Trang A4', '10001', '1111', '11111111', 'II'),
          line(12, withCodes ? 'SH.A3' : null, 'Số hóa tài liệu (quét, xử lý ảnh, tạo tệp PDF) — trang khổ A3', 'Trang A3', '10', '2222', '22220', 'II'),
        ],
        subtotal: n('F13', '11133331', 'SUM(F11:F12)', true),
        vat: { label: t('B14', 'Thuế GTGT 8%'), rate: { at: { sheet: S, cell: 'B14' }, value: '8', raw: '8%' }, basis: t('G14', 'Thuê dịch vụ, NQ giảm thuế'), amount: n('F14', '890666', 'ROUND(F13*8%,0)', true) },
        total: n('F15', '12023997', 'F13+F14', true),
      },
    ],
    totalBeforeVat: null,
    vatTotal: null,
    grandTotal: n('F17', '28688997', 'F8+F15', true),
    rounding: n('F18', '3', 'ROUND(F17,-3)-F17', true),
    finalAmount: n('F19', '28689000', 'F17+F18', true),
    words: t('B20', 'Hai mươi tám triệu sáu trăm tám mươi chín nghìn đồng chẵn'),
    book: { id: null, hash: null, status: null, sampleLabel: null },
    skipped: [],
  };
}

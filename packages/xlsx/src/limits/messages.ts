/** Vietnamese messages for files refused before or right after loading (giới hạn tệp, tệp độc hại/hỏng). */

/** "12,3 MB" — sizes in messages, Vietnamese decimal comma, one decimal. */
export function mb(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'vô hạn';
  const tenths = Math.round(bytes / 104857.6);
  const whole = Math.floor(tenths / 10);
  return `${whole.toLocaleString('vi-VN')}${tenths % 10 ? ',' + (tenths % 10) : ''} MB`;
}

function count(n: number): string {
  return Number.isFinite(n) ? n.toLocaleString('vi-VN') : 'vô số';
}

/** "Tệp x.xlsx", or just "Tệp" when the caller has no file name. */
const T = (name: string) => (name ? `Tệp ${name}` : 'Tệp');

const saveAsXlsx = 'Mở tệp bằng Excel và lưu lại dạng "Sổ làm việc Excel (*.xlsx)" rồi gửi lại.';

export const limitsVi = {
  fileEmpty: (name: string) => `${T(name)} rỗng (0 byte) — không phải sổ Excel. Hãy lấy lại tệp gốc.`,
  fileTooLarge: (name: string, size: number, max: number) =>
    `${T(name)} quá lớn (${mb(size)}; giới hạn ${mb(max)}). Một dự toán thường chỉ vài trăm KB — kiểm tra lại tệp ` +
    `(ảnh chèn vào, trang tính thừa), hoặc nâng giới hạn bằng biến môi trường DUTOAN_MAX_FILE_MB.`,
  encrypted: (name: string) =>
    `${T(name)} được đặt mật khẩu mở tệp (đã mã hóa), dutoan không đọc được. Mở bằng Excel, gỡ mật khẩu ` +
    `(Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu → xóa trống, OK) rồi lưu lại.`,
  legacyXls: (name: string) => `${T(name)} là định dạng Excel 97–2003 (.xls) cũ, dutoan chỉ đọc .xlsx. ${saveAsXlsx}`,
  notXlsx: (name: string, what: string) => `${T(name)} không phải sổ Excel .xlsx hợp lệ (${what}). ${saveAsXlsx}`,
  foreign: {
    'ole-other': 'đây là tài liệu Office đời cũ, không phải sổ Excel',
    pdf: 'đây là tệp PDF',
    html: 'đây là trang HTML, thường do phần mềm khác xuất ra rồi đặt đuôi .xls/.xlsx',
    'xml-2003': 'đây là định dạng "XML Spreadsheet 2003"',
    json: 'đây là tệp JSON',
    text: 'đây là tệp văn bản hoặc CSV',
    archive: 'đây là tệp nén gzip/rar/7z',
    unknown: 'nội dung không nhận ra được',
  } as Record<string, string>,
  truncated: (name: string) =>
    `${T(name)} bị hỏng hoặc không trọn vẹn (thiếu phần cuối của gói .xlsx) — thường do tải về hoặc sao chép ` +
    `chưa xong. Hãy lấy lại tệp gốc.`,
  damaged: (name: string, detail: string) =>
    `${T(name)} bị hỏng: cấu trúc gói .xlsx không hợp lệ (${detail}). Hãy mở thử bằng Excel; nếu Excel sửa ` +
    `được thì lưu lại thành tệp mới rồi gửi lại.`,
  /** exceljs could not load a file that passed every package check: see load-failure.ts. */
  unloadable: (name: string, kind: 'zip' | 'xml' | 'structure') =>
    `${T(name)} không mở được: ${
      {
        zip: 'phần nén bên trong gói .xlsx bị hỏng',
        xml: 'nội dung XML bên trong gói .xlsx bị hỏng (thẻ sai hoặc ký tự lạ)',
        structure: 'gói .xlsx thiếu hoặc sai một phần bắt buộc — thường do phần mềm khác xuất ra hoặc tệp bị sửa',
      }[kind]
    }. Hãy mở thử bằng Excel; nếu Excel mở được thì lưu lại thành tệp mới rồi gửi lại.`,
  multiDisk: (name: string) => `${T(name)} là gói nén chia nhiều phần — không phải sổ Excel .xlsx. ${saveAsXlsx}`,
  zipEncrypted: (name: string) =>
    `${T(name)} có phần nội dung được nén kèm mật khẩu — dutoan không đọc được. ${saveAsXlsx}`,
  zipMethod: (name: string, entry: string, method: number) =>
    `${T(name)}: phần "${entry}" nén bằng phương pháp không hỗ trợ (mã ${method}). ${saveAsXlsx}`,
  tooManyEntries: (name: string, n: number, max: number) =>
    `${T(name)} chứa ${count(n)} phần nén (giới hạn ${count(max)}) — bất thường với một sổ Excel, nghi là tệp ` +
    `độc hại; không mở. Giới hạn đổi được bằng DUTOAN_MAX_ZIP_ENTRIES.`,
  tooLargeUncompressed: (name: string, total: number, max: number) =>
    `${T(name)} khi giải nén chiếm ${mb(total)} (giới hạn ${mb(max)}) — nghi là "bom nén" (zip bomb) hoặc sổ ` +
    `quá lớn; không mở. Giới hạn đổi được bằng DUTOAN_MAX_UNCOMPRESSED_MB.`,
  compressionRatio: (name: string, entry: string, ratio: number, max: number) =>
    `${T(name)}: phần "${entry}" nén với tỉ lệ ${count(Math.floor(ratio))}:1 (giới hạn ${count(max)}:1) — dấu hiệu ` +
    `"bom nén" (zip bomb); không mở.`,
  sizeLie: (name: string, entry: string) =>
    `${T(name)}: phần "${entry}" giải nén ra nhiều hơn kích thước khai báo — tệp hỏng hoặc "bom nén" (zip bomb); không mở.`,
  inflateFailed: (name: string, entry: string) =>
    `${T(name)} bị hỏng: không giải nén được phần "${entry}". Hãy lấy lại tệp gốc hoặc mở bằng Excel và lưu lại.`,
  xmlDtd: (name: string, entry: string) =>
    `${T(name)}: phần "${entry}" chứa khai báo DTD/thực thể XML — sổ Excel thật không bao giờ có; nghi là tệp độc hại ` +
    `("bom XML"); không mở.`,
  notSpreadsheet: (name: string, what: string) => `${T(name)} là gói nén nhưng không phải sổ Excel .xlsx hợp lệ (${what}). ${saveAsXlsx}`,
  zipKinds: {
    docx: 'đây là tài liệu Word .docx',
    pptx: 'đây là bản trình chiếu PowerPoint .pptx',
    ods: 'đây là bảng tính OpenDocument .ods của LibreOffice',
    xlsb: 'đây là sổ Excel nhị phân .xlsb',
    zip: 'đây là tệp nén .zip thông thường, không có phần xl/workbook.xml',
  } as Record<string, string>,
  tooManySheets: (name: string, n: number, max: number) =>
    `${T(name)} có ${count(n)} trang tính (giới hạn ${count(max)}); không xử lý. Giới hạn đổi được bằng DUTOAN_MAX_SHEETS.`,
  tooManyRows: (name: string, sheet: string, n: number, max: number) =>
    `${T(name)}, trang "${sheet}": dữ liệu trải tới dòng ${count(n)} (giới hạn ${count(max)} dòng); không xử lý. Xóa các dòng ` +
    `thừa hoặc nâng giới hạn bằng DUTOAN_MAX_ROWS.`,
  tooManyColumns: (name: string, sheet: string, n: number, max: number) =>
    `${T(name)}, trang "${sheet}": dữ liệu trải tới cột thứ ${count(n)} (giới hạn ${count(max)} cột); không xử lý. Xóa các cột ` +
    `thừa hoặc nâng giới hạn bằng DUTOAN_MAX_COLUMNS.`,
  badLimitSetting: (variable: string, value: string) =>
    `Biến môi trường ${variable}="${value}" không hợp lệ: phải là số dương.`,
  rowLimitShort: (max: number) => `quá ${count(max)} dòng`,
  columnLimitShort: (max: number) => `quá ${count(max)} cột`,
  defaultName: '',
} as const;

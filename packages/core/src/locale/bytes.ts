/**
 * Messages of the byte layer (lớp byte: .xlsx bytes → cells): files refused before or while they are read —
 * not a workbook, damaged, encrypted, over a limit. One code per kind of damage; `kind` says which variant.
 * Parameters are plain data; numbers and sizes are already formatted the Vietnamese way ("16.384", "12,3 MB").
 * `file` is the file name as the user knows it, or '' when the caller has none ("Tệp …" then stands alone).
 */
import type { MessageTable } from './table.ts';

/** What a file that is not an .xlsx package turned out to be (from its first bytes, or the parts of its zip). */
export type ForeignFileKind =
  | 'ole-other'
  | 'pdf'
  | 'html'
  | 'xml-2003'
  | 'json'
  | 'text'
  | 'archive'
  | 'unknown'
  | 'docx'
  | 'pptx'
  | 'ods'
  | 'xlsb'
  | 'zip';

/** Why a zip directory (mục lục của gói nén) is not valid. */
export type ZipDamage =
  | { reason: 'zip64' }
  | { reason: 'overlap' }
  | { reason: 'count'; found: number; declared: number }
  | { reason: 'header'; index: number }
  | { reason: 'local-header'; part: string }
  | { reason: 'zip64-extra'; part: string }
  | { reason: 'stored-size'; part: string };

/** The codes of the byte layer (bytes → cells: zip, encryption, foreign files, XML) and the parameters of each. */
export interface BytesParams {
  FILE_EMPTY: { file: string };
  FILE_TOO_LARGE: { file: string; size: string; max: string; bytes: number; maxBytes: number };
  FILE_TRUNCATED: { file: string };
  FILE_DAMAGED:
    | ({ file: string; kind: 'directory' } & ZipDamage)
    | { file: string; kind: 'inflate'; part: string }
    /** The encrypted container (compound file) cannot be read, or its content does not decrypt to a package. */
    | { file: string; kind: 'encrypted-container' }
    | { file: string; kind: 'encrypted-integrity' };
  FILE_NOT_XLSX:
    | { file: string; kind: 'foreign'; what: ForeignFileKind }
    | { file: string; kind: 'multi-disk' }
    | { file: string; kind: 'method'; part: string; method: number };
  FILE_ENCRYPTED:
    /** Encrypted with a password the user chose (the default password Excel tries did not open it). */
    | { file: string; kind: 'password' }
    /** Encrypted by a method dutoan does not decrypt (RC4, extensible encryption, rights management). */
    | { file: string; kind: 'unsupported'; method: string }
    /** Zip entries encrypted (ZipCrypto / strong encryption): not how Excel protects a workbook. */
    | { file: string; kind: 'zip-entries' };
  FILE_LEGACY_XLS: { file: string };
  ZIP_TOO_MANY_ENTRIES: { file: string; count: string; max: string };
  ZIP_TOO_LARGE: { file: string; size: string; max: string };
  ZIP_BOMB:
    | { file: string; kind: 'ratio'; part: string; ratio: string; max: string }
    | { file: string; kind: 'size-lie'; part: string };
  XML_DTD: { file: string; part: string };
  WORKBOOK_TOO_MANY_SHEETS: { file: string; count: string; max: string };
  SHEET_TOO_MANY_ROWS: { file: string; sheet: string; row: string; max: string };
  SHEET_TOO_MANY_COLUMNS: { file: string; sheet: string; col: string; max: string };
  /** Short texts of the field issues that go with the two codes above. */
  ROW_LIMIT: { max: string };
  COLUMN_LIMIT: { max: string };
  LIMIT_SETTING_INVALID: { variable: string; value: string };
  WORKBOOK_UNREADABLE:
    /** A part's XML is not well-formed (a tag not closed, a stray closing tag, cut short). */
    | { file: string; kind: 'xml'; part: string }
    /** The package names no workbook part, or names one that is not in the zip. */
    | { file: string; kind: 'no-workbook'; part: string }
    | { file: string; kind: 'shared-string'; sheet: string; cell: string; index: string; count: string }
    | { file: string; kind: 'cell-ref'; sheet: string; ref: string };
}

const T = (file: string) => (file ? `Tệp ${file}` : 'Tệp');
const saveAsXlsx = 'Mở tệp bằng Excel và lưu lại dạng "Sổ làm việc Excel (*.xlsx)" rồi gửi lại.';
const tryExcel = 'Hãy mở thử bằng Excel; nếu Excel mở được thì lưu lại thành tệp mới rồi gửi lại.';

const foreignVi: Record<ForeignFileKind, string> = {
  'ole-other': 'đây là tài liệu Office đời cũ, không phải sổ Excel',
  pdf: 'đây là tệp PDF',
  html: 'đây là trang HTML, thường do phần mềm khác xuất ra rồi đặt đuôi .xls/.xlsx',
  'xml-2003': 'đây là định dạng "XML Spreadsheet 2003"',
  json: 'đây là tệp JSON',
  text: 'đây là tệp văn bản hoặc CSV',
  archive: 'đây là tệp nén gzip/rar/7z',
  unknown: 'nội dung không nhận ra được',
  docx: 'đây là tài liệu Word .docx',
  pptx: 'đây là bản trình chiếu PowerPoint .pptx',
  ods: 'đây là bảng tính OpenDocument .ods của LibreOffice',
  xlsb: 'đây là sổ Excel nhị phân .xlsb',
  zip: 'đây là tệp nén .zip thông thường, không có phần xl/workbook.xml',
};
const zipKinds = new Set<ForeignFileKind>(['docx', 'pptx', 'ods', 'xlsb', 'zip']);

function zipDamageVi(d: ZipDamage): string {
  switch (d.reason) {
    case 'zip64':
      return 'bản ghi ZIP64 ở cuối gói sai';
    case 'overlap':
      return 'mục lục của gói chồng lên bản ghi kết thúc';
    case 'count':
      return `mục lục có ${d.found} phần trong khi gói khai báo ${d.declared}`;
    case 'header':
      return `mục lục hỏng từ phần thứ ${d.index + 1}`;
    case 'local-header':
      return `đầu phần "${d.part}" sai chữ ký`;
    case 'zip64-extra':
      return `phần "${d.part}" khai báo kích thước ZIP64 nhưng thiếu trường bổ sung`;
    case 'stored-size':
      return `phần "${d.part}" lưu không nén nhưng hai kích thước khai báo khác nhau`;
  }
}

function zipDamageEn(d: ZipDamage): string {
  switch (d.reason) {
    case 'zip64':
      return 'bad ZIP64 end record';
    case 'overlap':
      return 'central directory overlaps the end record';
    case 'count':
      return `${d.found} entries found, ${d.declared} declared`;
    case 'header':
      return `central header ${d.index} damaged`;
    case 'local-header':
      return `local header signature of "${d.part}"`;
    case 'zip64-extra':
      return `"${d.part}": ZIP64 sizes without their extra field`;
    case 'stored-size':
      return `"${d.part}": stored entry whose two sizes differ`;
  }
}

/** The byte layer's sentences in Vietnamese. */
export const bytesVi: MessageTable<BytesParams> = {
  FILE_EMPTY: (p) => `${T(p.file)} rỗng (0 byte) — không phải sổ Excel. Hãy lấy lại tệp gốc.`,
  FILE_TOO_LARGE: (p) =>
    `${T(p.file)} quá lớn (${p.size}; giới hạn ${p.max}). Một dự toán thường chỉ vài trăm KB — kiểm tra lại tệp ` +
    `(ảnh chèn vào, trang tính thừa), hoặc nâng giới hạn bằng biến môi trường DUTOAN_MAX_FILE_MB.`,
  FILE_TRUNCATED: (p) =>
    `${T(p.file)} bị hỏng hoặc không trọn vẹn (thiếu phần cuối của gói .xlsx) — thường do tải về hoặc sao chép ` +
    `chưa xong. Hãy lấy lại tệp gốc.`,
  FILE_DAMAGED: (p) => {
    switch (p.kind) {
      case 'directory':
        return `${T(p.file)} bị hỏng: cấu trúc gói .xlsx không hợp lệ (${zipDamageVi(p)}). Hãy mở thử bằng Excel; nếu Excel sửa được thì lưu lại thành tệp mới rồi gửi lại.`;
      case 'inflate':
        return `${T(p.file)} bị hỏng: không giải nén được phần "${p.part}". Hãy lấy lại tệp gốc hoặc mở bằng Excel và lưu lại.`;
      case 'encrypted-container':
        return `${T(p.file)} là sổ Excel được mã hóa nhưng phần vỏ mã hóa bị hỏng, không giải mã ra được sổ. Hãy lấy lại tệp gốc.`;
      case 'encrypted-integrity':
        return `${T(p.file)} là sổ Excel được mã hóa nhưng nội dung đã bị thay đổi hoặc hỏng sau khi mã hóa (mã kiểm tra toàn vẹn không khớp). Hãy lấy lại tệp gốc.`;
    }
  },
  FILE_NOT_XLSX: (p) => {
    switch (p.kind) {
      case 'foreign':
        return zipKinds.has(p.what)
          ? `${T(p.file)} là gói nén nhưng không phải sổ Excel .xlsx hợp lệ (${foreignVi[p.what]}). ${saveAsXlsx}`
          : `${T(p.file)} không phải sổ Excel .xlsx hợp lệ (${foreignVi[p.what]}). ${saveAsXlsx}`;
      case 'multi-disk':
        return `${T(p.file)} là gói nén chia nhiều phần — không phải sổ Excel .xlsx. ${saveAsXlsx}`;
      case 'method':
        return `${T(p.file)}: phần "${p.part}" nén bằng phương pháp không hỗ trợ (mã ${p.method}). ${saveAsXlsx}`;
    }
  },
  FILE_ENCRYPTED: (p) => {
    switch (p.kind) {
      case 'password':
        return (
          `${T(p.file)} được đặt mật khẩu mở tệp (đã mã hóa), dutoan không đọc được. Mở bằng Excel, gỡ mật khẩu ` +
          `(Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu → xóa trống, OK) rồi lưu lại.`
        );
      case 'unsupported':
        return (
          `${T(p.file)} được mã hóa theo cách dutoan chưa giải mã được (${p.method}). Mở bằng Excel, gỡ mã hóa ` +
          `(Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu → xóa trống, OK) rồi lưu lại.`
        );
      case 'zip-entries':
        return `${T(p.file)} có phần nội dung được nén kèm mật khẩu — dutoan không đọc được. ${saveAsXlsx}`;
    }
  },
  FILE_LEGACY_XLS: (p) => `${T(p.file)} là định dạng Excel 97–2003 (.xls) cũ, dutoan chỉ đọc .xlsx. ${saveAsXlsx}`,
  ZIP_TOO_MANY_ENTRIES: (p) =>
    `${T(p.file)} chứa ${p.count} phần nén (giới hạn ${p.max}) — bất thường với một sổ Excel, nghi là tệp ` +
    `độc hại; không mở. Giới hạn đổi được bằng DUTOAN_MAX_ZIP_ENTRIES.`,
  ZIP_TOO_LARGE: (p) =>
    `${T(p.file)} khi giải nén chiếm ${p.size} (giới hạn ${p.max}) — nghi là "bom nén" (zip bomb) hoặc sổ ` +
    `quá lớn; không mở. Giới hạn đổi được bằng DUTOAN_MAX_UNCOMPRESSED_MB.`,
  ZIP_BOMB: (p) =>
    p.kind === 'ratio'
      ? `${T(p.file)}: phần "${p.part}" nén với tỉ lệ ${p.ratio}:1 (giới hạn ${p.max}:1) — dấu hiệu "bom nén" (zip bomb); không mở.`
      : `${T(p.file)}: phần "${p.part}" giải nén ra nhiều hơn kích thước khai báo — tệp hỏng hoặc "bom nén" (zip bomb); không mở.`,
  XML_DTD: (p) =>
    `${T(p.file)}: phần "${p.part}" chứa khai báo DTD/thực thể XML — sổ Excel thật không bao giờ có; nghi là tệp độc hại ` +
    `("bom XML"); không mở.`,
  WORKBOOK_TOO_MANY_SHEETS: (p) =>
    `${T(p.file)} có ${p.count} trang tính (giới hạn ${p.max}); không xử lý. Giới hạn đổi được bằng DUTOAN_MAX_SHEETS.`,
  SHEET_TOO_MANY_ROWS: (p) =>
    `${T(p.file)}, trang "${p.sheet}": dữ liệu trải tới dòng ${p.row} (giới hạn ${p.max} dòng); không xử lý. Xóa các dòng ` +
    `thừa hoặc nâng giới hạn bằng DUTOAN_MAX_ROWS.`,
  SHEET_TOO_MANY_COLUMNS: (p) =>
    `${T(p.file)}, trang "${p.sheet}": dữ liệu trải tới cột thứ ${p.col} (giới hạn ${p.max} cột); không xử lý. Xóa các cột ` +
    `thừa hoặc nâng giới hạn bằng DUTOAN_MAX_COLUMNS.`,
  ROW_LIMIT: (p) => `quá ${p.max} dòng`,
  COLUMN_LIMIT: (p) => `quá ${p.max} cột`,
  LIMIT_SETTING_INVALID: (p) => `Biến môi trường ${p.variable}="${p.value}" không hợp lệ: phải là số dương.`,
  WORKBOOK_UNREADABLE: (p) => {
    const what = (() => {
      switch (p.kind) {
        case 'xml':
          return `nội dung XML bên trong gói .xlsx bị hỏng (thẻ sai hoặc ký tự lạ) ở phần "${p.part}"`;
        case 'no-workbook':
          return p.part
            ? `gói .xlsx khai báo phần sổ "${p.part}" nhưng không có phần đó`
            : 'gói .xlsx không khai báo phần sổ (workbook) nào';
        case 'shared-string':
          return `trang "${p.sheet}", ô ${p.cell} trỏ tới chuỗi dùng chung số ${p.index} nhưng tệp chỉ có ${p.count} chuỗi`;
        case 'cell-ref':
          return `trang "${p.sheet}" có ô mang địa chỉ "${p.ref}" không hợp lệ`;
      }
    })();
    return `${T(p.file)} không mở được: ${what}. ${tryExcel}`;
  },
};

const F = (file: string) => (file ? `File ${file}` : 'The file');
const foreignEn: Record<ForeignFileKind, string> = {
  'ole-other': 'an older Office document, not a workbook',
  pdf: 'a PDF file',
  html: 'an HTML page, usually exported by another program and renamed .xls/.xlsx',
  'xml-2003': 'an "XML Spreadsheet 2003" file',
  json: 'a JSON file',
  text: 'a text or CSV file',
  archive: 'a gzip/rar/7z archive',
  unknown: 'unrecognised content',
  docx: 'a Word .docx document',
  pptx: 'a PowerPoint .pptx presentation',
  ods: 'an OpenDocument .ods spreadsheet',
  xlsb: 'a binary .xlsb workbook',
  zip: 'a plain .zip archive without xl/workbook.xml',
};
const saveAsEn = 'Open it in Excel, save it as "Excel Workbook (*.xlsx)" and send it again.';

/** The byte layer's sentences in English (for developers). */
export const bytesEn: MessageTable<BytesParams> = {
  FILE_EMPTY: (p) => `${F(p.file)} is empty (0 bytes), not a workbook.`,
  FILE_TOO_LARGE: (p) => `${F(p.file)} is too large (${p.size}; limit ${p.max}); raise DUTOAN_MAX_FILE_MB if it is genuine.`,
  FILE_TRUNCATED: (p) => `${F(p.file)} is truncated (the end of the .xlsx package is missing); get the original file again.`,
  FILE_DAMAGED: (p) => {
    switch (p.kind) {
      case 'directory':
        return `${F(p.file)} is damaged: invalid .xlsx package structure (${zipDamageEn(p)}).`;
      case 'inflate':
        return `${F(p.file)} is damaged: part "${p.part}" cannot be decompressed.`;
      case 'encrypted-container':
        return `${F(p.file)} is an encrypted workbook whose container is damaged; it does not decrypt to a workbook.`;
      case 'encrypted-integrity':
        return `${F(p.file)} is an encrypted workbook whose content was changed or damaged after encryption (integrity check failed).`;
    }
  },
  FILE_NOT_XLSX: (p) => {
    switch (p.kind) {
      case 'foreign':
        return `${F(p.file)} is not a valid .xlsx workbook (${foreignEn[p.what]}). ${saveAsEn}`;
      case 'multi-disk':
        return `${F(p.file)} is a multi-part zip archive, not an .xlsx workbook. ${saveAsEn}`;
      case 'method':
        return `${F(p.file)}: part "${p.part}" uses an unsupported compression method (${p.method}). ${saveAsEn}`;
    }
  },
  FILE_ENCRYPTED: (p) => {
    switch (p.kind) {
      case 'password':
        return `${F(p.file)} is protected by a password to open; remove the password in Excel and save it again.`;
      case 'unsupported':
        return `${F(p.file)} is encrypted with a method dutoan cannot decrypt (${p.method}); remove the encryption in Excel and save it again.`;
      case 'zip-entries':
        return `${F(p.file)} has password-protected zip entries, which dutoan cannot read. ${saveAsEn}`;
    }
  },
  FILE_LEGACY_XLS: (p) => `${F(p.file)} is an Excel 97–2003 (.xls) workbook; dutoan reads .xlsx only. ${saveAsEn}`,
  ZIP_TOO_MANY_ENTRIES: (p) => `${F(p.file)} has ${p.count} zip entries (limit ${p.max}); refused as suspicious (DUTOAN_MAX_ZIP_ENTRIES).`,
  ZIP_TOO_LARGE: (p) => `${F(p.file)} expands to ${p.size} (limit ${p.max}); refused as a possible zip bomb (DUTOAN_MAX_UNCOMPRESSED_MB).`,
  ZIP_BOMB: (p) =>
    p.kind === 'ratio'
      ? `${F(p.file)}: part "${p.part}" has a compression ratio of ${p.ratio}:1 (limit ${p.max}:1); refused as a zip bomb.`
      : `${F(p.file)}: part "${p.part}" expands beyond its declared size; refused as damaged or a zip bomb.`,
  XML_DTD: (p) => `${F(p.file)}: part "${p.part}" declares a DTD or XML entities, which real workbooks never do; refused as an XML bomb.`,
  WORKBOOK_TOO_MANY_SHEETS: (p) => `${F(p.file)} has ${p.count} sheets (limit ${p.max}; DUTOAN_MAX_SHEETS).`,
  SHEET_TOO_MANY_ROWS: (p) => `${F(p.file)}, sheet "${p.sheet}": data reaches row ${p.row} (limit ${p.max}; DUTOAN_MAX_ROWS).`,
  SHEET_TOO_MANY_COLUMNS: (p) => `${F(p.file)}, sheet "${p.sheet}": data reaches column ${p.col} (limit ${p.max}; DUTOAN_MAX_COLUMNS).`,
  ROW_LIMIT: (p) => `more than ${p.max} rows`,
  COLUMN_LIMIT: (p) => `more than ${p.max} columns`,
  LIMIT_SETTING_INVALID: (p) => `Environment variable ${p.variable}="${p.value}" is invalid: it must be a positive number.`,
  WORKBOOK_UNREADABLE: (p) => {
    switch (p.kind) {
      case 'xml':
        return `${F(p.file)} cannot be opened: the XML of part "${p.part}" is not well-formed.`;
      case 'no-workbook':
        return p.part ? `${F(p.file)} cannot be opened: the package declares workbook part "${p.part}", which is missing.` : `${F(p.file)} cannot be opened: the package declares no workbook part.`;
      case 'shared-string':
        return `${F(p.file)} cannot be opened: sheet "${p.sheet}", cell ${p.cell} refers to shared string ${p.index} of ${p.count}.`;
      case 'cell-ref':
        return `${F(p.file)} cannot be opened: sheet "${p.sheet}" has a cell with the invalid reference "${p.ref}".`;
    }
  },
};

/**
 * The words the readers look for (từ khóa đọc bảng), folded (no case, no diacritics — see foldText). Plain data:
 * header synonyms of every column, labels of the table's rows, section keywords, signature roles.
 */

/** Columns of an estimate table. */
export type TableColumn = 'stt' | 'content' | 'unit' | 'quantity' | 'price' | 'amount' | 'note' | 'code' | 'coefficient' | 'explanation';

/** Folded header texts per column, compared after removing "(…)" and dots. */
export const headerSynonyms: Record<TableColumn, readonly string[]> = {
  stt: ['stt', 'tt', 'so tt', 'so thu tu', 'thu tu'],
  content: [
    'noi dung cong viec', 'noi dung', 'ten cong viec', 'hang muc cong viec', 'hang muc', 'ten hang muc', 'dien giai',
    'cong viec', 'noi dung chi', 'danh muc', 'ten danh muc', 'noi dung cong viec hang muc', 'khoan muc chi phi', 'khoan muc',
    'noi dung chi phi', 'ten dich vu', 'danh muc dich vu', 'mo ta cong viec', 'noi dung thuc hien', 'mo ta dich vu', 'mo ta', 'ten cong viec dich vu',
  ],
  unit: ['don vi tinh', 'dvt', 'dv tinh', 'don vi', 'd vi tinh', 'dv'],
  quantity: ['khoi luong', 'so luong', 'kl', 'sl', 'khoi luong cong viec', 'khoi luong thuc hien', 'khoi luong du toan'],
  price: ['don gia', 'muc gia', 'gia', 'don gia du toan', 'don gia thuc hien', 'don gia ap dung', 'don gia sau thue', 'don gia da co thue', 'don gia bao gom thue',
    'gia chao', 'don gia chao', 'gia bao', 'don gia bao gia', 'gia de xuat', 'don gia de xuat',
    // "Mức chi (đồng)": the spending rate of a cost estimate (dự toán chi) is its unit price.
    'muc chi', 'muc chi ap dung', 'don gia muc chi'],
  amount: ['thanh tien', 'kinh phi', 'so tien', 'tong tien', 'gia tri', 'thanh tien sau thue', 'thanh tien da co thue', 'tong gia', 'du toan kinh phi', 'tong kinh phi', 'kinh phi du toan', 'thanh tien du toan'],
  note: ['ghi chu', 'can cu', 'can cu ghi chu', 'ghi chu can cu', 'can cu tinh', 'can cu ap dung', 'dien giai can cu'],
  code: ['ma hang muc', 'ma hm', 'ma', 'ma so', 'ma dinh muc', 'ma hieu', 'ma cong viec'],
  /** A text column explaining a quantity ("13 m × 5.000 trang/m"): read as text, never as the content. */
  explanation: ['dien giai khoi luong', 'dien giai cach tinh', 'cach tinh', 'cach tinh khoi luong', 'thuyet minh khoi luong', 'dien giai tinh toan', 'dien giai chi tiet khoi luong', 'cong thuc tinh'],
  coefficient: ['he so', 'he so k', 'k', 'he so dieu chinh', 'he so phuc tap', 'he so ap dung', 'he so quy doi', 'hs dieu chinh', 'hs k'],
};

/** Header texts that group sub-columns below them ("Trong đó": Nhân công | Vật tư). */
export const groupHeaders: readonly string[] = ['trong do', 'chia ra', 'bao gom', 'chi tiet'];

/** Words of a table-level note that states the money unit ("Đơn vị tính: 1.000 đồng"). */
export const moneyUnitNotes: readonly string[] = ['don vi tinh', 'dvt', 'don vi', 'dv tinh', 'dv'];

/** Sections: book section ids found by keywords in a title. */
export const sectionKeywords: ReadonlyArray<readonly ['I' | 'II' | 'III', readonly string[]]> = [
  ['I', ['chinh ly']],
  ['II', ['so hoa', 'tao lap co so du lieu', 'tao lap csdl', 'bien muc', 'nhap du lieu', 'du lieu dac ta']],
  ['III', ['chi phi khac', 'chi khac', 'cac chi phi khac', 'chi phi chung']],
];

/** Labels of sum rows (dòng cộng, dòng tổng), folded prefixes. */
export const sumLabels = {
  /** "Cộng", "Cộng phần I", "Cộng (I)", "Cộng I+II". */
  subtotal: ['cong', 'tong phan', 'tong muc', 'cong phan', 'cong muc', 'cong khoan', 'tong cong phan', 'cong tien'],
  /** Totals of everything (or of the sections named in brackets). */
  total: [
    'tong cong', 'tong du toan', 'tong kinh phi', 'tong so', 'cong tong', 'tong gia tri', 'tong', 'tong cong kinh phi',
    'tong cong du toan', 'tong chi phi', 'tong cong chi phi', 'gia tri du toan', 'tong gia du toan', 'tong cong gia tri',
    'tong thue', 'tong tien thue', 'tong truoc thue', 'tong gia tri truoc thue', 'tong so tien', 'tong gia du thau', 'tong gia', 'gia du thau',
  ],
} as const;

/** Phrases that mark a total before VAT, after VAT, or the VAT alone. */
export const vatPhrases = {
  before: ['truoc thue', 'chua thue', 'chua co thue', 'chua bao gom thue', 'chua gom thue', 'chua vat', 'truoc vat'],
  after: ['sau thue', 'gom thue', 'co thue', 'da co thue', 'bao gom thue', 'da gom thue', 'da bao gom thue', 'sau vat', 'ca thue'],
} as const;

export const roundingLabels: readonly string[] = ['lam tron', 'so lam tron', 'dieu chinh lam tron', 'chenh lech lam tron'];
export const finalPhrases: readonly string[] = ['sau lam tron', 'da lam tron', 'lam tron con', 'lam tron thanh', 'kinh phi de nghi', 'de nghi phe duyet', 'tong kinh phi de nghi', 'so tien de nghi', 'gia tri de nghi'];
export const wordsLabels: readonly string[] = ['bang chu', 'so tien bang chu', 'viet bang chu', 'tong so tien bang chu', 'ghi bang chu', 'tong kinh phi bang chu', 'so tien viet bang chu'];
/** Labels of lump-sum adjustment rows counted in a section (no quantity or price of their own). */
export const adjustmentLabels: readonly string[] = ['dieu chinh', 'giam tru', 'tru', 'bu chenh lech', 'chenh lech', 'truy thu', 'giam gia', 'chiet khau'];

export const signatureRoles = {
  preparer: ['nguoi lap bieu', 'nguoi lap', 'lap bieu', 'nguoi lap du toan', 'can bo lap'],
  accountant: ['ke toan truong', 'phu trach ke toan', 'ke toan', 'phu trach tai chinh'],
  head: ['thu truong don vi', 'thu truong co quan', 'thu truong', 'tm uy ban nhan dan', 'tm ubnd', 'chu tich', 'giam doc', 'kt chu tich', 'kt giam doc', 'pho giam doc', 'pho chu tich', 'truong phong', 'ky thay', 'kt thu truong', 'tm ban giam doc'],
} as const;
/** Labels that sit between a role and the signer's name ("CHỦ TỊCH" under "TM. ỦY BAN NHÂN DÂN", "(Ký…)"). */
export const roleLike: readonly string[] = ['chu tich', 'pho chu tich', 'giam doc', 'pho giam doc', 'thu truong', 'ke toan', 'nguoi lap', 'tm', 'kt', 'q', 'ky', 'da ky', 'truong phong'];

/** Titles of sheets that are not the estimate table (a cover letter, notes) — skipped without a word. */
export const coverSheetTitles: readonly string[] = ['to trinh', 'cong van', 'thuyet minh', 'bia', 'trang bia'];

/**
 * Units people write that no price-book item is priced in (so a line in one of them is a wrong unit, not an
 * unknown spelling): a sheet is not a page, a set is not a file.
 */
export const otherUnits: readonly string[] = [
  'to', 'cai', 'bo', 'quyen', 'cuon', 'tap', 'nguoi', 'thang', 'ngay', 'gio', 'cap', 'bia', 'kg', 'm2', 'ram', 'chiec', 'dot',
  'nam', 'trang a5', 'file', 'tep', 'anh', 'lo', 'thung', 'cuon phim', 'phut', 'truong', 'ban', 'bang', 'goi tin',
];

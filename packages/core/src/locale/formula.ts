import type { MessageTable } from './table.ts';

/**
 * Messages of the formula area (công thức): parsing, evaluation and the audit's checks of formula cells.
 * Numbers arrive formatted the Vietnamese way ("1.100", "89.908.207,5"); formulas as a Vietnamese-locale
 * spreadsheet shows them ("=ROUND(ROUND(D12*E12;4);0)").
 */
export interface FormulaParams {
  /** A text that is not a formula. */
  FORMULA_SYNTAX: { formula: string };
  /** A cached value that is not what the cell's own formula gives; `counts`: the cell is (or feeds) a figure of the estimate. */
  FORMULA_STALE: { cell: string; cached: string; computed: string; formula: string; counts: boolean };
  /** Formula cells without a cached value, computed by dutoan: how many on the sheet, the first one. */
  FORMULA_RECOMPUTED: { sheet: string; count: number; first: string };
  /** A formula dutoan cannot recompute; `cached`: the file holds a value for it. */
  FORMULA_UNEVALUATED: { cell: string; formula: string; reason: 'syntax' | 'unsupported' | 'external' | 'circular'; detail: string; cached: boolean };
  /** A line amount one đồng below the exact rounding because a binary engine rounded a half-way product down. */
  ARITHMETIC_BINARY_HALF: { actual: string; quantity: string; price: string; product: string; expected: string; formula: string };
}

const unevaluatedVi = { syntax: 'công thức sai cú pháp', unsupported: 'dùng hàm chưa được hỗ trợ', external: 'tham chiếu tới sổ khác', circular: 'có vòng lặp (tham chiếu lại chính nó)' } as const;
const unevaluatedEn = { syntax: 'the formula does not parse', unsupported: 'it uses a function not implemented', external: 'it refers to another workbook', circular: 'it is circular' } as const;

export const formulaVi: MessageTable<FormulaParams> = {
  FORMULA_SYNTAX: (p) => `Không đọc được công thức "=${p.formula}": sai cú pháp (thiếu ngoặc, dấu phân cách hoặc tên hàm).`,
  FORMULA_STALE: (p) =>
    `Ô ${p.cell} ghi ${p.cached} nhưng công thức ${p.formula} cho ${p.computed}: số ghi trong tệp chưa được tính lại theo công thức ` +
    `(hoặc đã bị sửa). Mở tệp bằng Excel, nhấn Ctrl+Alt+F9 để tính lại rồi lưu.` +
    (p.counts ? '' : ' Ô này không phải số của dự toán và không số nào của dự toán được tính từ nó.'),
  FORMULA_RECOMPUTED: (p) =>
    `Sheet "${p.sheet}": ${p.count} ô công thức không có kết quả lưu sẵn trong tệp (tệp do chương trình không tính công thức ghi ra, ví dụ openpyxl); ` +
    `các giá trị này được tính lại từ công thức để thẩm tra (ô đầu tiên: ${p.first}).`,
  FORMULA_UNEVALUATED: (p) =>
    `Không tính lại được công thức ô ${p.cell} (${p.formula}): ${unevaluatedVi[p.reason]}${p.reason === 'syntax' ? '' : ` (${p.detail})`}; ` +
    (p.cached ? 'dùng số ghi sẵn trong tệp.' : 'tệp không có kết quả ghi sẵn nên giá trị của ô không biết được.'),
  ARITHMETIC_BINARY_HALF: (p) =>
    `Thành tiền ${p.actual} kém 1 đồng so với ${p.quantity} × ${p.price} = ${p.product} làm tròn đến đồng (${p.expected}): tích đúng bằng nửa đồng, ` +
    `bảng tính tính bằng số nhị phân (như LibreOffice) được số nhỏ hơn một chút nên làm tròn xuống. Không phải lỗi của người lập; ` +
    `dùng công thức ${p.formula} thì mọi bảng tính cho cùng một số.`,
};

export const formulaEn: MessageTable<FormulaParams> = {
  FORMULA_SYNTAX: (p) => `Cannot parse the formula "=${p.formula}": syntax error (missing parenthesis, separator or function name).`,
  FORMULA_STALE: (p) =>
    `Cell ${p.cell} holds ${p.cached} but its formula ${p.formula} gives ${p.computed}: the cached value was not recalculated (or was edited).` +
    (p.counts ? '' : ' The cell is not a figure of the estimate and no figure is computed from it.'),
  FORMULA_RECOMPUTED: (p) => `Sheet "${p.sheet}": ${p.count} formula cells have no cached value in the file; they were computed from their formulas (first: ${p.first}).`,
  FORMULA_UNEVALUATED: (p) =>
    `Cannot recompute the formula of ${p.cell} (${p.formula}): ${unevaluatedEn[p.reason]}${p.reason === 'syntax' ? '' : ` (${p.detail})`}; ` +
    (p.cached ? 'the cached value is used.' : 'the file holds no cached value, so the cell is unknown.'),
  ARITHMETIC_BINARY_HALF: (p) =>
    `Amount ${p.actual} is one đồng below ${p.quantity} × ${p.price} = ${p.product} rounded (${p.expected}): the product is exactly half a đồng and a ` +
    `binary spreadsheet engine (such as LibreOffice) rounded it down. Not an error; the formula ${p.formula} gives the same figure everywhere.`,
};

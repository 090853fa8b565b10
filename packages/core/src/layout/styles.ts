/**
 * The named style table (bảng kiểu định dạng) of the standard workbook — plain data. Renderers map each key to
 * their own style objects once. Times New Roman throughout; money `#,##0`; thin borders inside the table.
 */
export interface CellStyle {
  font: { name: 'Times New Roman'; size: number; bold?: boolean; italic?: boolean; underline?: boolean; color?: string };
  /** Excel number format code, e.g. "#,##0". Omitted = General. */
  numFmt?: string;
  align?: { h?: 'left' | 'center' | 'right'; v?: 'top' | 'middle' | 'bottom'; wrap?: boolean; indent?: number };
  /** Thin border on all four edges. */
  border?: boolean;
  /** Background "#RRGGBB". */
  fill?: string;
}

export const FONT = 'Times New Roman' as const;
export const FONT_SIZE = 13;
/** Money: whole đồng with a thousands separator (shown as "1.234.567" under Vietnamese regional settings). */
export const MONEY_FORMAT = '#,##0';
/** Quantities that may be fractional (mét giá): 2 to 4 decimals. */
export const QUANTITY_FRACTION_FORMAT = '#,##0.00##';
export const PERCENT_FORMAT = '0%';
/** Dates shown day/month/year. */
export const DATE_FORMAT = 'dd/mm/yyyy';
const RED = '#C00000';
const HEAD_FILL = '#F2F2F2';
const INPUT_FILL = '#FFFDE7';

const f = (size = FONT_SIZE, extra: Omit<CellStyle['font'], 'name' | 'size'> = {}): CellStyle['font'] => ({ name: FONT, size, ...extra });

export const styleTable = {
  // National header (phần đầu văn bản)
  'head.org': { font: f(FONT_SIZE, { bold: true }), align: { h: 'center', v: 'middle', wrap: true } },
  'head.parent': { font: f(FONT_SIZE), align: { h: 'center', v: 'middle', wrap: true } },
  'head.motto': { font: f(FONT_SIZE, { bold: true }), align: { h: 'center', v: 'middle' } },
  'head.motto2': { font: f(FONT_SIZE + 1, { bold: true, underline: true }), align: { h: 'center', v: 'middle' } },
  'head.number': { font: f(FONT_SIZE), align: { h: 'center', v: 'middle' } },
  'head.date': { font: f(FONT_SIZE, { italic: true }), align: { h: 'center', v: 'middle' } },
  title: { font: f(FONT_SIZE + 1, { bold: true }), align: { h: 'center', v: 'middle', wrap: true } },
  subtitle: { font: f(FONT_SIZE, { italic: true }), align: { h: 'center', v: 'middle', wrap: true } },
  sample: { font: f(FONT_SIZE, { bold: true, color: RED }), align: { h: 'center', v: 'middle', wrap: true } },
  unitNote: { font: f(FONT_SIZE - 1, { italic: true }), align: { h: 'right', v: 'middle' } },

  // Table (bảng dự toán)
  'table.head': { font: f(FONT_SIZE, { bold: true }), align: { h: 'center', v: 'middle', wrap: true }, border: true, fill: HEAD_FILL },
  'table.colNo': { font: f(FONT_SIZE - 2, { italic: true }), align: { h: 'center', v: 'middle' }, border: true },
  'section.stt': { font: f(FONT_SIZE, { bold: true }), align: { h: 'center', v: 'middle' }, border: true },
  'section.text': { font: f(FONT_SIZE, { bold: true }), align: { h: 'left', v: 'middle', wrap: true }, border: true },
  'section.blank': { font: f(FONT_SIZE, { bold: true }), border: true },
  'section.amount': { font: f(FONT_SIZE, { bold: true }), numFmt: MONEY_FORMAT, align: { h: 'right', v: 'middle' }, border: true },
  'line.stt': { font: f(), align: { h: 'center', v: 'middle' }, border: true },
  'line.text': { font: f(), align: { h: 'left', v: 'middle', wrap: true }, border: true },
  'line.unit': { font: f(), align: { h: 'center', v: 'middle', wrap: true }, border: true },
  'line.qty': { font: f(), numFmt: MONEY_FORMAT, align: { h: 'right', v: 'middle' }, border: true, fill: INPUT_FILL },
  'line.qtyFrac': { font: f(), numFmt: QUANTITY_FRACTION_FORMAT, align: { h: 'right', v: 'middle' }, border: true, fill: INPUT_FILL },
  'line.price': { font: f(), numFmt: MONEY_FORMAT, align: { h: 'right', v: 'middle' }, border: true, fill: INPUT_FILL },
  'line.amount': { font: f(), numFmt: MONEY_FORMAT, align: { h: 'right', v: 'middle' }, border: true },
  'line.note': { font: f(FONT_SIZE - 2), align: { h: 'left', v: 'middle', wrap: true }, border: true },
  'line.code': { font: f(FONT_SIZE - 2, { color: '#7F7F7F' }), align: { h: 'left', v: 'middle' } },
  'sub.text': { font: f(FONT_SIZE, { bold: true, italic: true }), align: { h: 'left', v: 'middle', indent: 1 }, border: true },
  'sub.blank': { font: f(), border: true },
  'sub.amount': { font: f(FONT_SIZE, { bold: true, italic: true }), numFmt: MONEY_FORMAT, align: { h: 'right', v: 'middle' }, border: true },
  'vat.text': { font: f(FONT_SIZE, { italic: true }), align: { h: 'left', v: 'middle', indent: 1 }, border: true },
  'vat.rate': { font: f(FONT_SIZE, { italic: true }), numFmt: PERCENT_FORMAT, align: { h: 'right', v: 'middle' }, border: true, fill: INPUT_FILL },
  'vat.amount': { font: f(FONT_SIZE, { italic: true }), numFmt: MONEY_FORMAT, align: { h: 'right', v: 'middle' }, border: true },
  'vat.basis': { font: f(FONT_SIZE - 2, { italic: true }), align: { h: 'left', v: 'middle', wrap: true }, border: true },
  'total.text': { font: f(FONT_SIZE, { bold: true }), align: { h: 'center', v: 'middle' }, border: true },
  'total.blank': { font: f(FONT_SIZE, { bold: true }), border: true },
  'total.amount': { font: f(FONT_SIZE, { bold: true }), numFmt: MONEY_FORMAT, align: { h: 'right', v: 'middle' }, border: true },
  'round.text': { font: f(FONT_SIZE, { italic: true }), align: { h: 'center', v: 'middle' }, border: true },
  'round.amount': { font: f(FONT_SIZE, { italic: true }), numFmt: MONEY_FORMAT, align: { h: 'right', v: 'middle' }, border: true },
  'words.label': { font: f(FONT_SIZE, { bold: true, italic: true }), align: { h: 'left', v: 'top' } },
  'words.text': { font: f(FONT_SIZE, { italic: true }), align: { h: 'left', v: 'top', wrap: true } },

  // Signature block (phần ký)
  'sign.role': { font: f(FONT_SIZE, { bold: true }), align: { h: 'center', v: 'middle', wrap: true } },
  'sign.hint': { font: f(FONT_SIZE - 1, { italic: true }), align: { h: 'center', v: 'middle' } },
  'sign.name': { font: f(FONT_SIZE, { bold: true }), align: { h: 'center', v: 'middle' } },

  // Other sheets (Thuyết minh, Đơn giá, Chi tiết đơn giá)
  'doc.title': { font: f(FONT_SIZE + 1, { bold: true }), align: { h: 'center', v: 'middle', wrap: true } },
  'doc.heading': { font: f(FONT_SIZE, { bold: true }), align: { h: 'left', v: 'middle' } },
  'doc.text': { font: f(), align: { h: 'left', v: 'top', wrap: true } },
  'doc.label': { font: f(), align: { h: 'left', v: 'middle', wrap: true }, border: true },
  'doc.value': { font: f(), align: { h: 'left', v: 'middle', wrap: true }, border: true },
  'doc.valueMono': { font: f(FONT_SIZE - 3), align: { h: 'left', v: 'middle', wrap: true }, border: true },
  'doc.number': { font: f(), numFmt: MONEY_FORMAT, align: { h: 'right', v: 'middle' }, border: true },
  'doc.quantity': { font: f(), numFmt: QUANTITY_FRACTION_FORMAT, align: { h: 'right', v: 'middle' }, border: true },
  'doc.center': { font: f(), align: { h: 'center', v: 'middle', wrap: true }, border: true },
  'doc.small': { font: f(FONT_SIZE - 2), align: { h: 'left', v: 'middle', wrap: true }, border: true },
  'doc.key': { font: f(FONT_SIZE - 2, { color: '#7F7F7F' }), align: { h: 'left', v: 'middle' } },
  'doc.total': { font: f(FONT_SIZE, { bold: true }), numFmt: MONEY_FORMAT, align: { h: 'right', v: 'middle' }, border: true },
  'doc.totalText': { font: f(FONT_SIZE, { bold: true }), align: { h: 'left', v: 'middle', wrap: true }, border: true },
  'meta.key': { font: f(FONT_SIZE - 2) },
  'meta.value': { font: f(FONT_SIZE - 2) },

  // Progress report form and consolidation (báo cáo tiến độ, issue 16)
  'progress.textInput': { font: f(FONT_SIZE - 1), align: { h: 'left', v: 'middle', wrap: true }, border: true, fill: INPUT_FILL },
  'progress.dateInput': { font: f(FONT_SIZE - 1), numFmt: DATE_FORMAT, align: { h: 'center', v: 'middle' }, border: true, fill: INPUT_FILL },
  'progress.countInput': { font: f(FONT_SIZE - 1), numFmt: MONEY_FORMAT, align: { h: 'right', v: 'middle' }, border: true, fill: INPUT_FILL },
  'progress.metresInput': { font: f(FONT_SIZE - 1), numFmt: QUANTITY_FRACTION_FORMAT, align: { h: 'right', v: 'middle' }, border: true, fill: INPUT_FILL },
  'progress.date': { font: f(FONT_SIZE - 1), numFmt: DATE_FORMAT, align: { h: 'center', v: 'middle' }, border: true },
  'progress.count': { font: f(FONT_SIZE - 1), numFmt: MONEY_FORMAT, align: { h: 'right', v: 'middle' }, border: true },
  'progress.metres': { font: f(FONT_SIZE - 1), numFmt: QUANTITY_FRACTION_FORMAT, align: { h: 'right', v: 'middle' }, border: true },
  'progress.rate': { font: f(FONT_SIZE - 1), numFmt: '#,##0.00', align: { h: 'right', v: 'middle' }, border: true },
  'progress.percent': { font: f(FONT_SIZE - 1), numFmt: '0.00%', align: { h: 'right', v: 'middle' }, border: true },
  'progress.carried': { font: f(FONT_SIZE - 1, { italic: true, color: '#7F7F7F' }), numFmt: MONEY_FORMAT, align: { h: 'right', v: 'middle' }, border: true },
  'progress.text': { font: f(FONT_SIZE - 1), align: { h: 'left', v: 'middle', wrap: true }, border: true },
  'progress.late': { font: f(FONT_SIZE - 1, { bold: true, color: RED }), align: { h: 'left', v: 'middle', wrap: true }, border: true },
  'progress.total': { font: f(FONT_SIZE - 1, { bold: true }), numFmt: MONEY_FORMAT, align: { h: 'right', v: 'middle' }, border: true },
  'progress.totalMetres': { font: f(FONT_SIZE - 1, { bold: true }), numFmt: QUANTITY_FRACTION_FORMAT, align: { h: 'right', v: 'middle' }, border: true },
  'progress.totalPercent': { font: f(FONT_SIZE - 1, { bold: true }), numFmt: '0.00%', align: { h: 'right', v: 'middle' }, border: true },
} as const satisfies Record<string, CellStyle>;

export type StyleKey = keyof typeof styleTable;

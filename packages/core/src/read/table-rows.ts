import type { SheetCells } from './cells.ts';
import { isDateLine } from './dates.ts';
import {
  isAdjustmentLabel,
  isBreakdownLabel,
  isFinalLabel,
  isRoundingLabel,
  isVatLabel,
  isWordsLabel,
  readNumbering,
  readSumLabel,
  signatureRole,
  type Numbering,
  type SumLabel,
} from './labels.ts';
import { readNumberCell, type NumberReading } from './numbers.ts';
import type { TableHeader } from './table-header.ts';

/**
 * Classifying the rows of a table (phân loại dòng): each row under the header becomes a heading (section or
 * group title, maybe with an amount), a work line, an amount-only row, a sum, a VAT row, a rounding or final row,
 * a "Trong đó" breakdown, a note — until the words ("Bằng chữ"), the place-and-date line or the signatures end
 * the table. Nothing is decided here about what a sum adds up (see table-structure.ts).
 */

export type RowKind = 'heading' | 'line' | 'amount' | 'sum' | 'vat' | 'rounding' | 'final' | 'breakdown' | 'note';

export interface TableRow {
  row: number;
  kind: RowKind;
  /** The label cell (content column, or the STT cell when the label is typed there) and its folded text. */
  labelCol: number;
  label: string;
  folded: string;
  stt: string;
  /** Numbering from the STT cell, or from the label's first word. */
  numbering: Numbering | null;
  sumLabel: SumLabel | null;
  hidden: boolean;
  /** Readings of the number columns (quantity, price, amount) of this row. */
  quantity: NumberReading;
  price: NumberReading;
  amount: NumberReading;
}

export interface ClassifiedTable {
  rows: TableRow[];
  /** The "Bằng chữ" text and where it is, when the table ends with it. */
  words: { row: number; col: number; text: string } | null;
  /** Last row that belongs to the table (sums, rounding). */
  lastRow: number;
  /** Rows inside the table that were not understood. */
  skipped: Array<{ row: number; col: number; text: string }>;
}

const EMPTY: NumberReading = { kind: 'empty', raw: '' };

function reading(cells: SheetCells, row: number, col: number | undefined): NumberReading {
  if (col === undefined) return EMPTY;
  const v = cells.value(row, col);
  if ((v === null || v === undefined) && cells.formula(row, col) !== null) return { kind: 'invalid', raw: '' };
  return readNumberCell(v);
}

/** The "Bằng chữ" text of a row: after the colon in the same cell, or in the next filled cell. */
function wordsIn(cells: SheetCells, row: number, lastCol: number): { row: number; col: number; text: string } | null {
  for (let c = cells.firstCol; c <= lastCol; c++) {
    if (!cells.isText(row, c)) continue;
    const t = cells.text(row, c);
    if (!t) continue;
    const f = cells.fold(row, c).replace(/^\(/, '');
    if (!isWordsLabel(f, t)) continue;
    const after = t.replace(/^\(?[^:]*:\s*/, '').replace(/\)$/, '').trim();
    if (t.includes(':') && after) return { row, col: c, text: after };
    for (let c2 = c + 1; c2 <= cells.lastCol; c2++) {
      const t2 = cells.text(row, c2);
      if (t2) return { row, col: c2, text: t2 };
    }
    return { row, col: c + 1, text: '' };
  }
  return null;
}

/** Classify the rows from under the header to the end of the table. */
export function classifyRows(cells: SheetCells, header: TableHeader): ClassifiedTable {
  const rows: TableRow[] = [];
  const skipped: ClassifiedTable['skipped'] = [];
  const lastCol = Math.min(cells.lastCol, 40);
  const contentCol = header.content.col;
  const sttCol = header.stt?.col;
  const labelCols = [sttCol, contentCol, header.unit?.col].filter((c): c is number => c !== undefined);
  let words: ClassifiedTable['words'] = null;
  let lastRow = header.lastRow;
  for (let r = header.lastRow + 1; r <= cells.lastRow; r++) {
    const w = wordsIn(cells, r, lastCol);
    if (w) {
      words = w;
      break;
    }
    const stt = sttCol !== undefined ? cells.text(r, sttCol) : '';
    let labelCol = contentCol;
    let label = cells.text(r, contentCol);
    // A label typed in the STT cell (merged across) or in a column left of the content ("Cộng" in A).
    if (!label) {
      for (let c = cells.firstCol; c < contentCol && !label; c++) {
        const t = cells.text(r, c);
        if (t && !/^[\dIVXivx.]+$/.test(t) && readNumbering(t)?.text !== t) {
          label = t;
          labelCol = c;
        }
      }
    }
    const folded = label ? cells.fold(r, labelCol) : '';
    const quantity = reading(cells, r, header.quantity?.col);
    const price = reading(cells, r, header.price?.col);
    const amount = reading(cells, r, header.amount.col);
    const anyNumber = [quantity, price, amount].some((x) => x.kind !== 'empty') || header.coefficients.some((h) => cells.filled(r, h.col));
    const numeric = [quantity, price, amount].some((x) => x.kind === 'number' || (x.kind === 'invalid' && x.raw === ''));
    const unitText = header.unit ? cells.text(r, header.unit.col) : '';
    if (!label && !stt && !anyNumber && !unitText) continue; // blank row

    // The signatures, or the place-and-date line, under the table end it.
    if (!numeric && labelCols.some((c) => signatureRole(cells.fold(r, c)) !== null)) break;
    if (!numeric) {
      let ends = false;
      for (let c = cells.firstCol; c <= lastCol && !ends; c++) {
        const t = cells.text(r, c);
        if (t && isDateLine(t) && !/^du toan/.test(cells.fold(r, c))) ends = true;
        else if (t && signatureRole(cells.fold(r, c)) !== null && c !== contentCol) ends = true;
      }
      if (ends) break;
    }

    const numbering = readNumbering(stt) ?? (label ? readNumbering(label) : null);
    const hasQP = quantity.kind === 'number' && price.kind === 'number';
    let kind: RowKind;
    let sumLabel: SumLabel | null = null;
    // A row numbered I, II… in the STT column is a section, whatever its title says ("Cộng đồng …", "Thuế …").
    const labelled = !hasQP && !(stt && readNumbering(stt)?.style === 'roman');
    if (labelled && isFinalLabel(folded)) kind = 'final';
    else if (labelled && isRoundingLabel(folded)) kind = 'rounding';
    else if (labelled && isVatLabel(folded)) kind = 'vat';
    else if (labelled && (sumLabel = readSumLabel(folded)) !== null) kind = 'sum';
    else if (isBreakdownLabel(folded)) kind = 'breakdown';
    else if (hasQP || ((unitText || header.unit === undefined) && (quantity.kind !== 'empty' || price.kind !== 'empty'))) kind = 'line';
    else if (amount.kind !== 'empty') kind = numbering && numbering.style !== 'bullet' && !isAdjustmentLabel(folded) && (numbering.style === 'roman' || numbering.style === 'letter') ? 'heading' : 'amount';
    else if (label && (numbering?.style === 'roman' || numbering?.style === 'letter' || numbering?.style === 'digits')) kind = 'heading';
    else if (label && !unitText) kind = 'note';
    else {
      if (label) skipped.push({ row: r, col: labelCol, text: label });
      continue;
    }
    if (kind === 'note' && !label) continue;
    // One literal (not a spread of a shared base: V8's slow path, 3 % of an audit)
    rows.push({ row: r, labelCol, label, folded, stt, numbering, hidden: cells.isHiddenRow(r), quantity, price, amount, kind, sumLabel });
    if (kind !== 'note') lastRow = r;
  }
  return { rows, words, lastRow, skipped };
}

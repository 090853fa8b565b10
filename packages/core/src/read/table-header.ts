import type { SheetCells } from './cells.ts';
import { Decimal } from '../money/decimal.ts';
import { foldText } from '../util/fold-text.ts';
import { headerKey } from './labels.ts';
import { moneyScaleOf } from './money-unit.ts';
import { groupHeaders, headerSynonyms, type TableColumn } from './vocabulary.ts';

/**
 * Finding the table's header (dòng tiêu đề bảng): one or two rows, merged cells, synonyms (TT/STT; ĐVT; Khối
 * lượng/Số lượng; Đơn giá (đồng); Thành tiền (đồng); Hệ số/K), "Trong đó" sub-columns (Nhân công | Vật tư), and
 * the column-numbering row under it ("(1) (2) … (6)=(4)x(5)") — skipped, its formula kept as evidence.
 */

export interface HeaderColumn {
  col: number;
  /** The column's header as written (both rows joined by " / " when two). */
  name: string;
  /** Đồng per unit stated in the header ("Đơn giá (1.000 đồng)"), absent when the header says nothing. */
  scale?: number;
}

export interface TableHeader {
  /** First and last header row (the numbering row included when there is one). */
  row: number;
  lastRow: number;
  stt?: HeaderColumn;
  content: HeaderColumn;
  unit?: HeaderColumn;
  quantity?: HeaderColumn;
  price?: HeaderColumn;
  amount: HeaderColumn;
  note?: HeaderColumn;
  code?: HeaderColumn;
  /** "Diễn giải khối lượng": how a quantity was counted, text (also where a VAT row's basis may be written). */
  explanation?: HeaderColumn;
  /** Coefficient columns (Hệ số, K …). */
  coefficients: HeaderColumn[];
  /** "Trong đó" sub-columns and price/amount parts (Nhân công, Vật tư): read, not counted. */
  parts: HeaderColumn[];
  /** The numbering row: column number → sheet column, and its amount formula "(6)=(4)x(5)" as column lists. */
  numbering: { row: number; numbers: Map<number, number>; product: { target: number; factors: number[] } | null } | null;
  /** How many of the seven usual columns were found. */
  score: number;
  /** No quantity or price column: a summary table of amounts (bảng tổng hợp). */
  summaryStyle?: boolean;
  /** The price column's header names no price the vocabulary knows; its lines say it is one (quantity × it = amount). */
  inferredPrice?: { lines: number };
}

const MAIN: readonly TableColumn[] = ['stt', 'content', 'unit', 'quantity', 'price', 'amount', 'note'];
const ORDER: readonly TableColumn[] = ['explanation', 'content', 'unit', 'quantity', 'price', 'amount', 'note', 'coefficient', 'stt', 'code'];
/** Sub-column headers that are the column's own figure ("Đơn giá" / "Cộng"), not a part of it. */
const WHOLE_SUBHEADERS = ['cong', 'tong', 'tong so', 'tong cong', 'so tien', 'gia tri', 'tong gia tri', 'tong tien', 'cong don gia', 'don gia tong hop'];

const columnCache = new Map<string, TableColumn | null>();

/** The column a header text names, or null (memoised: headers repeat across thousands of files). */
export function headerColumn(text: string): TableColumn | null {
  let c = columnCache.get(text);
  if (c === undefined) {
    c = columnOf(text);
    if (columnCache.size > 20_000) columnCache.clear();
    columnCache.set(text, c);
  }
  return c;
}

function columnOf(text: string): TableColumn | null {
  const f = headerKey(text);
  if (!f || f.length > 48) return null;
  if (/^(?:k|hs|he so(?: k)?) ?\d$/.test(f)) return 'coefficient';
  for (const col of ORDER) {
    if (headerSynonyms[col].some((s) => f === s || (s.length > 3 && f.startsWith(s + ' ')))) return col;
  }
  const alternatives = /\p{L}{2}\s*\/\s*\p{L}{2}/u.test(text) ? slashColumn(text) : undefined;
  if (alternatives !== undefined) return alternatives;
  const abbreviated = /\p{L}[./]\s*\p{L}/u.test(text) ? abbreviatedColumn(text) : null;
  if (abbreviated) return abbreviated;
  // Last resort: a short header naming a price ("Giá chào …", "Mức giá đề nghị", "Giá thuê") is the price column;
  // "Giá trị", "Tổng giá …" are amounts and never reach here as prices.
  return /(?:^| )gia(?: |$)/.test(f) && !/(?:^| )gia tri(?: |$)|^tong /.test(f) && f.split(' ').length <= 5 ? 'price' : null;
}

/**
 * A header naming the column twice with a slash ("Khối lượng/Số lượng", "Đơn giá/Mức chi", "Thành tiền / Kinh phí
 * (đồng)"): the column both names agree on (a name not known is ignored); null when they name different columns;
 * undefined when a piece is no name of its own (a dotted or slashed abbreviation such as "Đ/v" — read elsewhere).
 */
function slashColumn(text: string): TableColumn | null | undefined {
  const pieces = text.replace(/\([^)]*\)/g, ' ').split('/').map((p) => p.trim());
  if (pieces.length < 2 || pieces.some((p) => !/\p{L}{2}/u.test(p))) return undefined;
  const cols = new Set<TableColumn>();
  for (const p of pieces) {
    const c = columnOf(p);
    if (c) cols.add(c);
  }
  return cols.size === 1 ? [...cols][0]! : null;
}

/** Synonyms split into words, for dotted abbreviations. */
const synonymWords: ReadonlyArray<readonly [TableColumn, string[]]> = ORDER.flatMap((col) => headerSynonyms[col].map((s) => [col, s.split(' ')] as const));

/**
 * A header written with dotted abbreviations ("Đ.vị", "S.lượng", "Đ.giá", "T.tiền", "Đ.v.t", "K.lượng", "Th.tiền",
 * "G.chú", "Đ/v"): each dotted piece is the start of one word of a synonym, in order ("Đ.v.t" = đơn vị tính); the
 * synonym with the most pieces written in full wins ("Đ.giá" is đơn giá, not diễn giải).
 */
function abbreviatedColumn(text: string): TableColumn | null {
  const words = foldText(text.replace(/\([^)]*\)/g, ' ').replace(/[./]/g, ' ')).split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 4) return null;
  let best: TableColumn | null = null;
  let bestWhole = -1;
  for (const [col, syn] of synonymWords) {
    if (syn.length !== words.length || !syn.every((w, i) => w.startsWith(words[i]!))) continue;
    const whole = syn.filter((w, i) => w === words[i]).length;
    if (whole > bestWhole) [best, bestWhole] = [col, whole];
  }
  return best;
}

const NUMBERING_CELL = /^\(?\s*(\d{1,2}|[A-Za-z])\s*\)?(?:\s*=\s*(.+))?$/;

/** A column-numbering row: every filled cell is "(1)", "1", "A", "(6)=(4)x(5)" … (at least three cells). */
function readNumberingRow(cells: SheetCells, row: number, lastCol: number): TableHeader['numbering'] {
  const numbers = new Map<number, number>();
  let product: { target: number; factors: number[] } | null = null;
  let filled = 0;
  for (let c = 1; c <= lastCol; c++) {
    const t = cells.text(row, c);
    if (!t) continue;
    filled++;
    const m = NUMBERING_CELL.exec(t.replace(/\s+/g, ' '));
    if (!m) return null;
    if (/^\d+$/.test(m[1]!)) numbers.set(Number(m[1]), c);
    if (m[2]) {
      const factors = m[2].split(/\s*[x×*.]\s*/i).map((s) => /^\(?(\d{1,2})\)?$/.exec(s.trim())?.[1]);
      if (factors.length >= 2 && factors.every((f) => f !== undefined) && /^\d+$/.test(m[1]!)) {
        product = { target: Number(m[1]), factors: factors.map(Number) };
      }
    }
  }
  return filled >= 3 ? { row, numbers, product } : null;
}

/**
 * Whether the row under a header row continues it (sub-headers), rather than being data or the numbering row:
 * every text in it sits under a header spanning several columns (merged, or a "Trong đó"), or is itself a
 * header word ("Nhân công" under "Trong đó", "Hệ số", "(đồng)").
 */
function isContinuation(cells: SheetCells, row: number, lastCol: number): boolean {
  let sub = 0;
  for (let c = 1; c <= lastCol; c++) {
    const v = cells.value(row, c);
    if (typeof v === 'number') return false;
    const t = cells.text(row, c);
    if (!t) continue;
    const m = cells.mergeAt(row, c);
    if (m && m.r1 < row) continue; // the header above, merged down
    if (NUMBERING_CELL.test(t) || t.length > 40) return false;
    const topMerge = cells.mergeAt(row - 1, c);
    const spans = topMerge !== null && topMerge.c2 > topMerge.c1 && topMerge.r2 === row - 1;
    let top = cells.mergedText(row - 1, c);
    for (let k = c - 1; !top && k >= 1 && k >= c - 6; k--) top = cells.text(row - 1, k);
    const topKey = headerKey(top);
    const underGroup = groupHeaders.some((g) => topKey === g || topKey.startsWith(g + ' '));
    const topCol = headerColumn(top);
    const underMoney = !cells.text(row - 1, c) && (topCol === 'price' || topCol === 'amount' || topCol === 'coefficient');
    const underCoefficient = topCol === 'coefficient' && /^(k|hs|he so) ?\d*$/.test(headerKey(t));
    if (spans || underGroup || underMoney || underCoefficient || headerColumn(t) !== null || moneyScaleOf(t) !== undefined) sub++;
    else return false;
  }
  return sub > 0;
}

interface Candidate {
  header: TableHeader;
  score: number;
}

function buildHeader(cells: SheetCells, row: number, lastCol: number): Candidate | null {
  const two = row + 1 <= cells.lastRow && isContinuation(cells, row + 1, lastCol);
  const found: Partial<Record<TableColumn, HeaderColumn>> = {};
  const coefficients: HeaderColumn[] = [];
  const parts: HeaderColumn[] = [];
  let extraPrice: HeaderColumn | undefined;
  const unnamed: HeaderColumn[] = [];
  let prevTop = '';
  let prevTopCol = 0;
  for (let c = 1; c <= lastCol; c++) {
    let top = cells.mergedText(row, c);
    const topMerge = cells.mergeAt(row, c);
    // Without merge information, a top cell left empty between sub-headers continues the one on its left.
    if (!top && two && !topMerge && prevTop && prevTopCol === c - 1 && cells.text(row + 1, c) && cells.text(row + 1, c - 1)) top = prevTop;
    const bottomMerge = two ? cells.mergeAt(row + 1, c) : null;
    const bottom = two && !(bottomMerge && bottomMerge.r1 <= row) ? cells.text(row + 1, c) : '';
    if (top) {
      prevTop = top;
      prevTopCol = c;
    }
    if (!top && !bottom) continue;
    const name = top && bottom ? `${top} / ${bottom}` : top || bottom;
    const topKey = headerKey(top);
    const topCol = top ? headerColumn(top) : null;
    const bottomCol = bottom ? headerColumn(bottom) : null;
    const scale = moneyScaleOf(bottom) ?? moneyScaleOf(top);
    const hc: HeaderColumn = { col: c, name, ...(scale !== undefined ? { scale } : {}) };
    let role: TableColumn | null;
    if (bottom && top && groupHeaders.some((g) => topKey === g || topKey.startsWith(g + ' '))) role = null; // "Trong đó" / Nhân công
    else if (bottom && top && bottomCol && bottomCol !== 'coefficient' && bottomCol !== topCol && !WHOLE_SUBHEADERS.includes(headerKey(bottom))) {
      // "Kinh phí (đồng)" over "Đơn giá | Thành tiền": the sub-headers name the columns.
      role = bottomCol;
    } else if (bottom && top && topCol && (topCol === 'price' || topCol === 'amount')) {
      // "Đơn giá" over "Nhân công | Vật tư | Cộng": the whole is the column's figure, the rest are parts.
      role = WHOLE_SUBHEADERS.includes(headerKey(bottom)) || bottomCol === topCol ? topCol : null;
    } else if (bottom && top && topCol === 'coefficient') role = 'coefficient';
    else role = topCol ?? bottomCol;
    if (role === 'coefficient') {
      coefficients.push(hc);
      continue;
    }
    if (role === null) {
      if (bottom) parts.push(hc);
      else unnamed.push(hc);
      continue;
    }
    if (role === 'price' && found.price !== undefined && found.amount === undefined) extraPrice ??= hc;
    if (found[role] === undefined) found[role] = hc;
  }
  // "Đơn giá chào | Giá chào" and no Thành tiền: the second price-like column is the amount.
  if (!found.amount && extraPrice) found.amount = extraPrice;
  if (!found.content || !found.amount) return null;
  // A price column under a name the vocabulary does not know: inferred from the lines (said so in an info finding).
  let inferredPrice: { lines: number } | null = null;
  if (!found.price && found.quantity) {
    const p = priceFromLines(cells, two ? row + 1 : row, found.quantity.col, found.amount.col, unnamed);
    if (p) [found.price, inferredPrice] = [p.column, { lines: p.lines }];
  }
  const score = MAIN.filter((k) => found[k] !== undefined).length;
  // A summary table (STT | Nội dung | Kinh phí | Ghi chú) has no quantity or price; every other needs one of them.
  const summaryStyle = !found.quantity && !found.price;
  if (summaryStyle ? score < 3 || (!found.stt && !found.note) : score < 4) return null;
  const last = two ? row + 1 : row;
  const numbering = last + 1 <= cells.lastRow ? readNumberingRow(cells, last + 1, lastCol) : null;
  const header: TableHeader = {
    row,
    lastRow: numbering ? numbering.row : last,
    content: found.content,
    amount: found.amount,
    ...(found.stt ? { stt: found.stt } : {}),
    ...(found.unit ? { unit: found.unit } : {}),
    ...(found.quantity ? { quantity: found.quantity } : {}),
    ...(found.price ? { price: found.price } : {}),
    ...(found.note ? { note: found.note } : {}),
    ...(found.code ? { code: found.code } : {}),
    ...(found.explanation ? { explanation: found.explanation } : {}),
    coefficients,
    parts,
    numbering,
    score,
    ...(summaryStyle ? { summaryStyle } : {}),
    ...(inferredPrice ? { inferredPrice } : {}),
  };
  return { header, score: score + (two ? 0.5 : 0) + coefficients.length * 0.1 - (summaryStyle ? 2 : 0) };
}

/**
 * The price column of a header that names none the vocabulary knows ("Mức thu", "Định mức chi"): the one column
 * with a header of its own between the quantity and the amount whose numbers, times the quantity, give the amount
 * on at least two lines and on most lines where all three are numbers. Null when no column, or more than one, does.
 */
function priceFromLines(cells: SheetCells, headerLast: number, qCol: number, aCol: number, unnamed: readonly HeaderColumn[]): { column: HeaderColumn; lines: number } | null {
  const between = unnamed.filter((h) => h.col > Math.min(qCol, aCol) && h.col < Math.max(qCol, aCol));
  const fitting = between.flatMap((h) => {
    let fit = 0;
    let all = 0;
    for (let r = headerLast + 1; r <= Math.min(cells.lastRow, headerLast + 60); r++) {
      const q = cells.value(r, qCol);
      const p = cells.value(r, h.col);
      const a = cells.value(r, aCol);
      if (typeof q !== 'number' || typeof p !== 'number' || typeof a !== 'number' || ![q, p, a].every(Number.isFinite)) continue;
      all++;
      if (new Decimal(String(q)).mul(String(p)).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).sub(String(a)).abs().lte(1)) fit++;
    }
    return fit >= 2 && fit * 3 >= all * 2 ? [{ column: h, lines: fit }] : [];
  });
  return fitting.length === 1 ? fitting[0]! : null;
}

/** The best header row of a sheet (the first of the best score), within its first 80 rows and 40 columns. */
export function findTableHeader(cells: SheetCells): TableHeader | null {
  const last = Math.min(cells.lastRow, 80);
  const lastCol = Math.min(cells.lastCol, 40);
  let best: Candidate | null = null;
  for (let r = cells.firstRow; r <= last; r++) {
    // Cheap pre-test: a row naming at least two of content / amount / quantity / price.
    let hits = 0;
    for (let c = cells.firstCol; c <= lastCol && hits < 2; c++) {
      if (!cells.isText(r, c) && !cells.mergeAt(r, c)) continue;
      const t = cells.mergedText(r, c);
      if (t && t.length <= 60) {
        const k = headerColumn(t);
        if (k === 'content' || k === 'amount' || k === 'quantity' || k === 'price') hits++;
      }
    }
    if (hits < 2) continue;
    const cand = buildHeader(cells, r, lastCol);
    if (cand && (!best || cand.score > best.score)) best = cand;
    if (best && best.header.score === 7) break;
  }
  return best?.header ?? null;
}

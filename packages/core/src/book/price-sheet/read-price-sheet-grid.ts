import { SheetView, columnLetters, excelSerialDate, gridValueText, type GridValue, type WorkbookGrid } from '../../audit/grid.ts';
import { archivalItems } from '../../data/items/archival-items.ts';
import { DutoanError, isDutoanError, issueAt, issueOf, problem, type Issue, type Problem } from '../../errors.ts';
import { formatQuantity } from '../../money/format.ts';
import { normalizeMoney } from '../../money/parse.ts';
import type { PriceBook, PriceBookInput } from '../../model/price-book.ts';
import { unitFromText, unitLabel } from '../../terms/units.ts';
import { loadPriceBook } from '../load-book.ts';
import { columns, fold, infoRows, priceSheetText as t, PRICE_SHEET_MAX_ROWS, SHEET_INFO, SHEET_PRICES, type ColumnKey, type InfoKey } from './layout.ts';
import { bookName } from '../book-name.ts';

export interface ReadPriceSheetGridOptions {
  /** File (or workbook) name used in messages. */
  file?: string;
  /** Accept rows without a price (the book is saved as a draft, status "draft"). */
  partial?: boolean;
}

/** One cell of the grid: its value and whether it holds a formula. */
interface Cell {
  v: GridValue;
  formula: boolean;
}
const EMPTY: Cell = { v: null, formula: false };

/** The text of a cell ('' when empty), as every grid reader of core reads it. */
const cellText = (c: Cell): string => gridValueText(c.v);

/** A whole positive number of đồng from a cell, or its problem. Text is read the Vietnamese way. */
function readMoney(c: Cell): { value: string } | { error: Problem } | null {
  const v = c.v;
  if (c.formula) return { error: problem('PRICE_SHEET_FORMULA', {}) };
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return null;
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || !Number.isInteger(v)) return { error: problem('PRICE_SHEET_PRICE_NOT_WHOLE', { raw: Number.isFinite(v) ? formatQuantity(String(v)) : String(v) }) };
    if (v <= 0) return { error: problem('PRICE_SHEET_PRICE_ZERO', {}) };
    if (v > 1e15) return { error: problem('PRICE_SHEET_NOT_MONEY', { raw: String(v) }) };
    return { value: String(v) };
  }
  const raw = cellText(c);
  if (typeof v !== 'string') return { error: problem('PRICE_SHEET_NOT_MONEY', { raw }) };
  try {
    const s = normalizeMoney(raw);
    if (/^0+$/.test(s)) return { error: problem('PRICE_SHEET_PRICE_ZERO', {}) };
    return { value: s };
  } catch (e) {
    const first = isDutoanError(e) ? e.issues[0] : undefined;
    return { error: first?.code ? ({ code: first.code, params: first.params ?? {} } as Problem) : problem('PRICE_SHEET_NOT_MONEY', { raw }) };
  }
}

/**
 * An ISO date from a cell: a Date, an Excel date serial (what Office.js returns for a date cell), "dd/mm/yyyy" or
 * "yyyy-mm-dd"; undefined when empty; an error when not a day.
 */
function readDate(c: Cell): { value: string } | { error: Problem } | undefined {
  const v = c.v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { error: problem('PRICE_SHEET_INFO_DATE', { raw: '' }) } : { value: v.toISOString().slice(0, 10) };
  if (typeof v === 'number' && Number.isInteger(v) && v > 60 && v < 2958466) return { value: excelSerialDate(v).toISOString().slice(0, 10) };
  const raw = cellText(c);
  if (!raw) return undefined;
  let y: number, m: number, d: number;
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return { error: problem('PRICE_SHEET_INFO_DATE', { raw }) };
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return { error: problem('PRICE_SHEET_INFO_DATE', { raw }) };
  return { value: dt.toISOString().slice(0, 10) };
}

const ref = (sheet: string, col: number, row: number) => `${sheet}!${columnLetters(col)}${row}`;

/** Whether a written unit is the unit `code` (its label, code or one of its spellings — terms/units.ts). */
function unitMatches(written: string, code: string): boolean {
  return unitFromText(written) === code;
}

/**
 * Read a filled price sheet (phiếu nhập đơn giá) — the sheets "Thông tin" and "Đơn giá" of a workbook, as core's
 * plain grid — into a validated price book. The one implementation behind both `dutoan book import` (exceljs →
 * grid) and the Excel add-in (Office.js ranges → grid). Checks every cell and reports all problems at once, each
 * with its place ("Đơn giá!G8: …"): every catalogue item present and priced (unless `partial`), whole positive
 * đồng read the Vietnamese way ("1,234.5" is refused as ambiguous), units and sections as the catalogue says, the
 * place in the decision filled, labour share and its base salary in pairs. A sheet marked MẪU becomes a sample
 * book (no decision, provenance "MẪU"). Throws DutoanError PRICE_SHEET_INVALID. Pure: no I/O.
 */
export function readPriceSheetFromGrid(grid: WorkbookGrid, opts: ReadPriceSheetGridOptions = {}): PriceBook {
  const file = opts.file ?? 'bang-don-gia.xlsx';
  const fail = (issues: Issue[]): never => {
    throw new DutoanError('PRICE_SHEET_INVALID', { file }, issues);
  };
  const infoSheet = grid.sheets.find((s) => s.name === SHEET_INFO);
  const priceSheet = grid.sheets.find((s) => s.name === SHEET_PRICES);
  if (!infoSheet || !priceSheet) {
    return fail([
      ...(!infoSheet ? [issueAt(file, 'PRICE_SHEET_NO_SHEET', { sheet: SHEET_INFO })] : []),
      ...(!priceSheet ? [issueAt(file, 'PRICE_SHEET_NO_SHEET', { sheet: SHEET_PRICES })] : []),
    ]);
  }
  const info = new SheetView(infoSheet);
  const ws = new SheetView(priceSheet);
  const cellOf = (view: SheetView, r: number, c: number): Cell => ({ v: view.value(r, c), formula: view.formula(r, c) !== null });
  const issues: Issue[] = [];

  // Thông tin: values by label (column A), wherever the row is.
  const infoByLabel = new Map(infoRows.map((r) => [fold(r.label), r.key]));
  const infoVal = new Map<InfoKey, { c: Cell; ref: string }>();
  for (let r = 1; r <= Math.min(info.lastRow, 80); r++) {
    const key = infoByLabel.get(fold(cellText(cellOf(info, r, 1))));
    if (key && !infoVal.has(key)) infoVal.set(key, { c: cellOf(info, r, 2), ref: ref(SHEET_INFO, 2, r) });
  }
  const infoText = (k: InfoKey) => cellText(infoVal.get(k)?.c ?? EMPTY);
  const infoRef = (k: InfoKey) => infoVal.get(k)?.ref ?? `${SHEET_INFO}!B?`;
  const labelOf = (k: InfoKey) => infoRows.find((r) => r.key === k)!.label;
  const required = (k: InfoKey) => {
    const s = infoText(k);
    if (!s) issues.push(issueAt(infoRef(k), 'PRICE_SHEET_INFO_MISSING', { label: labelOf(k) }));
    return s;
  };
  const date = (k: InfoKey, need: boolean) => {
    const d = readDate(infoVal.get(k)?.c ?? EMPTY);
    if (d === undefined) {
      if (need) issues.push(issueAt(infoRef(k), 'PRICE_SHEET_INFO_MISSING', { label: labelOf(k) }));
      return undefined;
    }
    if ('error' in d) {
      issues.push(issueOf(infoRef(k), d.error));
      return undefined;
    }
    return d.value;
  };
  const sample = fold(infoText('sample')) === 'x';
  const id = required('id');
  if (id && !/^[a-z0-9][a-z0-9-]*$/.test(id)) issues.push(issueAt(infoRef('id'), 'PRICE_SHEET_INFO_ID', { raw: id }));
  const title = required('title');
  const issuer = required('issuer');
  const region = required('region');
  const decisionNumber = sample ? infoText('decisionNumber') : required('decisionNumber');
  const decisionDate = date('decisionDate', !sample);
  const decisionTitle = infoText('decisionTitle');
  const from = date('from', true);
  const to = date('to', false);
  const confirmed = fold(infoText('confirm')) === 'x';
  const by = infoText('by');
  const organisation = infoText('organisation');
  const certDate = date('certDate', false);
  if (confirmed && (!by || !organisation || !certDate)) issues.push(issueAt(infoRef('confirm'), 'PRICE_SHEET_CERT_INCOMPLETE', {}));
  const certifiedBy = confirmed && by && organisation && certDate ? `${by}${infoText('position') ? `, ${infoText('position')}` : ''}, ${organisation}, ${certDate}` : null;

  // Đơn giá: find the header row, then the columns by their header text.
  let headerRow = 0;
  for (let r = 1; r <= Math.min(ws.lastRow, 30) && !headerRow; r++) {
    for (let c = 1; c <= ws.lastCol; c++) if (fold(ws.text(r, c)) === fold(t.colCode)) headerRow = r;
  }
  if (!headerRow) fail([...issues, issueAt(SHEET_PRICES, 'PRICE_SHEET_NO_HEADER', { sheet: SHEET_PRICES })]);
  const col = new Map<ColumnKey, number>();
  const byHeader = new Map(columns.map((c) => [fold(c.header), c.key]));
  for (let c = 1; c <= ws.lastCol; c++) {
    const k = byHeader.get(fold(cellText(cellOf(ws, headerRow, c))));
    if (k && !col.has(k)) col.set(k, c);
  }
  for (const k of ['code', 'unit', 'price', 'where'] as const) {
    if (!col.has(k)) issues.push(issueAt(`${SHEET_PRICES}!${headerRow}:${headerRow}`, 'PRICE_SHEET_MISSING_COLUMN', { column: columns.find((c) => c.key === k)!.header }));
  }
  if (issues.some((i) => i.code === 'PRICE_SHEET_MISSING_COLUMN')) fail(issues);
  const lastRow = ws.lastRow;
  if (lastRow - headerRow > PRICE_SHEET_MAX_ROWS) fail([...issues, issueAt(SHEET_PRICES, 'PRICE_SHEET_TOO_MANY_ROWS', { max: PRICE_SHEET_MAX_ROWS })]);

  const items: PriceBookInput['items'] = [];
  const seen = new Set<string>();
  const seenCodes = new Set<string>();
  for (let r = headerRow + 1; r <= lastRow; r++) {
    const get = (k: ColumnKey): Cell => (col.has(k) ? cellOf(ws, r, col.get(k)!) : EMPTY);
    const at = (k: ColumnKey) => ref(SHEET_PRICES, col.get(k) ?? 1, r);
    const code = cellText(get('code')).toUpperCase();
    const anyInput = (['price', 'where', 'labour', 'labourBase', 'variant'] as const).some((k) => cellText(get(k)) !== '');
    if (!code) {
      if (anyInput) issues.push(issueAt(at('code'), 'PRICE_SHEET_NO_CODE', {}));
      continue;
    }
    const cat = archivalItems.find((i) => i.code === code);
    if (!cat) {
      issues.push(issueAt(at('code'), 'PRICE_SHEET_UNKNOWN_CODE', { code }));
      continue;
    }
    seenCodes.add(code);
    const variant = cellText(get('variant')) || undefined;
    const key = `${code}|${variant ?? ''}`;
    if (seen.has(key)) issues.push(issueAt(at('code'), 'PRICE_SHEET_DUPLICATE', { code, variant }));
    seen.add(key);
    const unitText = cellText(get('unit'));
    if (!unitMatches(unitText, cat.unit)) issues.push(issueAt(at('unit'), 'PRICE_SHEET_UNIT', { raw: unitText, expected: unitLabel(cat.unit) }));
    const sectionText = cellText(get('section'));
    if (col.has('section') && sectionText && sectionText.toUpperCase() !== cat.section) issues.push(issueAt(at('section'), 'PRICE_SHEET_SECTION', { raw: sectionText, expected: cat.section }));

    const price = readMoney(get('price'));
    let priceValue: string | null = null;
    if (price === null) {
      if (!opts.partial) issues.push(issueAt(at('price'), 'PRICE_SHEET_PRICE_EMPTY', {}));
    } else if ('error' in price) issues.push(issueOf(at('price'), price.error));
    else priceValue = price.value;
    const where = cellText(get('where'));
    if (priceValue !== null && !where && !sample) issues.push(issueAt(at('where'), 'PRICE_SHEET_WHERE_EMPTY', {}));

    const labour = readMoney(get('labour'));
    const labourBase = readMoney(get('labourBase'));
    let labourShare: { amount: string; baseSalary: string } | undefined;
    if (labour && 'error' in labour) issues.push(issueOf(at('labour'), labour.error));
    if (labourBase && 'error' in labourBase) issues.push(issueOf(at('labourBase'), labourBase.error));
    if ((labour === null) !== (labourBase === null)) issues.push(issueAt(at(labour === null ? 'labour' : 'labourBase'), 'PRICE_SHEET_LABOUR_PAIR', {}));
    else if (labour && labourBase && 'value' in labour && 'value' in labourBase) {
      if (priceValue !== null && BigInt(labour.value) > BigInt(priceValue)) issues.push(issueAt(at('labour'), 'PRICE_SHEET_LABOUR_ABOVE_PRICE', {}));
      labourShare = { amount: labour.value, baseSalary: labourBase.value };
    }

    items.push({
      code,
      name: cat.name,
      unit: cat.unit,
      section: cat.section,
      ...(variant ? { variant } : {}),
      price: priceValue,
      ...(where ? { basis: where } : {}),
      provenance: sample
        ? { doc: 'MẪU', where: where || t.sampleItemWhere, status: 'sample' as const, note: 'Số hư cấu' }
        : { doc: decisionNumber || '—', where: where || 'chưa xác định', status: 'user' as const, note: t.importedItemNote(certifiedBy) },
      ...(labourShare ? { labour: labourShare } : {}),
    });
  }
  for (const cat of archivalItems) if (!seenCodes.has(cat.code)) issues.push(issueAt(SHEET_PRICES, 'PRICE_SHEET_MISSING_ITEM', { code: cat.code, name: cat.name }));
  if (issues.length) fail(issues);

  const complete = items.every((i) => i.price !== null);
  const book: PriceBookInput = {
    formatVersion: 1,
    id,
    // The name only: a completeness mark copied from a draft's title is derived again wherever the book is shown.
    title: sample && !/MẪU/.test(title) ? `MẪU — ${bookName(title)}` : bookName(title),
    issuer,
    decision: sample ? null : { number: decisionNumber, date: decisionDate!, ...(decisionTitle ? { title: decisionTitle } : {}) },
    effective: { from: from!, ...(to ? { to } : {}) },
    region,
    status: sample ? 'sample' : complete ? 'user' : 'draft',
    currency: 'VND',
    note: sample ? t.sheetSampleBanner : t.importedNote(certifiedBy),
    ...(certifiedBy
      ? { certification: { by, position: infoText('position'), organisation, date: certDate!, statement: t.certificationStatement } }
      : {}),
    items,
  };
  return loadPriceBook(book);
}

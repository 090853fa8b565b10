import { SheetView, columnLetters, excelSerialDate, gridValueText, type GridValue, type WorkbookGrid } from '../../audit/grid.ts';
import { archivalItems } from '../../data/items/archival-items.ts';
import { DutoanError, issueAt, issueOf, problem, type Issue, type Problem } from '../../errors.ts';
import { formatQuantity } from '../../money/format.ts';
import { Decimal } from '../../money/decimal.ts';
import { readDateText } from '../../read/dates.ts';
import { readNumberCell } from '../../read/numbers.ts';
import type { PriceBook, PriceBookInput } from '../../model/price-book.ts';
import { unitFromText } from '../../terms/units.ts';
import { loadPriceBook } from '../load-book.ts';
import { coefficientColumns, columns, fold, infoRows, priceSheetText as t, PRICE_SHEET_MAX_ROWS, SHEET_COEFFICIENTS, SHEET_INFO, SHEET_PRICES, type CoefficientColumnKey, type ColumnKey, type InfoKey } from './layout.ts';
import { ITEM_CODE_PATTERN } from '../../model/price-book.ts';
import type { SectionId } from '../../model/fields.ts';
import { bookName } from '../book-name.ts';

/** Options of reading a filled price sheet from a workbook grid. */
export interface ReadPriceSheetGridOptions {
  /** File (or workbook) name used in messages. */
  file?: string;
  /** Accept rows without a price (the book is saved as a draft, status "draft"); a level row still needs its price. */
  partial?: boolean;
  /** Told of what is accepted but worth a look (a unit the vocabulary does not know, kept as written). */
  onWarning?: (issue: Issue) => void;
}

/**
 * The optional "Hệ số" sheet: one coefficient a row — id, name, value (empty = the document gives no figure yet:
 * null), scope (item codes and/or sections, comma-separated), document and place (required for any figure unless
 * the sheet is MẪU). Problems are added to `issues`, at their cells.
 */
function readCoefficientSheet(
  grid: WorkbookGrid,
  ctx: { sample: boolean; decisionNumber: string; codes: ReadonlySet<string>; issues: Issue[] },
): NonNullable<PriceBookInput['coefficients']> {
  const sheet = grid.sheets.find((s) => s.name === SHEET_COEFFICIENTS);
  if (!sheet) return [];
  const v = new SheetView(sheet);
  let headerRow = 0;
  for (let r = 1; r <= Math.min(v.lastRow, 20) && !headerRow; r++) {
    for (let c = 1; c <= v.lastCol; c++) if (fold(v.text(r, c)) === fold(t.colCoefId)) headerRow = r;
  }
  if (!headerRow) return [];
  const col = new Map<CoefficientColumnKey, number>();
  const byHeader = new Map(coefficientColumns.map((c) => [fold(c.header), c.key]));
  for (let c = 1; c <= v.lastCol; c++) {
    const k = byHeader.get(fold(v.text(headerRow, c)));
    if (k && !col.has(k)) col.set(k, c);
  }
  const out: NonNullable<PriceBookInput['coefficients']> = [];
  const seen = new Set<string>();
  for (let r = headerRow + 1; r <= Math.min(v.lastRow, headerRow + 200); r++) {
    const get = (k: CoefficientColumnKey) => (col.has(k) ? v.text(r, col.get(k)!) : '');
    const at = (k: CoefficientColumnKey) => ref(SHEET_COEFFICIENTS, col.get(k) ?? 1, r);
    const raw = get('id');
    const id = raw.toUpperCase();
    if (!id) continue;
    if (!ITEM_CODE_PATTERN.test(id)) {
      ctx.issues.push(issueAt(at('id'), 'PRICE_SHEET_CODE_FORMAT', { raw }));
      continue;
    }
    if (seen.has(id)) ctx.issues.push(issueAt(at('id'), 'PRICE_SHEET_COEF_DUPLICATE', { id }));
    seen.add(id);
    const name = get('name');
    if (!name) ctx.issues.push(issueAt(at('name'), 'PRICE_SHEET_COEF_NAME_MISSING', { id }));
    const cell = col.has('value') ? v.value(r, col.get('value')!) : null;
    let value: string | null = null;
    const valueText = get('value');
    if (typeof cell === 'number') value = String(cell);
    else if (valueText) value = valueText.replace(',', '.');
    if (value !== null && (!/^\d{1,2}(\.\d{1,4})?$/.test(value) || Number(value) === 0)) {
      ctx.issues.push(issueAt(at('value'), 'PRICE_SHEET_COEF_VALUE', { raw: valueText || String(cell) }));
      value = null;
    }
    const scopeText = get('scope');
    const items: string[] = [];
    const sections: SectionId[] = [];
    let scopeOk = scopeText !== '';
    for (const part of scopeText.split(/[,;]/).map((x) => x.trim()).filter(Boolean)) {
      const p = part.toUpperCase().replace(/^PHẦN\s+/u, '');
      if (p === 'I' || p === 'II' || p === 'III') sections.push(p);
      else if (ctx.codes.has(p)) items.push(p);
      else scopeOk = false;
    }
    if (!scopeOk) ctx.issues.push(issueAt(at('scope'), 'PRICE_SHEET_COEF_SCOPE', { raw: scopeText }));
    const doc = get('doc') || (ctx.sample ? 'MẪU' : '');
    const where = get('where') || (ctx.sample ? t.sampleItemWhere : '');
    if (!doc || !where) ctx.issues.push(issueAt(at(!doc ? 'doc' : 'where'), 'PRICE_SHEET_COEF_NO_SOURCE', { id }));
    out.push({
      id,
      name: name || id,
      value,
      appliesTo: { ...(items.length ? { items } : {}), ...(sections.length ? { sections } : {}) },
      provenance: ctx.sample
        ? { doc: 'MẪU', where, status: 'sample' as const, note: 'Số hư cấu' }
        : { doc: doc || ctx.decisionNumber || '—', where: where || 'chưa xác định', status: 'user' as const, ...(get('note') ? { note: get('note') } : {}) },
    });
  }
  return out;
}

/** One cell of the grid: its value and whether it holds a formula. */
interface Cell {
  v: GridValue;
  formula: boolean;
}
const EMPTY: Cell = { v: null, formula: false };

/** The text of a cell ('' when empty), as every grid reader of core reads it. */
const cellText = (c: Cell): string => gridValueText(c.v);

/**
 * A whole positive number of đồng from a cell, or its problem. Read by the kit (read/numbers.ts); a text number
 * not written the Vietnamese way ("1,234.5", "12.5", "1,234") is refused here — a price enters the book only
 * when it can be read one way.
 */
function readMoney(c: Cell): { value: string } | { error: Problem } | null {
  if (c.formula) return { error: problem('PRICE_SHEET_FORMULA', {}) };
  const r = readNumberCell(c.v);
  if (r.kind === 'empty' || (typeof c.v === 'string' && c.v.trim() === '')) return null;
  const raw = r.raw || cellText(c);
  if (r.kind === 'invalid') {
    if (typeof c.v !== 'string') return { error: problem('PRICE_SHEET_NOT_MONEY', { raw }) };
    return { error: r.note === 'unreadable' ? problem('NUMBER_AMBIGUOUS', { kind: 'money', raw }) : problem('NUMBER_INVALID', { kind: 'money', raw }) };
  }
  if (r.note) return { error: problem('NUMBER_AMBIGUOUS', { kind: 'money', raw }) };
  const d = new Decimal(r.value);
  if (!d.isInteger()) return { error: problem('PRICE_SHEET_PRICE_NOT_WHOLE', { raw: formatQuantity(r.value) }) };
  if (d.lte(0)) return { error: d.isNeg() && r.typed === 'text' ? problem('NUMBER_NEGATIVE', { kind: 'money', raw }) : problem('PRICE_SHEET_PRICE_ZERO', {}) };
  if (d.gt('1e15')) return { error: r.typed === 'text' ? problem('NUMBER_TOO_LARGE', { kind: 'money', raw, max: '1e+15' }) : problem('PRICE_SHEET_NOT_MONEY', { raw }) };
  return { value: d.toString() }; // a whole number ≤ 10^15: no exponent form (decimal.js toExpPos is 21)
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
  const day = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$|^\d{4}-\d{2}-\d{2}$/.test(raw) ? readDateText(raw) : null;
  return day ? { value: day } : { error: problem('PRICE_SHEET_INFO_DATE', { raw }) };
}

const ref = (sheet: string, col: number, row: number) => `${sheet}!${columnLetters(col)}${row}`;

/**
 * Read a filled price sheet (phiếu nhập đơn giá) — the sheets "Thông tin" and "Đơn giá" of a workbook, as core's
 * plain grid — into a validated price book. The one implementation behind both `dutoan book import` (exceljs →
 * grid) and the Excel add-in (Office.js ranges → grid). Checks every cell and reports all problems at once, each
 * with its place ("Đơn giá!G8: …"): every row the decision has is kept — catalogue codes, new codes (format and
 * duplicates checked), levels — each priced (unless `partial`; a level row always), whole positive đồng read the
 * Vietnamese way ("1,234.5" is refused as ambiguous), its unit given (an unknown unit is kept, with a warning), its
 * section known, the place in the decision filled, labour share and its base salary in pairs; the "Hệ số" sheet's
 * coefficients each with a valid value or none, a scope and a source. A sheet marked MẪU becomes a sample
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
  for (let r = headerRow + 1; r <= lastRow; r++) {
    const get = (k: ColumnKey): Cell => (col.has(k) ? cellOf(ws, r, col.get(k)!) : EMPTY);
    const at = (k: ColumnKey) => ref(SHEET_PRICES, col.get(k) ?? 1, r);
    const code = cellText(get('code')).toUpperCase();
    const anyInput = (['price', 'where', 'labour', 'labourBase', 'variant', 'name', 'unit'] as const).some((k) => cellText(get(k)) !== '');
    if (!code) {
      if (anyInput) issues.push(issueAt(at('code'), 'PRICE_SHEET_NO_CODE', {}));
      continue;
    }
    // Any row the decision has is kept: a new code (checked for its format), a level of a code, a split row.
    if (!ITEM_CODE_PATTERN.test(code)) {
      issues.push(issueAt(at('code'), 'PRICE_SHEET_CODE_FORMAT', { raw: cellText(get('code')) }));
      continue;
    }
    const cat = archivalItems.find((i) => i.code === code);
    const variant = cellText(get('variant')) || undefined;
    const key = `${code}|${variant ?? ''}`;
    if (seen.has(key)) issues.push(issueAt(at('code'), 'PRICE_SHEET_DUPLICATE', { code, variant }));
    seen.add(key);
    const name = cellText(get('name')) || cat?.name || '';
    if (!name) issues.push(issueAt(at('name'), 'PRICE_SHEET_NAME_MISSING', { code }));
    // Units: the open vocabulary — a known spelling becomes its code; an unknown one is kept as written (warning).
    const unitText = cellText(get('unit'));
    let unit = '';
    if (!unitText) issues.push(issueAt(at('unit'), 'PRICE_SHEET_UNIT_MISSING', { code }));
    else {
      const known = unitFromText(unitText);
      if (known) unit = known;
      else {
        unit = unitText.normalize('NFC');
        opts.onWarning?.(issueAt(at('unit'), 'PRICE_SHEET_UNIT_UNKNOWN', { raw: unitText }));
      }
    }
    const sectionText = cellText(get('section')).toUpperCase();
    let section: SectionId | null = cat?.section ?? null;
    if (sectionText) {
      if (sectionText === 'I' || sectionText === 'II' || sectionText === 'III') section = sectionText;
      else {
        issues.push(issueAt(at('section'), 'PRICE_SHEET_SECTION', { raw: sectionText, expected: 'I, II, III' }));
        section = null;
      }
    } else if (!section) issues.push(issueAt(at('section'), 'PRICE_SHEET_SECTION_MISSING', { code }));

    const price = readMoney(get('price'));
    let priceValue: string | null = null;
    if (price === null) {
      // A level exists only because the decision prices it: never left without its price.
      if (variant) issues.push(issueAt(at('price'), 'PRICE_SHEET_LEVEL_NO_PRICE', { code, level: variant }));
      else if (!opts.partial) issues.push(issueAt(at('price'), 'PRICE_SHEET_PRICE_EMPTY', {}));
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
      name,
      unit,
      section: section ?? 'III',
      ...(variant ? { variant } : {}),
      price: priceValue,
      ...(where ? { basis: where } : {}),
      provenance: sample
        ? { doc: 'MẪU', where: where || t.sampleItemWhere, status: 'sample' as const, note: 'Số hư cấu' }
        : { doc: decisionNumber || '—', where: where || 'chưa xác định', status: 'user' as const, note: t.importedItemNote(certifiedBy) },
      ...(labourShare ? { labour: labourShare } : {}),
    });
  }
  const coefficients = readCoefficientSheet(grid, { sample, decisionNumber, codes: new Set(items.map((i) => i.code)), issues });
  if (issues.length) fail(issues);

  const complete = items.every((i) => i.price !== null);
  const book: PriceBookInput = {
    formatVersion: 2,
    version: infoText('version') || '1',
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
    coefficients,
  };
  return loadPriceBook(book);
}

import ExcelJS from 'exceljs';
import {
  archivalItems,
  DutoanError,
  isDutoanError,
  legalMessages as t,
  loadPriceBook,
  formatQuantity,
  normalizeMoney,
  unitLabel,
  units,
  type Issue,
  type PriceBook,
  type PriceBookInput,
} from '@dutoan/core';
import { checkLoadedWorkbookLimits, checkWorkbookLimits } from '../limits/index.ts';
import { columns, fold, colLetter, infoRows, SHEET_INFO, SHEET_PRICES, type ColumnKey, type InfoKey } from './layout.ts';

/** Limits against hostile or mistaken files. */
export const PRICE_SHEET_MAX_BYTES = 10 * 1024 * 1024;
export const PRICE_SHEET_MAX_ROWS = 2000;

export interface ReadPriceSheetOptions {
  /** File name used in messages. */
  file?: string;
  /** Accept rows without a price (the book is saved as a draft, status "draft"). */
  partial?: boolean;
}

type Cell = ExcelJS.CellValue;

/** The text of a cell, whatever its kind (rich text, hyperlink, number…); '' when empty. Formulas: their result. */
function cellText(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.normalize('NFC').trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('').normalize('NFC').trim();
    if ('text' in v && typeof v.text === 'string') return v.text.normalize('NFC').trim();
    if ('result' in v) return cellText((v as { result?: Cell }).result ?? null);
  }
  return '';
}

const isFormula = (v: Cell) => typeof v === 'object' && v !== null && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v);

/** A whole positive number of đồng from a cell, or an issue message. Text is read the Vietnamese way. */
function readMoney(v: Cell): { value: string } | { error: string } | null {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return null;
  if (isFormula(v)) return { error: t.importFormula };
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || !Number.isInteger(v)) return { error: t.importPriceNotWhole(Number.isFinite(v) ? formatQuantity(String(v)) : String(v)) };
    if (v <= 0) return { error: t.importPriceZero };
    if (v > 1e15) return { error: t.importNotNumber(String(v)) };
    return { value: String(v) };
  }
  const raw = cellText(v);
  if (typeof v !== 'string' && !(typeof v === 'object' && v !== null && 'richText' in v)) return { error: t.importNotNumber(raw) };
  try {
    const s = normalizeMoney(raw, { field: 'Số tiền' });
    if (/^0+$/.test(s)) return { error: t.importPriceZero };
    return { value: s };
  } catch (e) {
    return { error: isDutoanError(e) ? (e.issues[0]?.message ?? e.message) : t.importNotNumber(raw) };
  }
}

/** An ISO date from a cell: a Date, "dd/mm/yyyy" or "yyyy-mm-dd"; undefined when empty; an error when not a day. */
function readDate(v: Cell): { value: string } | { error: string } | undefined {
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10) };
  const raw = cellText(v);
  if (!raw) return undefined;
  let y: number, m: number, d: number;
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return { error: t.importInfoDate(raw) };
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return { error: t.importInfoDate(raw) };
  return { value: dt.toISOString().slice(0, 10) };
}

const ref = (sheet: string, col: number, row: number) => `${sheet}!${colLetter(col)}${row}`;

/** The unit codes a written unit stands for: label and aliases, folded. */
function unitMatches(written: string, code: string): boolean {
  const u = units.find((x) => x.code === code)!;
  const f = fold(written).replace(/\.$/, '');
  return [u.label, ...u.aliases, u.code.replace(/-/g, ' ')].some((a) => fold(a) === f);
}

/**
 * Read a filled price sheet (phiếu nhập đơn giá) into a validated price book. Checks every cell and reports all
 * problems at once, each with its place ("Đơn giá!G8: …"): every catalogue item present and priced (unless
 * `partial`), whole positive đồng read the Vietnamese way ("1,234.5" is refused as ambiguous), units and
 * sections as the catalogue says, the place in the decision filled, labour share and its base salary in pairs.
 * A sheet marked MẪU becomes a sample book (no decision, provenance "MẪU"). Never modifies the input.
 */
export async function readPriceSheet(data: Uint8Array, opts: ReadPriceSheetOptions = {}): Promise<PriceBook> {
  const file = opts.file ?? 'bang-don-gia.xlsx';
  const fail = (issues: Issue[]): never => {
    throw new DutoanError('PRICE_SHEET_INVALID', t.importHeader(file), issues);
  };
  if (data.byteLength > PRICE_SHEET_MAX_BYTES) fail([{ path: file, message: t.importTooLarge(PRICE_SHEET_MAX_BYTES / 1024 / 1024) }]);
  // The workbook limits (zip bombs, XML entities, foreign files) before exceljs sees the bytes, and after.
  checkWorkbookLimits(data, undefined, file);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  } catch (e) {
    fail([{ path: file, message: t.importUnreadable(e instanceof Error ? e.message : String(e)) }]);
  }
  checkLoadedWorkbookLimits(wb, undefined, file);
  const info = wb.getWorksheet(SHEET_INFO);
  const ws = wb.getWorksheet(SHEET_PRICES);
  if (!info || !ws) {
    return fail([...(!info ? [{ path: file, message: t.importNoSheet(SHEET_INFO) }] : []), ...(!ws ? [{ path: file, message: t.importNoSheet(SHEET_PRICES) }] : [])]);
  }
  const issues: Issue[] = [];

  // Thông tin: values by label (column A), wherever the row is.
  const infoByLabel = new Map(infoRows.map((r) => [fold(r.label), r.key]));
  const infoVal = new Map<InfoKey, { v: Cell; ref: string }>();
  for (let r = 1; r <= Math.min(info.rowCount, 80); r++) {
    const key = infoByLabel.get(fold(cellText(info.getCell(r, 1).value)));
    if (key && !infoVal.has(key)) infoVal.set(key, { v: info.getCell(r, 2).value, ref: ref(SHEET_INFO, 2, r) });
  }
  const infoText = (k: InfoKey) => cellText(infoVal.get(k)?.v ?? null);
  const infoRef = (k: InfoKey) => infoVal.get(k)?.ref ?? `${SHEET_INFO}!B?`;
  const labelOf = (k: InfoKey) => infoRows.find((r) => r.key === k)!.label;
  const required = (k: InfoKey) => {
    const s = infoText(k);
    if (!s) issues.push({ path: infoRef(k), message: t.importInfoMissing(labelOf(k)) });
    return s;
  };
  const date = (k: InfoKey, need: boolean) => {
    const d = readDate(infoVal.get(k)?.v ?? null);
    if (d === undefined) {
      if (need) issues.push({ path: infoRef(k), message: t.importInfoMissing(labelOf(k)) });
      return undefined;
    }
    if ('error' in d) {
      issues.push({ path: infoRef(k), message: d.error });
      return undefined;
    }
    return d.value;
  };
  const sample = fold(infoText('sample')) === 'x';
  const id = required('id');
  if (id && !/^[a-z0-9][a-z0-9-]*$/.test(id)) issues.push({ path: infoRef('id'), message: t.importInfoId(id) });
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
  if (confirmed && (!by || !organisation || !certDate)) issues.push({ path: infoRef('confirm'), message: t.importCertIncomplete });
  const certifiedBy = confirmed && by && organisation && certDate ? `${by}${infoText('position') ? `, ${infoText('position')}` : ''}, ${organisation}, ${certDate}` : null;

  // Đơn giá: find the header row, then the columns by their header text.
  let headerRow = 0;
  for (let r = 1; r <= Math.min(ws.rowCount, 30) && !headerRow; r++) {
    ws.getRow(r).eachCell((c) => {
      if (fold(cellText(c.value)) === fold(t.colCode)) headerRow = r;
    });
  }
  if (!headerRow) fail([...issues, { path: SHEET_PRICES, message: t.importNoHeader(SHEET_PRICES) }]);
  const col = new Map<ColumnKey, number>();
  const byHeader = new Map(columns.map((c) => [fold(c.header), c.key]));
  ws.getRow(headerRow).eachCell((c, n) => {
    const k = byHeader.get(fold(cellText(c.value)));
    if (k && !col.has(k)) col.set(k, n);
  });
  for (const k of ['code', 'unit', 'price', 'where'] as const) {
    if (!col.has(k)) issues.push({ path: `${SHEET_PRICES}!${headerRow}:${headerRow}`, message: t.importMissingColumn(columns.find((c) => c.key === k)!.header) });
  }
  if (issues.some((i) => i.message.startsWith('Thiếu cột'))) fail(issues);
  const lastRow = ws.rowCount;
  if (lastRow - headerRow > PRICE_SHEET_MAX_ROWS) fail([...issues, { path: SHEET_PRICES, message: t.importTooManyRows(PRICE_SHEET_MAX_ROWS) }]);

  const items: PriceBookInput['items'] = [];
  const seen = new Set<string>();
  const seenCodes = new Set<string>();
  for (let r = headerRow + 1; r <= lastRow; r++) {
    const row = ws.getRow(r);
    const get = (k: ColumnKey) => (col.has(k) ? row.getCell(col.get(k)!).value : null);
    const at = (k: ColumnKey) => ref(SHEET_PRICES, col.get(k) ?? 1, r);
    const code = cellText(get('code')).toUpperCase();
    const anyInput = (['price', 'where', 'labour', 'labourBase', 'variant'] as const).some((k) => cellText(get(k)) !== '');
    if (!code) {
      if (anyInput) issues.push({ path: at('code'), message: t.importNoCode });
      continue;
    }
    const cat = archivalItems.find((i) => i.code === code);
    if (!cat) {
      issues.push({ path: at('code'), message: t.importUnknownCode(code) });
      continue;
    }
    seenCodes.add(code);
    const variant = cellText(get('variant')) || undefined;
    const key = `${code}|${variant ?? ''}`;
    if (seen.has(key)) issues.push({ path: at('code'), message: t.importDuplicate(code, variant) });
    seen.add(key);
    const unitText = cellText(get('unit'));
    if (!unitMatches(unitText, cat.unit)) issues.push({ path: at('unit'), message: t.importUnit(unitText, unitLabel(cat.unit)) });
    const sectionText = cellText(get('section'));
    if (col.has('section') && sectionText && sectionText.toUpperCase() !== cat.section) issues.push({ path: at('section'), message: t.importSection(sectionText, cat.section) });

    const price = readMoney(get('price'));
    let priceValue: string | null = null;
    if (price === null) {
      if (!opts.partial) issues.push({ path: at('price'), message: t.importPriceEmpty });
    } else if ('error' in price) issues.push({ path: at('price'), message: price.error });
    else priceValue = price.value;
    const where = cellText(get('where'));
    if (priceValue !== null && !where && !sample) issues.push({ path: at('where'), message: t.importWhereEmpty });

    const labour = readMoney(get('labour'));
    const labourBase = readMoney(get('labourBase'));
    let labourShare: { amount: string; baseSalary: string } | undefined;
    if (labour && 'error' in labour) issues.push({ path: at('labour'), message: labour.error });
    if (labourBase && 'error' in labourBase) issues.push({ path: at('labourBase'), message: labourBase.error });
    if ((labour === null) !== (labourBase === null)) issues.push({ path: at(labour === null ? 'labour' : 'labourBase'), message: t.importLabourPair });
    else if (labour && labourBase && 'value' in labour && 'value' in labourBase) {
      if (priceValue !== null && BigInt(labour.value) > BigInt(priceValue)) issues.push({ path: at('labour'), message: t.importLabourAbovePrice });
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
  for (const cat of archivalItems) if (!seenCodes.has(cat.code)) issues.push({ path: SHEET_PRICES, message: t.importMissingItem(cat.code, cat.name) });
  if (issues.length) fail(issues);

  const complete = items.every((i) => i.price !== null);
  const book: PriceBookInput = {
    formatVersion: 1,
    id,
    title: sample && !/MẪU/.test(title) ? `MẪU — ${title}` : title,
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

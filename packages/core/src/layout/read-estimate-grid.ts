import { foldText } from '../util/fold-text.ts';
import { cellAddress, gridValueText, numberText, parseCellRef, SheetView, type GridSheet, type GridValue, type WorkbookGrid } from '../audit/grid.ts';
import { isDutoanError } from '../errors.ts';
import { legacyLineAmountFormula, lineAmountFormula } from './amount-formulas.ts';
import { workbookVi as V } from '../messages/workbook.ts';
import { render } from '../locale/render.ts';
import { sampleLabel as sampleLabelText } from '../terms/statuses.ts';
import { vatRateTexts } from '../terms/vat.ts';
import { Decimal } from '../money/decimal.ts';
import { normalizeMoney, normalizeQuantity } from '../money/parse.ts';
import { lineAmount, roundDong, roundThousand } from '../money/round.ts';
import { agencyKindSchema, SCHEMA_VERSION, wordsOptionsSchema, type Header, type WordsOptions } from '../model/estimate-input.ts';
import { estimateSchema, type Estimate, type EstimateLine, type EstimateSection } from '../model/estimate.ts';
import type { SectionId } from '../model/fields.ts';
import { bookStatusSchema, type BookStatus } from '../model/price-book.ts';
import type { UnitCode } from '../model/units.ts';
import { unitFromText } from '../terms/units.ts';
import { amountInWords } from '../words/amount-in-words.ts';
import { readAmountWords } from '../words/read-amount-words.ts';
import { parseDateLine, parseShortDate } from './date-line.ts';
import { workbookFinding, type WorkbookFinding, type WorkbookFindingCode } from './read-codes.ts';
import {
  bookSheetText,
  bookStatusLabels,
  conversionRows,
  definedNames as N,
  estimateColumns as C,
  LAYOUT_VERSION,
  metaKeys,
  notesColumns as NC,
  notesText,
  sheetNames,
  templateText as T,
  volumeRows,
} from './template.ts';

export interface ReadEstimateResult {
  /** The estimate the workbook holds; null when an error-level finding means it cannot be given back faithfully. */
  estimate: Estimate | null;
  findings: WorkbookFinding[];
}

const SECTION_IDS: readonly SectionId[] = ['I', 'II', 'III'];
const CODE_RE = /^[A-Z0-9][A-Z0-9.-]*$/;
const VAT_RATES = new Set(vatRateTexts);

const unitCache = new Map<string, UnitCode | undefined>();
function unitFromLabel(label: string): UnitCode | undefined {
  if (unitCache.has(label)) return unitCache.get(label);
  const code = unitFromText(label) ?? undefined;
  if (unitCache.size < 1000) unitCache.set(label, code);
  return code;
}

const normFormula = (f: string) => f.replace(/^=/, '').replace(/[\s$]/g, '').toUpperCase();

interface ScannedSection {
  id: SectionId;
  row: number;
  title: string;
  lines: number[];
  /** Re-basing adjustment row (marker in column H). */
  adjustment: number | null;
  subtotal: number | null;
  vat: number | null;
}

/** Collects findings; `at` builds a location on a sheet. */
class Findings {
  readonly list: WorkbookFinding[] = [];
  add(code: WorkbookFindingCode, sheet: string | null, cell: string | null, message: string, expected: string | null = null, actual: string | null = null): void {
    this.list.push(workbookFinding(code, sheet !== null && cell !== null ? { sheet, cell } : null, message, expected, actual));
  }
  get hasErrors(): boolean {
    return this.list.some((f) => f.severity === 'error');
  }
}

function findSheet(grid: WorkbookGrid, name: string): GridSheet | undefined {
  return grid.sheets.find((s) => s.name === name) ?? grid.sheets.find((s) => foldText(s.name) === foldText(name));
}

/** Defined names resolved to { sheet, row, col } (single cells only). */
function resolveNames(grid: WorkbookGrid): Map<string, { sheet: string | undefined; row: number; col: number }> {
  const out = new Map<string, { sheet: string | undefined; row: number; col: number }>();
  for (const [name, ref] of Object.entries(grid.names ?? {})) {
    const p = parseCellRef(ref);
    if (p) out.set(name.toUpperCase(), { sheet: p.sheet, row: p.row, col: p.col });
  }
  return out;
}

/**
 * Reads the standard estimate workbook back from a plain grid (what the exceljs adapter and the Excel add-in both
 * produce). Uses the defined names (DT_…) and the hidden code column H — never fixed row numbers: rows are
 * classified by their labels between the table header (DT_BANG) and "Bằng chữ", and the names are checked against
 * what was found. Every problem becomes a finding with its sheet and cell, in Vietnamese; nothing throws.
 * Figures are the cells' values (cached results of formulas); they are checked for consistency (line = ROUND(q×p),
 * sums, VAT, rounding, words) so that a returned estimate always adds up.
 */
export function readEstimateFromGrid(grid: WorkbookGrid): ReadEstimateResult {
  const F = new Findings();
  try {
    const estimate = readInner(grid, F);
    return { estimate: F.hasErrors ? null : estimate, findings: F.list };
  } catch (e) {
    // A defect of ours must not become an exception for the user: report it as a finding.
    F.add('VALUE_INVALID', null, null, V.invalidEstimate(e instanceof Error ? e.message : String(e)));
    return { estimate: null, findings: F.list };
  }
}

function readInner(grid: WorkbookGrid, F: Findings): Estimate | null {
  const sheet = findSheet(grid, sheetNames.estimate);
  const names = resolveNames(grid);
  const meta = findSheet(grid, sheetNames.meta);
  if (!sheet || (!names.has(N.grandTotal) && !names.has(N.table) && !meta)) {
    F.add('LAYOUT_UNKNOWN', null, null, V.layoutUnknown(grid.sheets.map((s) => s.name)));
    return null;
  }
  const view = new SheetView(sheet);
  const S = view.name;
  const at = (row: number, col: number) => cellAddress(row, col);
  // Cell texts repeat (item names, units, notes): their NFC-normalised, trimmed form is memoised.
  const texts = new Map<string, string>();
  const text = (row: number, col: number): string => {
    const v = view.value(row, col);
    if (typeof v !== 'string') return gridValueText(v);
    let t = texts.get(v);
    if (t === undefined) {
      t = v.normalize('NFC').trim();
      if (texts.size < 50_000) texts.set(v, t);
    }
    return t;
  };

  // ---- metadata (hidden sheet) ----
  const metaValues = new Map<string, string>();
  if (!meta) F.add('SHEET_MISSING', sheetNames.meta, 'A1', V.metaMissing);
  else {
    const mv = new SheetView(meta);
    for (let r = 1; r <= Math.min(mv.lastRow, 200); r++) if (mv.text(r, 1)) metaValues.set(mv.text(r, 1), mv.text(r, 2));
    const lv = metaValues.get(metaKeys.layoutVersion);
    if (lv && Number(lv) > LAYOUT_VERSION) F.add('LAYOUT_NEWER', meta.name, 'B1', V.layoutNewer(lv, LAYOUT_VERSION));
  }
  const metaCell = (key: string) => {
    const i = [...metaValues.keys()].indexOf(key);
    return `B${i + 1}`;
  };

  // ---- the table: header, then rows classified by label ----
  let headerRow: number | null = null;
  const tableName = names.get(N.table);
  if (tableName && (tableName.sheet === undefined || tableName.sheet === S) && foldText(text(tableName.row, C.stt.col)) === 'stt') headerRow = tableName.row;
  if (headerRow === null) {
    for (let r = 1; r <= Math.min(view.lastRow, 80); r++) {
      if (foldText(text(r, C.stt.col)) === 'stt' && foldText(text(r, C.content.col)) === foldText(C.content.header)) {
        headerRow = r;
        break;
      }
    }
    if (headerRow === null) {
      F.add('LAYOUT_UNKNOWN', null, null, V.layoutUnknown(grid.sheets.map((s) => s.name)));
      return null;
    }
    F.add('NAME_MISSING', S, at(headerRow, 1), V.nameMissing(N.table, 'đầu bảng'));
  }

  const sections: ScannedSection[] = [];
  let current: ScannedSection | null = null;
  let totalRow: number | null = null;
  let roundingRow: number | null = null;
  let finalRow: number | null = null;
  let wordsRow: number | null = null;
  const fTotal = foldText(T.grandTotal);
  const fRounding = foldText(T.rounding);
  const fFinal = foldText(T.finalAmount);
  const fSub = foldText(T.subtotal);
  const fVat = foldText(T.vat);
  const fWords = foldText(T.wordsLabel);
  for (let r = headerRow + 2; r <= view.lastRow; r++) {
    // Fast path for the common row — a line with its item code, inside an open section.
    const code = text(r, C.code.col);
    if (code && code !== T.adjustmentMarker && current !== null && current.subtotal === null && current.adjustment === null) {
      current.lines.push(r);
      continue;
    }
    const a = text(r, C.stt.col);
    const fa = foldText(a);
    const fb = foldText(text(r, C.content.col));
    if (fa.startsWith(fWords)) {
      wordsRow = r;
      break;
    }
    // Label rows have no STT and no item code; a line's own text never makes it a label row.
    const labelRow = !code && a === '';
    if (labelRow && fb === fTotal) {
      totalRow = r;
      current = null;
      continue;
    }
    if (labelRow && fb === fRounding) {
      roundingRow = r;
      continue;
    }
    if (labelRow && fb === fFinal) {
      finalRow = r;
      continue;
    }
    let empty = true;
    for (let c = 1; c <= C.variant.col && empty; c++) if (text(r, c) !== '') empty = false;
    if (empty) continue;
    if (totalRow !== null) {
      // Below the totals only "Làm tròn", the final amount and "Bằng chữ" belong to the table.
      if (/^(nguoi lap|ke toan|phu trach|thu truong|tm )/.test(fa)) break;
      F.add('ROW_UNEXPECTED', S, at(r, 1), V.rowUnexpected(text(r, C.content.col) || a));
      continue;
    }
    if (!code && /^(i|ii|iii|iv|v|vi)$/.test(fa)) {
      const id = a.trim().toUpperCase() as SectionId;
      if (!SECTION_IDS.includes(id)) {
        F.add('VALUE_INVALID', S, at(r, 1), V.sectionUnknown(a));
        current = null;
        continue;
      }
      if (sections.some((s) => s.id === id)) F.add('STRUCTURE', S, at(r, 1), V.sectionDuplicate(id));
      current = { id, row: r, title: text(r, C.content.col), lines: [], adjustment: null, subtotal: null, vat: null };
      sections.push(current);
      continue;
    }
    if (labelRow && fb === fSub && current) {
      if (current.subtotal !== null) F.add('STRUCTURE', S, at(r, C.content.col), V.rowUnexpected(T.subtotal));
      current.subtotal = r;
      continue;
    }
    if (labelRow && fb === fVat && current) {
      if (current.vat !== null) F.add('STRUCTURE', S, at(r, C.content.col), V.rowUnexpected(T.vat));
      current.vat = r;
      continue;
    }
    if (current && current.subtotal === null && code === T.adjustmentMarker) {
      if (current.adjustment !== null) F.add('STRUCTURE', S, at(r, C.code.col), V.rowUnexpected(text(r, C.content.col)));
      current.adjustment = r;
      continue;
    }
    if (current && current.subtotal === null) {
      if (current.adjustment !== null) F.add('STRUCTURE', S, at(r, 1), V.rowUnexpected(text(r, C.content.col) || code));
      if (!code) F.add('CODE_MISSING', S, at(r, C.code.col), V.codeMissing);
      current.lines.push(r);
      continue;
    }
    F.add('ROW_UNEXPECTED', S, at(r, 1), V.rowUnexpected(text(r, C.content.col) || a || code));
  }
  if (!sections.length) F.add('STRUCTURE', S, at(headerRow + 2, 1), V.noSections);
  if (totalRow === null) F.add('STRUCTURE', S, at(headerRow + 2, C.content.col), V.sectionIncomplete('—', T.grandTotal));

  // ---- defined names against what the labels gave ----
  const checkName = (name: string, what: string, row: number | null, col: number) => {
    const n = names.get(name);
    if (row === null) return;
    if (!n) F.add('NAME_MISSING', S, at(row, col), V.nameMissing(name, what));
    else if ((n.sheet !== undefined && n.sheet !== S) || n.row !== row || n.col !== col) F.add('NAME_MISPLACED', S, at(n.row, n.col), V.nameMisplaced(name, what, at(row, col)));
  };
  for (const s of sections) {
    checkName(N.sectionRow(s.id), `phần ${s.id}`, s.row, C.amount.col);
    checkName(N.subtotalRow(s.id), `dòng Cộng phần ${s.id}`, s.subtotal, C.amount.col);
    checkName(N.vatRow(s.id), `dòng Thuế GTGT phần ${s.id}`, s.vat, C.amount.col);
  }
  checkName(N.grandTotal, T.grandTotal, totalRow, C.amount.col);
  checkName(N.rounding, T.rounding, roundingRow, C.amount.col);
  checkName(N.finalAmount, T.finalAmount, finalRow ?? totalRow, C.amount.col);
  checkName(N.words, T.wordsLabel, wordsRow, 1);

  // ---- cell readers ----
  const numberCell = (row: number, col: number, what: string, kind: 'quantity' | 'money' | 'rate'): string | null => {
    const v = view.value(row, col);
    const addr = at(row, col);
    if (view.formula(row, col) !== null && (typeof v !== 'number' || !Number.isFinite(v))) {
      F.add('NOT_A_NUMBER', S, addr, V.notANumber(what, gridValueText(v)));
      return null;
    }
    let n: string | number;
    if (typeof v === 'number' && Number.isFinite(v)) {
      // Fast paths: plain non-negative numbers (nearly every cell of a real estimate).
      if (kind === 'money' && Number.isSafeInteger(v) && v >= 0 && v <= 1e15) return String(v);
      if (kind === 'quantity' && v >= 0 && v < 1e12) {
        // String(v) is the shortest exact form of a typed number; a float-noisy result (=20*0.7) has more
        // than 4 decimals there and goes through numberText (15 significant digits, as Excel shows it).
        let t = String(v);
        if (t.length - t.indexOf('.') - 1 > 4 && t.includes('.')) t = numberText(v);
        const dot = t.indexOf('.');
        if (dot < 0 || t.length - dot - 1 <= 4) return t;
      }
      n = v;
    }
    else {
      const raw = gridValueText(v);
      if (!raw) {
        F.add('NOT_A_NUMBER', S, addr, V.emptyNumber(what), null, null);
        return null;
      }
      n = raw;
    }
    try {
      let out: string;
      if (kind === 'rate') {
        if (typeof n !== 'number') {
          const m = /^(\d+(?:[.,]\d+)?)\s*%$/.exec(n);
          if (!m) throw new Error(V.rateInvalid(n));
          out = new Decimal(m[1]!.replace(',', '.')).toString();
        } else out = new Decimal(numberText(n)).mul(100).toString();
        if (!VAT_RATES.has(out)) {
          F.add('VALUE_INVALID', S, addr, V.rateInvalid(typeof n === 'number' ? `${out}%` : n), '0, 5, 8, 10', out);
          return null;
        }
      } else if (kind === 'quantity') out = normalizeQuantity(typeof n === 'number' ? n : n, { field: what });
      else out = normalizeMoney(typeof n === 'number' ? n : n, { field: what });
      if (typeof n === 'string') F.add('NUMBER_AS_TEXT', S, addr, V.numberAsText(what, n), out, n);
      return out;
    } catch (e) {
      const raw = typeof n === 'number' ? numberText(n) : n;
      if (typeof n === 'string' && !/\d/.test(n)) F.add('NOT_A_NUMBER', S, addr, V.notANumber(what, raw), null, raw);
      else F.add('VALUE_INVALID', S, addr, V.badNumber(what, isDutoanError(e) ? (e.issues[0]?.message ?? e.message) : e instanceof Error ? e.message : String(e)), null, raw);
      return null;
    }
  };

  /** A formula cell of the template: its cached value (whole đồng, may be negative) checked against the formula. */
  const formulaCell = (row: number, col: number, expected: string, what: string, recompute: () => Decimal | null, alsoAccepted: readonly string[] = []): string | null => {
    const addr = at(row, col);
    const f = view.formula(row, col);
    const v = view.value(row, col);
    if (f === null) {
      if (typeof v === 'number' && Number.isFinite(v)) {
        F.add('FORMULA_REPLACED', S, addr, V.formulaReplaced(what, numberText(v), expected), `=${expected}`, numberText(v));
        return wholeOrFinding(numberText(v), addr, what);
      }
      const raw = gridValueText(v);
      F.add('NOT_A_NUMBER', S, addr, raw ? V.notANumber(what, raw) : V.emptyNumber(what), `=${expected}`, raw || null);
      return null;
    }
    if (f !== expected && normFormula(f) !== normFormula(expected) && !alsoAccepted.some((a) => normFormula(a) === normFormula(f))) F.add('FORMULA_CHANGED', S, addr, V.formulaChanged(what, f, expected), `=${expected}`, `=${f}`);
    if (typeof v === 'number' && Number.isFinite(v)) return wholeOrFinding(numberText(v), addr, what);
    const raw = gridValueText(v);
    if (raw.startsWith('#')) {
      F.add('FORMULA_ERROR', S, addr, V.formulaError(what, raw), null, raw);
      return null;
    }
    if (raw === '') {
      const x = recompute();
      if (x === null) {
        F.add('FORMULA_ERROR', S, addr, V.formulaNoValueLost(what));
        return null;
      }
      F.add('FORMULA_NO_VALUE', S, addr, V.formulaNoValue(what, x.toString()), x.toString(), null);
      return x.toString();
    }
    F.add('NOT_A_NUMBER', S, addr, V.notANumber(what, raw), null, raw);
    return null;
  };
  const wholeOrFinding = (t: string, addr: string, what: string): string | null => {
    if (/^-?\d+$/.test(t)) return t;
    F.add('VALUE_INVALID', S, addr, V.badNumber(what, render('MONEY_NOT_WHOLE', { field: what, raw: t })), null, t);
    return null;
  };
  const consistent = (value: string | null, expected: Decimal | null, row: number, col: number, what: string) => {
    if (value === null || expected === null) return;
    // Both are canonical integer strings when equal; Decimal decides only when the texts differ.
    if (value !== expected.toString() && !new Decimal(value).eq(expected)) F.add('INCONSISTENT', S, at(row, col), V.inconsistent(what, value, expected.toString()), expected.toString(), value);
  };
  const D = C.quantity.letter;
  const E = C.unitPrice.letter;
  const FL = C.amount.letter;

  // ---- Thuyết minh (also holds the re-basing arithmetic the sections need) ----
  const notes = readNotes(grid, F);

  // ---- sections and lines ----
  const outSections: EstimateSection[] = [];
  for (const s of sections) {
    if (s.subtotal === null) F.add('STRUCTURE', S, at(s.row, C.content.col), V.sectionIncomplete(s.id, T.subtotal));
    if (s.vat === null) F.add('STRUCTURE', S, at(s.row, C.content.col), V.sectionIncomplete(s.id, T.vat));
    if (!s.title) F.add('TEXT_MISSING', S, at(s.row, C.content.col), V.textMissing(`tên phần ${s.id}`));
    const lines: EstimateLine[] = [];
    let sum: Decimal | null = new Decimal(0);
    for (const r of s.lines) {
      const code = text(r, C.code.col);
      if (code && !CODE_RE.test(code)) F.add('VALUE_INVALID', S, at(r, C.code.col), V.codeInvalid(code), null, code);
      const unitText = text(r, C.unit.col);
      const unitCode = unitFromLabel(unitText);
      if (!unitCode) F.add('VALUE_INVALID', S, at(r, C.unit.col), V.unitUnknown(unitText), null, unitText);
      const content = text(r, C.content.col);
      if (!content) F.add('TEXT_MISSING', S, at(r, C.content.col), V.textMissing(`nội dung công việc dòng ${r}`));
      const q = numberCell(r, C.quantity.col, V.quantity(r), 'quantity');
      const p = numberCell(r, C.unitPrice.col, V.unitPrice(r), 'money');
      const expected = q !== null && p !== null ? lineAmount(q, p) : null;
      const amount = formulaCell(r, C.amount.col, lineAmountFormula(`${D}${r}`, `${E}${r}`), V.amount(r), () => expected, [legacyLineAmountFormula(`${D}${r}`, `${E}${r}`)]);
      consistent(amount, expected, r, C.amount.col, V.amount(r));
      if (amount === null || sum === null) sum = null;
      else sum = sum.add(expected !== null && amount === expected.toString() ? expected : amount);
      const stt = text(r, C.stt.col);
      const variant = text(r, C.variant.col);
      const line: EstimateLine = {
        stt,
        item: code,
        content,
        unitCode: unitCode ?? 'goi',
        unit: unitText,
        quantity: q ?? '0',
        unitPrice: p ?? '0',
        amount: amount ?? '0',
        note: text(r, C.note.col),
      };
      if (variant) line.variant = variant;
      lines.push(line);
    }
    let adjustment: { label: string; amount: string } | null = null;
    if (s.adjustment !== null) {
      const ar = s.adjustment;
      const v = view.value(ar, C.amount.col);
      const t = typeof v === 'number' && Number.isFinite(v) ? numberText(v) : gridValueText(v);
      if (!/^-?\d+$/.test(t)) F.add('NOT_A_NUMBER', S, at(ar, C.amount.col), V.notANumber(V.adjustment, t), null, t || null);
      else {
        adjustment = { label: text(ar, C.content.col), amount: t };
        if (sum !== null) sum = sum.add(t);
      }
      if (!text(ar, C.content.col)) F.add('TEXT_MISSING', S, at(ar, C.content.col), V.textMissing(V.adjustment));
    }
    let subtotal: string | null = null;
    if (s.subtotal !== null) {
      const first = s.lines[0];
      const last = s.adjustment ?? s.lines[s.lines.length - 1];
      const formula = first !== undefined && last !== undefined ? `SUM(${FL}${first}:${FL}${last})` : '0';
      subtotal = formulaCell(s.subtotal, C.amount.col, formula, V.subtotal(s.id), () => sum);
      consistent(subtotal, sum, s.subtotal, C.amount.col, V.subtotal(s.id));
    }
    let rate: string | null = null;
    let vatAmount: string | null = null;
    let basis = '';
    if (s.vat !== null) {
      rate = numberCell(s.vat, C.quantity.col, V.vatRate(s.id), 'rate');
      basis = text(s.vat, C.note.col);
      if (!basis) F.add('TEXT_MISSING', S, at(s.vat, C.note.col), V.sectionVatBasisMissing(s.id));
      const expected = subtotal !== null && rate !== null ? roundDong(new Decimal(subtotal).mul(rate).div(100)) : null;
      const subRef = s.subtotal ?? s.vat - 1;
      vatAmount = formulaCell(s.vat, C.amount.col, `ROUND(${FL}${subRef}*${D}${s.vat},0)`, V.vatAmount(s.id), () => expected);
      consistent(vatAmount, expected, s.vat, C.amount.col, V.vatAmount(s.id));
    }
    const expTotal = subtotal !== null && vatAmount !== null ? new Decimal(subtotal).add(vatAmount) : null;
    const total = formulaCell(s.row, C.amount.col, `${FL}${s.subtotal ?? s.row + 1}+${FL}${s.vat ?? s.row + 2}`, V.sectionTotal(s.id), () => expTotal);
    consistent(total, expTotal, s.row, C.amount.col, V.sectionTotal(s.id));
    const rb = notes.rebase.get(s.id);
    if (adjustment && !rb) F.add('TEXT_MISSING', sheetNames.notes, 'A1', V.textMissing(`cách tính điều chỉnh lương cơ sở của phần ${s.id} (Thuyết minh mục 7)`));
    outSections.push({
      id: s.id,
      title: s.title,
      lines,
      ...(rb || adjustment
        ? { rebase: { ...(adjustment ? { adjustment: { ...adjustment, arithmetic: rb?.arithmetic ?? [], ...(rb?.basis ? { basis: rb.basis } : {}) } } : {}), notes: rb?.notes ?? [] } }
        : {}),
      subtotal: subtotal ?? '0',
      vat: { rate: Number(rate ?? '0'), basis, amount: vatAmount ?? '0' },
      total: total ?? '0',
    });
  }

  // ---- totals, rounding, words ----
  const sectionSum = outSections.reduce<Decimal>((acc, s) => acc.add(s.total), new Decimal(0));
  let total: string | null = null;
  if (totalRow !== null) {
    const formula = sections.length ? sections.map((s) => `${FL}${s.row}`).join('+') : '0';
    total = formulaCell(totalRow, C.amount.col, formula, V.grandTotal, () => sectionSum);
    consistent(total, sectionSum, totalRow, C.amount.col, V.grandTotal);
  }
  const metaRounding = metaValues.get(metaKeys.roundingToThousand);
  const toThousand = roundingRow !== null;
  if (metaRounding !== undefined && metaRounding !== String(toThousand) && meta) {
    F.add('META_INVALID', meta.name, metaCell(metaKeys.roundingToThousand), V.metaInvalid(metaKeys.roundingToThousand, metaRounding));
  }
  let adjustment = '0';
  let finalAmount = total;
  if (roundingRow !== null && totalRow !== null) {
    const expAdj = total !== null ? roundThousand(total).sub(total) : null;
    const adj = formulaCell(roundingRow, C.amount.col, `ROUND(${FL}${totalRow},-3)-${FL}${totalRow}`, V.rounding, () => expAdj);
    consistent(adj, expAdj, roundingRow, C.amount.col, V.rounding);
    adjustment = adj ?? '0';
    if (finalRow === null) F.add('STRUCTURE', S, at(roundingRow + 1, C.content.col), V.sectionIncomplete('—', T.finalAmount));
    else {
      const expFinal = total !== null && adj !== null ? new Decimal(total).add(adj) : null;
      finalAmount = formulaCell(finalRow, C.amount.col, `${FL}${totalRow}+${FL}${roundingRow}`, V.finalAmount, () => expFinal);
      consistent(finalAmount, expFinal, finalRow, C.amount.col, V.finalAmount);
    }
  } else if (finalRow !== null) F.add('STRUCTURE', S, at(finalRow, C.content.col), V.sectionIncomplete('—', T.rounding));

  const words = readWords(metaValues, F, meta?.name ?? sheetNames.meta, metaCell(metaKeys.words));
  let wordsText = '';
  const wordsName = names.get(N.words);
  const wr = wordsRow ?? (wordsName && (wordsName.sheet === undefined || wordsName.sheet === S) ? wordsName.row : null);
  if (wr === null) F.add('TEXT_MISSING', S, at((finalRow ?? totalRow ?? headerRow) + 2, 1), V.textMissing(V.words));
  else {
    wordsText = text(wr, 1).replace(/^\s*b[ằa]ng\s+ch[ữu]\s*:?\s*/iu, '').trim();
    if (!wordsText) F.add('TEXT_MISSING', S, at(wr, 1), V.textMissing(V.words));
    else if (finalAmount !== null && wordsText !== amountInWords(finalAmount, words)) {
      const parsed = readAmountWords(wordsText);
      if (!parsed.ok || parsed.value !== BigInt(finalAmount)) F.add('INCONSISTENT', S, at(wr, 1), V.wordsMismatch(wordsText, finalAmount), finalAmount, parsed.ok ? parsed.value.toString() : null);
      else if (parsed.unaccented !== null) F.add('WORDS_NO_DIACRITICS', S, at(wr, 1), V.wordsNoDiacritics(parsed.unaccented), parsed.unaccented, wordsText);
    }
  }

  // ---- header (national header, title, signatures) ----
  const namedText = (name: string, what: string, required: boolean): { text: string; found: boolean } => {
    const n = names.get(name);
    if (!n || (n.sheet !== undefined && n.sheet !== S)) {
      if (required) F.add('NAME_MISSING', S, 'A1', V.nameMissing(name, what));
      return { text: '', found: false };
    }
    const t = text(n.row, n.col);
    if (required && !t) F.add('TEXT_MISSING', S, at(n.row, n.col), V.textMissing(what));
    return { text: t, found: true };
  };
  const agency = namedText(N.agency, 'tên cơ quan lập dự toán', true).text;
  const parentBody = namedText(N.parentBody, 'cơ quan chủ quản', false).text;
  const docNo = namedText(N.documentNumber, 'số văn bản', false).text.replace(/^\s*s[ốo]\s*:?\s*/iu, '').trim();
  const title = namedText(N.title, 'tiêu đề', true).text;
  const dateName = names.get(N.dateLine);
  const dateText = namedText(N.dateLine, 'địa danh, ngày tháng', true).text;
  const parsedDate = dateText ? parseDateLine(dateText) : null;
  if (dateText && !parsedDate && dateName) F.add('VALUE_INVALID', S, at(dateName.row, dateName.col), V.dateInvalid(dateText), null, dateText);
  const signers = {
    preparer: namedText(N.preparer, 'họ tên người lập biểu', false).text,
    accountant: namedText(N.accountant, 'họ tên kế toán', false).text,
    head: namedText(N.head, 'họ tên thủ trưởng', false).text,
  };
  let agencyKind: Header['agencyKind'] = 'department';
  const kindRaw = metaValues.get(metaKeys.agencyKind);
  const kind = agencyKindSchema.safeParse(kindRaw);
  if (kind.success) agencyKind = kind.data;
  else {
    // Without the metadata, the signature titles tell a commune apart.
    let commune = false;
    for (let r = (wordsRow ?? headerRow) + 1; r <= view.lastRow && !commune; r++) for (let c = 1; c <= C.note.col; c++) if (text(r, c) === T.accountantCommune) commune = true;
    agencyKind = commune ? 'commune' : 'department';
    if (kindRaw !== undefined && meta) F.add('META_INVALID', meta.name, metaCell(metaKeys.agencyKind), V.metaInvalid(metaKeys.agencyKind, kindRaw));
  }
  const header: Header = {
    parentBody,
    agency,
    agencyKind,
    place: parsedDate?.place ?? '',
    date: parsedDate?.date ?? '',
    documentNumber: docNo,
    title,
    signers,
  };

  // ---- price book (Đơn giá) and the MẪU mark ----
  const book = readBook(grid, names, F);
  const sampleName = names.get(N.sampleLabel);
  const sampleText = sampleName && (sampleName.sheet === undefined || sampleName.sheet === S) ? text(sampleName.row, sampleName.col) : '';
  let sampleLabel: string | null = null;
  if (book.status === 'sample') {
    sampleLabel = sampleText || sampleLabelText;
    if (!sampleText) {
      // Where the mark belongs: its name, or the row under the title.
      const titleName = names.get(N.title);
      const where = sampleName ? at(sampleName.row, sampleName.col) : titleName ? at(titleName.row + 1, 1) : 'A1';
      F.add('SAMPLE_MARK', S, where, V.sampleMarkMissing);
    }
  } else if (sampleText) {
    F.add('SAMPLE_MARK', S, at(sampleName!.row, sampleName!.col), V.sampleMarkUnexpected);
  }

  const totalBeforeVat = outSections.reduce<Decimal>((a, s) => a.add(s.subtotal), new Decimal(0));
  const vatTotal = outSections.reduce<Decimal>((a, s) => a.add(s.vat.amount), new Decimal(0));
  const schemaRaw = metaValues.get(metaKeys.schemaVersion);
  if (schemaRaw !== undefined && schemaRaw !== String(SCHEMA_VERSION) && meta) {
    F.add('META_INVALID', meta.name, metaCell(metaKeys.schemaVersion), V.metaInvalid(metaKeys.schemaVersion, schemaRaw));
  }

  const estimate: Estimate = {
    schemaVersion: SCHEMA_VERSION,
    header,
    book: { id: book.id, title: book.title, status: book.status ?? 'user', decision: book.decision, hash: book.hash },
    sampleLabel,
    ...(notes.workPeriod ? { workPeriod: notes.workPeriod } : {}),
    ...(notes.volumes ? { volumes: notes.volumes } : {}),
    ...(notes.conversion ? { conversion: notes.conversion } : {}),
    sections: outSections,
    totalBeforeVat: totalBeforeVat.toString(),
    vatTotal: vatTotal.toString(),
    total: total ?? '0',
    rounding: { toThousand, adjustment },
    finalAmount: finalAmount ?? '0',
    amountInWords: wordsText,
    words,
  };
  if (F.hasErrors) return estimate;
  // The lines are left out of this check: each field of a line was checked as it was read (10^4 lines would
  // cost more in zod than the rest of the reading).
  const check = estimateSchema.safeParse({ ...estimate, sections: estimate.sections.map((x) => ({ ...x, lines: [] })) });
  if (!check.success) {
    for (const issue of check.error.issues.slice(0, 10)) F.add('VALUE_INVALID', null, null, V.invalidEstimate(`${issue.path.join('.')}: ${issue.message}`));
  }
  return estimate;
}

function readWords(meta: Map<string, string>, F: Findings, sheet: string, cell: string): WordsOptions {
  const raw = meta.get(metaKeys.words);
  if (raw === undefined) return {};
  try {
    const r = wordsOptionsSchema.safeParse(JSON.parse(raw));
    if (r.success) return r.data;
  } catch {
    // fall through
  }
  F.add('META_INVALID', sheet, cell, V.metaInvalid(metaKeys.words, raw));
  return {};
}

function readBook(
  grid: WorkbookGrid,
  names: ReturnType<typeof resolveNames>,
  F: Findings,
): { id: string; title: string; status: BookStatus | null; decision: string | null; hash: string } {
  const sheet = findSheet(grid, sheetNames.book);
  const cell = (name: string, what: string): { text: string; sheet: string; cell: string } => {
    const n = names.get(name);
    const s = n ? (n.sheet !== undefined ? findSheet(grid, n.sheet) : sheet) : undefined;
    if (!n || !s) {
      F.add('NAME_MISSING', sheet?.name ?? sheetNames.book, 'A1', V.nameMissing(name, what));
      return { text: '', sheet: sheet?.name ?? sheetNames.book, cell: 'A1' };
    }
    return { text: new SheetView(s).text(n.row, n.col), sheet: s.name, cell: cellAddress(n.row, n.col) };
  };
  if (!sheet) F.add('SHEET_MISSING', sheetNames.book, 'A1', V.sheetMissing(sheetNames.book));
  const id = cell(N.bookId, bookSheetText.id);
  const title = cell(N.bookTitle, bookSheetText.title);
  const status = cell(N.bookStatus, bookSheetText.status);
  const decision = cell(N.bookDecision, bookSheetText.decision);
  const hash = cell(N.bookHash, bookSheetText.hash);
  for (const [c, what] of [[id, bookSheetText.id], [title, bookSheetText.title]] as const) {
    if (!c.text) F.add('TEXT_MISSING', c.sheet, c.cell, V.textMissing(what));
  }
  if (!/^sha256:[0-9a-f]{64}$/.test(hash.text)) F.add('VALUE_INVALID', hash.sheet, hash.cell, V.hashInvalid(hash.text), 'sha256:…', hash.text || null);
  let st: BookStatus | null = null;
  const fs = foldText(status.text);
  for (const [code, label] of Object.entries(bookStatusLabels) as Array<[BookStatus, string]>) {
    if (fs === foldText(label) || fs === code) st = code;
  }
  if (st === null) {
    const parsed = bookStatusSchema.safeParse(status.text.trim());
    if (parsed.success) st = parsed.data;
    else if (/^mau( |$)/.test(fs)) st = 'sample';
    else if (fs.startsWith('chinh thuc')) st = 'official';
    else if (fs.startsWith('du thao')) st = 'draft';
    else F.add('VALUE_INVALID', status.sheet, status.cell, V.statusUnknown(status.text), null, status.text || null);
  }
  const dec = decision.text === bookSheetText.noDecision || decision.text === '' ? null : decision.text;
  return { id: id.text, title: title.text, status: st, decision: dec, hash: hash.text };
}

type RebaseBasis = NonNullable<NonNullable<NonNullable<EstimateSection['rebase']>['adjustment']>['basis']>;

interface NotesRead {
  volumes?: NonNullable<Estimate['volumes']>;
  conversion?: NonNullable<Estimate['conversion']>;
  workPeriod?: { from: string; to: string };
  /** Re-basing per section: arithmetic lines, notes and the inputs of the live formulas (Thuyết minh mục 7). */
  rebase: Map<string, { arithmetic: string[]; notes: string[]; basis?: RebaseBasis; oldBases?: Map<string, string> }>;
}

function readNotes(grid: WorkbookGrid, F: Findings): NotesRead {
  const sheet = findSheet(grid, sheetNames.notes);
  if (!sheet) {
    F.add('SHEET_MISSING', sheetNames.notes, 'A1', V.sheetMissing(sheetNames.notes));
    return { rebase: new Map() };
  }
  const view = new SheetView(sheet);
  const S = sheet.name;
  const out: NotesRead = { rebase: new Map() };
  const volumes: Record<string, unknown> = {};
  const conversion: Record<string, { value: string; source: string }> = {};
  const period: Record<string, string> = {};
  const quantity = (r: number, key: string): string | null => {
    const v: GridValue = view.value(r, NC.value.col);
    try {
      if (typeof v === 'number') return normalizeQuantity(v, { field: key });
      const raw = gridValueText(v);
      const out = normalizeQuantity(raw, { field: key });
      F.add('NUMBER_AS_TEXT', S, cellAddress(r, NC.value.col), V.numberAsText(key, raw), out, raw);
      return out;
    } catch {
      F.add('VALUE_INVALID', S, cellAddress(r, NC.value.col), V.notesValue(key, gridValueText(v)), null, gridValueText(v));
      return null;
    }
  };
  const volumeKeys = new Set<string>(volumeRows.map((x) => x.key));
  const conversionKeys = new Set<string>(conversionRows.map((x) => x.key));
  for (let r = 1; r <= Math.min(view.lastRow, 500); r++) {
    const key = view.text(r, NC.key.col);
    if (!key) continue;
    const [group, name] = key.split('.') as [string, string | undefined];
    if (group === 'volumes' && name !== undefined) {
      if (volumeKeys.has(name)) {
        const q = quantity(r, key);
        if (q !== null) volumes[name] = q;
      } else if (name === 'surveyed') {
        const t = view.text(r, NC.value.col);
        const f = foldText(t);
        if (t === notesText.surveyedYes || f === foldText(notesText.surveyedYes)) volumes.surveyed = true;
        else if (t === notesText.surveyedNo || f === foldText(notesText.surveyedNo)) volumes.surveyed = false;
        else {
          F.add('VALUE_INVALID', S, cellAddress(r, NC.value.col), V.notesValue(key, t), `${notesText.surveyedYes} | ${notesText.surveyedNo}`, t || null);
          volumes.surveyed = false;
        }
      } else if (name === 'note') volumes.note = view.text(r, NC.value.col);
    } else if (group === 'conversion' && name !== undefined && conversionKeys.has(name)) {
      const q = quantity(r, key);
      const source = view.text(r, NC.source.col);
      if (!source) F.add('TEXT_MISSING', S, cellAddress(r, NC.source.col), V.textMissing(`nguồn của hệ số ${key}`));
      if (q !== null) conversion[name] = { value: q, source };
    } else if (group === 'rebase' && name !== undefined) {
      const kind = key.split('.')[2];
      const entry = out.rebase.get(name) ?? { arithmetic: [], notes: [] };
      out.rebase.set(name, entry);
      const t = view.text(r, NC.label.col).replace(/^-\s*/, '');
      if (kind === 'arithmetic') entry.arithmetic.push(t);
      else if (kind === 'note') entry.notes.push(t);
      else if (kind === 'newBase' || kind === 'oldBase' || kind === 'line') {
        // The live formulas' inputs: base salaries (column C), per line its labour share (D) and amount (E).
        const money = (col: number): string | null => {
          const v = view.value(r, col);
          const raw = typeof v === 'number' ? numberText(v) : gridValueText(v);
          try {
            return normalizeMoney(raw, { field: `${S}!${cellAddress(r, col)}` });
          } catch {
            F.add('VALUE_INVALID', S, cellAddress(r, col), V.notesValue(key, raw), null, raw || null);
            return null;
          }
        };
        if (kind === 'newBase') {
          const v = money(NC.value.col);
          if (v !== null) entry.basis = { newBase: v, newBaseSource: view.text(r, NC.source.col), lines: [] };
        } else if (kind === 'oldBase') {
          const v = money(NC.value.col);
          if (v !== null) (entry.oldBases ??= new Map()).set(key.split('.')[3] ?? '', v);
        } else {
          const [, , , lineNo, baseNo] = key.split('.');
          const index = Number(lineNo);
          const oldBase = entry.oldBases?.get(baseNo ?? '');
          const labour = money(NC.unit.col);
          const av = view.value(r, NC.source.col);
          const at = typeof av === 'number' ? numberText(av) : gridValueText(av);
          const amount = /^-?\d+$/.test(at) ? at : null;
          if (amount === null) F.add('VALUE_INVALID', S, cellAddress(r, NC.source.col), V.notesValue(key, at), null, at || null);
          if (entry.basis && oldBase !== undefined && Number.isInteger(index) && labour !== null && amount !== null) {
            entry.basis.lines.push({ line: index, labour, oldBase, amount });
          }
        }
      }
    } else if (group === 'workPeriod' && (name === 'from' || name === 'to')) {
      const v = view.value(r, NC.value.col);
      const iso = v instanceof Date ? gridValueText(v) : parseShortDate(view.text(r, NC.value.col));
      if (iso === null) F.add('VALUE_INVALID', S, cellAddress(r, NC.value.col), V.notesValue(key, view.text(r, NC.value.col)), 'dd/mm/yyyy', view.text(r, NC.value.col) || null);
      else period[name] = iso;
    }
  }
  if (Object.keys(volumes).length) out.volumes = { surveyed: false, note: '', ...volumes } as NotesRead['volumes'];
  if (Object.keys(conversion).length) out.conversion = conversion as NotesRead['conversion'];
  if (period.from !== undefined && period.to !== undefined) out.workPeriod = { from: period.from, to: period.to };
  return out;
}

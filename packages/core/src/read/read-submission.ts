import { DutoanError } from '../errors.ts';
import { legacyEncoding } from '../audit/legacy-encoding.ts';
import type { Finding } from '../audit/finding.ts';
import { cellAddress, parseCellRef, type GridSheet, type WorkbookGrid } from '../audit/grid.ts';
import { definedNames } from '../layout/template.ts';
import type { MoneyUnit, ReadNumber, ReadText, SheetLink, SubmittedEstimate, SubmittedSection } from '../audit/submitted.ts';
import { matcherFor, type ItemMatcher } from '../audit/map-items.ts';
import type { PriceBook } from '../model/price-book.ts';
import { Decimal } from '../money/decimal.ts';
import { formatMoney } from '../money/format.ts';
import { foldText } from '../util/fold-text.ts';
import { readAmountWords } from '../words/read-amount-words.ts';
import { readBookInfo } from './book-info.ts';
import { cellsOf, type SheetCells } from './cells.ts';
import { readFinding } from './finding.ts';
import { namedText, readHeaderBlock } from './header-block.ts';
import { defaultMoneyUnit, findMoneyUnitNote, moneyUnitName } from './money-unit.ts';
import { sheetReferences } from './sheet-references.ts';
import { findTableHeader, type TableHeader } from './table-header.ts';
import { classifyRows, type ClassifiedTable } from './table-rows.ts';
import { readTableStructure, type TableRead } from './table-structure.ts';
import { definedNameRef, namedCells, namedRoles } from './template-names.ts';
import { coverSheetTitles } from './vocabulary.ts';
import { readNumbering } from './labels.ts';
import { sectionIdOf } from './table-structure.ts';

/**
 * Reading a submitted estimate from a workbook grid (đọc dự toán nộp): our standard template AND hand-made
 * workbooks, one sheet or a summary sheet with detail sheets. Every table is found by its header (table-header.ts),
 * its rows classified (table-rows.ts), its money unit found (money-unit.ts), its structure and sums inferred
 * (table-structure.ts, sum-scopes.ts). The template's defined names and hidden code column are extra evidence
 * for the same reader. Nothing is recomputed here: values are what the cells hold; every inference that was not
 * certain is an info finding in `findings`.
 */

export interface ReadGridOptions {
  /** Read this sheet (and the detail sheets it refers to); default: every sheet, the estimate found by its table. */
  sheet?: string;
  /** The reference book, used as evidence for the money unit (prices 1.000 times smaller than the book's). */
  book?: PriceBook | null;
}

/** The codes readSubmissionFromGrid throws when the sheet is not an estimate it can read (not a broken file). */
export const notAnEstimateCodes: readonly string[] = ['TABLE_NOT_FOUND', 'SHEET_NOT_FOUND', 'LEGACY_ENCODING'];

/** Whether `e` says "this sheet is not an estimate table" (the add-in then explains instead of failing). */
export function isNotAnEstimate(e: unknown): e is DutoanError {
  return e instanceof DutoanError && notAnEstimateCodes.includes(e.code);
}

/** TABLE_NOT_FOUND — or LEGACY_ENCODING when the sheets are typed in a pre-Unicode font (legacy-encoding.ts). */
function tableNotFound(sheets: readonly GridSheet[]): never {
  const legacy = legacyEncoding(sheets);
  if (legacy) throw new DutoanError('LEGACY_ENCODING', { cell: legacy.cell, text: legacy.text });
  throw new DutoanError('TABLE_NOT_FOUND', { sheets: sheets.map((s) => s.name) });
}

interface FoundTable {
  sheet: GridSheet;
  cells: SheetCells;
  header: TableHeader;
}

const CODE_RE = /^[A-Z][A-Z0-9]{0,9}(?:[.-][A-Z0-9]{1,10}){0,4}$/;

/** A column outside the visible table whose cells hold item codes (the template's hidden code column). */
function findCodeColumn(cells: SheetCells, header: TableHeader, lastRow: number): number | undefined {
  if (header.code) return header.code.col;
  const used = new Set([header.stt, header.content, header.unit, header.quantity, header.price, header.amount, header.note, header.explanation, ...header.coefficients, ...header.parts].filter((h) => h !== undefined).map((h) => h!.col));
  let best: { col: number; hits: number } | undefined;
  for (let c = cells.firstCol; c <= Math.min(cells.lastCol, 40); c++) {
    if (used.has(c)) continue;
    let hits = 0;
    let misses = 0;
    for (let r = header.lastRow + 1; r <= lastRow; r++) {
      const t = cells.text(r, c);
      if (!t) continue;
      if (CODE_RE.test(t) && cells.text(r, header.content.col)) hits++;
      else misses++;
    }
    if (hits > 0 && hits >= misses * 3 && (!best || hits > best.hits)) best = { col: c, hits };
  }
  return best?.col;
}

/**
 * A code column is the template's evidence only when the template vouches for it: the workbook's defined names,
 * the column hidden (as the template writes it), or codes that are the book's own item codes. An agency's own
 * "Mã hiệu" column (ĐG.01, ĐG.02 …, or CL.01 looking like ours) is just text: the lines are matched by name.
 */
function authoritativeCodeColumn(found: FoundTable, col: number | undefined, lastRow: number, namedTemplate: boolean, book: PriceBook | null | undefined): number | undefined {
  if (col === undefined || namedTemplate || found.cells.isHiddenCol(col)) return col;
  if (!book) return found.header.code ? undefined : col;
  const known = new Set(book.items.map((i) => i.code.toUpperCase()));
  let hits = 0;
  let codes = 0;
  for (let r = found.header.lastRow + 1; r <= lastRow; r++) {
    const t = found.cells.text(r, col).trim().toUpperCase();
    if (!t || !found.cells.text(r, found.header.content.col)) continue;
    codes++;
    if (known.has(t)) hits++;
  }
  return codes > 0 && hits * 2 >= codes ? col : undefined;
}

const isCover = (s: GridSheet) => coverSheetTitles.some((t) => foldText(s.name) === t || foldText(s.name).startsWith(t + ' '));

/**
 * Whether the table's column-numbering row states its amount column as the product of exactly the quantity, the
 * price and every coefficient column ("(6) = (4) × (5)", "(7) = (4) × (5) × (6)").
 */
function statesLineReading(h: TableHeader): boolean {
  const p = h.numbering?.product;
  if (!p || !h.quantity || !h.price) return false;
  const col = (n: number) => h.numbering!.numbers.get(n);
  if (col(p.target) !== h.amount.col) return false;
  const factors = new Set(p.factors.map(col));
  const wanted = new Set([h.quantity.col, h.price.col, ...h.coefficients.map((c) => c.col)]);
  return factors.size === wanted.size && [...wanted].every((c) => factors.has(c));
}

/** The sheet the template's name DT_BANG puts the table on (our standard workbook), if any. */
function namedTableSheet(grid: WorkbookGrid): GridSheet | undefined {
  const ref = definedNameRef(grid, definedNames.table);
  const sheet = ref ? parseCellRef(ref)?.sheet : undefined;
  return sheet === undefined ? undefined : grid.sheets.find((x) => x.name === sheet);
}

function findTables(grid: WorkbookGrid, wanted: string | undefined): FoundTable[] {
  const named = wanted === undefined ? namedTableSheet(grid) : undefined;
  if (wanted !== undefined || named) {
    const s = named ?? grid.sheets.find((x) => x.name === wanted) ?? grid.sheets.find((x) => foldText(x.name) === foldText(wanted!));
    if (!s) throw new DutoanError('SHEET_NOT_FOUND', { sheet: wanted!, sheets: grid.sheets.map((x) => x.name) });
    const cells = cellsOf(s);
    const header = findTableHeader(cells);
    // A name that no longer points at the table (a copied or edited workbook) is no evidence: look everywhere.
    if (!header && named) return findTables({ ...grid, names: {} }, undefined);
    if (!header) tableNotFound([s]);
    const out: FoundTable[] = [{ sheet: s, cells, header }];
    // The detail sheets the chosen sheet refers to are read with it.
    const refs = new Set(sheetReferences(cells).map((r) => r.sheet));
    for (const other of grid.sheets) {
      if (other === s || !refs.has(other.name)) continue;
      const oc = cellsOf(other);
      const oh = findTableHeader(oc);
      if (oh) out.push({ sheet: other, cells: oc, header: oh });
    }
    return out;
  }
  const out: FoundTable[] = [];
  for (const s of grid.sheets) {
    if (s.state === 'veryHidden' || isCover(s)) continue;
    const cells = cellsOf(s);
    const header = findTableHeader(cells);
    if (header) out.push({ sheet: s, cells, header });
  }
  if (out.length === 0) tableNotFound(grid.sheets);
  return out;
}

/** The largest amount stated on a sum or final row — the total the words should read. */
function largestTotal(table: ClassifiedTable): Decimal | null {
  let best: Decimal | null = null;
  for (const r of table.rows) {
    if ((r.kind === 'sum' || r.kind === 'final') && r.amount.kind === 'number') {
      const v = new Decimal(r.amount.value).abs();
      if (best === null || v.gt(best)) best = v;
    }
  }
  return best;
}

/**
 * The money unit of a table with no note: 1.000 or 1.000.000 when the words read that many times the largest
 * total, or when most priced lines state the book's price divided by it.
 */
function inferMoneyUnit(found: FoundTable, table: ClassifiedTable, book: PriceBook | null | undefined, matcher: ItemMatcher | null): MoneyUnit | null {
  const total = largestTotal(table);
  if (table.words && total && !total.isZero()) {
    const w = readAmountWords(table.words.text);
    if (w.ok) {
      const ratio = new Decimal(w.value.toString()).div(total);
      for (const scale of [1000, 1_000_000] as const) {
        if (ratio.eq(scale)) {
          return { scale, how: 'words', text: '', at: found.cells.at(table.words.row, table.words.col) };
        }
      }
    }
  }
  if (!book || !matcher) return null;
  const counts = new Map<number, number>();
  let priced = 0;
  for (const r of table.rows) {
    if (r.kind !== 'line' || r.price.kind !== 'number') continue;
    const content: ReadText = { at: found.cells.at(r.row, found.header.content.col), text: found.cells.text(r.row, found.header.content.col) };
    const unit: ReadText = { at: content.at, text: found.header.unit ? found.cells.text(r.row, found.header.unit.col) : '' };
    const m = matcher.map({ content, unit, itemCode: null });
    if ((m.kind !== 'name' && m.kind !== 'code') || m.item.price === null) continue;
    const stated = new Decimal(r.price.value);
    if (stated.isZero()) continue;
    priced++;
    const ratio = new Decimal(m.item.price).div(stated);
    for (const scale of [1, 1000, 1_000_000]) if (ratio.eq(scale)) counts.set(scale, (counts.get(scale) ?? 0) + 1);
  }
  if (priced === 0) return null;
  for (const scale of [1000, 1_000_000] as const) {
    const n = counts.get(scale) ?? 0;
    if (n * 2 > priced && (counts.get(1) ?? 0) === 0) return { scale, how: 'prices', text: '', at: null };
  }
  return null;
}

interface ReadTable {
  found: FoundTable;
  classified: ClassifiedTable;
  read: TableRead;
  moneyUnit: MoneyUnit;
  codeCol: number | undefined;
}

/**
 * Read a workbook's grid as a submitted estimate (dự toán nộp thẩm tra), whatever its layout: finds the estimate
 * table(s) on every sheet, reads the header block, lines, sums, VAT, rounding, words and signers with the cells
 * they came from, and says what it inferred (`reads`). Nothing is judged here; the audit rules do that.
 */
export function readSubmissionFromGrid(grid: WorkbookGrid, options: ReadGridOptions = {}): SubmittedEstimate {
  const tables = findTables(grid, options.sheet);
  const named = namedCells(grid);
  const matcher = options.book ? matcherFor(options.book) : null;
  const findings: Finding[] = [];
  const reads: ReadTable[] = [];
  for (const found of tables) {
    const classified = classifyRows(found.cells, found.header);
    const codeCol = authoritativeCodeColumn(found, findCodeColumn(found.cells, found.header, classified.lastRow), classified.lastRow, named.size > 0, options.book);
    const template = (codeCol !== undefined && !found.header.code) || named.size > 0;
    if (found.header.inferredPrice && found.header.price) {
      const h = found.header.price;
      findings.push(readFinding('COLUMN_READING', found.cells.at(found.header.row, h.col), { column: cellAddress(found.header.row, h.col).replace(/\d+$/, ''), header: h.name, role: 'price', lines: found.header.inferredPrice.lines }));
    }
    const note = findMoneyUnitNote(found.cells, found.header.row);
    const headerScale = found.header.amount.scale ?? found.header.price?.scale;
    let moneyUnit: MoneyUnit = note ?? (headerScale !== undefined ? { scale: headerScale as MoneyUnit['scale'], how: 'header', text: found.header.amount.name, at: found.cells.at(found.header.row, found.header.amount.col) } : defaultMoneyUnit);
    if (moneyUnit.how === 'default' && !template) {
      const inferred = inferMoneyUnit(found, classified, options.book, matcher);
      if (inferred) {
        moneyUnit = inferred;
        const evidence = inferred.how === 'words' ? `«${classified.words?.text ?? ''}»` : `${formatMoney(inferred.scale)}`;
        findings.push(
          readFinding('MONEY_UNIT', inferred.at ?? found.cells.at(found.header.row, found.header.amount.col), {
            unit: moneyUnitName(inferred.scale),
            how: inferred.how,
            evidence,
          }),
        );
      }
    }
    const scale = moneyUnit.scale;
    const read = readTableStructure(found.cells, found.header, classified, {
      template,
      named: template ? namedRoles(grid, found.sheet.name) : new Map(),
      scale,
      ...(found.header.price?.scale !== undefined ? { priceScale: found.header.price.scale } : {}),
      ...(found.header.amount.scale !== undefined ? { amountScale: found.header.amount.scale } : {}),
      ...(codeCol !== undefined ? { codeCol } : {}),
    });
    reads.push({ found, classified, read, moneyUnit, codeCol });
  }

  const { primary, links, details, sure } = linkTables(reads);
  const main = primary.found;
  const template = (primary.codeCol !== undefined && !main.header.code) || named.size > 0;
  const unlinked = reads.filter((t) => t !== primary && !details.includes(t));
  if (!sure && unlinked.some(isWholeEstimate) && isWholeEstimate(primary)) {
    // Two tables that each look like a whole estimate, neither referring to the other: which one is submitted is
    // not for the reader to guess — the first is audited and the warning names them all.
    findings.push(
      readFinding('STRUCTURE_AMBIGUOUS', main.cells.at(main.header.row, main.header.content.col), {
        what: 'table',
        readings: [primary, ...unlinked].map((t) => t.found.sheet.name),
      }),
    );
  } else {
    for (const t of unlinked) findings.push(readFinding('SHEET_SKIPPED', t.found.cells.at(t.found.header.row, t.found.header.content.col), { sheet: t.found.sheet.name, why: 'unlinked' }));
  }
  const used = [primary, ...details];
  for (const link of links) nameDetailSection(primary, details.find((d) => d.found.sheet.name === link.sheet)!, link);

  // Words: the named cell, else the "Bằng chữ" row under the main table.
  let words: ReadText;
  const namedWords = namedText(grid, named, 'words', main.sheet.name);
  if (namedWords) words = { at: namedWords.at, text: namedWords.text.replace(/^\s*b[^:]{0,12}ch[^:]{0,3}:\s*/iu, '') };
  else if (primary.classified.words) {
    const w = primary.classified.words;
    words = { at: main.cells.at(w.row, w.col), text: w.text };
  } else words = { at: main.cells.at(primary.classified.lastRow + 1, main.header.content.col), text: '' };
  const tableEnd = primary.classified.words ? primary.classified.words.row : primary.classified.lastRow;

  // The summary's rows that stand for detail sheets are links, not work: out of its sections.
  const linkAmounts = new Set(links.map((l) => l.amount));
  const sections: SubmittedSection[] = [];
  for (const t of used) {
    for (const s of t.read.sections) {
      const adjustments = (s.adjustments ?? []).filter((a) => !linkAmounts.has(a.amount));
      const lines = s.lines.filter((l) => !linkAmounts.has(l.amount));
      if (t === primary && details.length > 0 && lines.length === 0 && adjustments.length === 0) continue;
      sections.push({ ...s, lines, ...(adjustments.length ? { adjustments } : { adjustments: undefined }) });
    }
  }
  for (const s of sections) if (s.adjustments === undefined) delete s.adjustments;

  let finalAmount = primary.read.finalAmount;
  let grandTotal = primary.read.grandTotal;
  if (finalAmount && grandTotal && finalAmount.at === grandTotal.at) finalAmount = null;
  // Names override what labels found (template).
  const namedNumber = (key: 'grandTotal' | 'finalAmount' | 'rounding', current: ReadNumber | null): ReadNumber | null => {
    const n = named.get(key);
    if (!n || (n.sheet !== undefined && n.sheet !== main.sheet.name)) return current;
    const at = main.cells.at(n.row, n.col);
    const all = [...primary.read.sums.map((s) => s.amount), primary.read.rounding, primary.read.finalAmount].filter((x): x is ReadNumber => x !== null);
    return all.find((x) => 'cell' in x.at && 'cell' in at && x.at.cell === at.cell) ?? primary.read.cells.number(n.row, n.col, n.col, { scale: primary.moneyUnit.scale, formulaExpected: true });
  };
  grandTotal = namedNumber('grandTotal', grandTotal);
  finalAmount = namedNumber('finalAmount', finalAmount);
  const rounding = namedNumber('rounding', primary.read.rounding);
  if (finalAmount && grandTotal && 'cell' in finalAmount.at && 'cell' in grandTotal.at && finalAmount.at.cell === grandTotal.at.cell) finalAmount = null;

  const sheets = used.map((t) => t.found.sheet.name);
  const stated = used.filter((t) => statesLineReading(t.found.header)).map((t) => t.found.sheet.name);
  const vatNote = used.some((t) => t.read.vats.length > 0) ? null : findVatNote(used);
  return {
    kind: template ? 'template' : 'generic',
    sheet: main.sheet.name,
    ...(sheets.length > 1 ? { sheets } : {}),
    ...(stated.length ? { statedLineReading: stated } : {}),
    header: readHeaderBlock(main.cells, grid, named, {
      headerRow: main.header.row,
      contentCol: main.header.content.col,
      ...(main.header.quantity ? { quantityCol: main.header.quantity.col } : {}),
      amountCol: main.header.amount.col,
      tableEnd,
    }),
    sections,
    sums: used.flatMap((t) => t.read.sums),
    vats: used.flatMap((t) => t.read.vats),
    ...(links.length ? { links } : {}),
    totalBeforeVat: primary.read.totalBeforeVat,
    vatTotal: primary.read.vatTotal,
    grandTotal,
    rounding,
    finalAmount,
    words,
    ...(vatNote ? { vatNote } : {}),
    moneyUnit: primary.moneyUnit,
    book: readBookInfo(grid, named, main.sheet.name),
    findings: [...findings, ...used.flatMap((t) => t.read.findings)],
    skipped: used.flatMap((t) => t.read.skipped),
  };
}

/**
 * Which table is the estimate's summary and which are its details: a table whose amounts refer to cells of other
 * tables (='Chi tiết I'!F20) is the summary; without formulas, a table of amounts (no quantity, no price) whose
 * rows stand for the other tables — by the sheet's name in the row ("Biểu CT1"), by value, else in order. Each
 * link is checked against the detail table's total (not the cell the formula names: referring to a line instead
 * of the total is the mistake to find). Else the table on a sheet named "Dự toán", or the one with the words.
 */
function linkTables(reads: ReadTable[]): { primary: ReadTable; details: ReadTable[]; links: SheetLink[]; sure: boolean } {
  if (reads.length === 1) return { primary: reads[0]!, details: [], links: [], sure: true };
  const bySheet = new Map(reads.map((t) => [t.found.sheet.name, t]));
  let best: { t: ReadTable; links: SheetLink[]; details: ReadTable[] } | null = null;
  for (const t of reads) {
    const links: SheetLink[] = [];
    const details: ReadTable[] = [];
    for (const a of amountRows(t)) {
      if (!a.amount.formula) continue;
      const refs = sheetReferences(t.found.cells, a.amount.formula);
      const d = refs.length === 1 ? bySheet.get(refs[0]!.sheet) : undefined;
      if (!d || d === t || details.includes(d)) continue;
      details.push(d);
      links.push({ label: a.label, amount: a.amount, target: detailTotal(d, a.amount), sheet: d.found.sheet.name, how: 'formula' });
    }
    if (links.length > 0 && (!best || links.length > best.links.length)) best = { t, links, details };
  }
  if (best) {
    // A summary cell typed over (no formula left, perhaps an old figure) still stands for its detail sheet.
    const rest = reads.filter((o) => o !== best!.t && !best!.details.includes(o));
    const typed = rest.length ? typedLinks(best.t, rest, new Set(best.links.map((l) => l.amount))) : null;
    if (typed) {
      // In the summary's order (the row of each cell), whichever way each was linked.
      const rowOf = (l: SheetLink) => ('cell' in l.amount.at ? Number(/\d+$/.exec(l.amount.at.cell)![0]) : 0);
      const links = [...best.links, ...typed.links].sort((a, b) => rowOf(a) - rowOf(b));
      const details = links.map((l) => bySheet.get(l.sheet)!).filter((d, i, all) => d !== undefined && all.indexOf(d) === i);
      return { primary: best.t, details, links, sure: true };
    }
    return { primary: best.t, details: best.details, links: best.links, sure: true };
  }
  for (const t of reads) {
    const typed = typedLinks(t, reads.filter((o) => o !== t));
    if (typed) return { primary: t, details: typed.details, links: typed.links, sure: true };
  }
  const named = reads.find((t) => foldText(t.found.sheet.name) === 'du toan');
  const withWords = reads.filter((t) => t.classified.words);
  const primary = named ?? withWords[0] ?? reads[0]!;
  return { primary, details: [], links: [], sure: named !== undefined || withWords.length === 1 };
}

/**
 * A typed summary: every other table stands behind one of its amount rows (by name, by value, else in order).
 * `linked`: the summary's cells already linked by their formulas — then the others' rows need no more evidence
 * than their place (the summary is proven), and a name counts by its distinctive words ("CT số hóa" → số hóa).
 */
function typedLinks(t: ReadTable, others: ReadTable[], linked?: ReadonlySet<ReadNumber>): { details: ReadTable[]; links: SheetLink[] } | null {
  const rows = amountRows(t).filter((r) => !linked?.has(r.amount) && (!linked || !r.amount.formula));
  if (others.length === 0 || rows.length < others.length) return null;
  const summaryLike = t.found.header.summaryStyle === true || t.read.sections.every((s) => s.lines.length === 0);
  const links: SheetLink[] = [];
  const used = new Set<ReadNumber>();
  let evidence = linked?.size ? 1 : 0;
  const rowText = (r: { label: ReadText; note: string }) => foldText(`${r.label.text} ${r.note}`);
  for (const [i, o] of others.entries()) {
    const name = foldText(o.found.sheet.name);
    const total = detailTotal(o, null);
    const free = rows.filter((r) => !used.has(r.amount));
    let hit = free.find((r) => name.length >= 2 && new RegExp(`(^| )${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`).test(rowText(r)));
    const words = linked ? distinctiveName(name) : '';
    if (!hit && words) hit = free.find((r) => ` ${rowText(r)} `.includes(` ${words} `));
    if (hit) evidence++;
    else if ((hit = free.find((r) => total?.value != null && r.amount.value === total.value))) evidence++;
    else if (summaryLike && rows.length === others.length) hit = rows[i];
    if (!hit) return null;
    used.add(hit.amount);
    links.push({ label: hit.label, amount: hit.amount, target: total, sheet: o.found.sheet.name, how: evidence > i ? 'values' : 'order' });
  }
  return evidence > 0 ? { details: others, links } : null;
}

/** A sheet name without its generic words ("CT số hóa", "Chi tiết chỉnh lý", "Phụ lục 02 - số hóa" → the rest). */
function distinctiveName(folded: string): string {
  return folded
    .replace(/\b(?:bieu|phu luc|chi tiet|ct|bang|du toan|dt|so \d+|\d+)\b/g, ' ')
    .replace(/[-–:.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The figure a summary row must equal: the detail table's total — its TỔNG CỘNG, else the sum over all its
 * lines — preferring, when it has several (before and after VAT), the one the summary states.
 */
function detailTotal(d: ReadTable, stated: ReadNumber | null): ReadNumber | null {
  const whole = d.read.sums.filter((s) => s.everything || (d.read.sections.length <= 1 && s.covers.lines.length === d.read.sections.reduce((n, x) => n + x.lines.length, 0) && s.covers.lines.length > 0)).map((s) => s.amount);
  const candidates = [d.read.finalAmount, d.read.grandTotal, ...whole].filter((x): x is ReadNumber => x !== null);
  if (stated?.value != null) {
    const same = candidates.find((c) => c.value === stated.value);
    if (same) return same;
  }
  return d.read.grandTotal ?? whole[whole.length - 1] ?? null;
}

/**
 * A detail sheet without sections of its own is the section its summary row names ("I | Chỉnh lý tài liệu"): its
 * section takes that numbering and title, and its sums are that section's, not the estimate's.
 */
function nameDetailSection(summary: ReadTable, d: ReadTable, link: SheetLink): void {
  if (d.read.sections.length !== 1 || d.read.sections[0]!.label) return;
  const sec = d.read.sections[0]!;
  const row = 'cell' in link.amount.at ? Number(/\d+$/.exec(link.amount.at.cell)![0]) : 0;
  const sttCol = summary.found.header.stt?.col;
  const numbering = readNumbering(sttCol !== undefined && row ? summary.found.cells.text(row, sttCol) : '') ?? readNumbering(link.label.text);
  const label = numbering && numbering.style !== 'bullet' ? numbering.text : '';
  if (!label) return;
  sec.label = label;
  sec.title = { at: sec.title.at, text: link.label.text };
  sec.id ??= sectionIdOf(numbering, foldText(link.label.text));
  for (const l of sec.lines) l.section ??= sec.id;
  for (const sum of d.read.sums) {
    if (!sum.everything) continue;
    sum.everything = false;
    sum.sections = [label];
    sum.role = sum.withVat && sum.covers.vats.length > 0 ? 'sectionTotal' : 'subtotal';
  }
}

/** A cell stating the VAT treatment (thuế GTGT) anywhere on the estimate's sheets, for an estimate without a VAT row. */
function findVatNote(tables: readonly ReadTable[]): ReadText | null {
  for (const t of tables) {
    const cells = t.found.cells;
    for (let r = cells.firstRow; r <= cells.lastRow; r++) {
      if (r >= t.found.header.row && r <= t.found.header.lastRow) continue;
      for (let c = cells.firstCol; c <= cells.lastCol; c++) {
        // "thuế" (tax), not "thuê" (hire): compared before folding; unaccented text says "GTGT" or "VAT".
        const t = cells.text(r, c).toLowerCase();
        if (t && t.length < 300 && (/thuế|gtgt|giá trị gia tăng/.test(t) || /(^|[^\p{L}])vat([^\p{L}]|$)/u.test(t))) return { at: cells.at(r, c), text: cells.text(r, c) };
      }
    }
  }
  return null;
}

/** A table with lines and a total row of its own: a whole estimate, not a fragment. */
function isWholeEstimate(t: ReadTable): boolean {
  return t.read.sections.some((s) => s.lines.length > 0) && t.read.grandTotal !== null;
}

/** The rows of a table that state an amount without quantity or price (lump sums, links), with their note. */
function amountRows(t: ReadTable): Array<{ label: ReadText; amount: ReadNumber; note: string }> {
  const out: Array<{ label: ReadText; amount: ReadNumber; note: string }> = [];
  const noteCol = t.found.header.note?.col;
  const noteOf = (n: ReadNumber) => {
    const row = 'cell' in n.at ? Number(/\d+$/.exec(n.at.cell)![0]) : 0;
    return noteCol !== undefined && row ? t.found.cells.text(row, noteCol) : '';
  };
  for (const s of t.read.sections) {
    for (const a of s.adjustments ?? []) out.push({ ...a, note: noteOf(a.amount) });
    for (const l of s.lines) if (l.quantity.value === null && l.unitPrice.value === null) out.push({ label: l.content, amount: l.amount, note: l.note.text });
  }
  return out;
}



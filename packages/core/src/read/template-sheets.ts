import { cellAddress, gridValueText, numberText, parseCellRef, type GridSheet, type WorkbookGrid } from '../audit/grid.ts';
import type { Location } from '../audit/finding.ts';
import type { ReadText, SubmittedEstimate, SubmittedSection } from '../audit/submitted.ts';
import type { SectionId } from '../model/fields.ts';
import { parseShortDate } from '../layout/date-line.ts';
import { bookColumns as BC, bookStatusLabels, conversionRows, definedNames as N, estimateColumns, estimateColumnsWithFactor, metaKeys, notesColumns as NC, notesText, sheetNames, volumeRows, type EstimateColumnMap } from '../layout/template.ts';
import type { TemplateSheetKey } from '../locale/template.ts';
import type { Estimate, EstimateSection } from '../model/estimate.ts';
import { agencyKindSchema, wordsOptionsSchema, type Header, type WordsOptions } from '../model/estimate-input.ts';
import { bookStatusSchema, type BookStatus } from '../model/price-book.ts';
import { normalizeMoney, normalizeQuantity } from '../money/parse.ts';
import { foldText } from '../util/fold-text.ts';
import { cellsOf, SheetCells } from './cells.ts';
import { definedNameRef } from './template-names.ts';

/**
 * What the standard workbook holds besides its table (sổ dự toán chuẩn — phần ngoài bảng): the defined names
 * (tên vùng DT_…), the hidden sheet "_dutoan" (layout version, words options, agency kind), the "Thuyết minh"
 * sheet (survey volumes, conversion factors, work period, the re-basing arithmetic) and the "Đơn giá" sheet's
 * book identity. Read once, as evidence for the template rules (`audit/rules/template-*.ts`) and for turning the
 * read submission back into an estimate (`estimate-from-submission.ts`). Values are kept with their cells;
 * nothing is judged here except "this cell could not be read as a …", kept in `notes.problems`.
 */

type RebaseBasis = NonNullable<NonNullable<NonNullable<EstimateSection['rebase']>['adjustment']>['basis']>;

export interface NotesRead {
  volumes?: NonNullable<Estimate['volumes']>;
  /** The value cell of each survey volume read into `volumes` (the first row of its key). */
  volumeCells: Partial<Record<(typeof volumeRows)[number]['key'], Location>>;
  conversion?: NonNullable<Estimate['conversion']>;
  workPeriod?: { from: string; to: string };
  /** The coefficients (hệ số) Thuyết minh names (rows keyed `coefficients.<ID>`), in the sheet's order. */
  coefficients?: NonNullable<Estimate['coefficients']>;
  /** Re-basing per section id: arithmetic lines, notes and the inputs of the live formulas (Thuyết minh mục 7). */
  rebase: Map<string, { arithmetic: string[]; notes: string[]; basis?: RebaseBasis; oldBases?: Map<string, string> }>;
  /** Conversion factors written without their source. */
  sourceless: Array<{ at: Location; key: string }>;
  /** Cells of the sheet that could not be read (the key of the row, the text as written). */
  problems: Array<{ at: Location; key: string; raw: string }>;
  /** Cells holding a number as text, read with a note. */
  textNumbers: Array<{ at: Location; raw: string; read: string }>;
}

/** One item row of the "Đơn giá" sheet: code, name (with its level, if any) and price as written. */
export interface BookSheetRow {
  code: string;
  name: string;
  /** Plain decimal string, null when empty or not a number. */
  price: string | null;
  at: Location;
}

export interface TemplateEvidence {
  /** The estimate sheet ("Dự toán", or the one read). */
  cells: SheetCells;
  /** The table's columns: the seven (and hidden code, level), or with "Hệ số" in F when the table has it. */
  columns: EstimateColumnMap;
  /** Defined names by upper-case name, resolved to single cells. */
  names: Map<string, { sheet: string | undefined; row: number; col: number }>;
  /** Companion sheets that are absent. */
  missingSheets: Array<{ sheet: string; role: TemplateSheetKey }>;
  /**
   * The units the "Đơn giá" sheet gives its items (folded text by item code): a book may define units of its own
   * ("bộ", "cái"), which the estimate's lines then carry.
   */
  bookUnits: Map<string, Set<string>>;
  /**
   * The item rows of the "Đơn giá" sheet as written (code, name, price with its cell; price null when the cell is
   * not a number): the prices of the book version the workbook was made with.
   */
  bookRows: BookSheetRow[];
  /** "_dutoan": key → value (column B) with its cell. */
  meta: Map<string, ReadText>;
  notes: NotesRead;
  /** Named texts of the estimate sheet and of "Đơn giá" (null when the name is absent). */
  texts: {
    parentBody: ReadText | null;
    documentNumber: ReadText | null;
    title: ReadText | null;
    sampleLabel: ReadText | null;
    bookTitle: ReadText | null;
    bookDecision: ReadText | null;
    bookVersion: ReadText | null;
  };
}

/** The sheet of `name` (exact, else the same name without case and diacritics). */
export function findSheet(grid: WorkbookGrid, name: string): GridSheet | undefined {
  return grid.sheets.find((s) => s.name === name) ?? grid.sheets.find((s) => foldText(s.name) === foldText(name));
}

/** Defined names resolved to { sheet, row, col } (single cells only), by upper-case name. */
export function resolveNames(grid: WorkbookGrid): TemplateEvidence['names'] {
  const out: TemplateEvidence['names'] = new Map();
  for (const [name, ref] of Object.entries(grid.names ?? {})) {
    const p = parseCellRef(ref);
    if (p) out.set(name.toUpperCase(), { sheet: p.sheet, row: p.row, col: p.col });
  }
  return out;
}

/** The text of the cell a defined name points to, with its cell; a name without a sheet is on the table's sheet. */
function namedText(grid: WorkbookGrid, names: TemplateEvidence['names'], cells: SheetCells, name: string): ReadText | null {
  const n = names.get(name);
  const s = n ? (n.sheet !== undefined ? findSheet(grid, n.sheet) : cells.grid) : undefined;
  if (!n || !s) return null;
  const c = s === cells.grid ? cells : new SheetCells(s);
  return { at: c.at(n.row, n.col), text: c.text(n.row, n.col) };
}

/**
 * One text of the standard workbook by its defined name (e.g. `definedNames.bookVersion`), without reading the
 * rest of the evidence (`readTemplateSheets`): what a rule needs first to know whether it has anything to say.
 */
export function templateNamedText(grid: WorkbookGrid, sub: SubmittedEstimate, name: string): ReadText | null {
  const ref = definedNameRef(grid, name);
  const p = ref ? parseCellRef(ref) : null;
  const s = p ? findSheet(grid, p.sheet ?? sub.sheet) : undefined;
  if (!p || !s) return null;
  const c = cellsOf(s);
  return { at: c.at(p.row, p.col), text: c.text(p.row, p.col) };
}

export function readTemplateSheets(grid: WorkbookGrid, sub: SubmittedEstimate): TemplateEvidence {
  const cells = new SheetCells(findSheet(grid, sub.sheet)!);
  const names = resolveNames(grid);
  const missingSheets: TemplateEvidence['missingSheets'] = [];
  const companion = (name: string, role: TemplateSheetKey) => {
    const s = findSheet(grid, name);
    if (!s) missingSheets.push({ sheet: name, role });
    return s;
  };
  const metaSheet = companion(sheetNames.meta, 'meta');
  const notesSheet = companion(sheetNames.notes, 'notes');
  const bookSheet = companion(sheetNames.book, 'book');
  const bookUnits = new Map<string, Set<string>>();
  const bookRows: BookSheetRow[] = [];
  if (bookSheet) {
    const bc = new SheetCells(bookSheet);
    for (let r = 1; r <= Math.min(bc.lastRow, 5000); r++) {
      const code = bc.text(r, BC.code.col);
      const unit = bc.text(r, BC.unit.col);
      if (!unit || !templateCodeRe.test(code)) continue;
      let set = bookUnits.get(code);
      if (!set) bookUnits.set(code, (set = new Set()));
      set.add(foldText(unit));
      const pv = bc.value(r, BC.price.col);
      let price: string | null = null;
      try {
        price = typeof pv === 'number' ? normalizeMoney(numberText(pv)) : normalizeMoney(gridValueText(pv));
      } catch {
        // not a number: the row's price stays unknown
      }
      bookRows.push({ code, name: bc.text(r, BC.name.col), price, at: bc.at(r, BC.price.col) });
    }
  }

  const meta = new Map<string, ReadText>();
  if (metaSheet) {
    const mc = new SheetCells(metaSheet);
    for (let r = 1; r <= Math.min(mc.lastRow, 200); r++) {
      const key = mc.text(r, 1);
      if (key && !meta.has(key)) meta.set(key, { at: mc.at(r, 2), text: mc.text(r, 2) });
    }
  }
  const named = (name: string): ReadText | null => namedText(grid, names, cells, name);
  // The "Hệ số" column is F exactly when the reader found a coefficient column there on the lines.
  const factorAt = estimateColumnsWithFactor.factor.col;
  const withFactor = sub.sections.some((s) => s.lines.some((l) => l.coefficients?.some((f) => colOf(f.value.at) === factorAt)));
  return {
    cells,
    columns: withFactor ? estimateColumnsWithFactor : estimateColumns,
    names,
    missingSheets,
    bookUnits,
    bookRows,
    meta,
    notes: notesSheet ? readNotes(new SheetCells(notesSheet)) : { rebase: new Map(), sourceless: [], problems: [], textNumbers: [], volumeCells: {} },
    texts: {
      parentBody: named(N.parentBody),
      documentNumber: named(N.documentNumber),
      title: named(N.title),
      sampleLabel: named(N.sampleLabel),
      bookTitle: named(N.bookTitle),
      bookDecision: named(N.bookDecision),
      bookVersion: named(N.bookVersion),
    },
  };
}

/**
 * The rows of the standard workbook's "Thuyết minh" sheet whose hidden key (column F) says what they hold: survey
 * volumes with their cells, conversion factors, the work period, the re-basing arithmetic, the coefficients. One
 * reader for the workbook reader (`readTemplateSheets`) and the appraisal (`notesVolumes`). A key written twice:
 * its first row counts.
 */
export function readNotes(cells: SheetCells): NotesRead {
  const out: NotesRead = { rebase: new Map(), sourceless: [], problems: [], textNumbers: [], volumeCells: {} };
  const volumes: Record<string, unknown> = {};
  const conversion: Record<string, { value: string; source: string }> = {};
  const period: Record<string, string> = {};
  const valueAt = (r: number) => cells.at(r, NC.value.col);
  const quantity = (r: number, key: string): string | null => {
    const v = cells.value(r, NC.value.col);
    const raw = gridValueText(v);
    try {
      if (typeof v === 'number') return normalizeQuantity(v, { field: key });
      const read = normalizeQuantity(raw, { field: key });
      out.textNumbers.push({ at: valueAt(r), raw, read });
      return read;
    } catch {
      out.problems.push({ at: valueAt(r), key, raw });
      return null;
    }
  };
  const volumeKeys = new Set<string>(volumeRows.map((x) => x.key));
  const conversionKeys = new Set<string>(conversionRows.map((x) => x.key));
  for (let r = 1; r <= Math.min(cells.lastRow, 500); r++) {
    const key = cells.text(r, NC.key.col);
    if (!key) continue;
    const [group, name, kind] = key.split('.') as [string, string | undefined, string | undefined];
    if (group === 'volumes' && name !== undefined) {
      if (volumeKeys.has(name)) {
        if (name in out.volumeCells) continue;
        const q = quantity(r, key);
        if (q !== null) {
          volumes[name] = q;
          out.volumeCells[name as keyof NotesRead['volumeCells']] = valueAt(r);
        }
      } else if (name === 'surveyed') {
        const t = cells.text(r, NC.value.col);
        if (foldText(t) === foldText(notesText.surveyedYes)) volumes.surveyed = true;
        else if (foldText(t) === foldText(notesText.surveyedNo)) volumes.surveyed = false;
        else {
          out.problems.push({ at: valueAt(r), key, raw: t });
          volumes.surveyed = false;
        }
      } else if (name === 'note') volumes.note = cells.text(r, NC.value.col);
    } else if (group === 'conversion' && name !== undefined && conversionKeys.has(name)) {
      const q = quantity(r, key);
      const source = cells.text(r, NC.source.col);
      if (!source) out.sourceless.push({ at: cells.at(r, NC.source.col), key });
      if (q !== null) conversion[name] = { value: q, source };
    } else if (group === 'rebase' && name !== undefined) {
      const entry = out.rebase.get(name) ?? { arithmetic: [], notes: [] };
      out.rebase.set(name, entry);
      const t = cells.text(r, NC.label.col).replace(/^-\s*/, '');
      if (kind === 'arithmetic') entry.arithmetic.push(t);
      else if (kind === 'note') entry.notes.push(t);
      else if (kind === 'newBase' || kind === 'oldBase' || kind === 'line') readRebaseInput(cells, r, key, kind, entry, out);
    } else if (group === 'coefficients' && name !== undefined) {
      // "Hệ số … (K.1975); áp dụng cho: NC.CL; phần I" — the id may hold dots, so it is the key after the group.
      const id = key.slice(group.length + 1);
      const label = cells.text(r, NC.label.col);
      const m = new RegExp(`^(.*) \\(${escapeRegExp(id)}\\)(?:; ${escapeRegExp(notesText.coefficientAppliesTo)} (.*))?$`, 'su').exec(label);
      const q = quantity(r, key);
      if (q !== null) (out.coefficients ??= []).push({ id, name: m?.[1] ?? label, value: q, appliesTo: m?.[2] ?? '', source: cells.text(r, NC.source.col) });
    } else if (group === 'workPeriod' && (name === 'from' || name === 'to')) {
      const v = cells.value(r, NC.value.col);
      const iso = v instanceof Date ? gridValueText(v) : parseShortDate(cells.text(r, NC.value.col));
      if (iso === null) out.problems.push({ at: valueAt(r), key, raw: cells.text(r, NC.value.col) });
      else period[name] = iso;
    }
  }
  if (Object.keys(volumes).length) out.volumes = { surveyed: false, note: '', ...volumes } as NotesRead['volumes'];
  if (Object.keys(conversion).length) out.conversion = conversion as NotesRead['conversion'];
  if (period.from !== undefined && period.to !== undefined) out.workPeriod = { from: period.from, to: period.to };
  return out;
}

/**
 * A re-basing input row of Thuyết minh mục 7 (the live formulas' inputs): the new base salary (column C), an old
 * base salary, or per line its labour share (D) and amount (E).
 */
function readRebaseInput(cells: SheetCells, r: number, key: string, kind: string, entry: NotesRead['rebase'] extends Map<string, infer E> ? E : never, out: NotesRead): void {
  const money = (col: number): string | null => {
    const v = cells.value(r, col);
    const raw = typeof v === 'number' ? numberText(v) : gridValueText(v);
    try {
      return normalizeMoney(raw, { field: key });
    } catch {
      out.problems.push({ at: cells.at(r, col), key, raw });
      return null;
    }
  };
  if (kind === 'newBase') {
    const v = money(NC.value.col);
    if (v !== null) entry.basis = { newBase: v, newBaseSource: cells.text(r, NC.source.col), lines: [] };
  } else if (kind === 'oldBase') {
    const v = money(NC.value.col);
    if (v !== null) (entry.oldBases ??= new Map()).set(key.split('.')[3] ?? '', v);
  } else {
    const [, , , lineNo, baseNo] = key.split('.');
    const index = Number(lineNo);
    const oldBase = entry.oldBases?.get(baseNo ?? '');
    const labour = money(NC.unit.col);
    const av = cells.value(r, NC.source.col);
    const at = typeof av === 'number' ? numberText(av) : gridValueText(av);
    const amount = /^-?\d+$/.test(at) ? at : null;
    if (amount === null) out.problems.push({ at: cells.at(r, NC.source.col), key, raw: at });
    if (entry.basis && oldBase !== undefined && Number.isInteger(index) && labour !== null && amount !== null) entry.basis.lines.push({ line: index, labour, oldBase, amount });
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "F12" → 6. */
export function colOf(at: Location): number {
  return 'cell' in at ? (parseCellRef(at.cell)?.col ?? 0) : 0;
}

/** "F12" → 12. */
export function rowOf(at: Location): number {
  return 'cell' in at ? (parseCellRef(at.cell)?.row ?? 0) : 0;
}

/** A cell of the estimate sheet as a location. */
export function cellAt(t: TemplateEvidence, row: number, col: number): Location {
  return { sheet: t.cells.name, cell: cellAddress(row, col) };
}

/** The words options of "_dutoan" (JSON), `invalid` when present but unreadable. */
export function metaWords(t: TemplateEvidence): { options: WordsOptions; invalid: ReadText | null } {
  const raw = t.meta.get(metaKeys.words);
  if (raw === undefined) return { options: {}, invalid: null };
  try {
    const r = wordsOptionsSchema.safeParse(JSON.parse(raw.text));
    if (r.success) return { options: r.data, invalid: null };
  } catch {
    // not JSON
  }
  return { options: {}, invalid: raw };
}

/** The agency kind of "_dutoan", null when absent or unknown. */
export function metaAgencyKind(t: TemplateEvidence): Header['agencyKind'] | null {
  const r = agencyKindSchema.safeParse(t.meta.get(metaKeys.agencyKind)?.text);
  return r.success ? r.data : null;
}

/** The book status a status cell states (the label the template writes, the code, or a MẪU/chính thức/dự thảo text). */
export function bookStatusOf(text: string): BookStatus | null {
  const fs = foldText(text);
  for (const [code, label] of Object.entries(bookStatusLabels) as Array<[BookStatus, string]>) if (fs === foldText(label) || fs === code) return code;
  const parsed = bookStatusSchema.safeParse(text.trim());
  if (parsed.success) return parsed.data;
  if (/^mau( |$)/.test(fs)) return 'sample';
  if (fs.startsWith('chinh thuc')) return 'official';
  if (fs.startsWith('du thao')) return 'draft';
  return null;
}

/** The item codes the template writes in its hidden code column (H, or I with "Hệ số"). */
export const templateCodeRe = /^[A-Z0-9][A-Z0-9.-]*$/;

/** The section's id in the template: its numbering I, II, III (the template numbers sections by id), else the reader's. */
export function templateSectionId(s: SubmittedSection): SectionId | null {
  const label = (s.label ?? '').toUpperCase();
  return label === 'I' || label === 'II' || label === 'III' ? label : s.id;
}

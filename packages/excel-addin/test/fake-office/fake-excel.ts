/**
 * A hand-written fake of the part of the Office.js Excel API the add-in uses (src/office/excel-api.ts).
 *
 * It follows Office.js's proxy model: calls on proxies only queue commands; nothing happens until
 * `context.sync()`, which applies the queue in order; a property read before it was loaded and synced
 * throws like Office.js does. Every sync is recorded (number of commands, estimated request and response
 * payload in bytes, whether calculation was suspended), so tests can assert the sync budget and the 5 MB
 * payload limit of Excel on the web.
 *
 * Excel's input coercion is imitated where it matters for safety: a string written through `values` or
 * `formulas` that starts with "=" becomes a formula, "+"/"-"/"@" followed by non-numeric text also becomes
 * a formula (as when typed), numeric text becomes a number, "TRUE"/"FALSE" become booleans, and a leading
 * apostrophe forces text (the apostrophe is not part of the value). Runs in Node and in the browser.
 */
import { cellAddress, parseRange, quoteSheetName, rectAddress, splitSheet, type Rect } from '../../src/office/a1.ts';
import { cellKey, evaluateFormula, type Value } from './formula.ts';

export interface Borders {
  top?: string;
  bottom?: string;
  left?: string;
  right?: string;
}

export interface FakeCell {
  /** Constant value, or null when the cell is empty or holds a formula. */
  value: Value | null;
  formula: string | null;
  numberFormat: string;
  quotePrefix: boolean;
  bold: boolean;
  italic: boolean;
  underline: string;
  fontName: string;
  fontSize: number;
  fontColor: string;
  fill: string | null;
  hAlign: string;
  vAlign: string;
  wrap: boolean;
  indent: number;
  locked: boolean;
  borders: Borders;
  /** Fill of an always-true conditional format lying over the cell, if any. */
  cfFill: string | null;
}

/** A defined name: a rectangle, or a verbatim reference formula (e.g. a union "=S!$A$1,S!$B$2"). */
export interface FakeName {
  sheet: string;
  rect: Rect;
  formula?: string;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  merges: Rect[];
  /** Column widths in points (Office.js units), by 0-based column. */
  colWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  names: Map<string, FakeName>;
  frozenRows: number;
  pageLayout: Record<string, unknown>;
  hiddenCols: Set<number>;
  validations: Array<{ range: string; rule?: unknown; errorAlert?: unknown; prompt?: unknown }>;
  tabColor: string | null;
  protected: boolean;
  protectionOptions: Record<string, boolean>;
  showGridlines: boolean;
  visibility: string;
}

export interface OpRecord {
  kind: string;
  target: string;
  bytes: number;
}

export interface SyncRecord {
  index: number;
  /** True for the sync Excel.run performs itself when the batch returns with commands still queued. */
  implicit: boolean;
  ops: OpRecord[];
  requestBytes: number;
  responseBytes: number;
  calcSuspended: boolean;
}

export class FakeOfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

const DEFAULT_FONT = { name: 'Calibri', size: 11 };

function newCell(): FakeCell {
  return {
    value: null, formula: null, numberFormat: 'General', quotePrefix: false, bold: false, italic: false, underline: 'None',
    fontName: DEFAULT_FONT.name, fontSize: DEFAULT_FONT.size, fontColor: '#000000', fill: null, hAlign: 'General',
    vAlign: 'Bottom', wrap: false, indent: 0, locked: true, borders: {}, cfFill: null,
  };
}

function newSheet(name: string): FakeSheet {
  return {
    name, cells: new Map(), merges: [], colWidths: new Map(), rowHeights: new Map(), names: new Map(), frozenRows: 0,
    pageLayout: { orientation: 'Portrait', paperSize: 'Letter' }, hiddenCols: new Set(), validations: [], tabColor: null, protected: false, protectionOptions: {}, showGridlines: true, visibility: 'Visible',
  };
}

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;

/** What Excel stores when a script writes `input` into a cell through `values` or `formulas`. */
export function coerceInput(input: unknown): { value: Value | null; formula: string | null; quotePrefix: boolean } | 'skip' {
  if (input === null || input === undefined) return 'skip'; // Office.js: null leaves the cell unchanged
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new FakeOfficeError('InvalidArgument', 'non-finite number');
    return { value: input, formula: null, quotePrefix: false };
  }
  if (typeof input === 'boolean') return { value: input, formula: null, quotePrefix: false };
  if (typeof input !== 'string') throw new FakeOfficeError('InvalidArgument', `unsupported value ${typeof input}`);
  if (input === '') return { value: null, formula: null, quotePrefix: false };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null, quotePrefix: true };
  if (input.startsWith('=') && input.length > 1) return { value: null, formula: input, quotePrefix: false };
  const trimmed = input.trim();
  if (NUMERIC.test(trimmed)) {
    const pct = trimmed.endsWith('%');
    const n = Number(pct ? trimmed.slice(0, -1) : trimmed);
    return { value: pct ? n / 100 : n, formula: null, quotePrefix: false };
  }
  if (/^(true|false)$/i.test(trimmed)) return { value: /^true$/i.test(trimmed), formula: null, quotePrefix: false };
  if (/^[+\-@]/.test(input)) return { value: null, formula: `=${input.replace(/^@/, '')}`, quotePrefix: false };
  return { value: input, formula: null, quotePrefix: false };
}

/** The workbook the fake host holds. */
export class FakeWorkbookState {
  sheets: FakeSheet[] = [newSheet('Sheet1')];
  names = new Map<string, FakeName>();
  activeSheet = 'Sheet1';
  selection: { sheet: string; address: string } | null = null;

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `Trang tính "${name}" đã có.`);
    if (name.length > 31 || /[[\]:*?/\\]/.test(name) || !name.trim()) throw new FakeOfficeError('InvalidArgument', `Tên trang tính không hợp lệ: ${name}`);
    const s = newSheet(name);
    this.sheets.push(s);
    return s;
  }

  cell(sheet: FakeSheet, row: number, col: number, create: true): FakeCell;
  cell(sheet: FakeSheet, row: number, col: number, create?: false): FakeCell | undefined;
  cell(sheet: FakeSheet, row: number, col: number, create = false): FakeCell | undefined {
    const k = cellKey(row, col);
    let c = sheet.cells.get(k);
    if (!c && create) {
      c = newCell();
      sheet.cells.set(k, c);
    }
    return c;
  }

  /** Computed value of a cell: formulas are evaluated (recursively); empty = "". */
  valueOf(sheetName: string, row: number, col: number, seen = new Set<string>()): Value {
    const sheet = this.sheet(sheetName);
    if (!sheet) return '#REF!';
    const c = sheet.cells.get(cellKey(row, col));
    if (!c) return '';
    if (c.formula === null) return c.value ?? '';
    const id = `${sheet.name}!${row},${col}`;
    if (seen.has(id)) return 0; // circular reference: Excel shows 0 and warns
    seen.add(id);
    const v = evaluateFormula(c.formula, sheet.name, (s, r, cc) => this.valueOf(s ?? sheet.name, r, cc, seen));
    seen.delete(id);
    return v;
  }

  usedRect(sheet: FakeSheet): Rect | null {
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    for (const [k, c] of sheet.cells) {
      if (c.value === null && c.formula === null) continue;
      const [r, cc] = k.split(',').map(Number) as [number, number];
      r0 = Math.min(r0, r); c0 = Math.min(c0, cc); r1 = Math.max(r1, r); c1 = Math.max(c1, cc);
    }
    return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  /** Test helper: set a cell as a user typing it would (formula if it starts with "="). */
  setCell(sheetName: string, address: string, input: string | number | boolean): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const rect = parseRange(address);
    const coerced = coerceInput(input);
    if (coerced === 'skip') return;
    const c = this.cell(sheet, rect.row, rect.col, true);
    c.value = coerced.value;
    c.formula = coerced.formula;
    c.quotePrefix = coerced.quotePrefix;
  }

  /** Test helper: plain-data view of one sheet, addresses as keys. */
  snapshot(sheetName: string): SheetSnapshot {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const cells: SheetSnapshot['cells'] = {};
    for (const [k, c] of sheet.cells) {
      const [r, cc] = k.split(',').map(Number) as [number, number];
      cells[cellAddress(r, cc)] = { ...c, borders: { ...c.borders }, computed: this.valueOf(sheet.name, r, cc) };
    }
    return {
      name: sheet.name,
      cells,
      merges: sheet.merges.map(rectAddress),
      colWidths: Object.fromEntries([...sheet.colWidths].map(([c, w]) => [c, w])),
      rowHeights: Object.fromEntries([...sheet.rowHeights].map(([r, h]) => [r, h])),
      names: Object.fromEntries([...sheet.names].map(([n, v]) => [n, v.formula?.replace(/^=/, '') ?? `${quoteSheetName(v.sheet)}!${rectAddress(v.rect)}`])),
      frozenRows: sheet.frozenRows,
      pageLayout: { ...sheet.pageLayout },
      hiddenCols: [...sheet.hiddenCols].sort((a, b) => a - b),
      validations: sheet.validations.map((v) => ({ ...v })),
      tabColor: sheet.tabColor,
      protected: sheet.protected,
      protectionOptions: { ...sheet.protectionOptions },
      showGridlines: sheet.showGridlines,
      visibility: sheet.visibility,
    };
  }

  workbookNames(): Record<string, string> {
    return Object.fromEntries([...this.names].map(([n, v]) => [n, `${quoteSheetName(v.sheet)}!${rectAddress(v.rect)}`]));
  }
}

export interface SheetSnapshot {
  name: string;
  cells: Record<string, FakeCell & { computed: Value }>;
  merges: string[];
  colWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  names: Record<string, string>;
  frozenRows: number;
  pageLayout: Record<string, unknown>;
  hiddenCols: number[];
  validations: Array<{ range: string; rule?: unknown; errorAlert?: unknown; prompt?: unknown }>;
  tabColor: string | null;
  protected: boolean;
  protectionOptions: Record<string, boolean>;
  showGridlines: boolean;
  visibility: string;
}

interface Op extends OpRecord {
  apply(): void;
}

/** "$F$40" / "$A$8:$I$40", as Excel writes name references. */
function absoluteAddress(r: Rect): string {
  const a = (row: number, col: number) => cellAddress(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  return r.rows === 1 && r.cols === 1 ? a(r.row, r.col) : `${a(r.row, r.col)}:${a(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

function parseProps(props?: string | string[]): string[] {
  if (props === undefined) return [];
  const list = Array.isArray(props) ? props : props.split(',');
  return list.map((p) => p.trim()).filter(Boolean);
}

function bytesOf(x: unknown): number {
  const s = JSON.stringify(x) ?? '';
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 2 : 3;
  }
  return n;
}

class Loadable {
  protected loaded = new Map<string, unknown>();
  constructor(protected ctx: FakeContext) {}
  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeOfficeError('PropertyNotLoaded', `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.loaded.get(prop) as T;
  }
}

type Resolved = { sheet: FakeSheet; rect: Rect } | null;

class FakeRange extends Loadable {
  readonly format: FakeRangeFormat;
  readonly dataValidation: { rule: unknown; errorAlert: unknown; prompt: unknown };
  constructor(ctx: FakeContext, readonly describe: string, readonly resolveTarget: () => Resolved, private orNull = false) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, this);
    const self = this;
    const dv = (key: 'rule' | 'errorAlert' | 'prompt') => (v: unknown) =>
      ctx.enqueue(`dataValidation.${key}`, self.describe, bytesOf(v), () => {
        const { sheet, rect } = self.target();
        if (sheet.protected) throw new FakeOfficeError('AccessDenied', 'data validation on a protected sheet');
        const range = rectAddress(rect);
        let entry = sheet.validations.find((x) => x.range === range);
        if (!entry) sheet.validations.push((entry = { range }));
        entry[key] = v;
      });
    this.dataValidation = {
      set rule(v: unknown) { dv('rule')(v); },
      set errorAlert(v: unknown) { dv('errorAlert')(v); },
      set prompt(v: unknown) { dv('prompt')(v); },
      get rule(): unknown { throw new FakeOfficeError('PropertyNotLoaded', 'dataValidation.rule'); },
      get errorAlert(): unknown { throw new FakeOfficeError('PropertyNotLoaded', 'dataValidation.errorAlert'); },
      get prompt(): unknown { throw new FakeOfficeError('PropertyNotLoaded', 'dataValidation.prompt'); },
    };
  }
  readonly conditionalFormats = {
    add: (type: 'Custom') => {
      if (type !== 'Custom') throw new FakeOfficeError('InvalidArgument', 'fake: only Custom conditional formats');
      let formula = '';
      const apply = (color: string) => this.ctx.enqueue('conditionalFormat.fill', this.describe, bytesOf(color), () =>
        this.eachCell((c) => { if (formula.toUpperCase() === '=TRUE') c.cfFill = color; }));
      return {
        custom: {
          rule: { set formula(f: string) { formula = f; }, get formula() { return formula; } },
          format: { fill: { set color(v: string) { apply(v); }, get color(): string { throw new FakeOfficeError('PropertyNotLoaded', 'color'); } } },
        },
      };
    },
    clearAll: () => this.ctx.enqueue('conditionalFormats.clearAll', this.describe, 0, () => this.eachCell((c) => { c.cfFill = null; })),
  };
  set columnHidden(v: boolean) {
    this.ctx.enqueue('columnHidden', this.describe, 8, () => {
      const { sheet, rect } = this.target();
      for (let c = 0; c < rect.cols; c++) {
        if (v) sheet.hiddenCols.add(rect.col + c);
        else sheet.hiddenCols.delete(rect.col + c);
      }
    });
  }
  get columnHidden(): boolean { return this.get('columnHidden'); }
  target(): { sheet: FakeSheet; rect: Rect } {
    const t = this.resolveTarget();
    if (!t) throw new FakeOfficeError('ItemNotFound', `Range ${this.describe} does not exist.`);
    return t;
  }
  get isNullObject(): boolean { return this.get('isNullObject'); }
  get address(): string { return this.get('address'); }
  get values(): Value[][] { return this.get('values'); }
  get formulas(): Value[][] { return this.get('formulas'); }
  get numberFormat(): string[][] { return this.get('numberFormat'); }
  get rowCount(): number { return this.get('rowCount'); }
  get columnCount(): number { return this.get('columnCount'); }
  get rowIndex(): number { return this.get('rowIndex'); }
  get columnIndex(): number { return this.get('columnIndex'); }

  private writeGrid(kind: 'values' | 'formulas', grid: unknown[][]): void {
    this.ctx.enqueue(kind, this.describe, bytesOf(grid), () => {
      const { sheet, rect } = this.target();
      const wb = this.ctx.host.state;
      if (sheet.protected) {
        for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.cols; c++) {
          if (wb.cell(sheet, rect.row + r, rect.col + c)?.locked ?? true) throw new FakeOfficeError('AccessDenied', 'The cell or chart you are trying to change is protected.');
        }
      }
      if (!Array.isArray(grid) || grid.length !== rect.rows || grid.some((r) => !Array.isArray(r) || r.length !== rect.cols)) {
        throw new FakeOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range ${rectAddress(rect)}.`);
      }
      grid.forEach((rowVals, r) =>
        rowVals.forEach((v, c) => {
          const co = coerceInput(v);
          if (co === 'skip') return;
          const cell = wb.cell(sheet, rect.row + r, rect.col + c, true);
          cell.value = co.value;
          cell.formula = co.formula;
          cell.quotePrefix = co.quotePrefix;
        }),
      );
    });
  }
  set values(grid: unknown[][]) { this.writeGrid('values', grid); }
  set formulas(grid: unknown[][]) { this.writeGrid('formulas', grid); }
  set numberFormat(grid: unknown[][]) {
    this.ctx.enqueue('numberFormat', this.describe, bytesOf(grid), () => {
      const { sheet, rect } = this.target();
      if (grid.length !== rect.rows || grid.some((r) => r.length !== rect.cols)) throw new FakeOfficeError('InvalidArgument', 'numberFormat dimensions');
      grid.forEach((row, r) => row.forEach((f, c) => {
        if (f === null) return;
        this.ctx.host.state.cell(sheet, rect.row + r, rect.col + c, true).numberFormat = String(f);
      }));
    });
  }

  load(props?: string | string[]): this {
    const list = parseProps(props);
    this.ctx.enqueue('load', this.describe, 0, () => {
      const t = this.resolveTarget();
      if (!t) {
        if (!this.orNull) throw new FakeOfficeError('ItemNotFound', `Range ${this.describe} does not exist.`);
        this.loaded.set('isNullObject', true);
        return;
      }
      this.loaded.set('isNullObject', false);
      const { sheet, rect } = t;
      const wb = this.ctx.host.state;
      const grid = <T>(f: (r: number, c: number) => T): T[][] =>
        Array.from({ length: rect.rows }, (_, r) => Array.from({ length: rect.cols }, (_, c) => f(rect.row + r, rect.col + c)));
      for (const p of list) {
        let v: unknown;
        switch (p) {
          case 'address': v = `${quoteSheetName(sheet.name)}!${rectAddress(rect)}`; break;
          case 'values': v = grid((r, c) => wb.valueOf(sheet.name, r, c)); break;
          case 'formulas': v = grid((r, c) => { const cell = wb.cell(sheet, r, c); return cell?.formula ?? cell?.value ?? ''; }); break;
          case 'numberFormat': v = grid((r, c) => wb.cell(sheet, r, c)?.numberFormat ?? 'General'); break;
          case 'rowCount': v = rect.rows; break;
          case 'columnCount': v = rect.cols; break;
          case 'rowIndex': v = rect.row; break;
          case 'columnIndex': v = rect.col; break;
          default: throw new FakeOfficeError('InvalidArgument', `fake: cannot load Range.${p}`);
        }
        this.loaded.set(p, v);
        this.ctx.responseBytes += bytesOf(v);
      }
    });
    return this;
  }

  merge(across = false): void {
    this.ctx.enqueue('merge', this.describe, 0, () => {
      const { sheet, rect } = this.target();
      if (across) {
        for (let r = 0; r < rect.rows; r++) sheet.merges.push({ row: rect.row + r, col: rect.col, rows: 1, cols: rect.cols });
      } else sheet.merges.push({ ...rect });
    });
  }

  select(): void {
    this.ctx.enqueue('select', this.describe, 0, () => {
      const { sheet, rect } = this.target();
      this.ctx.host.state.activeSheet = sheet.name;
      this.ctx.host.state.selection = { sheet: sheet.name, address: rectAddress(rect) };
    });
  }

  /** Applies `f` to every cell of the range (creating cells). */
  eachCell(f: (cell: FakeCell, r: number, c: number, rect: Rect) => void): void {
    const { sheet, rect } = this.target();
    if (sheet.protected && !sheet.protectionOptions.allowFormatCells) throw new FakeOfficeError('AccessDenied', 'Formatting cells is not allowed on this protected sheet.');
    for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.cols; c++) f(this.ctx.host.state.cell(sheet, rect.row + r, rect.col + c, true), r, c, rect);
  }
}

function formatSetter<T>(ctx: FakeContext, range: FakeRange, kind: string, apply: (v: T) => void): (v: T) => void {
  return (v: T) => ctx.enqueue(kind, range.describe, bytesOf(v) + kind.length, () => apply(v));
}

class FakeFont {
  constructor(private ctx: FakeContext, private range: FakeRange) {}
  private set<K extends keyof FakeCell>(key: K, label: string) {
    return formatSetter<FakeCell[K]>(this.ctx, this.range, `font.${label}`, (v) => this.range.eachCell((c) => { c[key] = v; }));
  }
  set bold(v: boolean) { this.set('bold', 'bold')(v); }
  set italic(v: boolean) { this.set('italic', 'italic')(v); }
  set underline(v: string) { this.set('underline', 'underline')(v); }
  set name(v: string) { this.set('fontName', 'name')(v); }
  set size(v: number) { this.set('fontSize', 'size')(v); }
  set color(v: string) { this.set('fontColor', 'color')(v); }
}

class FakeFill {
  constructor(private ctx: FakeContext, private range: FakeRange) {}
  set color(v: string) { formatSetter<string>(this.ctx, this.range, 'fill.color', (x) => this.range.eachCell((c) => { c.fill = x; }))(v); }
  clear(): void { this.ctx.enqueue('fill.clear', this.range.describe, 0, () => this.range.eachCell((c) => { c.fill = null; })); }
}

type BorderIndex = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

class FakeBorder {
  constructor(private ctx: FakeContext, private range: FakeRange, private index: BorderIndex) {}
  set style(v: string) {
    this.ctx.enqueue(`border.${this.index}`, this.range.describe, v.length + this.index.length, () =>
      this.range.eachCell((c, r, cc, rect) => {
        const last = { r: rect.rows - 1, c: rect.cols - 1 };
        switch (this.index) {
          case 'EdgeTop': if (r === 0) c.borders.top = v; break;
          case 'EdgeBottom': if (r === last.r) c.borders.bottom = v; break;
          case 'EdgeLeft': if (cc === 0) c.borders.left = v; break;
          case 'EdgeRight': if (cc === last.c) c.borders.right = v; break;
          case 'InsideHorizontal': if (r > 0) c.borders.top = v; if (r < last.r) c.borders.bottom = v; break;
          case 'InsideVertical': if (cc > 0) c.borders.left = v; if (cc < last.c) c.borders.right = v; break;
        }
      }),
    );
  }
  set weight(_v: string) { this.ctx.enqueue(`border.${this.index}.weight`, this.range.describe, 8, () => undefined); }
  set color(_v: string) { this.ctx.enqueue(`border.${this.index}.color`, this.range.describe, 8, () => undefined); }
}

class FakeRangeFormat {
  readonly font: FakeFont;
  readonly fill: FakeFill;
  readonly borders: { getItem(i: BorderIndex): FakeBorder };
  constructor(private ctx: FakeContext, private range: FakeRange) {
    this.font = new FakeFont(ctx, range);
    this.fill = new FakeFill(ctx, range);
    this.borders = { getItem: (i: BorderIndex) => new FakeBorder(ctx, range, i) };
  }
  set horizontalAlignment(v: string) { formatSetter<string>(this.ctx, this.range, 'horizontalAlignment', (x) => this.range.eachCell((c) => { c.hAlign = x; }))(v); }
  set verticalAlignment(v: string) { formatSetter<string>(this.ctx, this.range, 'verticalAlignment', (x) => this.range.eachCell((c) => { c.vAlign = x; }))(v); }
  set wrapText(v: boolean) { formatSetter<boolean>(this.ctx, this.range, 'wrapText', (x) => this.range.eachCell((c) => { c.wrap = x; }))(v); }
  set indentLevel(v: number) { formatSetter<number>(this.ctx, this.range, 'indentLevel', (x) => this.range.eachCell((c) => { c.indent = x; }))(v); }
  readonly protection = (() => {
    const self = this;
    return {
      set locked(v: boolean) { formatSetter<boolean>(self.ctx, self.range, 'protection.locked', (x) => self.range.eachCell((c) => { c.locked = x; }))(v); },
      get locked(): boolean { throw new FakeOfficeError('PropertyNotLoaded', 'protection.locked'); },
    };
  })();
  set columnWidth(v: number) {
    formatSetter<number>(this.ctx, this.range, 'columnWidth', (x) => {
      const { sheet, rect } = this.range.target();
      for (let c = 0; c < rect.cols; c++) sheet.colWidths.set(rect.col + c, x);
    })(v);
  }
  set rowHeight(v: number) {
    formatSetter<number>(this.ctx, this.range, 'rowHeight', (x) => {
      const { sheet, rect } = this.range.target();
      for (let r = 0; r < Math.min(rect.rows, 1_048_576); r++) sheet.rowHeights.set(rect.row + r, x);
    })(v);
  }
}

class FakeNamedItem extends Loadable {
  constructor(ctx: FakeContext, private resolveItem: () => { name: string; sheet: string; rect: Rect } | null, private orNull: boolean, private remove?: () => void) {
    super(ctx);
  }
  delete(): void {
    this.ctx.enqueue('names.delete', 'name', 0, () => {
      if (!this.remove) throw new FakeOfficeError('InvalidOperation', 'cannot delete this name');
      this.remove();
    });
  }
  get name(): string { return this.get('name'); }
  get formula(): string { return this.get('formula'); }
  get isNullObject(): boolean { return this.get('isNullObject'); }
  load(props?: string | string[]): this {
    const list = parseProps(props);
    this.ctx.enqueue('load', 'name', 0, () => {
      const it = this.resolveItem();
      if (!it && !this.orNull) throw new FakeOfficeError('ItemNotFound', 'name not found');
      this.loaded.set('isNullObject', !it);
      if (it && (list.length === 0 || list.includes('name'))) this.loaded.set('name', it.name);
    });
    return this;
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, 'named range', () => {
      const it = this.resolveItem();
      const sheet = it && this.ctx.host.state.sheet(it.sheet);
      return it && sheet ? { sheet, rect: it.rect } : null;
    });
  }
}

class FakeNamedItemCollection extends Loadable {
  constructor(ctx: FakeContext, private store: () => Map<string, FakeName>, private scope: () => string | null) {
    super(ctx);
  }
  get items(): FakeNamedItem[] { return this.get('items'); }
  load(props?: string | string[]): this {
    void props;
    this.ctx.enqueue('load', 'names', 0, () => {
      const items = [...this.store().entries()].map(([name, v]) => {
        const it = new FakeNamedItem(this.ctx, () => ({ name, ...v }), false, () => this.store().delete(name));
        const loaded = (it as unknown as { loaded: Map<string, unknown> }).loaded;
        loaded.set('name', name);
        loaded.set('formula', v.formula ?? `=${quoteSheetName(v.sheet)}!${absoluteAddress(v.rect)}`);
        return it;
      });
      this.loaded.set('items', items);
      this.ctx.responseBytes += bytesOf(items.map((i) => i.name));
    });
    return this;
  }
  add(name: string, reference: FakeRange | string): FakeNamedItem {
    this.ctx.enqueue('names.add', name, bytesOf(name) + (typeof reference === 'string' ? bytesOf(reference) : 16), () => {
      const store = this.store();
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw new FakeOfficeError('InvalidArgument', `Tên không hợp lệ: ${name}`);
      if ([...store.keys()].some((k) => k.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError('ItemAlreadyExists', `Tên ${name} đã có.`);
      let target: FakeName;
      if (typeof reference === 'string') {
        const first = reference.replace(/^=/, '').split(/,(?=(?:[^']*'[^']*')*[^']*$)/)[0]!;
        const { sheet, local } = splitSheet(first);
        const s = sheet ?? this.scope();
        if (!s) throw new FakeOfficeError('InvalidArgument', 'reference without sheet');
        if (reference.length > 8192) throw new FakeOfficeError('InvalidArgument', 'name formula too long');
        target = { sheet: s, rect: parseRange(local), formula: reference.startsWith('=') ? reference : `=${reference}` };
      } else {
        const t = reference.target();
        target = { sheet: t.sheet.name, rect: t.rect };
      }
      store.set(name, target);
    });
    return new FakeNamedItem(this.ctx, () => { const v = this.store().get(name); return v ? { name, ...v } : null; }, false);
  }
}

class FakeWorksheet extends Loadable {
  readonly names: FakeNamedItemCollection;
  readonly pageLayout: Record<string, unknown> & { setPrintArea(a: string): void; setPrintTitleRows(a: string): void };
  readonly protection: { protect(options?: Record<string, boolean>): void; load(p?: string | string[]): unknown; readonly protected: boolean; readonly options: Record<string, boolean> };
  readonly freezePanes: { freezeRows(n?: number): void };
  constructor(ctx: FakeContext, readonly describe: string, readonly resolveSheet: () => FakeSheet | null, private orNull = false) {
    super(ctx);
    this.names = new FakeNamedItemCollection(ctx, () => this.sheetOrThrow().names, () => this.sheetOrThrow().name);
    const self = this;
    const setPl = (key: string) => (v: unknown) => ctx.enqueue(`pageLayout.${key}`, self.describe, bytesOf(v), () => { self.sheetOrThrow().pageLayout[key] = v; });
    const pl: Record<string, unknown> = {
      setPrintArea: (a: string) => setPl('printArea')(a),
      setPrintTitleRows: (a: string) => setPl('printTitleRows')(a),
      headersFooters: { defaultForAllPages: { set centerFooter(v: string) { setPl('centerFooter')(v); } } },
    };
    for (const key of ['orientation', 'paperSize', 'leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin', 'centerHorizontally', 'zoom']) {
      Object.defineProperty(pl, key, {
        set: setPl(key),
        get: () => { throw new FakeOfficeError('PropertyNotLoaded', `pageLayout.${key}`); },
      });
    }
    this.pageLayout = pl as unknown as FakeWorksheet['pageLayout'];
    const prot = {
      loaded: null as null | { protected: boolean; options: Record<string, boolean> },
      load(_props?: string | string[]) {
        ctx.enqueue('load', `${self.describe}.protection`, 0, () => {
          const sh = self.sheetOrThrow();
          prot.loaded = { protected: sh.protected, options: { ...sh.protectionOptions } };
        });
        return prot;
      },
      get protected(): boolean {
        if (!prot.loaded) throw new FakeOfficeError('PropertyNotLoaded', 'protection.protected');
        return prot.loaded.protected;
      },
      get options(): Record<string, boolean> {
        if (!prot.loaded) throw new FakeOfficeError('PropertyNotLoaded', 'protection.options');
        return prot.loaded.options;
      },
      protect: (options?: Record<string, boolean>) => ctx.enqueue('protection.protect', self.describe, bytesOf(options ?? {}), () => {
        const sh = self.sheetOrThrow();
        if (sh.protected) throw new FakeOfficeError('InvalidOperation', 'already protected');
        sh.protected = true;
        sh.protectionOptions = { ...(options ?? {}) };
      }),
    };
    this.protection = prot;
    this.freezePanes = { freezeRows: (n = 1) => ctx.enqueue('freezeRows', this.describe, 4, () => { this.sheetOrThrow().frozenRows = n; }) };
  }
  sheetOrThrow(): FakeSheet {
    const s = this.resolveSheet();
    if (!s) throw new FakeOfficeError('ItemNotFound', `Worksheet ${this.describe} does not exist.`);
    return s;
  }
  get name(): string { return this.get('name'); }
  get isNullObject(): boolean { return this.get('isNullObject'); }
  set tabColor(v: string) { this.ctx.enqueue('tabColor', this.describe, bytesOf(v), () => { this.sheetOrThrow().tabColor = v; }); }
  set visibility(v: string) {
    this.ctx.enqueue('visibility', this.describe, v.length, () => {
      const sh = this.sheetOrThrow();
      if (v !== 'Visible' && this.ctx.host.state.sheets.filter((x) => x.visibility === 'Visible' && x !== sh).length === 0) throw new FakeOfficeError('InvalidOperation', 'a workbook needs one visible sheet');
      if (v !== 'Visible' && this.ctx.host.state.activeSheet === sh.name) throw new FakeOfficeError('InvalidOperation', 'cannot hide the active sheet');
      sh.visibility = v;
    });
  }
  get visibility(): string { return this.get('visibility'); }
  set showGridlines(v: boolean) { this.ctx.enqueue('showGridlines', this.describe, 8, () => { this.sheetOrThrow().showGridlines = v; }); }
  get showGridlines(): boolean { return this.get('showGridlines'); }
  get tabColor(): string { return this.get('tabColor'); }
  load(props?: string | string[]): this {
    const list = parseProps(props);
    this.ctx.enqueue('load', this.describe, 0, () => {
      const s = this.resolveSheet();
      if (!s && !this.orNull) throw new FakeOfficeError('ItemNotFound', `Worksheet ${this.describe} does not exist.`);
      this.loaded.set('isNullObject', !s);
      if (s && (list.length === 0 || list.includes('name'))) this.loaded.set('name', s.name);
    });
    return this;
  }
  activate(): void {
    this.ctx.enqueue('activate', this.describe, 0, () => {
      const sh = this.sheetOrThrow();
      if (sh.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'cannot activate a hidden sheet');
      this.ctx.host.state.activeSheet = sh.name;
    });
  }
  getRange(address = ''): FakeRange {
    return new FakeRange(this.ctx, `${this.describe}!${address}`, () => {
      const sheet = this.sheetOrThrow();
      return { sheet, rect: parseRange(address) };
    });
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, `${this.describe}!<used>`, () => {
      const sheet = this.sheetOrThrow();
      const rect = this.ctx.host.state.usedRect(sheet);
      return rect ? { sheet, rect } : null;
    }, true);
  }
  /** Like Excel: A1 when the sheet is blank. (Only values count here, as with valuesOnly = true.) */
  getUsedRange(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, `${this.describe}!<used>`, () => {
      const sheet = this.sheetOrThrow();
      return { sheet, rect: this.ctx.host.state.usedRect(sheet) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }
}

class FakeWorksheetCollection extends Loadable {
  constructor(ctx: FakeContext) {
    super(ctx);
  }
  get items(): FakeWorksheet[] { return this.get('items'); }
  load(props?: string | string[]): this {
    void props;
    this.ctx.enqueue('load', 'worksheets', 0, () => {
      const items = this.ctx.host.state.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, s.name, () => this.ctx.host.state.sheet(s.name) ?? null);
        (ws as unknown as { loaded: Map<string, unknown> }).loaded.set('name', s.name);
        return ws;
      });
      this.loaded.set('items', items);
      this.ctx.responseBytes += bytesOf(items.map((i) => i.name));
    });
    return this;
  }
  add(name?: string): FakeWorksheet {
    const wanted = name ?? '';
    let created: FakeSheet | null = null;
    this.ctx.enqueue('worksheets.add', wanted, bytesOf(wanted), () => {
      const state = this.ctx.host.state;
      let n = wanted;
      if (!n) { let i = state.sheets.length + 1; while (state.sheet(`Sheet${i}`)) i++; n = `Sheet${i}`; }
      created = state.addSheet(n);
    });
    return new FakeWorksheet(this.ctx, wanted || '<new>', () => created);
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, key, () => this.ctx.host.state.sheet(key) ?? null);
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, key, () => this.ctx.host.state.sheet(key) ?? null, true);
  }
  getActiveWorksheet(): FakeWorksheet {
    let name: string | null = null;
    // Office.js resolves the active sheet when the command runs; later activations don't retarget the proxy
    return new FakeWorksheet(this.ctx, '<active>', () => {
      const state = this.ctx.host.state;
      name ??= state.activeSheet;
      return state.sheet(name) ?? null;
    });
  }
}

export class FakeContext {
  queue: Op[] = [];
  responseBytes = 0;
  private calcSuspended = false;
  readonly workbook: {
    worksheets: FakeWorksheetCollection;
    names: FakeNamedItemCollection;
    application: { suspendApiCalculationUntilNextSync(): void };
  };

  constructor(readonly host: FakeExcelHost) {
    this.workbook = {
      worksheets: new FakeWorksheetCollection(this),
      names: new FakeNamedItemCollection(this, () => host.state.names, () => null),
      application: { suspendApiCalculationUntilNextSync: () => { this.calcSuspended = true; this.enqueue('suspendApiCalculationUntilNextSync', 'application', 0, () => undefined); } },
    };
  }

  enqueue(kind: string, target: string, bytes: number, apply: () => void): void {
    this.queue.push({ kind, target, bytes: bytes + bytesOf(target) + 24, apply });
  }

  async sync(implicit = false): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.responseBytes = 0;
    const record: SyncRecord = {
      index: this.host.syncs.length + 1,
      implicit,
      ops: ops.map(({ kind, target, bytes }) => ({ kind, target, bytes })),
      requestBytes: ops.reduce((s, o) => s + o.bytes, 0),
      responseBytes: 0,
      calcSuspended: this.calcSuspended,
    };
    this.host.syncs.push(record);
    this.calcSuspended = false;
    await Promise.resolve();
    try {
      for (const op of ops) op.apply();
    } finally {
      record.responseBytes = this.responseBytes;
    }
    if (record.requestBytes > this.host.payloadLimit || record.responseBytes > this.host.payloadLimit) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `payload ${Math.max(record.requestBytes, record.responseBytes)} bytes exceeds ${this.host.payloadLimit}`);
    }
    this.host.onSync?.(record);
  }
}

/** The fake host: one workbook, a log of syncs, and `run` with the semantics of `Excel.run`. */
export class FakeExcelHost {
  state = new FakeWorkbookState();
  syncs: SyncRecord[] = [];
  /** Excel on the web rejects requests and responses over 5 MB. */
  payloadLimit = 5 * 1024 * 1024;
  onSync?: (r: SyncRecord) => void;
  /** How the batch sees the context: e.g. through an older Excel's API limit (api-limit.ts). */
  contextView?: (ctx: FakeContext) => FakeContext;

  run = async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this);
    const result = await batch(this.contextView ? this.contextView(ctx) : ctx);
    if (ctx.queue.length) await ctx.sync(true);
    return result;
  };

  /** Number of syncs recorded since `from` (an index into `syncs`). */
  syncsSince(from: number): SyncRecord[] {
    return this.syncs.slice(from);
  }
}

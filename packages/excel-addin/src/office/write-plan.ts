/**
 * Renders RenderPlans into new worksheets through Office.js with a fixed number of round trips:
 *   sync 1 — read the sheet names and defined names (to pick free sheet names and the name scope);
 *   sync 2 — add the sheets and queue everything else: values and formulas as 2-D arrays (one write per
 *            contiguous block), number formats and styles per block of equal formatting, merges, column
 *            widths, names, print setup; calculation suspended until that sync.
 * The count does not depend on the number of lines. Only if the queued request would exceed the per-sync
 * byte budget (default 4 MB, under Excel on the web's 5 MB limit — ≈ 20,000 table lines) is it cut into
 * further syncs, because a request over the limit fails outright.
 */
import { columnLetters, rectAddress, type Rect } from './a1.ts';
import { chunkBlock, groupBlocks, jsonBytes, type Block, type GridCell } from './blocks.ts';
import type { CellScalar, XlRange, XlRangeFormat, XlRequestContext, XlWorksheet } from './excel-api.ts';
import type { RenderCell, RenderPlan, RenderPrint, RenderStyle, RenderValidation } from './render-plan.ts';
import { protectText } from './sanitize.ts';
import { allFeatures, type FeatureCheck } from './requirements.ts';

export interface WriteOptions {
  /** The features of the user's Excel (requirements.ts): print setup, validation… are left out below their set. */
  supports?: FeatureCheck;
  /** Largest JSON payload of one range write (bytes). */
  chunkBytes?: number;
  /** Largest estimated request per sync (bytes). */
  syncBudgetBytes?: number;
}

export interface WriteResult {
  sheetName: string;
  /** Number of context.sync() calls made. */
  syncs: number;
  /** Whether defined names were created at workbook scope (else worksheet scope, because the workbook had them). */
  namesScope: 'workbook' | 'worksheet';
  /** Estimated request bytes per sync. */
  requestBytes: number[];
}

export const DEFAULT_CHUNK_BYTES = 1024 * 1024;
export const DEFAULT_SYNC_BUDGET = 4 * 1024 * 1024;

/** The Office.js input for a plan cell: formulas with "=", text protected against Excel's coercion. */
export function cellInput(c: RenderCell): CellScalar {
  switch (c.kind) {
    case 'formula': {
      const f = c.formula ?? '';
      return f.startsWith('=') ? f : `=${f}`;
    }
    case 'number': {
      const n = typeof c.value === 'number' ? c.value : Number(c.value);
      if (!Number.isFinite(n)) throw new Error(`not a number at ${columnLetters(c.col)}${c.row + 1}: ${String(c.value)}`);
      return n;
    }
    case 'boolean':
      return Boolean(c.value);
    case 'text':
      return protectText(c.value === null ? '' : String(c.value));
  }
}

/** Excel column width in characters (Calibri 11 workbook default: 7 px per digit + 5 px padding) → points. */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** A free sheet name: `base`, then "base (2)", "base (3)"… (case-insensitive, ≤ 31 characters). */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  const clean = base.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim() || 'Dự toán';
  if (!lower.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

type StyleKey = keyof RenderStyle;
const STYLE_KEYS: readonly StyleKey[] = ['bold', 'italic', 'underline', 'fontName', 'fontSize', 'fontColor', 'fill', 'hAlign', 'vAlign', 'wrap', 'numberFormat', 'border', 'indent', 'locked'];

/** Cells grouped by (style property, value) into rectangles — one Office.js format call per rectangle. */
export function styleBlocks(cells: readonly RenderCell[]): Array<{ key: StyleKey; value: unknown; rects: Rect[] }> {
  const groups = new Map<string, { key: StyleKey; value: unknown; cells: GridCell[] }>();
  for (const c of cells) {
    if (!c.style) continue;
    for (const key of STYLE_KEYS) {
      const value = c.style[key];
      // locked: only `false` is written (Excel locks every cell by default); other flags only when true
      if (value === undefined || (key === 'locked' ? value !== false : value === false || value === 0)) continue;
      const id = `${key}\u0000${JSON.stringify(value)}`;
      let g = groups.get(id);
      if (!g) groups.set(id, (g = { key, value, cells: [] }));
      g.cells.push({ row: c.row, col: c.col, input: 0 });
    }
  }
  return [...groups.values()].map((g) => ({ key: g.key, value: g.value, rects: groupBlocks(g.cells).map((b) => b.rect) }));
}

function applyStyle(range: XlRange, key: StyleKey, value: unknown, rect: Rect): number {
  const f = range.format;
  switch (key) {
    case 'bold': f.font.bold = Boolean(value); return 24;
    case 'italic': f.font.italic = Boolean(value); return 24;
    case 'underline': f.font.underline = 'Single'; return 28;
    case 'fontName': f.font.name = String(value); return 40;
    case 'fontSize': f.font.size = Number(value); return 24;
    case 'fontColor': f.font.color = String(value); return 32;
    case 'fill': f.fill.color = String(value); return 32;
    case 'hAlign': f.horizontalAlignment = String(value); return 40;
    case 'vAlign': f.verticalAlignment = String(value); return 40;
    case 'wrap': f.wrapText = Boolean(value); return 24;
    case 'numberFormat': {
      const grid = Array.from({ length: rect.rows }, () => Array.from({ length: rect.cols }, () => String(value)));
      range.numberFormat = grid;
      return jsonBytes(grid);
    }
    case 'indent': return applyIndent(f, Number(value));
    case 'locked': f.protection.locked = Boolean(value); return 32;
    case 'border': {
      for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
        if ((edge === 'InsideHorizontal' && rect.rows === 1) || (edge === 'InsideVertical' && rect.cols === 1)) continue;
        f.borders.getItem(edge).style = 'Continuous';
      }
      return 6 * 48;
    }
  }
}

/** Feature print (ExcelApi 1.9): RangeFormat.indentLevel. */
function applyIndent(f: XlRangeFormat, level: number): number {
  f.indentLevel = level;
  return 28;
}

/** Feature calcSuspend (ExcelApi 1.6). */
function suspendCalculation(ctx: XlRequestContext): void {
  ctx.workbook.application.suspendApiCalculationUntilNextSync();
}

/** Queues the writes of `plan` on `ws` and syncs whenever the byte budget would be exceeded. */
class Batcher {
  bytes = 0;
  syncs = 0;
  readonly perSync: number[] = [];
  constructor(private ctx: XlRequestContext, private budget: number, private supports: FeatureCheck) {}
  begin(): void {
    if (this.supports('calcSuspend')) suspendCalculation(this.ctx);
  }
  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.budget) {
      await this.sync();
      this.begin();
    }
    queue();
    this.bytes += bytes;
  }
  async sync(): Promise<void> {
    await this.ctx.sync();
    this.syncs++;
    this.perSync.push(this.bytes);
    this.bytes = 0;
  }
}

/** Office.js data-validation rule object for a plan rule. */
export function validationRule(v: { type: 'decimal' | 'whole'; operator: 'greaterThanOrEqual' | 'between'; formulae: number[] }): Record<string, unknown> {
  const basic = v.operator === 'between'
    ? { operator: 'Between', formula1: v.formulae[0] ?? 0, formula2: v.formulae[1] ?? 0 }
    : { operator: 'GreaterThanOrEqualTo', formula1: v.formulae[0] ?? 0 };
  return v.type === 'whole' ? { wholeNumber: basic } : { decimal: basic };
}

/**
 * A free suffix for a set of sheets: "" when every name is free, else " (2)", " (3)"… — the same for all, so the
 * companions of "Dự toán (2)" are "Thuyết minh (2)", "Đơn giá (2)" (case-insensitive; ≤ 31 characters).
 */
export function freeSuffix(bases: readonly string[], taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  const fits = (suffix: string) => bases.every((b) => {
    const name = b.slice(0, 31 - suffix.length) + suffix;
    return !lower.has(name.toLowerCase());
  });
  if (fits('')) return '';
  for (let i = 2; ; i++) if (fits(` (${i})`)) return ` (${i})`;
}

/** The sheet name `base` takes with `suffix`. */
export function withSuffix(base: string, suffix: string): string {
  return base.slice(0, 31 - suffix.length) + suffix;
}

export type WriteSetResult = Omit<WriteResult, 'sheetName'> & { sheetNames: string[] };

/** Writes `plan` into a new worksheet of the workbook behind `ctx`. See the module comment for the syncs. */
export async function writePlan(ctx: XlRequestContext, plan: RenderPlan, opts: WriteOptions = {}): Promise<WriteResult> {
  const r = await writePlans(ctx, [plan], opts);
  return { sheetName: r.sheetNames[0]!, syncs: r.syncs, namesScope: r.namesScope, requestBytes: r.requestBytes };
}

/**
 * Writes a set of sheet plans (the standard workbook: "Dự toán", "Thuyết minh", "Đơn giá", hidden "_dutoan") as
 * new sheets in the same round trips as one sheet; the first is activated. When a name is taken, every sheet of the
 * set gets the same suffix; when a defined name is taken, the set's names are scoped to their sheets.
 */
export async function writePlans(ctx: XlRequestContext, plans: readonly RenderPlan[], opts: WriteOptions = {}): Promise<WriteSetResult> {
  const chunkBytes = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const supports = opts.supports ?? allFeatures;
  const wb = ctx.workbook;

  // --- sync 1: what names are taken
  const sheets = wb.worksheets.load('items/name');
  const names = wb.names.load('items/name');
  await ctx.sync();
  const suffix = freeSuffix(plans.map((p) => cleanSheetName(p.sheetName)), sheets.items.map((s) => s.name));
  const sheetNames = plans.map((p) => withSuffix(cleanSheetName(p.sheetName), suffix));
  const takenNames = new Set(names.items.map((n) => n.name.toLowerCase()));
  const namesScope = plans.some((p) => p.names.some((n) => takenNames.has(n.name.toLowerCase()))) ? 'worksheet' : 'workbook';

  // --- sync 2 (and more only past the byte budget): everything else
  const batch = new Batcher(ctx, opts.syncBudgetBytes ?? DEFAULT_SYNC_BUDGET, supports);
  batch.syncs = 1;
  batch.perSync.push(0);
  batch.begin();
  const added: XlWorksheet[] = [];
  for (const [i, plan] of plans.entries()) {
    const ws: XlWorksheet = wb.worksheets.add(sheetNames[i]!);
    added.push(ws);
    await queueSheet(ws, plan);
  }
  await batch.add(64, () => {
    added[0]!.activate();
    added[0]!.getRange('A1').select();
  });
  await batch.sync();
  return { sheetNames, syncs: batch.syncs, namesScope, requestBytes: batch.perSync.slice(1) };

  async function queueSheet(ws: XlWorksheet, plan: RenderPlan): Promise<void> {
    const blocks: Block[] = groupBlocks(plan.cells.map((c) => ({ row: c.row, col: c.col, input: cellInput(c) })));
    for (const block of blocks) {
      for (const piece of chunkBlock(block, chunkBytes)) {
        const address = rectAddress(piece.rect);
        await batch.add(jsonBytes(piece.data) + address.length + 32, () => {
          ws.getRange(address).formulas = piece.data;
        });
      }
    }
    for (const g of styleBlocks(plan.cells)) {
      if (g.key === 'indent' && !supports('print')) continue;
      for (const rect of g.rects) {
        const pieces = g.key === 'numberFormat' ? chunkBlock({ rect, data: Array.from({ length: rect.rows }, () => Array.from({ length: rect.cols }, () => String(g.value))) }, chunkBytes).map((b) => b.rect) : [rect];
        for (const r of pieces) {
          const address = rectAddress(r);
          const cost = g.key === 'numberFormat' ? jsonBytes(String(g.value)) * r.rows * r.cols + r.rows * 2 : 48;
          await batch.add(cost + address.length + 32, () => {
            applyStyle(ws.getRange(address), g.key, g.value, r);
          });
        }
      }
    }
    for (const m of plan.merges) {
      const address = rectAddress(m);
      await batch.add(address.length + 40, () => ws.getRange(address).merge(false));
    }
    for (const w of plan.columnWidths) {
      const letters = columnLetters(w.col);
      await batch.add(96, () => {
        const col = ws.getRange(`${letters}:${letters}`);
        col.format.columnWidth = widthToPoints(w.width);
        if (w.hidden) col.columnHidden = true;
      });
    }
    for (const h of plan.rowHeights) {
      await batch.add(64, () => {
        ws.getRange(`${h.row + 1}:${h.row + 1}`).format.rowHeight = h.height;
      });
    }
    for (const n of plan.names) {
      const address = rectAddress(n.rect);
      await batch.add(n.name.length + address.length + 64, () => {
        (namesScope === 'workbook' ? wb.names : ws.names).add(n.name, ws.getRange(address));
      });
    }
    if (supports('validation')) {
      for (const v of plan.validations ?? []) {
        await batch.add(jsonBytes(v) + 96, () => queueValidation(ws, v));
      }
    }
    await batch.add(512, () => {
      if (supports('freezeAndTab')) queueFreezeAndTab(ws, plan);
      if (plan.print && supports('print')) queuePrint(ws, plan.print);
      // formatting stays allowed so that Kiểm tra can tint the cells it reports
      if (plan.protect) ws.protection.protect({ allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true });
      // as @dutoan/xlsx renders the template: a document, not a grid
      if (supports('validation')) hideGridlines(ws);
      if (plan.hidden) ws.visibility = 'Hidden';
    });
  }
}

/** Feature validation (ExcelApi 1.8): one data-validation rule of the plan. */
function queueValidation(ws: XlWorksheet, v: RenderValidation): void {
  const dv = ws.getRange(rectAddress(v.rect)).dataValidation;
  dv.rule = validationRule(v);
  dv.errorAlert = { message: v.error, showAlert: true, style: 'Stop', title: v.title };
  if (v.prompt) dv.prompt = { message: v.prompt, showPrompt: true, title: v.title };
}

/** Feature validation (ExcelApi 1.8, like Worksheet.showGridlines). */
function hideGridlines(ws: XlWorksheet): void {
  ws.showGridlines = false;
}

/** Feature freezeAndTab (ExcelApi 1.7). */
function queueFreezeAndTab(ws: XlWorksheet, plan: RenderPlan): void {
  if (plan.freezeRows) ws.freezePanes.freezeRows(plan.freezeRows);
  if (plan.tabColor) ws.tabColor = plan.tabColor;
}

/** Feature print (ExcelApi 1.9): the plan's print setup. */
function queuePrint(ws: XlWorksheet, p: RenderPrint): void {
  const pl = ws.pageLayout;
  pl.paperSize = p.paperSize;
  pl.orientation = p.orientation;
  // Office.js page margins are in points; the plan (like .xlsx files) gives inches
  pl.leftMargin = p.margins.left * 72;
  pl.rightMargin = p.margins.right * 72;
  pl.topMargin = p.margins.top * 72;
  pl.bottomMargin = p.margins.bottom * 72;
  pl.headerMargin = p.margins.header * 72;
  pl.footerMargin = p.margins.footer * 72;
  pl.centerHorizontally = p.centerHorizontally;
  if (p.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (p.titleRows) pl.setPrintTitleRows(`$${p.titleRows.from}:$${p.titleRows.to}`);
  if (p.printArea) pl.setPrintArea(p.printArea);
  if (p.centerFooter) pl.headersFooters.defaultForAllPages.centerFooter = p.centerFooter;
}

function cleanSheetName(base: string): string {
  return base.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim() || 'Dự toán';
}

/**
 * A renderer-neutral model of one worksheet, built two independent ways — from the .xlsx bytes @dutoan/xlsx
 * writes (read back with exceljs) and from the fake Excel host after the add-in wrote into it — so a test can
 * say "cell for cell the same" with one deep equality and a readable diff.
 *
 * Merged areas: only the master cell is compared (exceljs repeats the master in every merged cell).
 * Units: column widths in Excel characters (the fake's points converted back by the add-in's own rule, so a
 * rounding difference of the conversion would show), margins in inches.
 */
import ExcelJS from 'exceljs';
import { cellAddress, parseRange, rectAddress } from '../src/office/a1.ts';
import { widthToPoints } from '../src/office/write-plan.ts';
import type { SheetSnapshot } from './fake-office/fake-excel.ts';

export interface CellModel {
  value: string | number | boolean | null;
  formula: string | null;
  numFmt: string;
  font: { name: string; size: number; bold: boolean; italic: boolean; underline: boolean; color: string };
  align: { h: string; v: string; wrap: boolean; indent: number };
  border: { top: boolean; bottom: boolean; left: boolean; right: boolean };
  fill: string | null;
  locked: boolean;
}

export interface SheetModel {
  cells: Record<string, CellModel>;
  merges: string[];
  columns: Record<number, { width: number; hidden: boolean }>;
  rowHeights: Record<number, number>;
  names: Record<string, string>;
  validations: Record<string, { type: string; operator: string; formulae: number[]; title: string; error: string; prompt: string | null }>;
  frozenRows: number;
  protected: boolean;
  /** What stays allowed on the protected sheet. */
  protectionAllows: string[];
  gridlines: boolean;
  print: { orientation: string; margins: Record<string, number>; centered: boolean; area: string; titleRows: string | null; footer: string | null; fitToWidth: boolean };
  tabColor: string | null;
  /** 'visible' | 'hidden'. */
  state: string;
}

/** An empty cell with Excel's default look carries nothing to compare (exceljs lists such cells in used rows). */
const DEFAULT_EMPTY = JSON.stringify({
  value: null, formula: null, numFmt: 'General',
  font: { name: 'Calibri', size: 11, bold: false, italic: false, underline: false, color: '#000000' },
  align: { h: 'general', v: 'bottom', wrap: false, indent: 0 },
  border: { top: false, bottom: false, left: false, right: false }, fill: null, locked: true,
});
function dropDefaults(cells: Record<string, CellModel>): Record<string, CellModel> {
  return Object.fromEntries(Object.entries(cells).filter(([, c]) => JSON.stringify(c) !== DEFAULT_EMPTY));
}

const hex = (argb: string | undefined) => (argb ? `#${argb.slice(-6).toUpperCase()}` : null);
const slaves = (merges: string[]) => {
  const out = new Set<string>();
  for (const m of merges) {
    const r = parseRange(m);
    for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) if (i || j) out.add(cellAddress(r.row + i, r.col + j));
  }
  return out;
};

/** The sheet names of an .xlsx file, in order. */
export async function xlsxSheetNames(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb.worksheets.map((w) => w.name);
}

export async function modelFromXlsx(bytes: Uint8Array, sheetName: string): Promise<SheetModel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const ws = wb.getWorksheet(sheetName);
  if (!ws) throw new Error(`no sheet ${sheetName}`);
  const merges: string[] = [...((ws as unknown as { model: { merges: string[] } }).model.merges ?? [])].sort();
  const skip = slaves(merges);
  const cells: Record<string, CellModel> = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (skip.has(cell.address)) return;
      const v = cell.value as ExcelJS.CellValue;
      let value: CellModel['value'] = null;
      let formula: string | null = null;
      if (v && typeof v === 'object' && 'formula' in v) {
        formula = v.formula ?? null;
        // exceljs 4.4 reads a cached <v>0</v> back as an undefined result (the file does hold the 0)
        value = (v.result as number | string | undefined) ?? 0;
      } else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') value = v;
      const s = cell.style;
      const fill = s.fill && s.fill.type === 'pattern' && s.fill.pattern === 'solid' ? hex((s.fill.fgColor as { argb?: string } | undefined)?.argb) : null;
      cells[cell.address] = {
        value,
        formula,
        numFmt: cell.numFmt || 'General',
        font: {
          name: s.font?.name ?? 'Calibri',
          size: s.font?.size ?? 11,
          bold: Boolean(s.font?.bold),
          italic: Boolean(s.font?.italic),
          underline: Boolean(s.font?.underline),
          color: hex(s.font?.color?.argb) ?? '#000000',
        },
        align: {
          h: s.alignment?.horizontal ?? 'general',
          v: s.alignment?.vertical ?? 'bottom',
          wrap: Boolean(s.alignment?.wrapText),
          indent: s.alignment?.indent ?? 0,
        },
        border: {
          top: s.border?.top?.style === 'thin',
          bottom: s.border?.bottom?.style === 'thin',
          left: s.border?.left?.style === 'thin',
          right: s.border?.right?.style === 'thin',
        },
        fill,
        locked: s.protection?.locked !== false,
      };
    });
  });
  const columns: SheetModel['columns'] = {};
  // defined columns may reach past the last column with a value (a hidden helper column left empty)
  for (let c = 1; c <= Math.max(ws.columnCount, ws.columns?.length ?? 0); c++) {
    const col = ws.getColumn(c);
    if (col.width !== undefined) columns[c] = { width: col.width, hidden: Boolean(col.hidden) };
  }
  const rowHeights: Record<number, number> = {};
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    if (row.height !== undefined && row.height !== null) rowHeights[n] = row.height;
  });
  const names: Record<string, string> = {};
  for (const n of (wb as unknown as { definedNames: { model: Array<{ name: string; ranges: string[] }> } }).definedNames.model) {
    for (const r of n.ranges) if (r.startsWith(`'${sheetName}'!`) || r.startsWith(`${sheetName}!`)) names[n.name] = r.slice(r.indexOf('!') + 1);
  }
  const validations: SheetModel['validations'] = {};
  const dv = (ws as unknown as { dataValidations: { model: Record<string, Record<string, unknown>> } }).dataValidations.model;
  for (const [range, rule] of Object.entries(dv)) {
    validations[range] = {
      type: String(rule.type),
      operator: String(rule.operator),
      formulae: (rule.formulae as number[]).map(Number),
      title: String(rule.errorTitle ?? ''),
      error: String(rule.error ?? ''),
      prompt: (rule.prompt as string | undefined) ?? null,
    };
  }
  const ps = ws.pageSetup;
  const view = ws.views[0] as { state?: string; ySplit?: number } | undefined;
  const prot = (ws as unknown as { sheetProtection?: Record<string, boolean> }).sheetProtection;
  const allows = ['formatCells', 'formatColumns', 'formatRows', 'insertColumns', 'insertRows', 'deleteColumns', 'deleteRows', 'sort', 'autoFilter'].filter((k) => prot?.[k] === true);
  return {
    cells: dropDefaults(cells),
    merges,
    columns,
    rowHeights,
    names,
    validations,
    frozenRows: view?.state === 'frozen' ? view.ySplit ?? 0 : 0,
    protected: Boolean(prot?.sheet),
    protectionAllows: allows,
    gridlines: (ws.views[0] as { showGridLines?: boolean } | undefined)?.showGridLines !== false,
    print: {
      orientation: ps.orientation ?? 'portrait',
      margins: { ...(ps.margins as unknown as Record<string, number>) },
      centered: Boolean(ps.horizontalCentered),
      area: ps.printArea ?? '',
      titleRows: ps.printTitlesRow ?? null,
      footer: ws.headerFooter?.oddFooter ?? null,
      fitToWidth: ps.fitToPage === true && ps.fitToWidth === 1 && ps.fitToHeight === 0,
    },
    tabColor: hex((ws.properties.tabColor as { argb?: string } | undefined)?.argb),
    state: ws.state ?? 'visible',
  };
}

/** Inverse of the add-in's widthToPoints on the values it can produce (exact to 1/100 character). */
function pointsToWidth(points: number): number {
  for (let w = 0; w <= 255; w = Math.round((w + 0.01) * 100) / 100) if (widthToPoints(w) === points) return w;
  return Number.NaN;
}

const H = { Left: 'left', Center: 'center', Right: 'right', General: 'general', Justify: 'justify' } as Record<string, string>;
const V = { Top: 'top', Center: 'middle', Bottom: 'bottom', Justify: 'justify' } as Record<string, string>;

export function modelFromFake(snap: SheetSnapshot, workbookNames: Record<string, string>): SheetModel {
  const merges = [...snap.merges].sort();
  const skip = slaves(merges);
  const cells: Record<string, CellModel> = {};
  for (const [addr, c] of Object.entries(snap.cells)) {
    if (skip.has(addr)) continue;
    cells[addr] = {
      value: c.formula !== null ? c.computed : c.value,
      formula: c.formula !== null ? c.formula.replace(/^=/, '') : null,
      numFmt: c.numberFormat,
      font: { name: c.fontName, size: c.fontSize, bold: c.bold, italic: c.italic, underline: c.underline !== 'None', color: c.fontColor.toUpperCase() },
      align: { h: H[c.hAlign] ?? c.hAlign, v: V[c.vAlign] ?? c.vAlign, wrap: c.wrap, indent: c.indent },
      border: { top: c.borders.top === 'Continuous', bottom: c.borders.bottom === 'Continuous', left: c.borders.left === 'Continuous', right: c.borders.right === 'Continuous' },
      fill: c.fill,
      locked: c.locked,
    };
  }
  const columns: SheetModel['columns'] = {};
  for (const [c, pts] of Object.entries(snap.colWidths)) columns[Number(c) + 1] = { width: pointsToWidth(pts), hidden: snap.hiddenCols.includes(Number(c)) };
  const rowHeights: Record<number, number> = {};
  for (const [r, h] of Object.entries(snap.rowHeights)) rowHeights[Number(r) + 1] = h;
  const names: Record<string, string> = {};
  const prefix = `'${snap.name}'!`;
  for (const [n, ref] of Object.entries({ ...workbookNames, ...snap.names })) {
    if (!ref.startsWith(prefix)) continue;
    const r = parseRange(ref.slice(prefix.length));
    names[n] = rectAddress(r).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  }
  const validations: SheetModel['validations'] = {};
  // exceljs lists validations cell by cell; so do we
  const cellsOf = (range: string) => {
    const r = parseRange(range);
    const out: string[] = [];
    for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) out.push(cellAddress(r.row + i, r.col + j));
    return out;
  };
  for (const v of snap.validations) {
    const rule = v.rule as Record<string, { operator: string; formula1: number; formula2?: number }>;
    const [type, basic] = Object.entries(rule)[0]!;
    const alert = v.errorAlert as { title: string; message: string };
    const prompt = v.prompt as { message: string } | undefined;
    for (const cell of cellsOf(v.range)) validations[cell] = {
      type: type === 'wholeNumber' ? 'whole' : type,
      operator: basic.operator === 'Between' ? 'between' : basic.operator === 'GreaterThanOrEqualTo' ? 'greaterThanOrEqual' : basic.operator,
      formulae: basic.formula2 !== undefined ? [basic.formula1, basic.formula2] : [basic.formula1],
      title: alert.title,
      error: alert.message,
      prompt: prompt?.message ?? null,
    };
  }
  const pl = snap.pageLayout as Record<string, unknown>;
  const inch = (k: string) => Math.round((Number(pl[k]) / 72) * 10000) / 10000;
  const zoom = pl.zoom as { horizontalFitToPages?: number; verticalFitToPages?: number } | undefined;
  return {
    cells: dropDefaults(cells),
    merges,
    columns,
    rowHeights,
    names,
    validations,
    frozenRows: snap.frozenRows,
    protected: snap.protected,
    protectionAllows: Object.entries(snap.protectionOptions)
      .filter(([, v]) => v)
      .map(([k]) => k.replace(/^allow(.)/, (_, c: string) => c.toLowerCase()))
      .sort((a, b) => ['formatCells', 'formatColumns', 'formatRows', 'insertColumns', 'insertRows', 'deleteColumns', 'deleteRows', 'sort', 'autoFilter'].indexOf(a) - ['formatCells', 'formatColumns', 'formatRows', 'insertColumns', 'insertRows', 'deleteColumns', 'deleteRows', 'sort', 'autoFilter'].indexOf(b)),
    gridlines: snap.showGridlines,
    print: {
      orientation: String(pl.orientation).toLowerCase(),
      margins: { left: inch('leftMargin'), right: inch('rightMargin'), top: inch('topMargin'), bottom: inch('bottomMargin'), header: inch('headerMargin'), footer: inch('footerMargin') },
      centered: Boolean(pl.centerHorizontally),
      area: String(pl.printArea ?? ''),
      titleRows: typeof pl.printTitleRows === 'string' ? pl.printTitleRows.replace(/\$/g, '') : null,
      footer: typeof pl.centerFooter === 'string' ? `&C${pl.centerFooter}` : null,
      fitToWidth: zoom?.horizontalFitToPages === 1 && zoom.verticalFitToPages === 0,
    },
    tabColor: snap.tabColor,
    state: snap.visibility.toLowerCase(),
  };
}

import ExcelJS from 'exceljs';
import {
  styleTable,
  validationTable,
  type CellStyle,
  type SheetPlan,
  type StyleKey,
  type WorkbookPlan,
} from '@dutoan/core/layout';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const thin = { style: 'thin' as const };

/** A named style of the plan as an exceljs style object. */
function toExcelStyle(s: CellStyle, locked: boolean): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = { name: s.font.name, size: s.font.size };
  if (s.font.bold) font.bold = true;
  if (s.font.italic) font.italic = true;
  if (s.font.underline) font.underline = true;
  if (s.font.color) font.color = { argb: argb(s.font.color) };
  const style: Partial<ExcelJS.Style> = { font, protection: { locked } };
  if (s.numFmt) style.numFmt = s.numFmt;
  if (s.align) {
    const a: Partial<ExcelJS.Alignment> = {};
    if (s.align.h) a.horizontal = s.align.h;
    if (s.align.v) a.vertical = s.align.v;
    if (s.align.wrap) a.wrapText = true;
    if (s.align.indent) a.indent = s.align.indent;
    style.alignment = a;
  }
  if (s.border) style.border = { top: thin, left: thin, bottom: thin, right: thin };
  if (s.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  return style;
}

/** One exceljs style object per (style key, locked) pair, shared by every cell that uses it. */
class StyleCache {
  private readonly cache = new Map<string, Partial<ExcelJS.Style>>();
  get(key: StyleKey, input: boolean): Partial<ExcelJS.Style> {
    const k = input ? `${key}|u` : key;
    let s = this.cache.get(k);
    if (!s) {
      s = toExcelStyle(styleTable[key], !input);
      this.cache.set(k, s);
    }
    return s;
  }
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** exceljs has `dataValidations` at run time but not in its type declarations. */
interface WithValidations {
  dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void };
}

async function renderSheet(wb: ExcelJS.Workbook, plan: SheetPlan, styles: StyleCache): Promise<void> {
  const options: Partial<ExcelJS.AddWorksheetOptions> = {
    views: [
      plan.frozenRows > 0
        ? { state: 'frozen', xSplit: 0, ySplit: plan.frozenRows, topLeftCell: `A${plan.frozenRows + 1}`, showGridLines: false, zoomScale: 100 }
        : { state: 'normal', showGridLines: false },
    ],
    pageSetup: {
      paperSize: 9, // A4
      orientation: plan.print.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: plan.print.horizontalCentered,
      margins: plan.print.margins,
      printArea: `A1:${plan.print.printAreaLastCol}${Math.max(1, plan.lastRow)}`,
      ...(plan.print.repeatRows ? { printTitlesRow: `${plan.print.repeatRows.from}:${plan.print.repeatRows.to}` } : {}),
    },
    ...(plan.print.footer ? { headerFooter: { oddFooter: plan.print.footer, evenFooter: plan.print.footer } } : {}),
    ...(plan.tabColor ? { properties: { tabColor: { argb: argb(plan.tabColor) } } } : {}),
    state: plan.state,
  };
  const ws = wb.addWorksheet(plan.name, options);
  for (const c of plan.columns) {
    const col = ws.getColumn(c.col);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  }
  for (const h of plan.rowHeights) ws.getRow(h.row).height = h.height;

  let rowNo = 0;
  let row: ExcelJS.Row | undefined;
  for (const c of plan.cells) {
    if (c.row !== rowNo || !row) {
      rowNo = c.row;
      row = ws.getRow(rowNo);
    }
    const cell = row.getCell(c.col);
    if (c.kind === 'text') {
      // A string is always written as a string: exceljs never turns it into a formula.
      if (c.value !== '') cell.value = c.value;
    } else if (c.kind === 'number') {
      cell.value = Number(c.value);
    } else {
      cell.value = { formula: c.formula!, result: Number(c.value) } as ExcelJS.CellFormulaValue;
    }
    cell.style = styles.get(c.style, c.input === true);
  }
  for (const m of plan.merges) ws.mergeCells(m);
  for (const v of plan.validations) {
    const rule = validationTable[v.rule];
    (ws as unknown as WithValidations).dataValidations.add(v.range, {
      type: rule.type,
      operator: rule.operator,
      allowBlank: true,
      formulae: rule.formulae,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: rule.title,
      error: rule.error,
      ...(rule.prompt ? { showInputMessage: true, promptTitle: rule.title, prompt: rule.prompt } : {}),
    });
  }
  if (plan.protect) {
    // No password: protection guards formulas against slips, it is not security. Formatting stays allowed.
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatCells: true, formatColumns: true, formatRows: true });
  }
}

/** Render a workbook plan with exceljs. Every cell, merge, width, name and print setting comes from the plan. */
export async function renderWorkbookPlan(plan: WorkbookPlan): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = plan.properties.creator;
  wb.lastModifiedBy = plan.properties.creator;
  wb.title = plan.properties.title;
  wb.subject = plan.properties.subject;
  wb.keywords = plan.properties.keywords;
  const fixed = new Date(Date.UTC(2000, 0, 1));
  wb.created = fixed;
  wb.modified = fixed;
  const styles = new StyleCache();
  for (const s of plan.sheets) await renderSheet(wb, s, styles);
  for (const n of plan.names) wb.definedNames.add(`${quoteSheet(n.sheet)}!${n.ref}`, n.name);
  // The active tab is the estimate.
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  return wb;
}

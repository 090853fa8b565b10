import ExcelJS from 'exceljs';
import type { ProgressWorkbookPlan } from '@dutoan/core/progress';
import { renderWorkbookPlan } from '../render-plan.ts';
import { burnUpSvg, svgToPng } from './chart.ts';

/** exceljs has `dataValidations` at run time but not in its type declarations. */
interface WithValidations {
  dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void };
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const serialDate = (n: number) => new Date(EXCEL_EPOCH + n * 86_400_000);

/** A progress workbook rendered: its bytes and each chart's SVG. */
export interface RenderedProgressWorkbook {
  bytes: Uint8Array;
  /** Each chart's SVG, in the plan's order (for the web page, or files beside the workbook). */
  svgs: string[];
}

/**
 * Turns chart i's SVG into PNG bytes. Default: resvg (Node). The web page, where resvg's binary cannot run, draws
 * the SVGs in the browser first and passes them in (same charts: the plan is computed the same way twice).
 */
export type ChartPng = (svg: string, index: number) => Uint8Array;

/**
 * Draw a progress workbook plan with exceljs: the cell plan by the estimate workbook's renderer, then the plan's
 * validations and its charts (ECharts SVG → PNG, embedded at their cells).
 */
export async function renderProgressPlan(plan: ProgressWorkbookPlan, opts: { chartPng?: ChartPng } = {}): Promise<RenderedProgressWorkbook> {
  const toPng = opts.chartPng ?? svgToPng;
  const wb = await renderWorkbookPlan(plan.workbook);
  for (const v of plan.validations) {
    const ws = wb.getWorksheet(v.sheet);
    if (!ws) continue;
    (ws as unknown as WithValidations).dataValidations.add(v.range, {
      type: v.type,
      ...(v.operator ? { operator: v.operator } : {}),
      allowBlank: true,
      formulae: v.type === 'date' ? v.formulae.map((f) => serialDate(Number(f))) : v.formulae,
      showErrorMessage: true,
      errorStyle: v.errorStyle,
      errorTitle: v.title,
      error: v.error,
      ...(v.prompt ? { showInputMessage: true, promptTitle: v.title, prompt: v.prompt } : {}),
    } as ExcelJS.DataValidation);
  }
  const svgs: string[] = [];
  for (const c of plan.charts) {
    const ws = wb.getWorksheet(c.sheet);
    if (!ws) continue;
    const svg = burnUpSvg(c.chart, { width: c.width, height: c.height });
    svgs.push(svg);
    const png = toPng(svg, svgs.length - 1);
    // exceljs's browser build takes the bytes as they are (there is no Buffer in a browser).
    const buffer = typeof Buffer === 'undefined' ? png : Buffer.from(png);
    const id = wb.addImage({ buffer: buffer as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(id, { tl: { col: c.col - 1, row: c.row - 1 }, ext: { width: c.width, height: c.height }, editAs: 'oneCell' });
  }
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), svgs };
}

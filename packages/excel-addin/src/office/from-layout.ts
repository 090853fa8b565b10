/**
 * Core's sheet-layout plan of the standard workbook (planEstimateWorkbook / planEstimateSheet — the very plan
 * @dutoan/xlsx renders with exceljs) translated into the adapter's RenderPlans. A mechanical mapping, no decisions: 1-based → 0-based,
 * style keys → style properties, inches stay inches (the writer converts), names on this sheet only.
 */
import type { Estimate, PriceBook } from '@dutoan/core/estimate';
import {
  planEstimateSheet,
  planEstimateWorkbook,
  styleTable,
  validationTable,
  type PlanName,
  type SheetPlan,
  type StyleKey,
} from '@dutoan/core/layout';
import { parseRange, splitSheet } from './a1.ts';
import type { RenderPlan, RenderStyle } from './render-plan.ts';

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

const styleCache = new Map<StyleKey, RenderStyle>();

/** The RenderStyle of a named style of core's style table. */
export function renderStyle(key: StyleKey): RenderStyle {
  let s = styleCache.get(key);
  if (s) return s;
  const st: (typeof styleTable)[StyleKey] = styleTable[key];
  const font = st.font as { name: string; size: number; bold?: boolean; italic?: boolean; underline?: boolean; color?: string };
  const align = ('align' in st ? st.align : undefined) as { h?: keyof typeof H_ALIGN; v?: keyof typeof V_ALIGN; wrap?: boolean; indent?: number } | undefined;
  s = {
    fontName: font.name,
    fontSize: font.size,
    ...(font.bold ? { bold: true } : {}),
    ...(font.italic ? { italic: true } : {}),
    ...(font.underline ? { underline: true } : {}),
    ...(font.color ? { fontColor: font.color } : {}),
    ...('numFmt' in st && st.numFmt ? { numberFormat: st.numFmt } : {}),
    ...(align?.h ? { hAlign: H_ALIGN[align.h] } : {}),
    ...(align?.v ? { vAlign: V_ALIGN[align.v] } : {}),
    ...(align?.wrap ? { wrap: true } : {}),
    ...(align?.indent ? { indent: align.indent } : {}),
    ...('border' in st && st.border ? { border: true } : {}),
    ...('fill' in st && st.fill ? { fill: st.fill } : {}),
  };
  styleCache.set(key, s);
  return s;
}

/** "&C&"Times New Roman,Italic"&10Trang &P/&N" → the centre section's codes for Office.js centerFooter. */
function centreSection(footer: string | undefined): string | undefined {
  if (!footer) return undefined;
  const m = /&C(.*?)(?=&[LR](?![a-z])|$)/s.exec(footer);
  return m ? m[1] : footer;
}

export function renderPlanFromSheet(sheet: SheetPlan, names: readonly PlanName[]): RenderPlan {
  return {
    sheetName: sheet.name,
    cells: sheet.cells.map((c) => {
      const base = renderStyle(c.style);
      const style = c.input ? { ...base, locked: false } : base;
      return c.kind === 'formula'
        ? { row: c.row - 1, col: c.col - 1, kind: 'formula' as const, value: c.value, formula: c.formula ?? '', style }
        : { row: c.row - 1, col: c.col - 1, kind: c.kind, value: c.value, style };
    }),
    merges: sheet.merges.map((m) => parseRange(m)),
    columnWidths: sheet.columns.map((c) => ({ col: c.col - 1, width: c.width, ...(c.hidden ? { hidden: true } : {}) })),
    rowHeights: sheet.rowHeights.map((h) => ({ row: h.row - 1, height: h.height })),
    names: names
      .filter((n) => n.sheet === sheet.name)
      .map((n) => ({ name: n.name, rect: parseRange(splitSheet(n.ref).local) })),
    freezeRows: sheet.frozenRows,
    validations: sheet.validations.map((v) => {
      const rule = validationTable[v.rule];
      return {
        rect: parseRange(v.range),
        type: rule.type,
        operator: rule.operator,
        formulae: [...rule.formulae],
        title: rule.title,
        error: rule.error,
        ...(rule.prompt ? { prompt: rule.prompt } : {}),
      };
    }),
    print: {
      paperSize: sheet.print.paper,
      orientation: sheet.print.orientation === 'landscape' ? 'Landscape' : 'Portrait',
      fitToWidth: sheet.print.fitToWidth,
      margins: { ...sheet.print.margins },
      centerHorizontally: sheet.print.horizontalCentered,
      ...(sheet.print.repeatRows ? { titleRows: { ...sheet.print.repeatRows } } : {}),
      ...(centreSection(sheet.print.footer) ? { centerFooter: centreSection(sheet.print.footer)! } : {}),
      printArea: `A1:${sheet.print.printAreaLastCol}${sheet.lastRow}`,
    },
    protect: sheet.protect,
    ...(sheet.tabColor ? { tabColor: sheet.tabColor } : {}),
    ...(sheet.state === 'hidden' ? { hidden: true } : {}),
  };
}

/**
 * The RenderPlans of the whole standard workbook for `estimate` — "Dự toán" first, then "Thuyết minh", "Đơn giá"
 * and the hidden "_dutoan" — exactly the sheets @dutoan/xlsx writes (the book gives the "Đơn giá" sheet its item
 * names, bases and provenance).
 */
export function renderPlansForWorkbook(estimate: Estimate, book?: PriceBook): RenderPlan[] {
  const plan = planEstimateWorkbook(estimate, book ? { book } : {});
  return plan.sheets.map((s) => renderPlanFromSheet(s, plan.names));
}

/** The RenderPlan of the standard "Dự toán" sheet for `estimate`. */
export function renderPlanForEstimate(estimate: Estimate): RenderPlan {
  const { sheet, names } = planEstimateSheet(estimate);
  return renderPlanFromSheet(sheet, names);
}

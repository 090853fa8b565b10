import type { WorkbookPlan } from '../../layout/types.ts';
import type { BurnUpChart } from '../burn-up.ts';

/** A data-validation rule of a progress workbook (kiểm tra dữ liệu nhập), over a range of one sheet. */
export interface ProgressValidation {
  sheet: string;
  range: string;
  type: 'whole' | 'decimal' | 'date' | 'list';
  operator?: 'greaterThanOrEqual' | 'between';
  /** Constants; Excel date serials for `date`; a range formula for `list`. */
  formulae: Array<number | string>;
  /** `warning` lets the user keep a value after the warning (a department not on the list). */
  errorStyle: 'stop' | 'warning';
  title: string;
  error: string;
  prompt?: string;
}

/** Where a chart picture goes: the top-left cell (1-based) and its size in pixels. */
export interface ChartPlacement {
  sheet: string;
  row: number;
  col: number;
  width: number;
  height: number;
  chart: BurnUpChart;
}

/** A progress workbook as a plan (the estimate workbook's cell plan, plus validations and charts). */
export interface ProgressWorkbookPlan {
  workbook: WorkbookPlan;
  validations: ProgressValidation[];
  charts: ChartPlacement[];
}

const DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** An ISO date → Excel 1900-system serial (integer; dates after 1900-03-01). */
export function excelSerial(iso: string): number {
  return (Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) - EXCEL_EPOCH) / DAY;
}

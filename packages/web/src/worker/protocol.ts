/**
 * What the page asks its Web Worker (luồng xử lý nền) and what it answers: plain, structured-cloneable data
 * only. Every heavy step — bytes → grid → audit, and every workbook written with exceljs — runs in the worker,
 * so the page never freezes. Each operation is one call into @dutoan/core or @dutoan/xlsx (see operations.ts).
 */
import type {
  Appraisal,
  AuditOptions,
  ProgressFinding,
  ProgressPlan,
  ProvincePoint,
  WorkCalendar,
  EstimateInputJson,
  Finding,
  GridValue,
  PriceBook,
  SubmissionSummary,
} from '@dutoan/core';
import type { ConsolidationEntry, ConsolidationMeta, ReportMeta, UnreadableEntry } from '@dutoan/xlsx';

/** A refusal as plain data: the code, the whole Vietnamese text, and the places (sheet!cell or field path). */
export interface WorkerError {
  code: string;
  message: string;
  issues: Array<{ path: string; message: string }>;
}

/** Requested / appraised / difference of a submission's final amount, in đồng (`appraiseSubmission(...).final`). */
export interface AppraisedAmount {
  requested: string | null;
  appraised: string;
  /** appraised − requested; null when requested is null. */
  difference: string | null;
}

/** One audited submission: the same figures `dutoan audit` prints for it. */
export interface AuditedFile {
  summary: SubmissionSummary;
  findings: Finding[];
  /** The final amount's figures; null without a price book to appraise against. */
  appraisal: AppraisedAmount | null;
  /** The whole appraisal (thẩm định) as `dutoan audit` makes it — for the consolidation's "Thẩm định" sheet. */
  appraisalDetail: Appraisal | null;
}

/** One sheet of a workbook as shown in the preview (values only, capped). */
export interface SheetPreview {
  /** Every sheet of the workbook, in order (hidden ones included, marked). */
  sheets: Array<{ name: string; hidden: boolean }>;
  name: string;
  /** 1-based sheet row and column of values[0][0]. */
  origin: { row: number; col: number };
  values: GridValue[][];
  /** Rows or columns left out because the sheet is larger than the preview. */
  truncated: boolean;
}

export interface PriceSheetResult {
  book: PriceBook;
  /** "sha256:…" of the canonical book — what `dutoan book import` prints. */
  hash: string;
  /** The book file as `dutoan book import -o` writes it. */
  json: string;
}

/** A file handed to the worker: its shown name and bytes. */
export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

/** What `dutoan progress consolidate` needs, as the Tiến độ tab collects it. */
export interface ProgressArgs {
  reports: NamedFile[];
  estimates: NamedFile[];
  /** The user's list of units (`--units FILE.json`), parsed JSON; null = Lào Cai's 99 communes and wards. */
  units: unknown;
  plan: ProgressPlan;
  calendar: WorkCalendar;
  maxPagesPerMetre?: number;
  unitCharts: boolean;
  /** The charts' PNG drawn by the page from `svgs` of a first call; absent = first call, no workbook yet. */
  pngs?: Uint8Array[];
}

/** One unit's line of the consolidation (the "Theo đơn vị" sheet), for the page's table. */
export interface ProgressUnitRow {
  label: string;
  reports: number;
  latestDate: string | null;
  pages: string | null;
  estimatePages: string | null;
  shareOfEstimate: string | null;
  shareOfTarget: string | null;
  forecast: string | null;
  late: boolean;
}

export interface ProgressResult {
  sample: boolean;
  reportsRead: number;
  reportsUsed: number;
  findings: ProgressFinding[];
  province: ProvincePoint[];
  units: ProgressUnitRow[];
  missing: Array<{ label: string; dates: string[]; none: boolean }>;
  /** The burn-up charts as SVG: the province first, then one per unit with figures (when unitCharts). */
  svgs: string[];
  /** The consolidation workbook; null on the first call (the page has not drawn the charts yet). */
  bytes: Uint8Array | null;
}

/** The operations the worker performs: argument → result. */
export interface Operations {
  audit: { args: { name: string; bytes: Uint8Array; book: PriceBook | null; options?: AuditOptions }; result: AuditedFile };
  preview: { args: { name: string; bytes: Uint8Array; sheet?: string }; result: SheetPreview };
  report: { args: { name: string; bytes: Uint8Array; findings: Finding[]; meta: ReportMeta }; result: Uint8Array };
  /** The appraisal report (.docx) of one file, as `dutoan audit -o DIR` writes it beside the red-cell report. */
  appraisalReport: { args: { name: string; appraisal: Appraisal; book: PriceBook }; result: Uint8Array };
  /** `appraisals`: each audited file's appraisal (null without a book), in the order of `entries`. */
  consolidation: { args: { entries: ConsolidationEntry[]; appraisals: Array<Appraisal | null>; unreadable: UnreadableEntry[]; meta: Omit<ConsolidationMeta, 'appraisal'> }; result: Uint8Array };
  estimateWorkbook: { args: { input: EstimateInputJson; book: PriceBook }; result: Uint8Array };
  readPriceSheet: { args: { name: string; bytes: Uint8Array; partial: boolean }; result: PriceSheetResult };
  priceSheetTemplate: { args: { book: PriceBook }; result: Uint8Array };
  progressTemplate: { args: { units: unknown; unit?: string }; result: Uint8Array };
  progress: { args: ProgressArgs; result: ProgressResult };
}

export type OperationName = keyof Operations;

export interface WorkerRequest<K extends OperationName = OperationName> {
  id: number;
  op: K;
  args: Operations[K]['args'];
}

export type WorkerResponse =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: WorkerError };

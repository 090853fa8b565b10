/**
 * What the page asks its Web Worker (luồng xử lý nền) and what it answers: plain, structured-cloneable data
 * only. Every heavy step — bytes → grid → audit, and every workbook written with exceljs — runs in the worker,
 * so the page never freezes. Each operation is one call into @dutoan/core or @dutoan/xlsx (see operations.ts).
 */
import type {
  AuditOptions,
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

/** One audited submission: the same figures `dutoan audit` prints for it. */
export interface AuditedFile {
  summary: SubmissionSummary;
  findings: Finding[];
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

/** The operations the worker performs: argument → result. */
export interface Operations {
  audit: { args: { name: string; bytes: Uint8Array; book: PriceBook | null; options?: AuditOptions }; result: AuditedFile };
  preview: { args: { name: string; bytes: Uint8Array; sheet?: string }; result: SheetPreview };
  report: { args: { name: string; bytes: Uint8Array; findings: Finding[]; meta: ReportMeta }; result: Uint8Array };
  consolidation: { args: { entries: ConsolidationEntry[]; unreadable: UnreadableEntry[]; meta: ConsolidationMeta }; result: Uint8Array };
  estimateWorkbook: { args: { input: EstimateInputJson; book: PriceBook }; result: Uint8Array };
  readPriceSheet: { args: { name: string; bytes: Uint8Array; partial: boolean }; result: PriceSheetResult };
  priceSheetTemplate: { args: { book: PriceBook }; result: Uint8Array };
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

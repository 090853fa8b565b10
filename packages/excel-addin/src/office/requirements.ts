/**
 * What the task pane needs from Excel, as Excel JavaScript API requirement sets (`ExcelApi 1.x`), and what each
 * Excel version reports. Data only: the pane detects the sets (Office.context.requirements.isSetSupported),
 * runs what the user's Excel can do and says what it cannot (reach.ts).
 *
 * Every figure below is recomputed from the sources by test/addin-requirements.test.ts: it follows each
 * operation's calls through src/office, lists every Office.js member it touches (excel-api.ts) and reads the
 * member's `[Api set: ExcelApi 1.x]` from Microsoft's typings (@types/office-js). The table is therefore exactly
 * what the code needs — neither less (the add-in would fail) nor more (older Excels would be turned away).
 */

/** A requirement-set version, "1.1" … "1.17" (compared part by part: 1.9 < 1.17). */
export type ApiVersion = string;

/**
 * Optional parts of the operations, each feature-detected: below its set the operation runs without it.
 * (The functions that implement each feature are listed in test/addin-requirements.test.ts.)
 */
export const FEATURE_SETS = {
  /** Worksheet.getUsedRange(valuesOnly): a used range that ignores formatting far below the table. */
  usedValuesOnly: '1.2',
  /** Worksheet.protection: whether the sheet is protected (Kiểm tra then does not tint cells). */
  protection: '1.2',
  /** Defined names read back (NamedItem.formula, Worksheet.names): the template's names as extra evidence. */
  names: '1.7',
  /** Kiểm tra tints the cells it reports (conditional formats) and remembers them in a sheet-scoped name. */
  marks: '1.7',
  /** Lập dự toán: calculation suspended while the sheets are written (Application.suspendApiCalculationUntilNextSync). */
  calcSuspend: '1.6',
  /** Lập dự toán: frozen header rows and the tab colour. */
  freezeAndTab: '1.7',
  /** Lập dự toán: data validation of the input cells, gridlines hidden. */
  validation: '1.8',
  /** Lập dự toán: print setup (paper, margins, fit to width, title rows, footer) and indented labels. */
  print: '1.9',
} as const satisfies Record<string, ApiVersion>;

export type ExcelFeature = keyof typeof FEATURE_SETS;

/** What each operation of the pane needs at the least (its features aside). */
export const OPERATION_SETS = {
  fillEstimate: '1.4',
  checkWorkbook: '1.1',
  writeWords: '1.1',
  selectCell: '1.1',
  listSheets: '1.1',
  readEstimateSheet: '1.7',
  readPriceSheet: '1.1',
} as const satisfies Record<string, ApiVersion>;

export type OperationName = keyof typeof OPERATION_SETS;

/** The custom functions (DUTOAN.*) need this set; Excel without it still loads the task pane. */
export const CUSTOM_FUNCTIONS_SET = { name: 'CustomFunctionsRuntime', version: '1.1' } as const;

/**
 * What the manifest's base <Requirements> declares: the least any operation needs, so that every Excel where
 * the pane can do something installs it (test/addin-manifest.test.ts reads the manifest back).
 */
export const MANIFEST_EXCEL_API: ApiVersion = '1.1';

/**
 * What Excel versions without Microsoft 365 report, from Microsoft's "Excel JavaScript API requirement sets" and
 * "Custom Functions requirement sets" pages (learn.microsoft.com/javascript/api/requirement-sets/excel/…,
 * column "Office on Windows, volume-licensed perpetual"): Office 2016 — ExcelApi 1.1 only; Office 2019 —
 * ExcelApi 1.1 to 1.7; Office 2021 — ExcelApi 1.1 to 1.14 and CustomFunctionsRuntime 1.1 to 1.3 (Office 2016 and
 * 2019 have no custom functions runtime). Checked 2026-12-02 against the pages' sources, OfficeDev/office-js-docs-reference
 * docs/requirement-sets/excel/excel-api-requirement-sets.md and custom-functions-requirement-sets.md (ms.date
 * 04/15/2024): volume-licensed column — ExcelApi 1.1 "Office 2016", 1.2–1.7 "Office 2019", 1.8–1.14 "Office 2021";
 * CustomFunctionsRuntime 1.1–1.3 "Office 2021" only.
 */
export const PERPETUAL_EXCEL = {
  'Excel 2016': { excelApi: '1.1', customFunctions: null },
  'Excel 2019': { excelApi: '1.7', customFunctions: null },
  'Excel 2021': { excelApi: '1.14', customFunctions: '1.3' },
} as const satisfies Record<string, { excelApi: ApiVersion; customFunctions: ApiVersion | null }>;

/** Compares two requirement-set versions part by part (1.9 < 1.17); negative when a < b. */
export function compareApiVersions(a: ApiVersion, b: ApiVersion): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** Whether the user's Excel has a feature (the operations skip what it lacks). */
export type FeatureCheck = (feature: ExcelFeature) => boolean;

/** Every feature available (Microsoft 365, Excel on the web; the tests' default). */
export const allFeatures: FeatureCheck = () => true;

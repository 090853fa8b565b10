/** Limits against hostile files (giới hạn tệp): checked before exceljs loads anything, and right after. */
export {
  defaultWorkbookLimits,
  configureWorkbookLimits,
  resolveWorkbookLimits,
  limitsFromEnv,
  limitEnvVars,
  type WorkbookLimits,
} from './limits.ts';
export { checkWorkbookLimits, workbookLimitError } from './check-workbook-limits.ts';
export { checkLoadedWorkbookLimits, loadedWorkbookLimitError } from './check-loaded-workbook.ts';
export { readZipDirectory, isZipProblem, type ZipEntry, type ZipDirectory, type ZipProblem } from './zip-directory.ts';
export { sniffForeign, type ForeignKind } from './sniff.ts';
export { limitsVi } from './messages.ts';
export { classifyLoadFailure, loadFailureMessage, type LoadFailureKind } from './load-failure.ts';

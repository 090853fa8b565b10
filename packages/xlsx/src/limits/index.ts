/** Limits against hostile files (giới hạn tệp), all here; the byte layer (../read/) checks them while it reads. */
export {
  defaultWorkbookLimits,
  configureWorkbookLimits,
  resolveWorkbookLimits,
  limitsFromEnv,
  limitEnvVars,
  type WorkbookLimits,
} from './limits.ts';
export { readZipDirectory, isZipProblem, type ZipEntry, type ZipDirectory, type ZipProblem } from './zip-directory.ts';
export { sniffForeign, type ForeignKind } from './sniff.ts';

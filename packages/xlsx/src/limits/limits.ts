import { bytesError } from '../read/problem.ts';

/**
 * Limits against hostile or absurd workbooks (giới hạn tệp), all in this one place; the byte layer (read/) checks
 * them before and while it reads. A real estimate is a few hundred KB with a few
 * hundred rows; the defaults leave two orders of magnitude of room and still stop zip bombs.
 */
export interface WorkbookLimits {
  /** Size of the file itself. */
  maxFileBytes: number;
  /** Entries in the zip directory (an xlsx has 10–50). */
  maxZipEntries: number;
  /** Sum of the declared uncompressed sizes of all entries. */
  maxUncompressedBytes: number;
  /** Largest uncompressed/compressed ratio of one entry, checked on entries of at least `ratioFloorBytes`. */
  maxCompressionRatio: number;
  /** Entries smaller than this (uncompressed) are not ratio-checked: tiny XML parts compress very well. */
  ratioFloorBytes: number;
  /**
   * Inflate every entry with an output cap equal to its declared size, so a directory that lies about sizes
   * is caught even in parts no reader needs (media). Parts that are read are inflated once, capped, either way.
   */
  verifyInflatedSizes: boolean;
  /** Checked while the sheets are read: sheets, and the last row and column holding a value or a formula. */
  maxSheets: number;
  maxRowsPerSheet: number;
  maxColumnsPerSheet: number;
}

const MB = 1024 * 1024;

export const defaultWorkbookLimits: Readonly<WorkbookLimits> = Object.freeze({
  maxFileBytes: 25 * MB,
  maxZipEntries: 10_000,
  maxUncompressedBytes: 200 * MB,
  maxCompressionRatio: 200,
  ratioFloorBytes: 1 * MB,
  verifyInflatedSizes: true,
  maxSheets: 100,
  maxRowsPerSheet: 100_000,
  maxColumnsPerSheet: 1_000,
});

/** Environment variables that override a default (for the `dutoan` command; values in MB or counts). */
export const limitEnvVars: Record<string, { key: keyof WorkbookLimits; scale: number }> = {
  DUTOAN_MAX_FILE_MB: { key: 'maxFileBytes', scale: MB },
  DUTOAN_MAX_ZIP_ENTRIES: { key: 'maxZipEntries', scale: 1 },
  DUTOAN_MAX_UNCOMPRESSED_MB: { key: 'maxUncompressedBytes', scale: MB },
  DUTOAN_MAX_COMPRESSION_RATIO: { key: 'maxCompressionRatio', scale: 1 },
  DUTOAN_MAX_SHEETS: { key: 'maxSheets', scale: 1 },
  DUTOAN_MAX_ROWS: { key: 'maxRowsPerSheet', scale: 1 },
  DUTOAN_MAX_COLUMNS: { key: 'maxColumnsPerSheet', scale: 1 },
};

/** Overrides read from an environment; a malformed value is a DutoanError (never silently ignored). */
export function limitsFromEnv(env: Record<string, string | undefined>): Partial<WorkbookLimits> {
  const out: Partial<Record<keyof WorkbookLimits, number>> = {};
  for (const [variable, { key, scale }] of Object.entries(limitEnvVars)) {
    const raw = env[variable];
    if (raw === undefined || raw.trim() === '') continue;
    const n = Number(raw.trim().replace(',', '.'));
    if (!Number.isFinite(n) || n <= 0) throw bytesError('LIMIT_SETTING_INVALID', { variable, value: raw });
    out[key] = Math.floor(n * scale);
  }
  return out as Partial<WorkbookLimits>;
}

let configured: Partial<WorkbookLimits> = {};
let fromEnv: Partial<WorkbookLimits> | null = null;

/**
 * Process-wide overrides (the CLI sets them once); every reader that is not given explicit limits uses
 * defaults ← environment ← configured.
 */
export function configureWorkbookLimits(overrides: Partial<WorkbookLimits>): void {
  configured = { ...overrides };
}

/** The limits in force: defaults, then DUTOAN_* environment variables, then configureWorkbookLimits, then `explicit`. */
export function resolveWorkbookLimits(explicit?: Partial<WorkbookLimits>): WorkbookLimits {
  if (fromEnv === null) fromEnv = typeof process !== 'undefined' ? limitsFromEnv(process.env) : {};
  return { ...defaultWorkbookLimits, ...fromEnv, ...configured, ...(explicit ?? {}) };
}

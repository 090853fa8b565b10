/**
 * LibreOffice as the referee (trọng tài): a real spreadsheet engine recalculates our workbooks and we compare.
 *
 * Trap (DESIGN.md §5.3): by default LibreOffice does NOT recalculate an .xlsx on load — it keeps the cached
 * values, so a comparison would pass vacuously. Every call here uses a throwaway profile whose
 * user/registrymodifications.xcu sets /org.openoffice.Office.Calc/Formula/Load OOXMLRecalcMode to 0 ("always
 * recalculate"), unless `recalc: false` asks for the default behaviour (used to demonstrate the trap).
 *
 * LibreOffice takes seconds to start: convert many files per call (`convertBatch`).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';

/** The soffice executable, from PATH or the Debian locations; null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, 'soffice'))) return join(dir, 'soffice');
  }
  for (const p of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice']) {
    if (existsSync(p)) return p;
  }
  return null;
}

/**
 * soffice for a test suite: under CI (`CI=true`) a missing LibreOffice is an error (the suite must fail, never
 * skip); elsewhere it returns null and the caller skips with `skipMessage`.
 */
export function sofficeForTests(): string | null {
  const exe = findSoffice();
  if (!exe && process.env.CI === 'true') {
    throw new Error('LibreOffice (soffice) không có trên máy CI: .ci/run phải cài gói Debian libreoffice-calc-nogui.');
  }
  return exe;
}

export const skipMessage = 'LibreOffice (soffice) chưa cài: bỏ qua kiểm tra bằng LibreOffice (ngoài CI). Cài: apt-get install libreoffice-calc-nogui';

/**
 * Creates a throwaway LibreOffice profile; `recalc` true = always recalculate .xlsx/.ods formulas on load;
 * `locale` (e.g. "vi-VN") sets the locale used to display numbers ("1.234.567") when rendering to PDF.
 */
export function makeProfile(recalc: boolean, locale?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dutoan-lo-profile-'));
  mkdirSync(join(dir, 'user'), { recursive: true });
  const items = recalc
    ? `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>`
    : '';
  const l10n = locale
    ? `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>${locale}</value></prop></item>`
    : '';
  writeFileSync(
    join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
${items}
${l10n}
</oor:items>
`,
  );
  return dir;
}

export interface ConvertResult {
  /** Input path → converted file path (only for inputs LibreOffice converted). */
  outputs: Map<string, string>;
  /** LibreOffice's own messages (stderr and stdout), for failure reports. */
  log: string;
  ms: number;
}

/**
 * Converts many files in ONE soffice run: `--convert-to xlsx` (recalculated on load with `recalc`) or `pdf`.
 * Output files land in `outDir` with the input's base name and the new extension.
 */
export function convertBatch(
  exe: string,
  files: readonly string[],
  outDir: string,
  opts: { to: 'xlsx' | 'pdf'; recalc?: boolean; locale?: string; timeoutMs?: number } = { to: 'xlsx' },
): Promise<ConvertResult> {
  const profile = makeProfile(opts.recalc ?? true, opts.locale);
  mkdirSync(outDir, { recursive: true });
  const args = [
    `-env:UserInstallation=file://${profile}`,
    '--headless',
    '--norestore',
    '--nologo',
    '--nodefault',
    '--nolockcheck',
    '--convert-to',
    opts.to === 'xlsx' ? 'xlsx:Calc MS Excel 2007 XML' : 'pdf:calc_pdf_Export',
    '--outdir',
    outDir,
    ...files,
  ];
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    execFile(exe, args, { timeout: opts.timeoutMs ?? 240_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const log = `${stdout}\n${stderr}`;
      if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') return reject(err);
      const produced = new Set(readdirSync(outDir));
      const outputs = new Map<string, string>();
      for (const f of files) {
        const name = basename(f).replace(/\.[^.]+$/, `.${opts.to}`);
        if (produced.has(name)) outputs.set(f, join(outDir, name));
      }
      if (err && outputs.size === 0) return reject(new Error(`soffice thất bại: ${err.message}\n${log}`));
      resolve({ outputs, log, ms: Date.now() - t0 });
    });
  });
}

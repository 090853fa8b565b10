import { existsSync, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DutoanError, isDutoanError, render, reviveError, type DutoanErrorData } from '@dutoan/core/errors';
import { formatMoney } from '@dutoan/core/money';
import type { PriceBook } from '@dutoan/core/estimate';
import { appraisalDigest, appraiseAudit, readDecisionsJson, type Appraisal, type AppraisalDigest, type DecisionEntry } from '@dutoan/core/appraise';
import { bookLabel } from '@dutoan/core/book';
import {
  countFindings,
  isSubmissionFileName,
  locationText,
  REPORT_SUFFIX,
  summarizeSubmission,
  type AuditOptions,
  type Finding,
  type SubmissionSummary,
} from '@dutoan/core/audit';
import { resolveBook } from '../io/resolve-book.ts';
import { isInput } from '../io/protect-inputs.ts';
import { writeOutput } from '../io/write-output.ts';
import { auditCliText as A } from '../messages.ts';
import { ExitCode } from '../exit-codes.ts';
import type { Io } from '../main.ts';
import { appraisalJson, writeAppraisalDocx } from './appraise-output.ts';

/** Suffix of report workbooks; such files are skipped when a folder is audited again. */
export { REPORT_SUFFIX };

/** Every .xlsx under the given files and folders (recursively), sorted; missing paths are returned apart. */
export async function listWorkbooks(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && isSubmissionFileName(e.name)) files.push(p);
    }
  };
  for (const p of paths) {
    let s;
    try {
      s = await stat(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (s.isDirectory()) await walk(p);
    else files.push(p);
  }
  return { files, missing };
}

/** Progress on stderr: a bar redrawn in place on a terminal, one plain line per file otherwise. */
export class Progress {
  private readonly tty: boolean;
  constructor(private readonly total: number, private readonly io: Io, tty = Boolean(process.stderr.isTTY)) {
    this.tty = tty;
  }
  step(i: number, file: string, detail: string): void {
    if (!this.tty) {
      this.io.err(A.progress(i, this.total, file, detail));
      return;
    }
    const width = 30;
    const done = Math.floor((i / this.total) * width);
    const name = file.length > 40 ? '…' + file.slice(-39) : file;
    process.stderr.write(`\r[${'█'.repeat(done)}${'░'.repeat(width - done)}] ${i}/${this.total} ${name.padEnd(40)}`);
    if (i === this.total) process.stderr.write('\n');
  }
}

/** What the batch learned about one input file. */
export type FileResult =
  | { file: string; ok: true; summary: SubmissionSummary; findings: Finding[]; report?: string; appraisal?: Appraisal; appraisalDigest?: AppraisalDigest; appraisalReport?: string }
  | { file: string; ok: false; reason: string; code: string };

/**
 * The workbook audit, imported once (not once per file: each dynamic import is a round trip through the loader)
 * and on its own: the byte layer and core, without exceljs or the progress charts (seconds of start-up saved).
 */
let auditModule: Promise<typeof import('@dutoan/xlsx/audit-workbook')> | null = null;
const auditModuleOnce = () => (auditModule ??= import('@dutoan/xlsx/audit-workbook'));
/** The report writer (exceljs), only when reports are asked for. */
let reportModule: Promise<typeof import('@dutoan/xlsx/audit')> | null = null;
const reportModuleOnce = () => (reportModule ??= import('@dutoan/xlsx/audit'));

/** Audit one file; an unusable file becomes `{ ok: false }` (never throws for bad input). */
export async function auditFile(
  file: string,
  book: PriceBook | null,
  options: AuditOptions,
  report?: { dir: string; force: boolean; bookLabel: string },
  decisions?: { file: string; entries: DecisionEntry[] },
): Promise<FileResult> {
  const { auditWorkbook } = await auditModuleOnce();
  let data: Uint8Array;
  try {
    // Read synchronously: the audit of the file is the next thing to do, and a thread-pool hop per file costs
    // more than it saves when a thousand files are audited one after another.
    data = readFileSync(file);
  } catch (e) {
    return { file, ok: false, code: 'FILE_UNREADABLE', reason: render('FILE_UNREADABLE', { file, reason: (e as NodeJS.ErrnoException).code ?? '' }) };
  }
  try {
    const a = await auditWorkbook(data, book, { name: basename(file), options });
    const summary = summarizeSubmission(a.submission, a.findings, book);
    const result: FileResult = { file, ok: true, summary, findings: a.findings };
    // The appraisal (thẩm định) from the same reading and findings.
    // A line the workbook's own Thuyết minh contradicts is appraised with its volume; the decisions override.
    if (book) {
      result.appraisal = appraiseAudit(a, book, decisions?.entries ?? [], { decisionsFile: decisions?.file ?? '' });
    }
    if (report) {
      const out = join(report.dir, basename(file, extname(file)) + REPORT_SUFFIX);
      // The report copies the grid already read: one parse per file.
      const { writeAuditReport } = await reportModuleOnce();
      const bytes = await writeAuditReport(a.grid, a.findings, {
        file: basename(file),
        agency: summary.agency,
        book: report.bookLabel,
        when: new Date().toISOString().slice(0, 16).replace('T', ' '),
      });
      await writeOutput(out, bytes, { force: report.force });
      result.report = out;
      if (result.appraisal && book) result.appraisalReport = await writeAppraisalDocx(result.appraisal, file, book, report.dir, report.force);
    }
    return result;
  } catch (e) {
    // A refusal to overwrite, or a decisions file that does not fit the submission: nothing written, the run stops.
    if (isDutoanError(e) && (e.code === 'OUTPUT_EXISTS' || e.code === 'DECISIONS_INVALID')) throw e;
    if (isDutoanError(e)) return { file, ok: false, code: e.code, reason: e.message };
    return { file, ok: false, code: 'WORKBOOK_UNREADABLE', reason: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * How many worker threads a batch of `count` files uses besides the main thread, which audits files too. A file
 * takes a few milliseconds while a worker takes a couple of seconds of one core to start (it loads the TypeScript
 * sources) — during which the main thread is already auditing — so a batch of a hundred files or more uses every
 * core: on the 2-core machine, the main thread and one worker. `--jobs N` asks for N threads in all (1 = the main
 * thread alone).
 */
export function workerCount(count: number, requested?: number): number {
  if (requested !== undefined) return Math.max(0, Math.min(requested, 8, count) - 1);
  if (count < 100) return 0;
  return Math.max(0, Math.min(availableParallelism(), 4) - 1);
}

/**
 * The worker thread's module. Built (dist/, and the command's bundle in dist/bundle) it is `audit-worker.js` beside
 * this module; run from the TypeScript sources (tests, benches) it is `audit-worker.ts`, loaded through tsx.
 */
function workerEntry(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./audit-worker.js', import.meta.url);
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./audit-worker.ts', import.meta.url).href;
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry)});`;
  return new URL('data:text/javascript,' + encodeURIComponent(boot));
}

/** Let the event loop run (worker messages) between two files audited on the main thread. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Audit many files: on the main thread and, for a large batch, in worker threads too (one file at a time per
 * thread, taken from one queue, so memory stays bounded). `onResult` is called as each file finishes (what it returns
 * is kept instead, e.g. the result without its findings once they are written out); the returned
 * array is in input order.
 */
export async function auditFiles(
  files: readonly string[],
  book: PriceBook | null,
  options: AuditOptions,
  report: { dir: string; force: boolean; bookLabel: string } | undefined,
  onResult: (r: FileResult, done: number, index: number) => FileResult | void,
  jobs?: number,
  decisions?: { file: string; entries: DecisionEntry[] },
  warn: (text: string) => void = () => {},
): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  // Decisions are for one file: it is audited on the main thread.
  const n = decisions ? 0 : workerCount(files.length, jobs);
  let next = 0;
  let done = 0;
  let fatal: unknown = null;
  /** The main thread's share: the next file of the queue, until none is left. */
  const local = async () => {
    while (!fatal && next < files.length) {
      const i = next++;
      try {
        results[i] = await auditFile(files[i]!, book, options, report, decisions);
      } catch (e) {
        fatal ??= e;
        return;
      }
      results[i] = onResult(results[i]!, ++done, i) ?? results[i]!;
      if (n > 0) await breathe();
    }
  };
  if (n === 0) {
    await local();
    if (fatal) throw fatal;
    return results;
  }
  /** Workers still loading or between files: stopped when the main thread has done the rest. */
  const idle = new Set<Worker>();
  const entry = workerEntry();
  let notStarted = false;
  const workers = Array.from({ length: n }, () => {
    const worker = new Worker(entry, { workerData: { book, options, report } });
    idle.add(worker);
    return new Promise<void>((resolve) => {
      let current = -1;
      const feed = () => {
        if (fatal || next >= files.length) {
          worker.postMessage(null);
          return;
        }
        current = next++;
        idle.delete(worker);
        worker.postMessage({ index: current, file: files[current] });
      };
      worker.on('message', (m: { ready?: true; index: number; result?: FileResult; fatal?: DutoanErrorData }) => {
        idle.add(worker);
        if (m.ready) {
          feed();
          return;
        }
        if (m.fatal) fatal ??= reviveError(m.fatal);
        else {
          results[m.index] = onResult(m.result!, ++done, m.index) ?? m.result!;
        }
        current = -1;
        feed();
      });
      worker.on('error', (e) => {
        // A crashed worker: its file is reported unusable; the others go on in the remaining threads.
        if (current >= 0) {
          results[current] = { file: files[current]!, ok: false, code: 'WORKER_FAILED', reason: render('WORKER_FAILED', { detail: e.message }) };
          results[current] = onResult(results[current]!, ++done, current) ?? results[current]!;
        } else if (!notStarted) {
          // It never took a file (its module did not load): said once; the main thread does its share.
          notStarted = true;
          warn(render('WORKER_NOT_STARTED', { detail: e.message }));
        }
      });
      worker.on('exit', () => {
        idle.delete(worker);
        resolve();
      });
    });
  });
  // The first file goes to a worker when it says it has loaded; until then the main thread works alone.
  await local();
  for (const w of idle) void w.terminate();
  await Promise.all(workers);
  if (fatal) throw fatal;
  // Files a crashed worker never reached are audited here.
  for (const [i, file] of files.entries()) {
    if (!results[i]) {
      results[i] = await auditFile(file, book, options, report, decisions);
      results[i] = onResult(results[i]!, ++done, i) ?? results[i]!;
    }
  }
  return results;
}

export { bookLabel };

export function stepDetail(r: FileResult): string {
  return r.ok ? A.progressDetail(r.summary.errors, r.summary.warnings) : A.unusable(r.reason.split('\n')[0]!);
}

export function parseJobs(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{1,2}$/.test(raw.trim())) throw new DutoanError('USAGE_BAD_JOBS', { raw });
  return Number(raw);
}

function parseRange(raw: string | undefined): AuditOptions {
  if (raw === undefined) return {};
  const m = /^(\d+)\s*[-–:]\s*(\d+)$/.exec(raw.trim());
  if (!m || Number(m[1]) >= Number(m[2])) throw new DutoanError('USAGE_BAD_RANGE', { raw });
  return { pagesPerMetre: { min: Number(m[1]), max: Number(m[2]) } };
}

/** A plain text table with columns padded (NFC text: one code point per column). */
export function renderTable(headers: readonly string[], rows: string[][], rightAligned: ReadonlySet<number>): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (rightAligned.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A result whose findings were already written out (--json): what the totals and the consolidation still need. */
/**
 * A result once written: its findings dropped and its appraisal cut to the digest the consolidation needs, so a
 * batch of ten thousand files keeps a few numbers per file (peak memory flat).
 */
function withoutFindings(r: FileResult): FileResult {
  if (!r.ok || (r.findings.length === 0 && !r.appraisal)) return r;
  const { appraisal, ...rest } = r;
  return { ...rest, findings: [], ...(appraisal ? { appraisalDigest: appraisalDigest(appraisal) } : {}) };
}

/** One file's entry of the --json output. */
function jsonEntry(r: FileResult): object {
  return r.ok
    ? { file: r.file, status: 'audited', agency: r.summary.agency, total: r.summary.total, ...countFindings(r.findings), findings: r.findings, ...(r.report ? { report: r.report } : {}), ...(r.appraisal ? { appraised: appraisalJson(r.appraisal) } : {}), ...(r.appraisalReport ? { appraisalReport: r.appraisalReport } : {}) }
    : { file: r.file, status: 'unusable', code: r.code, reason: r.reason };
}

const indent = (text: string, pad: string) => pad + text.replace(/\n/g, `\n${pad}`);

/**
 * The --json document `{ book, files: [...], summary }`, written as it grows (the text JSON.stringify(…, null, 2)
 * gives for the whole): the files in input order, each once it and those before it are done, then dropped.
 */
class JsonFilesWriter {
  private next = 0;
  private readonly waiting = new Map<number, FileResult>();
  /** The last entry written, held back until we know whether a comma follows it. */
  private pending: string | null = null;
  constructor(
    private readonly io: Io,
    book: { id: string; status: string },
  ) {
    io.out(`{\n  "book": ${JSON.stringify(book, null, 2).replace(/\n/g, '\n  ')},\n  "files": [`);
  }
  /** Result number `index` of the run (input order). */
  put(index: number, r: FileResult): void {
    this.waiting.set(index, r);
    for (let w = this.waiting.get(this.next); w; w = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      if (this.pending !== null) this.io.out(this.pending + ',');
      this.pending = indent(JSON.stringify(jsonEntry(w), null, 2), '    ');
    }
  }
  end(summary: object): void {
    if (this.pending !== null) this.io.out(this.pending);
    this.io.out(`  ],\n  "summary": ${JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ')}\n}`);
  }
}

/**
 * The appraiser's decisions file (`--decisions`): JSON (`{ "decisions": [...] }`) or a workbook with the
 * "Quyết định thẩm định" sheet (`dutoan appraise template`), for exactly one submission. Refused with the path or
 * cell of every bad entry; only read.
 */
export async function readDecisions(file: string, submissions: number): Promise<{ file: string; entries: DecisionEntry[] }> {
  if (submissions !== 1) throw new DutoanError('DECISIONS_ONE_FILE', { count: submissions });
  const ext = extname(file).toLowerCase();
  if (ext === '.json') {
    const { readJsonFile } = await import('../io/read-input.ts');
    return { file: basename(file), entries: readDecisionsJson(await readJsonFile(file), basename(file)) };
  }
  if (ext === '.xlsx' || ext === '.xlsm') {
    const { readInputBytes } = await import('../io/read-input.ts');
    const bytes = await readInputBytes(file);
    const { readDecisionsWorkbook } = await import('@dutoan/xlsx');
    return { file: basename(file), entries: readDecisionsWorkbook(bytes, basename(file)) };
  }
  throw new DutoanError('DECISIONS_FILE_KIND', { file });
}

export async function auditCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      book: { type: 'string' },
      output: { type: 'string', short: 'o' },
      json: { type: 'boolean' },
      force: { type: 'boolean' },
      'pages-per-metre': { type: 'string' },
      jobs: { type: 'string' },
      consolidate: { type: 'string' },
      decisions: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new DutoanError('USAGE_MISSING_ARGUMENT', { what: A.noInputs });
  const options = parseRange(values['pages-per-metre']);
  const book = await resolveBook(values.book);
  const { files, missing } = await listWorkbooks(positionals);
  if (files.length === 0 && missing.length === 0) throw new DutoanError('NO_INPUT', { paths: positionals });
  // The consolidation file is refused before the audit, not after a thousand files were read.
  if (values.consolidate) {
    if (isInput(values.consolidate) || files.some((f) => resolve(f) === resolve(values.consolidate!))) throw new DutoanError('OUTPUT_IS_INPUT', { file: values.consolidate });
    if (!values.force && existsSync(values.consolidate)) throw new DutoanError('OUTPUT_EXISTS', { file: values.consolidate });
  }
  // The appraiser's decisions name the lines of one submission: read (and refused) before anything is audited.
  const decisions = values.decisions ? await readDecisions(values.decisions, files.length + missing.length) : undefined;
  if (book.status === 'sample' && !values.json) io.err(A.sampleBook);

  const total = files.length + missing.length;
  const progress = new Progress(total, io);
  const results: FileResult[] = missing.map((m) => ({ file: m, ok: false, code: 'FILE_NOT_FOUND', reason: render('FILE_NOT_FOUND', { paths: [m] }) }));
  const report = values.output ? { dir: values.output, force: values.force ?? false, bookLabel: bookLabel(book) } : undefined;
  // --json is written file by file, in input order, as results arrive; a file's findings are then dropped (the
  // consolidation needs only its summary): memory stays flat over ten thousand files.
  // With decisions (one file), the JSON waits for the appraisal: a decision that names no line prints nothing.
  const held: string[] = [];
  const jsonIo: Io = decisions ? { out: (t) => void held.push(t), err: io.err } : io;
  const json = values.json ? new JsonFilesWriter(jsonIo, { id: book.id, status: book.status }) : null;
  for (const [i, r] of results.entries()) json?.put(i, r);
  const audited = await auditFiles(
    files,
    book,
    options,
    report,
    (r, done, index) => {
      progress.step(missing.length + done, r.file, stepDetail(r));
      json?.put(missing.length + index, r);
      // Findings are printed one file alone only (the table of many files shows counts): kept for that case only.
      return json || total > 1 ? withoutFindings(r) : r;
    },
    parseJobs(values.jobs),
    decisions,
    io.err,
  );
  results.push(...audited);

  const usable = results.filter((r): r is Extract<FileResult, { ok: true }> => r.ok);
  const errors = usable.reduce((s, r) => s + r.summary.errors, 0);
  const warnings = usable.reduce((s, r) => s + r.summary.warnings, 0);
  const unusable = results.length - usable.length;

  if (json) {
    json.end({ files: results.length, errors, warnings, unusable });
    for (const t of held) io.out(t);
  } else {
    const rows = results.map((r) =>
      r.ok
        ? [r.file, r.summary.agency, r.summary.total === null ? '?' : formatMoney(r.summary.total), String(r.summary.errors), String(r.summary.warnings)]
        : [r.file, A.unusableRow, '', '', ''],
    );
    io.out(renderTable(A.tableHeaders, rows, new Set([2, 3, 4])));
    io.out(A.totals(results.length, errors, warnings, unusable));
    for (const r of results) {
      if (!r.ok) {
        io.out(`${r.file}: ${r.reason}`);
        continue;
      }
      if (r.report) io.out(A.reportWritten(r.report));
      if (r.appraisalReport) io.out(A.reportWritten(r.appraisalReport));
      if (results.length === 1 && r.findings.length > 0) {
        io.out(A.findingsOf(r.file));
        for (const f of r.findings) io.out(A.findingLine(A.severity[f.severity], f.code, locationText(f.location), f.message));
      }
    }
  }
  // The consolidation from the same audit: each file read once for both.
  if (values.consolidate) {
    const { writeConsolidationFrom } = await import('./consolidate.ts');
    const base = positionals.length === 1 ? positionals[0]! : '.';
    await writeConsolidationFrom(results, (f) => relative(base, f) || basename(f), values.consolidate, book, values.force ?? false, { out: values.json ? io.err : io.out, err: io.err });
  }
  if (unusable > 0) return ExitCode.BadInput;
  return errors > 0 ? ExitCode.Findings : ExitCode.Ok;
}

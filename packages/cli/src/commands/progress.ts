import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { DutoanError, render } from '@dutoan/core/errors';
import { PLAN_2026, laoCaiPlan2026 } from '@dutoan/core/legal';
import {
  departmentsFromText,
  laoCaiProgressPlan,
  laoCaiRegistry,
  registryFromJson,
  withUnits,
  type AgencyRegistry,
  type ProgressFinding,
  type ProgressPlan,
} from '@dutoan/core/progress';
import { ExitCode } from '../exit-codes.ts';
import type { Io } from '../main.ts';
import { readInputBytes, readJsonFile } from '../io/read-input.ts';
import { writeOutput } from '../io/write-output.ts';
import { listWorkbooks } from './audit.ts';

const usage = () => new DutoanError('PROGRESS_CLI_USAGE');

/** "2026-04-01" or "01/04/2026" → ISO; a DutoanError naming the option otherwise. */
function isoOption(option: string, raw: string): string {
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw.trim());
  const iso = vn ? `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}` : raw.trim();
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const ok = d && new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]))).toISOString().slice(0, 10) === iso;
  if (!ok) throw new DutoanError('PROGRESS_CLI_BAD_DATE', { option, text: raw });
  return iso;
}

function positiveInt(option: string, raw: string): string {
  const s = raw.trim().replace(/\./g, '');
  if (!/^[1-9]\d{0,11}$/.test(s)) throw new DutoanError('PROGRESS_CLI_BAD_NUMBER', { option, text: raw });
  return s;
}

/** The list of units: Lào Cai's 99 (default) or the user's JSON, plus departments from a text file. */
async function registryFrom(units: string | undefined, departments: string | undefined): Promise<AgencyRegistry> {
  let registry = laoCaiRegistry();
  if (units) {
    try {
      registry = registryFromJson(await readJsonFile(units));
    } catch (e) {
      if (e instanceof DutoanError) throw new DutoanError('PROGRESS_CLI_BAD_UNITS_FILE', { file: units, detail: e.message });
      throw e;
    }
  }
  if (departments) registry = withUnits(registry, departmentsFromText(await readText(departments), basename(departments)));
  return registry;
}

async function readText(file: string): Promise<string> {
  return new TextDecoder().decode(await readInputBytes(file));
}


/** The .xlsx files under the paths, read (only read), named relative to `base` in messages. */
async function workbooksUnder(paths: string[], base?: string): Promise<Array<{ name: string; bytes: Uint8Array }>> {
  const { files, missing } = await listWorkbooks(paths);
  if (missing.length) throw new DutoanError('FILE_NOT_FOUND', { paths: missing });
  if (!files.length) throw new DutoanError('PROGRESS_CLI_NO_FILES', { paths });
  const out: Array<{ name: string; bytes: Uint8Array }> = [];
  for (const f of files) out.push({ name: (base ? relative(base, f) : f) || basename(f), bytes: await readInputBytes(f) });
  return out;
}

const severityText = { error: 'LỖI', warning: 'CẢNH BÁO', info: 'LƯU Ý' } as const;
function printFindings(findings: readonly ProgressFinding[], io: Io): void {
  for (const f of findings) io.err(render('PROGRESS_CLI_FINDING', { severity: severityText[f.severity], code: f.code, where: f.cell ? `${f.file} ${f.cell}` : f.file, message: f.message }));
}

/** The plan: Lào Cai's (dates, deadline, 3.201.277 pages), the target and start day as the user says. */
function planFrom(values: { from?: string | undefined; target?: string | undefined; 'as-of'?: string | undefined }): ProgressPlan {
  return laoCaiProgressPlan({
    ...(values.target ? { target: { value: positiveInt('--target', values.target), doc: '--target', where: 'dòng lệnh' } } : {}),
    ...(values.from ? { start: isoOption('--from', values.from) } : {}),
    ...(values['as-of'] ? { asOf: isoOption('--as-of', values['as-of']) } : {}),
  });
}

/**
 * `dutoan progress template | import | consolidate` (theo dõi tiến độ, issue 16): the report form; reading and
 * checking reports (messages at the cell, exit 1 when a report has an error); the consolidation workbook with the
 * forecast and the burn-up charts. Inputs are only read.
 */
export async function progressCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      unit: { type: 'string' },
      units: { type: 'string' },
      departments: { type: 'string' },
      estimates: { type: 'string' },
      from: { type: 'string' },
      'as-of': { type: 'string' },
      holidays: { type: 'string' },
      'days-per-week': { type: 'string', default: '5' },
      target: { type: 'string' },
      'max-pages-per-metre': { type: 'string' },
      svg: { type: 'string' },
      'no-unit-charts': { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
  const registry = await registryFrom(values.units, values.departments);
  if (registry.sample) io.err(render('PROGRESS_CLI_SAMPLE', {}));
  const reportingDates = laoCaiPlan2026.reportingDates.value!;
  const xlsx = await import('@dutoan/xlsx');

  if (sub === 'template') {
    if (!values.output || positionals.length) throw usage();
    const bytes = await xlsx.writeProgressTemplate({ registry, reportingDates, ...(values.unit ? { unit: values.unit.normalize('NFC').trim() } : {}) });
    await writeOutput(values.output, bytes, { force: values.force ?? false });
    io.out(render('PROGRESS_CLI_WROTE', { file: values.output }));
    return ExitCode.Ok;
  }

  if (sub === 'import') {
    if (!positionals.length) throw usage();
    const files = await workbooksUnder(positionals);
    const read = await xlsx.readProgressReportFiles(files, { registry, reportingDates });
    const est = values.estimates ? await xlsx.readUnitEstimates(await workbooksUnder([values.estimates], values.estimates), registry) : null;
    const { checkProgressReports } = await import('@dutoan/core/progress');
    const checked = checkProgressReports(read.reports, { ...(est ? { estimates: est.estimates } : {}), ...(values['max-pages-per-metre'] ? { maxPagesPerMetre: Number(positiveInt('--max-pages-per-metre', values['max-pages-per-metre'])) } : {}) });
    const findings = [...read.findings, ...(est?.findings ?? []), ...checked.findings];
    const errors = findings.filter((f) => f.severity === 'error').length;
    if (values.json) {
      io.out(JSON.stringify({ reports: read.reports.map((r) => ({ ...r, match: undefined, unit: r.unit ? { id: r.unit.id, label: r.unit.label } : null, used: !checked.rejected.has(r) && r.unit !== null && r.date !== null })), findings }, null, 2));
    } else {
      printFindings(findings, io);
      io.out(render('PROGRESS_CLI_READ', { reports: read.reports.length, files: files.length, errors, warnings: findings.filter((f) => f.severity === 'warning').length }));
    }
    return errors > 0 ? ExitCode.Findings : ExitCode.Ok;
  }

  if (sub === 'consolidate') {
    if (positionals.length !== 1 || !values.output) throw usage();
    const folder = positionals[0]!;
    const perWeek = values['days-per-week'] === '6' ? 6 : values['days-per-week'] === '5' ? 5 : null;
    if (perWeek === null) throw new DutoanError('PROGRESS_CLI_BAD_NUMBER', { option: '--days-per-week', text: values['days-per-week']! });
    const holidays = (values.holidays ?? '').split(',').map((s) => s.trim()).filter(Boolean).map((h) => isoOption('--holidays', h));
    const plan = planFrom(values);
    const files = await workbooksUnder([folder], folder);
    const read = await xlsx.readProgressReportFiles(files, { registry, reportingDates });
    const est = values.estimates ? await xlsx.readUnitEstimates(await workbooksUnder([values.estimates], values.estimates), registry) : { estimates: new Map(), findings: [] };
    const result = await xlsx.writeProgressConsolidation({
      registry,
      reports: read.reports,
      findings: [...read.findings, ...est.findings],
      estimates: est.estimates,
      plan,
      calendar: { daysPerWeek: perWeek, holidays },
      unitCharts: !values['no-unit-charts'],
      ...(values['max-pages-per-metre'] ? { maxPagesPerMetre: Number(positiveInt('--max-pages-per-metre', values['max-pages-per-metre'])) } : {}),
    });
    await writeOutput(values.output, result.bytes, { force: values.force ?? false });
    if (values.svg) {
      const names = ['tinh', ...result.consolidation.units.filter((u) => u.points.some((p) => p.pages !== null)).map((u) => u.unit.id)];
      for (let i = 0; i < result.svgs.length; i++) await writeOutput(join(values.svg, `tien-do-${names[i]}.svg`), result.svgs[i]!, { force: values.force ?? false });
    }
    printFindings(result.findings, io);
    const c = result.consolidation;
    io.out(
      render('PROGRESS_CLI_CONSOLIDATED', {
        units: c.units.length,
        reported: c.units.filter((u) => u.points.length > 0).length,
        missing: c.units.filter((u) => u.points.length === 0).length,
        used: c.reportsUsed,
        rejected: read.reports.length - c.reportsUsed,
        file: values.output,
      }),
    );
    return ExitCode.Ok;
  }
  throw usage();
}

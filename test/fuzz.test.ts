// Mutation fuzzer (seeded, reproducible): valid workbooks — ours, in other writers' dialects (namespace prefixes,
// no r attributes, inline strings) and encrypted with Excel's default password — and JSON inputs are damaged in
// many ways and fed to the real entry points. The only acceptable outcomes are a result (findings included) or a DutoanError with
// a Vietnamese message — never another exception, an unhandled rejection or an uncaught error.
//   FUZZ_SEED (default 20260415) and FUZZ_COUNT (default 2000 mutations in total) reproduce or widen a run:
//   FUZZ_SEED=123 FUZZ_COUNT=20000 npx vitest run test/fuzz.test.ts
// A failure names the seed, the mutation number and its recipe, so it can be replayed alone.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinBooks, computeEstimate, isDutoanError, loadPriceBook, type EstimateInputJson } from '@dutoan/core';
import { auditWorkbook, readEstimateWorkbook, writeEstimateWorkbook } from '@dutoan/xlsx';
import * as xlsx from '@dutoan/xlsx';
import { computeFile } from '../packages/cli/src/commands/compute.ts';
import { buildHandMadeWorkbook } from './fixtures/hand-made/make-hand-made.ts';
import { buildZip, unzip } from './support/zip-builder.ts';
import { corpusDir, transform } from '../scripts/make-writer-corpus.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20260415);
const COUNT = Number(process.env.FUZZ_COUNT ?? 2000);
/** Share of the mutations spent on workbooks (the rest on JSON): workbooks cost ~20× more per run. */
const WORKBOOK_SHARE = 0.4;

/** mulberry32: small, fast, good enough for choosing mutations; the same seed gives the same run everywhere. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Rand = ReturnType<typeof rng>;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)]!;

const book = loadPriceBook(builtinBooks['mau-2026']!);
const bookJson = builtinBooks['mau-2026']!;
const examples = ['xa-bao-ha', 'so-van-hoa', 'trung-tam-luu-tru'].map(
  (n) => JSON.parse(readFileSync(new URL(`../examples/${n}.json`, import.meta.url), 'utf8')) as EstimateInputJson,
);

// ---------------------------------------------------------------- outcome bookkeeping
interface Crash {
  n: number;
  recipe: string;
  entry: string;
  error: string;
}
const crashes: Crash[] = [];
const stats = { runs: 0, ok: 0, refused: 0, findings: 0 };
const codes = new Map<string, number>();
/** A stack trace must never reach a user's message. */
const STACK = /\n\s+at .+:\d+/;
/** A JS runtime error's text quoted inside a Vietnamese message: it names the parser's internals, not the file. */
const INTERNAL = /TypeError|RangeError|ReferenceError|Cannot read prop|undefined is not|is not a function/;
const leaks = new Map<string, string>();

async function outcome(n: number, recipe: string, entry: string, run: () => Promise<unknown> | unknown): Promise<void> {
  stats.runs++;
  try {
    const v = await run();
    stats.ok++;
    const fs = (v as { findings?: Array<{ code: string; message: string }> } | null)?.findings;
    if (Array.isArray(fs) && fs.length) stats.findings++;
    for (const f of Array.isArray(fs) ? fs : []) {
      if (STACK.test(f.message)) crashes.push({ n, recipe, entry, error: `stack trace in finding ${f.code}: ${f.message.slice(0, 200)}` });
      else if (INTERNAL.test(f.message) && !leaks.has(`${entry} ${f.code}`)) leaks.set(`${entry} ${f.code}`, f.message.slice(0, 160));
    }
  } catch (e) {
    if (isDutoanError(e) && !STACK.test(e.message)) {
      stats.refused++;
      codes.set(e.code, (codes.get(e.code) ?? 0) + 1);
      const m = INTERNAL.exec(e.message);
      if (m && !leaks.has(`${entry} ${e.code}`)) leaks.set(`${entry} ${e.code}`, e.message.split('\n').pop()!.slice(0, 160));
      return;
    }
    crashes.push({ n, recipe, entry, error: e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 300) : String(e) });
  }
}

// ---------------------------------------------------------------- workbook mutations
const enc = new TextEncoder();
const dec = new TextDecoder();

/** Byte-level damage: flips, truncation, insertion, a duplicated or zeroed run. */
function mutateBytes(r: Rand, b: Uint8Array): [Uint8Array, string] {
  const out = b.slice();
  switch (int(r, 5)) {
    case 0: {
      const k = 1 + int(r, 16);
      for (let i = 0; i < k; i++) out[int(r, out.length)] = int(r, 256);
      return [out, `flip ${k} bytes`];
    }
    case 1: {
      const at = int(r, out.length);
      return [out.subarray(0, at), `truncate at ${at}`];
    }
    case 2: {
      const at = int(r, out.length);
      const junk = Uint8Array.from({ length: 1 + int(r, 64) }, () => int(r, 256));
      const x = new Uint8Array(out.length + junk.length);
      x.set(out.subarray(0, at));
      x.set(junk, at);
      x.set(out.subarray(at), at + junk.length);
      return [x, `insert ${junk.length} bytes at ${at}`];
    }
    case 3: {
      const at = int(r, out.length);
      const len = 1 + int(r, 200);
      out.fill(0, at, at + len);
      return [out, `zero ${len} bytes at ${at}`];
    }
    default: {
      // Damage the end of central directory or a central header (the zip's table of contents).
      const at = Math.max(0, out.length - 1 - int(r, Math.min(out.length, 400)));
      out[at] = out[at]! ^ (1 << int(r, 8));
      return [out, `flip a bit in the zip directory at ${at}`];
    }
  }
}

const CELL_VALUES = ['<v>1e308</v>', '<v>NaN</v>', '<v>-0</v>', '<v>1E+20</v>', '<v>99999999999999999999999</v>', '<v></v>', '<v>abc</v>', '<v>4.9e-324</v>', '<v>-1</v>'];
const TEXTS = ['=1+1', '@SUM(A1)', '1,234.5', '1.234,5', '10/04/2026', 'NaN', 'Infinity', '١٢٣', '１２３', 'Bằng chữ: không đồng', 'TỔNG CỘNG', 'Cộng', 'Thuế GTGT 10%', '\u202e', 'x'.repeat(5000)];

/** XML-level damage inside one part of the package, then the package rebuilt (valid zip, broken content). */
function mutatePart(r: Rand, b: Uint8Array): [Uint8Array, string] {
  const parts = unzip(b);
  const xmlParts = parts.filter((p) => /\.xml$|\.rels$/.test(p.name));
  const sheets = xmlParts.filter((p) => p.name.includes('worksheets/') || p.name.includes('sharedStrings'));
  const target = r() < 0.7 && sheets.length ? pick(r, sheets) : pick(r, xmlParts);
  let xml = dec.decode(target.data);
  let what: string;
  switch (int(r, 9)) {
    case 0: {
      const at = int(r, xml.length);
      xml = xml.slice(0, at) + xml.slice(at + 1 + int(r, 300));
      what = 'delete a slice';
      break;
    }
    case 1: {
      const vs = [...xml.matchAll(/<v>[^<]*<\/v>/g)];
      if (vs.length) {
        const m = pick(r, vs);
        const v = pick(r, CELL_VALUES);
        xml = xml.slice(0, m.index) + v + xml.slice(m.index! + m[0].length);
        what = `value → ${v}`;
      } else what = 'no value to swap';
      break;
    }
    case 2: {
      const ts = [...xml.matchAll(/<t( [^>]*)?>[^<]*<\/t>/g)];
      if (ts.length) {
        const m = pick(r, ts);
        const t = pick(r, TEXTS).replace(/&/g, '&amp;').replace(/</g, '&lt;');
        xml = xml.slice(0, m.index) + `<t>${t}</t>` + xml.slice(m.index! + m[0].length);
        what = `text → ${t.slice(0, 20)}`;
      } else what = 'no text to swap';
      break;
    }
    case 3: {
      const fs = [...xml.matchAll(/<f>[^<]*<\/f>/g)];
      if (fs.length) {
        const m = pick(r, fs);
        const f = pick(r, ['<f>A1</f>', '<f>#REF!</f>', '<f>F1+F1</f>', '<f></f>', '<f>SUM(A:A)</f>', '<f>1/0</f>']);
        xml = xml.slice(0, m.index) + f + xml.slice(m.index! + m[0].length);
        what = `formula → ${f}`;
      } else what = 'no formula';
      break;
    }
    case 4: {
      const rows = [...xml.matchAll(/<row [^>]*>.*?<\/row>/gs)];
      if (rows.length) {
        const m = pick(r, rows);
        xml = xml.slice(0, m.index) + xml.slice(m.index! + m[0].length);
        what = 'delete a row';
      } else what = 'no row';
      break;
    }
    case 5: {
      xml = xml.replace(/ r="([A-Z]+)(\d+)"/, () => ` r="${pick(r, ['XFD1048576', 'A0', 'ZZZZ1', 'A-1', '1A', ''])}"`);
      what = 'bad cell reference';
      break;
    }
    case 6: {
      xml = xml.replace(/ t="s"/, ` t="${pick(r, ['n', 'b', 'e', 'str', 'inlineStr', 'd', 'zz'])}"`);
      what = 'cell type swapped';
      break;
    }
    case 7: {
      xml = xml.replace(/<v>(\d+)<\/v>/, () => `<v>${pick(r, ['999999', '-1', '1.5', '4294967296'])}</v>`);
      what = 'shared-string index out of range';
      break;
    }
    default: {
      const at = int(r, xml.length);
      xml = xml.slice(0, at) + pick(r, ['<', '>', '&', '&#0;', '&#xD800;', '<!-- ', ']]>', '"', '\u0000', '<x y="1" y="2"/>']) + xml.slice(at);
      what = 'inject markup';
    }
  }
  const rebuilt = parts.map((p) => ({ name: p.name, data: p === target ? enc.encode(xml) : p.data }));
  return [buildZip(rebuilt), `${target.name}: ${what}`];
}

/** A few mutations through exceljs itself: realistic cell edits saved by a real writer. */
async function mutateCells(r: Rand, b: Uint8Array): Promise<[Uint8Array, string]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(b as unknown as ArrayBuffer);
  const ws = pick(r, wb.worksheets);
  const cells: ExcelJS.Cell[] = [];
  ws.eachRow((row) => row.eachCell((c) => void cells.push(c)));
  const recipe: string[] = [];
  for (let i = 0, k = 1 + int(r, 4); i < k && cells.length; i++) {
    const c = pick(r, cells);
    const v = pick<ExcelJS.CellValue>(r, [
      'mười hai',
      1e20,
      Number.MAX_VALUE,
      -5,
      0.1 + 0.2,
      new Date(Date.UTC(2026, 3, 10)),
      { formula: 'A1+A1', result: 7 },
      { formula: 'ZZ1', result: { error: '#REF!' } } as ExcelJS.CellFormulaValue,
      null,
      '=HYPERLINK("x")',
      '1.234,5',
      true,
    ]);
    c.value = v;
    recipe.push(`${ws.name}!${c.address}=${JSON.stringify(v)?.slice(0, 30)}`);
  }
  if (r() < 0.3) {
    const at = 1 + int(r, Math.max(1, ws.rowCount));
    ws.spliceRows(at, 1 + int(r, 5));
    recipe.push(`delete rows from ${at}`);
  }
  return [new Uint8Array(await wb.xlsx.writeBuffer()), `cells: ${recipe.join('; ')}`];
}

/**
 * Damage to the container of an encrypted workbook (an OLE2 compound file holding EncryptionInfo and
 * EncryptedPackage): its header, its sector tables and directory, the encryption descriptor's values, the
 * ciphertext, or a cut.
 */
function mutateContainer(r: Rand, b: Uint8Array): [Uint8Array, string] {
  const out = b.slice();
  switch (int(r, 5)) {
    case 0: {
      const at = int(r, 512);
      out[at] = int(r, 256);
      return [out, `container header byte ${at}`];
    }
    case 1: {
      // A whole 512-byte sector zeroed: FAT, directory, EncryptionInfo or package, whichever it holds.
      const sectors = Math.max(1, Math.floor(out.length / 512) - 1);
      const s = 1 + int(r, sectors);
      out.fill(0, s * 512, (s + 1) * 512);
      return [out, `container sector ${s} zeroed`];
    }
    case 2: {
      // A value of the agile XML descriptor or of the standard header changed.
      const text = new TextDecoder('latin1').decode(out);
      const attrs = [...text.matchAll(/(spinCount|saltValue|keyBits|blockSize|hashAlgorithm|encryptedKeyValue|cipherChaining)="/g)];
      if (attrs.length) {
        const m = pick(r, attrs);
        const at = m.index! + m[0].length;
        out[at] = pick(r, [0x39, 0x30, 0x41, 0x2b, 0x22]);
        return [out, `descriptor ${m[1]} damaged`];
      }
      const at = 512 + int(r, 64);
      out[at] = out[at]! ^ 0xff;
      return [out, `standard header byte ${at}`];
    }
    case 3: {
      const at = int(r, out.length);
      return [out.subarray(0, at), `container cut at ${at}`];
    }
    default: {
      const k = 1 + int(r, 8);
      for (let i = 0; i < k; i++) {
        const at = out.length - 1 - int(r, Math.min(out.length, 8192));
        out[at] = int(r, 256);
      }
      return [out, `${k} ciphertext bytes`];
    }
  }
}

// ---------------------------------------------------------------- JSON mutations
const WEIRD: unknown[] = [null, true, 0, -1, 1e20, 1e308, -0, 5e-324, '', ' ', 'NaN', 'Infinity', '-Infinity', '1,234.5', '1.234,5', '1e5', '0x10', '１２', '12 đồng', [], {}, 'x'.repeat(10_000), 'Sở Văn hóa'.normalize('NFD'), '=1+1', { __proto__: { polluted: 1 } }];

function paths(v: unknown, at: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}
function setAt(root: unknown, path: Array<string | number>, f: (parent: Record<string | number, unknown>, key: string | number) => void): void {
  let p = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) p = p[k] as Record<string | number, unknown>;
  f(p, path[path.length - 1]!);
}

function mutateJson(r: Rand, base: unknown): [unknown, string] {
  const v = structuredClone(base);
  const recipe: string[] = [];
  for (let i = 0, k = 1 + int(r, 3); i < k; i++) {
    const ps = paths(v).filter((p) => p.length > 0);
    const p = pick(r, ps);
    const where = p.join('.');
    switch (int(r, 5)) {
      case 0:
        setAt(v, p, (o, key) => (Array.isArray(o) ? o.splice(Number(key), 1) : delete o[key]));
        recipe.push(`delete ${where}`);
        break;
      case 1: {
        const w = pick(r, WEIRD);
        setAt(v, p, (o, key) => (o[key] = structuredClone(w)));
        recipe.push(`${where} = ${JSON.stringify(w)?.slice(0, 20)}`);
        break;
      }
      case 2:
        setAt(v, p, (o, key) => (o[key] = typeof o[key] === 'string' ? (o[key] as string).normalize('NFD') + pick(r, ['', '\u0301', '\u0000', '..', ',,']) : String(o[key])));
        recipe.push(`${where} as text`);
        break;
      case 3:
        setAt(v, p, (o, key) => (o[key] = [o[key], o[key]]));
        recipe.push(`${where} doubled into an array`);
        break;
      default: {
        const lines = (v as { sections?: Array<{ lines?: unknown[] }> }).sections?.[0]?.lines;
        if (Array.isArray(lines)) {
          for (let j = 0; j < 50; j++) lines.push({ item: pick(r, ['SH.A4', 'XX', 'CL.RL', '']), quantity: pick(r, ['1', '999.999.999.999', '0', '1,5', 'NaN']) });
          recipe.push('50 extra lines');
        } else recipe.push('no lines to grow');
      }
    }
  }
  return [v, recipe.join('; ')];
}

/** Text-level damage of the serialised JSON (what a broken editor or transfer does). */
function mutateJsonText(r: Rand, text: string): [string, string] {
  switch (int(r, 4)) {
    case 0: {
      const at = int(r, text.length);
      return [text.slice(0, at), `truncate at ${at}`];
    }
    case 1: {
      const at = int(r, text.length);
      return [text.slice(0, at) + pick(r, ['NaN', 'Infinity', '-', ',', '}', '"', '\\u', '\u0000', '//']) + text.slice(at), `inject at ${at}`];
    }
    case 2:
      return ['\uFEFF' + text.normalize('NFD'), 'BOM + NFD'];
    default:
      return [text.replace(/"(\d[\d.,]*)"/, '$1'), 'a quoted number unquoted'];
  }
}

// ---------------------------------------------------------------- the run
let tmp = '';
const uncaught: unknown[] = [];
const onUncaught = (e: unknown) => void uncaught.push(e);
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'dutoan-fuzz-'));
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
});
afterAll(() => {
  process.off('uncaughtException', onUncaught);
  process.off('unhandledRejection', onUncaught);
  rmSync(tmp, { recursive: true, force: true });
});

describe(`mutation fuzzer (seed ${SEED}, ${COUNT} mutations)`, () => {
  it('no mutated workbook or JSON input gives anything but a result, findings or a DutoanError', { timeout: 600_000 }, async () => {
    const r = rng(SEED);
    const workbooks: Array<[string, Uint8Array]> = [
      ['hand-made', new Uint8Array(readFileSync(new URL('./fixtures/hand-made/so-tu-phap-tu-lap.xlsx', import.meta.url)))],
      ['hand-made clean', await buildHandMadeWorkbook({ clean: true })],
      ['standard xa-bao-ha', await writeEstimateWorkbook(computeEstimate(examples[0], book))],
    ];
    // The dialects of other writers (prefixes, no r, inline strings), damaged part by part or byte by byte, and
    // encrypted workbooks (Excel's default password) with damaged containers.
    const dialects: Array<[string, Uint8Array]> = [];
    for (const t of ['prefix', 'no-r', 'inline-strings'] as const) {
      dialects.push([`${t} hand-made`, await transform(t, workbooks[0]![1])], [`${t} standard`, await transform(t, workbooks[2]![1])]);
    }
    const encrypted: Array<[string, Uint8Array]> = ['encrypted-agile', 'encrypted-standard'].map((t) => [t, new Uint8Array(readFileSync(join(corpusDir, 'so-tu-phap', `${t}.xlsx`)))]);
    const readPriceSheet = (xlsx as Record<string, unknown>).readPriceSheet as ((b: Uint8Array, o: { file: string }) => Promise<unknown>) | undefined;
    const nWorkbook = Math.round(COUNT * WORKBOOK_SHARE);
    const started = performance.now();

    for (let n = 0; n < COUNT; n++) {
      if (n < nWorkbook) {
        const family = r();
        const [label, base] = pick(r, family < 0.6 ? workbooks : family < 0.9 ? dialects : encrypted);
        const kind = r();
        let bytes: Uint8Array;
        let recipe: string;
        try {
          if (family >= 0.9) [bytes, recipe] = mutateContainer(r, base);
          // exceljs (the cell mutator) cannot load the dialects: they get part and byte damage only.
          else [bytes, recipe] = kind < 0.35 ? mutateBytes(r, base) : kind < 0.9 || family >= 0.6 ? mutatePart(r, base) : await mutateCells(r, base);
        } catch (e) {
          throw new Error(`fuzzer bug at mutation ${n}: ${String(e)}`);
        }
        recipe = `${label}: ${recipe}`;
        const name = `fuzz-${n}.xlsx`;
        await outcome(n, recipe, 'auditWorkbook', () => auditWorkbook(bytes, book, { name }));
        // The strict reader never throws at all: any exception from it is a crash.
        await outcome(n, recipe, 'readEstimateWorkbook', async () => {
          try {
            return await readEstimateWorkbook(bytes);
          } catch (e) {
            throw new Error(`readEstimateWorkbook threw: ${e instanceof Error ? e.message : String(e)}`);
          }
        });
        if (readPriceSheet && n % 4 === 0) await outcome(n, recipe, 'readPriceSheet', () => readPriceSheet(bytes, { file: name }));
      } else {
        const kind = r();
        if (kind < 0.6) {
          const [input, recipe] = mutateJson(r, pick(r, examples));
          await outcome(n, recipe, 'computeEstimate', () => computeEstimate(input, book));
        } else if (kind < 0.8) {
          const [input, recipe] = mutateJson(r, bookJson);
          await outcome(n, `book: ${recipe}`, 'loadPriceBook', () => loadPriceBook(input));
        } else {
          const [text, recipe] = mutateJsonText(r, JSON.stringify(pick(r, examples), null, 2));
          const file = join(tmp, `fuzz-${n}.json`);
          writeFileSync(file, text);
          await outcome(n, `text: ${recipe}`, 'dutoan compute (computeFile)', () => computeFile(file, 'mau-2026'));
        }
      }
    }
    await new Promise((res) => setTimeout(res, 50)); // let stray stream errors surface
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const top = [...codes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([c, k]) => `${c} ${k}`).join(', ');
    console.log(
      `fuzz: seed ${SEED}, ${COUNT} mutations (${nWorkbook} workbooks, ${COUNT - nWorkbook} JSON), ${stats.runs} runs in ${seconds} s: ` +
        `${stats.ok} results (${stats.findings} with findings), ${stats.refused} DutoanError, ${crashes.length + uncaught.length} crashes\n  codes: ${top}` +
        (leaks.size ? `\n  messages quoting a parser's English error: ${[...leaks].map(([k, m]) => `${k}: ${m}`).join(' | ')}` : ''),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(uncaught.map(String)).toEqual([]);
    expect(crashes.slice(0, 10)).toEqual([]);
    expect([...leaks.entries()]).toEqual([]); // a JS runtime error's text is never a user's message
    expect(stats.runs).toBeGreaterThanOrEqual(COUNT);
  });
});

import { parseArgs } from 'node:util';
import { basename } from 'node:path';
import {
  bookCompleteness,
  bookFileText,
  bookHash,
  bookDiffLines,
  bookTitle,
  builtinBooks,
  DutoanError,
  render,
  formatMoney,
  loadPriceBook,
  readBookFile,
  sourceStatusLabels,
  bookStatusShort,
  unitLabel,
  type PriceBook,
} from '@dutoan/core';
import { readInputBytes, readJsonFile } from '../io/read-input.ts';
import { resolveBook } from '../io/resolve-book.ts';
import { writeOutput } from '../io/write-output.ts';
import { bookCliText as t } from '../messages.ts';
import { bookUsage } from '../usage.ts';
import { ExitCode } from '../exit-codes.ts';
import type { Io } from '../main.ts';

/** A book by built-in id or JSON file, with the hash stamped in the file at import time (if any). */
async function loadWithStamp(ref: string): Promise<{ book: PriceBook; stamped: string | null }> {
  if (builtinBooks[ref]) return { book: await resolveBook(ref), stamped: null };
  const { book, stamped } = readBookFile(await readJsonFile(ref));
  return { book, stamped };
}

function list(io: Io): number {
  io.out(t.bookListHeader);
  for (const id of Object.keys(builtinBooks)) {
    const book = loadPriceBook(builtinBooks[id]);
    const c = bookCompleteness(book);
    io.out(t.bookListRow(id, bookStatusShort[book.status] ?? book.status, c.priced, c.total, bookTitle(book)));
    io.out(`  ${''.padEnd(14)} ${t.bookHashLine(bookHash(book))}`);
  }
  return ExitCode.Ok;
}

function describe(book: PriceBook, io: Io): void {
  io.out(t.bookShowHeader(book.id, bookTitle(book), bookStatusShort[book.status] ?? book.status));
  if (book.decision) io.out(t.bookShowDecision(`${book.decision.number} ngày ${book.decision.date}${book.decision.title ? ` — ${book.decision.title}` : ''}`));
  io.out(t.bookShowEffective(book.effective.from, book.effective.to));
  io.out(book.certification ? t.bookCertified(book.certification.by, book.certification.position, book.certification.organisation, book.certification.date) : t.bookNotCertified);
  if (book.note) io.out(book.note);
}

async function show(ref: string, io: Io): Promise<number> {
  const { book } = await loadWithStamp(ref);
  describe(book, io);
  io.out('');
  const [a, b, c, d, e, f] = t.bookShowCols;
  const row = (...x: string[]) => `${x[0]!.padEnd(8)} ${x[1]!.slice(0, 56).padEnd(56)} ${x[2]!.padEnd(12)} ${x[3]!.padStart(12)}  ${x[4]!.padEnd(34)} ${x[5]}`;
  io.out(row(a!, b!, c!, d!, e!, f!));
  for (const it of book.items) {
    const name = it.variant ? `${it.name} (${it.variant})` : it.name;
    io.out(row(it.code, name, unitLabel(it.unit), it.price === null ? '—' : formatMoney(it.price), `${it.provenance.doc}, ${it.provenance.where}`.slice(0, 34), sourceStatusLabels[it.provenance.status]));
  }
  io.out('');
  io.out(t.bookHashLine(bookHash(book)));
  return ExitCode.Ok;
}

async function verify(ref: string, io: Io): Promise<number> {
  const { book, stamped } = await loadWithStamp(ref);
  const hash = bookHash(book);
  const c = bookCompleteness(book);
  describe(book, io);
  io.out(t.bookHashLine(hash));
  let ok = true;
  if (stamped === null) io.out(t.bookNoStamp);
  else if (stamped === hash) io.out(t.bookStampOk);
  else {
    ok = false;
    io.out(t.bookStampMismatch(stamped));
  }
  if (c.complete) io.out(t.bookComplete(c.total));
  else {
    ok = false;
    io.out(t.bookIncomplete(c.priced, c.total, c.missing.map((m) => m.code)));
    io.out(t.bookFixHint(book.id));
  }
  return ok ? ExitCode.Ok : ExitCode.Findings;
}

/** `dutoan book diff OLD NEW`: items added, removed and changed (old → new price), then coefficients. */
async function diff(oldRef: string, newRef: string, io: Io): Promise<number> {
  const [{ book: a }, { book: b }] = [await loadWithStamp(oldRef), await loadWithStamp(newRef)];
  const { lines, differ } = bookDiffLines(a, b, { old: oldRef, new: newRef });
  for (const l of lines) io.out(l);
  return differ ? ExitCode.Findings : ExitCode.Ok;
}

/**
 * `dutoan book list | show | verify | template | import | diff` — the price books: what is built in, what a book holds,
 * whether a book file is intact and complete, and the price sheet a Finance officer fills to enter the
 * decision's figures.
 */
export async function bookCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      book: { type: 'string' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      partial: { type: 'boolean' },
    },
  });
  const need = (what: string) => {
    const p = positionals[0];
    if (!p) throw new DutoanError('USAGE_MISSING_ARGUMENT', { what });
    return p;
  };
  switch (sub) {
    case 'list':
      return list(io);
    case 'show':
      return show(need('mã hoặc tệp bảng đơn giá'), io);
    case 'verify':
      return verify(need('mã hoặc tệp bảng đơn giá'), io);
    case 'diff': {
      const [a, b] = positionals;
      if (!a || !b) throw new DutoanError('USAGE_MISSING_ARGUMENT', { what: 'hai bảng đơn giá (CŨ MỚI)' });
      return diff(a, b, io);
    }
    case 'template': {
      const out = values.output;
      if (!out) throw new DutoanError('USAGE_MISSING_ARGUMENT', { what: 'tệp phiếu nhập (-o TỆP.xlsx)' });
      if (!/\.xlsx$/i.test(out)) throw new DutoanError('USAGE_NEEDS_XLSX', { what: 'priceSheet' });
      const book = await resolveBook(values.book ?? 'lao-cai-2026');
      const { writePriceSheet } = await import('@dutoan/xlsx');
      await writeOutput(out, await writePriceSheet(book), { force: values.force ?? false });
      io.out(t.bookTemplateWrote(out, book.id, book.status === 'sample'));
      return ExitCode.Ok;
    }
    case 'import': {
      const file = need('phiếu nhập đơn giá (.xlsx)');
      const out = values.output;
      if (!out) throw new DutoanError('USAGE_MISSING_ARGUMENT', { what: 'tệp bảng đơn giá (-o TỆP.json)' });
      if (!/\.json$/i.test(out)) throw new DutoanError('USAGE_NEEDS_JSON', { what: 'book' });
      const { readPriceSheet } = await import('@dutoan/xlsx');
      const warnings: string[] = [];
      const book = await readPriceSheet(await readInputBytes(file), { file: basename(file), partial: values.partial ?? false, onWarning: (w) => warnings.push(`  • ${w.path}: ${render(w.code as never, w.params as never)}`) });
      const hash = bookHash(book);
      await writeOutput(out, bookFileText(book), { force: values.force ?? false });
      io.out(t.bookImported(out, book.items.length, bookStatusShort[book.status] ?? book.status));
      io.out(t.bookHashLine(hash));
      for (const w of warnings) io.out(w);
      const c = bookCompleteness(book);
      if (!c.complete) io.out(t.bookIncomplete(c.priced, c.total, c.missing.map((m) => m.code)));
      return ExitCode.Ok;
    }
    default:
      io.err(sub ? render('USAGE_UNKNOWN_SUBCOMMAND', { command: 'book', sub, usage: bookUsage }) : bookUsage);
      return ExitCode.BadInput;
  }
}

import { isDutoanError, render } from '@dutoan/core/errors';
import { commandUsage, helpText, parseArgsProblem } from './usage.ts';
import { ExitCode } from './exit-codes.ts';
import { protectArgs } from './io/protect-inputs.ts';

/** Where a command prints: injectable so tests capture output without spawning processes. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const consoleIo: Io = { out: (t) => console.log(t), err: (t) => console.error(t) };

type Command = (args: string[], io: Io) => Promise<number>;
/**
 * Each command's module is loaded only when that command runs (dynamic import): `dutoan words` never loads the
 * workbook writer, the audit rules or the zod schemas (bench/startup.bench.ts measures the start).
 */
const commands: Record<string, () => Promise<Command>> = {
  demo: async () => (await import('./commands/demo.ts')).demoCommand,
  compute: async () => (await import('./commands/compute.ts')).computeCommand,
  words: async () => (await import('./commands/words.ts')).wordsCommand,
  audit: async () => (await import('./commands/audit.ts')).auditCommand,
  consolidate: async () => (await import('./commands/consolidate.ts')).consolidateCommand,
  book: async () => (await import('./commands/book.ts')).bookCommand,
  appraise: async () => (await import('./commands/appraise.ts')).appraiseCommand,
  plan: async () => (await import('./commands/plan.ts')).planCommand,
  progress: async () => (await import('./commands/progress.ts')).progressCommand,
};

/** Run the `dutoan` command; returns the exit code. Never lets a stack trace reach the user. */
export async function main(argv: string[], io: Io = consoleIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText);
    return name ? ExitCode.Ok : ExitCode.BadInput;
  }
  const load = commands[name];
  if (!load) {
    io.err(render('CLI_UNKNOWN_COMMAND', { command: name }));
    return ExitCode.BadInput;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandUsage(name));
    return ExitCode.Ok;
  }
  protectArgs(rest); // files named on the command line are inputs: never overwritten (io/protect-inputs.ts)
  try {
    const command = await load();
    return await command(rest, io);
  } catch (e) {
    if (isDutoanError(e)) {
      io.err(e.message);
      return ExitCode.BadInput;
    }
    const code = e instanceof TypeError && 'code' in e ? String((e as { code: unknown }).code) : '';
    if (code.startsWith('ERR_PARSE_ARGS')) {
      io.err(render('CLI_BAD_OPTIONS', { ...parseArgsProblem(code, (e as Error).message), command: name }));
      return ExitCode.BadInput;
    }
    io.err(render('CLI_UNEXPECTED', { detail: e instanceof Error ? e.message : String(e) }));
    if (process.env.DUTOAN_DEBUG) io.err(String((e as Error).stack));
    return ExitCode.BadInput;
  }
}

import { isDutoanError, render } from '@dutoan/core';
import { commandUsage, helpText, parseArgsProblem } from './usage.ts';
import { ExitCode } from './exit-codes.ts';
import { protectArgs } from './io/protect-inputs.ts';
import { computeCommand } from './commands/compute.ts';
import { demoCommand } from './commands/demo.ts';
import { wordsCommand } from './commands/words.ts';
import { auditCommand } from './commands/audit.ts';
import { consolidateCommand } from './commands/consolidate.ts';
import { bookCommand } from './commands/book.ts';
import { planCommand } from './commands/plan.ts';
import { progressCommand } from './commands/progress.ts';

/** Where a command prints: injectable so tests capture output without spawning processes. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const consoleIo: Io = { out: (t) => console.log(t), err: (t) => console.error(t) };

type Command = (args: string[], io: Io) => Promise<number>;
const commands: Record<string, Command> = {
  demo: demoCommand,
  compute: computeCommand,
  words: wordsCommand,
  audit: auditCommand,
  consolidate: consolidateCommand,
  book: bookCommand,
  plan: planCommand,
  progress: progressCommand,
};

/** Run the `dutoan` command; returns the exit code. Never lets a stack trace reach the user. */
export async function main(argv: string[], io: Io = consoleIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText);
    return name ? ExitCode.Ok : ExitCode.BadInput;
  }
  const command = commands[name];
  if (!command) {
    io.err(render('CLI_UNKNOWN_COMMAND', { command: name }));
    return ExitCode.BadInput;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandUsage(name));
    return ExitCode.Ok;
  }
  protectArgs(rest); // files named on the command line are inputs: never overwritten (io/protect-inputs.ts)
  try {
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

import { realpathSync, statSync } from 'node:fs';

/**
 * Input files are never written (tệp đầu vào không bao giờ bị ghi): every file named on the command line
 * (except the value of -o/--output) and every file a reader opens is remembered by its real path, and
 * writeOutput refuses to replace one of them — even with --force, even through a symlink or another spelling.
 */
const inputs = new Set<string>();

function real(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/** Remember one input file (called by readers; harmless for paths that do not exist). */
export function markInput(path: string): void {
  const r = real(path);
  if (r) inputs.add(r);
}

/** Forget all inputs and remember the existing files named in `args` (one command run). */
export function protectArgs(args: readonly string[]): void {
  inputs.clear();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    // Options whose value is an output file (-o, audit's --consolidate): an existing one is overwritten with --force.
    if (a === '-o' || a === '--output' || a === '--consolidate') {
      i++;
      continue;
    }
    if (a.startsWith('-')) continue;
    try {
      if (statSync(a).isFile()) markInput(a);
    } catch {
      /* not a file: a command word, a number, a missing path reported by the command itself */
    }
  }
}

/** True when `path` is (the same file as) an input of this run. */
export function isInput(path: string): boolean {
  const r = real(path);
  return r !== null && inputs.has(r);
}

import { vi } from './messages/vi.ts';

/** One problem at one place in the input: a dotted field path (or sheet!cell) and a Vietnamese message. */
export interface Issue {
  path: string;
  message: string;
}

/**
 * The error every public operation of dutoan throws for bad input. `code` is stable; `issues` carries the
 * field paths; `message` is Vietnamese and printable as is (no stack trace is ever shown to users).
 */
export class DutoanError extends Error {
  readonly code: string;
  readonly issues: Issue[];
  constructor(code: string, message: string, issues: Issue[] = []) {
    // A lone issue that only repeats the headline (a parser naming its own field) is not printed twice.
    const listed = issues.length === 1 && issues[0]!.message === message ? [] : issues;
    super(listed.length ? `${message}\n${listed.map((i) => vi.fieldAt(i.path, i.message)).join('\n')}` : message);
    this.name = 'DutoanError';
    this.code = code;
    this.issues = issues;
  }
}

export function isDutoanError(e: unknown): e is DutoanError {
  return e instanceof DutoanError;
}

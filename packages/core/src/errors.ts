import type { MessageCode, MessageParams } from './locale/catalogue.ts';
import type { Locale, Params } from './locale/table.ts';
import { messageRenderer, sentenceOf } from './render-hook.ts';

/**
 * One problem at one place in the input (vấn đề tại một chỗ): a dotted field path (or Sheet!A1), the message
 * code and its parameters, and the Vietnamese sentence. `code` is absent only for sentences given as text by
 * code not yet converted to message codes.
 */
export interface Issue {
  path: string;
  code?: string;
  params?: Params;
  message: string;
}

/** An issue with its code and typed parameters, its Vietnamese sentence rendered (vấn đề có mã). */
export function issueAt<C extends MessageCode>(path: string, code: C, params: MessageParams[C]): Issue {
  return { path, code, params: params as Params, message: sentenceOf(code, params as Params, 'vi') };
}

/** A problem not yet placed (vấn đề chưa gắn vị trí): a code and its parameters. */
export type Problem = { [C in MessageCode]: { code: C; params: MessageParams[C] } }[MessageCode];

export function problem<C extends MessageCode>(code: C, params: MessageParams[C]): Problem {
  return { code, params } as Problem;
}

/** The issue of a problem at `path`. */
export function issueOf(path: string, p: Problem): Issue {
  return issueAt(path, p.code, p.params as never);
}

/** Arguments of a coded error: the code, its parameters (optional when it has none), the issues. */
type CodedArgs = {
  [C in MessageCode]: {} extends MessageParams[C]
    ? [code: C, params?: MessageParams[C], issues?: readonly Issue[]]
    : [code: C, params: MessageParams[C], issues?: readonly Issue[]];
}[MessageCode];
/** Arguments of an error whose headline is already a sentence (code not in the catalogue yet). */
type TextArgs = [code: string, message: string, issues?: readonly Issue[]];

/**
 * The error every public operation of dutoan throws for bad input (lỗi dữ liệu vào). `code` is stable;
 * `params` are its typed parameters; `issues` carry the field paths, each with its own code and parameters;
 * `message` is the Vietnamese text, printable as is (no stack trace is ever shown to users). The locale layer's
 * `renderError(e, 'en')` gives the same error in another locale.
 *
 *   throw new DutoanError('NUMBER_NEGATIVE', { field: 'Dự toán!D12', kind: 'quantity', raw: '-5' });
 */
export class DutoanError extends Error {
  readonly code: string;
  readonly params: Params;
  readonly issues: Issue[];
  /** The headline as given, when the code has no sentence in the catalogue (see TextArgs). */
  readonly text: string | undefined;
  constructor(...args: CodedArgs | TextArgs) {
    const [code, second, issues = []] = args as [string, Params | string | undefined, readonly Issue[] | undefined];
    const text = typeof second === 'string' ? second : undefined;
    const params: Params = typeof second === 'object' && second !== null ? second : {};
    super(composeText(code, params, text, issues, 'vi'));
    this.name = 'DutoanError';
    this.code = code;
    this.params = params;
    this.issues = [...issues];
    this.text = text;
  }
}

/** The error's whole text in `locale`: headline, then one line per issue (unless a lone issue repeats it). */
export function composeText(code: string, params: Params, text: string | undefined, issues: readonly Issue[], locale: Locale): string {
  const headline = text ?? sentenceOf(code, params, locale);
  const lines = issues.map((i) => ({
    path: i.path,
    message: i.code !== undefined && locale !== 'vi' ? sentenceOf(i.code, i.params ?? {}, locale) : i.message,
  }));
  // A lone issue that only repeats the headline (a parser naming its own field) is not printed twice.
  const listed = lines.length === 1 && lines[0]!.message === headline ? [] : lines;
  if (!listed.length) return headline;
  const r = messageRenderer();
  return r ? r.compose(headline, listed, locale) : [headline, ...listed.map((i) => `  ${i.path}: ${i.message}`)].join('\n');
}

/** A DutoanError as plain data (a worker's message, JSON): everything needed to rebuild it. */
export interface DutoanErrorData {
  code: string;
  params: Params;
  text?: string;
  issues: Issue[];
}

export function errorData(e: DutoanError): DutoanErrorData {
  return { code: e.code, params: e.params, ...(e.text !== undefined ? { text: e.text } : {}), issues: e.issues };
}

/** The DutoanError of its plain data (same code, parameters, issues and message). */
export function reviveError(d: DutoanErrorData): DutoanError {
  return d.text !== undefined ? new DutoanError(d.code, d.text, d.issues) : new DutoanError(...([d.code, d.params, d.issues] as unknown as [string, string]));
}

export function isDutoanError(e: unknown): e is DutoanError {
  return e instanceof DutoanError;
}

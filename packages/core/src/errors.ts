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

export function isDutoanError(e: unknown): e is DutoanError {
  return e instanceof DutoanError;
}

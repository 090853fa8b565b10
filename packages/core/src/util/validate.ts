import * as z from 'zod';
import { DutoanError, type Issue } from '../errors.ts';
import type { MessageCode, MessageParams } from '../locale/catalogue.ts';
import type { Params } from '../locale/table.ts';
import { messageRenderer, sentenceOf } from '../render-hook.ts';

/**
 * zod at the input boundary, with messages as codes (kiểm tra dữ liệu vào). Schemas name the code of a
 * failure with `coded(CODE, params)` (as zod's `error` option) or a custom issue's `params: dutoanParams(…)`;
 * every other zod issue becomes INPUT_SCHEMA carrying zod's own Vietnamese and English sentences. The issue
 * travels through zod as a marker string (zod keeps only a message for non-custom issues), decoded here.
 */
const MARK = '\u0001dutoan:';

/** A coded message as zod carries it. */
export interface CodedMessage {
  code: string;
  params?: Params;
}

/** The marker zod carries for a coded message. */
export function markMessage(m: CodedMessage): string {
  return MARK + JSON.stringify(m);
}

/** The coded message inside a zod issue message, or null for a plain message. */
export function unmarkMessage(message: string): CodedMessage | null {
  if (!message.startsWith(MARK)) return null;
  try {
    return JSON.parse(message.slice(MARK.length)) as CodedMessage;
  } catch {
    return null;
  }
}

/** zod's `error` option for a schema or check whose failure has its own message code. */
export function coded<C extends MessageCode>(code: C, ...params: {} extends MessageParams[C] ? [MessageParams[C]?] : [MessageParams[C]]): {
  /** zod's error option: the marker of the code and its parameters (turned into a sentence by the locale). */
  error: () => string;
} {
  const marker = markMessage({ code, params: (params[0] ?? {}) as Params });
  return { error: () => marker };
}

/** `params` of a custom zod issue with its own message code (`ctx.addIssue({ code: 'custom', params: … })`). */
export function dutoanParams<C extends MessageCode>(code: C, params: MessageParams[C]): { dutoan: CodedMessage } {
  return { dutoan: { code, params: params as Params } };
}

/** The per-parse error map (from the locale layer; zod's own English without it). */
export function zodErrorMap(): ((issue: z.core.$ZodRawIssue) => string) | undefined {
  const r = messageRenderer();
  return r ? (issue) => r.zodErrorMap(issue) : undefined;
}

/** `sections[0].lines[2].quantity` from a zod path. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += (out ? '.' : '') + String(p);
  }
  return out;
}

/** Our issues from a zod error: each with its path, code, parameters and Vietnamese sentence. */
export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => {
    const path = formatPath(i.path);
    const m = unmarkMessage(i.message);
    if (!m) return { path, message: i.message };
    return { path, code: m.code, params: m.params ?? {}, message: sentenceOf(m.code, m.params ?? {}, 'vi') };
  });
}

/**
 * Validate untrusted data at an input boundary. Returns the parsed value or throws INVALID_INPUT whose issues
 * carry field paths, codes and Vietnamese messages. `subject` names what is validated (an input subject key of
 * the locale, e.g. "estimate", "book").
 */
export function validate<S extends z.ZodType>(schema: S, data: unknown, subject: string): z.output<S> {
  const map = zodErrorMap();
  const r = map ? schema.safeParse(data, { error: map }) : schema.safeParse(data);
  if (r.success) return r.data;
  throw new DutoanError('INVALID_INPUT', { subject }, zodIssues(r.error));
}

import * as z from 'zod';
import { DutoanError, type Issue } from '../errors.ts';
import { vi } from '../messages/vi.ts';

/** zod's Vietnamese locale, applied per parse (no global side effect on the caller's zod). */
const viLocale = z.locales.vi();

/** `sections[0].lines[2].quantity` from a zod path. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += (out ? '.' : '') + String(p);
  }
  return out;
}

export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
}

/**
 * Validate untrusted data at an input boundary. Returns the parsed value or throws a DutoanError whose
 * issues carry field paths and Vietnamese messages.
 */
export function validate<S extends z.ZodType>(schema: S, data: unknown, what: string): z.output<S> {
  const r = schema.safeParse(data, { error: viLocale.localeError });
  if (r.success) return r.data;
  throw new DutoanError('INVALID_INPUT', vi.invalidInput(what), zodIssues(r.error));
}

import type { Finding } from '../audit/finding.ts';
import { composeText, type DutoanError, type Issue } from '../errors.ts';
import { catalogue, type MessageCode, type MessageParams } from './catalogue.ts';
import type { Locale, Params } from './table.ts';

/** The sentence of one code in one locale (NFC). */
export function render<C extends MessageCode>(code: C, params: MessageParams[C], locale: Locale = 'vi'): string {
  // Looked up as a plain record: the typed lookup is a union of every sentence's signature, too large for TypeScript.
  const table = catalogue[locale] as unknown as Readonly<Record<string, (p: unknown) => string>>;
  return table[code]!(params).normalize('NFC');
}

/** Whether `code` has a sentence in the catalogue. */
export function isMessageCode(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(catalogue.vi, code);
}

/** The sentence of a code known only at run time (from JSON, a worker); undefined when it is not in the catalogue. */
export function renderCode(code: string, params: Params, locale: Locale = 'vi'): string | undefined {
  return isMessageCode(code) ? render(code, params as never, locale) : undefined;
}

/** One issue's sentence in `locale` (a sentence given as text stays as it is). */
export function renderIssue(issue: Issue, locale: Locale = 'vi'): string {
  return (issue.code !== undefined && renderCode(issue.code, issue.params ?? {}, locale)) || issue.message;
}

/** A DutoanError's whole text in `locale`: what `e.message` is in Vietnamese. */
export function renderError(e: DutoanError, locale: Locale = 'vi'): string {
  return composeText(e.code, e.params, e.text, e.issues, locale);
}

/** A headline and its issue lines as one text. */
export function composeIssues(headline: string, issues: ReadonlyArray<{ path: string; message: string }>, locale: Locale): string {
  return [headline, ...issues.map((i) => render('ISSUE_AT', { path: i.path, message: i.message }, locale))].join('\n');
}

/** The same finding with its message in `locale` (a finding whose code has no sentence keeps its message). */
export function localizeFinding<F extends Pick<Finding, 'code' | 'params' | 'message'>>(f: F, locale: Locale): F {
  const message = renderCode(f.code, f.params, locale);
  return message === undefined ? f : { ...f, message };
}

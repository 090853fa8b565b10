/**
 * `@dutoan/core/errors` — the error every function of the package throws for bad input (DutoanError: a code,
 * its parameters, the issues with their paths, and its Vietnamese sentence), its plain-data form for crossing a
 * worker, and the sentences of codes in Vietnamese or English. Light: loads the message catalogue, not zod.
 * @module @dutoan/core/errors
 */
import '../locale/install.ts';

export { DutoanError, errorData, isDutoanError, issueAt, issueOf, problem, reviveError, type DutoanErrorData, type Issue, type Problem } from '../errors.ts';
export { isMessageCode, render, renderError, renderIssue } from '../locale/render.ts';
export type { Locale, Params } from '../locale/table.ts';
export type { MessageCode, MessageParams } from '../locale/catalogue.ts';

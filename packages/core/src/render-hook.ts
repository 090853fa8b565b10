import type { Locale, Params } from './locale/table.ts';

/**
 * The slot through which the lower layers (money, model, errors, util) get sentences without importing any text
 * (mối nối với lớp ngôn ngữ): they raise a code with parameters; the locale layer (`locale/index.ts`, loaded by
 * the package entry) installs the renderer here once. Until it is installed — only when a lower module is used
 * on its own — sentences fall back to the code and its parameters, never to invented text.
 */
export interface MessageRenderer {
  /** The sentence of one code, or undefined when the code has none in the catalogue. */
  sentence(code: string, params: Params, locale: Locale): string | undefined;
  /** A headline and its issue lines, as one printable text. */
  compose(headline: string, issues: ReadonlyArray<{ path: string; message: string }>, locale: Locale): string;
  /** zod's per-parse error map: every issue becomes a coded marker (see util/validate.ts). */
  zodErrorMap(issue: unknown): string;
}

let installed: MessageRenderer | null = null;

/** Called once by the locale layer. */
export function installMessageRenderer(renderer: MessageRenderer): void {
  installed = renderer;
}

export function messageRenderer(): MessageRenderer | null {
  return installed;
}

/** The sentence of `code` in `locale`; without a renderer (or a sentence), the code and its parameters. */
export function sentenceOf(code: string, params: Params, locale: Locale = 'vi'): string {
  const s = installed?.sentence(code, params, locale);
  if (s !== undefined) return s;
  const keys = Object.keys(params);
  return keys.length ? `${code} ${JSON.stringify(params)}` : code;
}

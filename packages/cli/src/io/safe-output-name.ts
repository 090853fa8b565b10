import { dirname, join, resolve } from 'node:path';
import { safeOutputName, type SafeNameOptions } from '@dutoan/core';

// The name itself is core's (the web page names its downloads with it too); the path is this package's.
export { safeOutputName, type SafeNameOptions };

/**
 * `dir/<safe name><ext>`, guaranteed to be a direct child of `dir` (no traversal whatever the text).
 * `ext` includes its dot (".xlsx").
 */
export function safeOutputPath(dir: string, text: string, ext: string, opts: SafeNameOptions = {}): string {
  const name = safeOutputName(text, opts) + ext;
  const full = join(dir, name);
  // Defence in depth: the name has no separators, so this holds; if it ever did not, refuse loudly.
  if (dirname(resolve(full)) !== resolve(dir)) throw new Error(`safeOutputPath: ${name}`);
  return full;
}

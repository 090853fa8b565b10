/**
 * Installs the locale layer's renderer (render-hook.ts) without loading zod: what the light entries
 * (@dutoan/core/errors, /money, /words) import so that a DutoanError has its Vietnamese sentence. zod's
 * per-parse error map joins when locale/index.ts (which the entries that validate with zod import) provides it.
 */
import { installMessageRenderer } from '../render-hook.ts';
import { composeIssues, renderCode } from './render.ts';

let zodMap: ((issue: unknown) => string) | null = null;

/** Called by locale/index.ts with zod's error map (zod-map.ts). */
export function provideZodErrorMap(map: (issue: unknown) => string): void {
  zodMap = map;
}

installMessageRenderer({
  sentence: renderCode,
  compose: composeIssues,
  // only the entries that validate with zod call it, and they load locale/index.ts, which provides the map
  zodErrorMap: (issue) => (zodMap ? zodMap(issue) : ''),
});

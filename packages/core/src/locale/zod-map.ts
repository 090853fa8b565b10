import type * as z from 'zod';
// One locale module each, not the `z.locales` namespace (which holds zod's ~50 locales and would all be bundled).
import zodViLocale from 'zod/v4/locales/vi.js';
import zodEnLocale from 'zod/v4/locales/en.js';
import { markMessage, type CodedMessage } from '../util/validate.ts';

/** zod's own sentences, per locale (zod ships them; we do not translate zod). */
const zodVi = zodViLocale().localeError;
const zodEn = zodEnLocale().localeError;

function zodSentence(map: z.core.$ZodErrorMap, issue: z.core.$ZodRawIssue): string {
  const r = map(issue);
  return typeof r === 'string' ? r : (r?.message ?? issue.code ?? '');
}

/**
 * The per-parse zod error map: a custom issue that names its code (`params.dutoan`) keeps it; any other issue
 * becomes INPUT_SCHEMA with zod's Vietnamese and English sentences. Returned as markers (util/validate.ts).
 */
export function zodErrorMap(issue: unknown): string {
  const iss = issue as z.core.$ZodRawIssue;
  const own = (iss as { params?: { dutoan?: CodedMessage } }).params?.dutoan;
  if (iss.code === 'custom' && own) return markMessage(own);
  return markMessage({ code: 'INPUT_SCHEMA', params: { zod: String(iss.code), vi: zodSentence(zodVi, iss), en: zodSentence(zodEn, iss) } });
}

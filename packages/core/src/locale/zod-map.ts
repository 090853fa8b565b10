import * as z from 'zod';
import { markMessage, type CodedMessage } from '../util/validate.ts';

/** zod's own sentences, per locale (zod ships them; we do not translate zod). */
const zodVi = z.locales.vi().localeError;
const zodEn = z.locales.en().localeError;

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

import type { MessageParams } from '../locale/catalogue.ts';
import type { TemplateParams } from '../locale/template.ts';
import type { TemplateEvidence } from '../read/template-sheets.ts';
import type { Severity } from './codes.ts';
import { finding, type AuditContext } from './context.ts';
import type { Finding, Location } from './finding.ts';

/** A template rule: the audit context plus what the template's other sheets and names hold. */
export type TemplateRule = (ctx: AuditContext, t: TemplateEvidence) => Finding[];

/** A finding of a template rule (its sentence in locale/template.ts); expected/actual only where they say something. */
export function templateFinding<C extends keyof TemplateParams>(
  code: C,
  at: Location,
  params: TemplateParams[C],
  opts: { severity?: Severity; expected?: string | null; actual?: string | null } = {},
): Finding {
  return finding(code, at, opts.expected ?? null, opts.actual ?? null, params as MessageParams[C], opts.severity);
}

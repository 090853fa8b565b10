import type { Params } from '../locale/table.ts';
import { templateVi, type TemplateParams } from '../locale/template.ts';
import { auditCodes, type Severity } from './codes.ts';
import type { AuditContext } from './context.ts';
import type { Finding, Location } from './finding.ts';
import type { TemplateEvidence } from '../read/template-sheets.ts';

/** A template rule: the audit context plus what the template's other sheets and names hold. */
export type TemplateRule = (ctx: AuditContext, t: TemplateEvidence) => Finding[];

/** A finding of a template rule, its sentence from the template locale area. */
export function templateFinding<C extends keyof TemplateParams>(
  code: C,
  at: Location,
  params: TemplateParams[C],
  opts: { severity?: Severity; expected?: string | null; actual?: string | null } = {},
): Finding {
  const render = templateVi[code] as (p: TemplateParams[C]) => string;
  return {
    code,
    severity: opts.severity ?? auditCodes[code].severity,
    location: at,
    expected: opts.expected ?? null,
    actual: opts.actual ?? null,
    params: params as Params,
    message: render(params).normalize('NFC'),
  };
}

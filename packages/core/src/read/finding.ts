import { auditCodes, type FindingCode, type Severity } from '../audit/codes.ts';
import type { Finding, Location } from '../audit/finding.ts';
import { readVi, type ReadParams } from '../locale/read.ts';
import type { Params } from '../locale/table.ts';

/**
 * The one finding type (phát hiện): code + parameters + severity + location, as every audit rule gives it. The
 * reading kit's own findings (how a table was understood — info; what could not be read as written — warning)
 * are built here from the read locale.
 */
export type { Finding, Location };

/** Codes of the read locale that are findings (the others are errors thrown when no table can be read). */
export type ReadFindingCode = Extract<keyof ReadParams, FindingCode>;

export function readFinding<C extends ReadFindingCode>(
  code: C,
  at: Location,
  params: ReadParams[C],
  opts: { severity?: Severity; expected?: string | null; actual?: string | null } = {},
): Finding {
  const render = readVi[code] as (p: ReadParams[C]) => string;
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

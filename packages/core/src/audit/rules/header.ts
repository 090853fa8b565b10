import { finding, type AuditContext } from '../context.ts';
import type { Finding } from '../finding.ts';

/** HEADER_MISSING: agency, date of the document, names of the three signers. */
export function headerRule(ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  const h = ctx.sub.header;
  if (!h.agency.text.trim()) out.push(finding('HEADER_MISSING', h.agency.at, 'tên cơ quan', null, { part: 'agency' }));
  if (!h.date) {
    out.push(finding('HEADER_MISSING', h.dateLine.at, 'ngày … tháng … năm …', h.dateLine.text || null, { part: 'date', raw: h.dateLine.text }));
  }
  for (const key of ['preparer', 'accountant', 'head'] as const) {
    const s = h.signers[key];
    if (!s.name.text.trim()) {
      out.push(finding('HEADER_MISSING', s.name.at, 'họ tên người ký', null, { part: 'signer', signer: key, role: s.role.text }));
    }
  }
  return out;
}

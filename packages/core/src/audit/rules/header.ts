import { auditVi } from '../../messages/audit.ts';
import { finding, type AuditContext } from '../context.ts';
import type { Finding } from '../finding.ts';

/** HEADER_MISSING: agency, date of the document, names of the three signers. */
export function headerRule(ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  const h = ctx.sub.header;
  if (!h.agency.text.trim()) out.push(finding('HEADER_MISSING', h.agency.at, 'tên cơ quan', null, auditVi.headerAgency));
  if (!h.date) {
    out.push(finding('HEADER_MISSING', h.dateLine.at, 'ngày … tháng … năm …', h.dateLine.text || null, auditVi.headerDate(h.dateLine.text)));
  }
  for (const key of ['preparer', 'accountant', 'head'] as const) {
    const s = h.signers[key];
    if (!s.name.text.trim()) {
      const role = s.role.text || auditVi.roles[key];
      out.push(finding('HEADER_MISSING', s.name.at, 'họ tên người ký', null, auditVi.headerSigner(role)));
    }
  }
  return out;
}

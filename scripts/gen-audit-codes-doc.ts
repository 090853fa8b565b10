// Regenerates docs/audit-codes.md from the audit code table in core:
//   node packages/cli/bin/run-ts.js scripts/gen-audit-codes-doc.ts
import { writeFileSync } from 'node:fs';
import { renderAuditCodesMarkdown } from '@dutoan/core';

const target = new URL('../docs/audit-codes.md', import.meta.url);
writeFileSync(target, renderAuditCodesMarkdown());
console.log(`Đã ghi ${target.pathname}`);

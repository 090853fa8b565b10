import { auditCodes, findingCodes } from './codes.ts';

const severityVi = { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' } as const;

/** docs/audit-codes.md, generated from the code table (a test keeps the file equal to this). */
export function renderAuditCodesMarkdown(): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const rows = findingCodes.map((code) => {
    const d = auditCodes[code];
    const note = 'severityNote' in d ? ` ${d.severityNote}` : '';
    return `| \`${code}\` | ${severityVi[d.severity]} | ${esc(d.title)} | ${esc(d.checks)}${esc(note)} |`;
  });
  return [
    '# Mã phát hiện thẩm tra (audit finding codes)',
    '',
    '<!-- Tệp sinh tự động từ packages/core/src/audit/codes.ts — không sửa tay. Sinh lại: node packages/cli/bin/run-ts.js scripts/gen-audit-codes-doc.ts -->',
    '',
    'Mỗi phát hiện có dạng `{ code, severity, location, expected, actual, params, message }`: `location` là ô (`{ sheet, cell }`, ví dụ',
    '`Dự toán!F12`) hoặc đường dẫn dòng của tệp JSON (`{ line }`); `expected`/`actual` là giá trị đúng và giá trị đọc được',
    '(số viết dạng thập phân thuần, ví dụ `1234567`); `params` là các tham số của mã (kiểu khai báo trong',
    '`packages/core/src/locale/audit.ts`); `message` là câu tiếng Việt dựng từ mã và tham số (`locale: \'en\'` cho câu tiếng Anh).',
    'Mã ổn định: không đổi tên, không dùng lại.',
    '',
    '`dutoan audit` trả mã thoát 1 khi có ít nhất một phát hiện mức **lỗi**; cảnh báo và thông tin không làm hỏng kết quả.',
    '',
    '| Mã | Mức mặc định | Tên | Kiểm tra gì |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

import type { BadOption } from '@dutoan/core/locale';

/** The `dutoan` command's usage text (cách dùng): every command, and each command's own lines. */
export const helpText = `dutoan — lập và thẩm tra dự toán kinh phí chỉnh lý, số hóa tài liệu lưu trữ

Cách dùng:
  dutoan demo [--example TÊN] [-o THƯ-MỤC]          Tính một dự toán ví dụ (bảng giá MẪU) và ghi kết quả
  dutoan compute TỆP.json [--book MÃ|TỆP] [--luong TỆP.json] [-o TỆP.json|TỆP.xlsx] [--force]
                                                  Tính dự toán từ tệp dữ liệu JSON
  dutoan words SỐ [--ngan] [--le] [--bon] [--bay] [--no-chan] [--ket]
                                                  Đọc số tiền bằng chữ
  dutoan words --parse "CHUỖI"                      Đổi số tiền bằng chữ ra số
  dutoan audit TỆP|THƯ-MỤC... --book MÃ|TỆP [-o THƯ-MỤC] [--json] [--force] [--jobs N]
              [--pages-per-metre 500-12000] [--consolidate tong-hop.xlsx] [--decisions QUYET-DINH.json|.xlsx]
                                                  Thẩm tra các dự toán .xlsx (mẫu chuẩn hoặc tự lập) và thẩm định
                                                  (giá trị đề nghị, thẩm định, chênh lệch); -o ghi báo cáo: ô sai
                                                  tô đỏ, trang "Kết quả thẩm tra", báo cáo thẩm định .tham-dinh.docx;
                                                  --decisions: quyết định của người thẩm định (một hồ sơ)
  dutoan appraise template TỆP.xlsx --book MÃ|TỆP -o QUYET-DINH.xlsx [--force]
                                                  Mẫu quyết định thẩm định: các dòng của hồ sơ, cột Hành động
                                                  (chấp nhận, thay khối lượng, thay đơn giá, loại), Giá trị, Ghi chú
  dutoan consolidate THƯ-MỤC -o tong-hop.xlsx [--book MÃ|TỆP] [--force] [--jobs N]
                                                  Tổng hợp mọi dự toán trong thư mục thành bảng tổng hợp tỉnh
  dutoan book list | show MÃ|TỆP | verify MÃ|TỆP    Bảng đơn giá: danh sách, nội dung, mã băm và độ đầy đủ
  dutoan book template [--book MÃ|TỆP] -o TỆP.xlsx  Phiếu nhập đơn giá cho cán bộ Sở Tài chính (mặc định lao-cai-2026)
  dutoan book import TỆP.xlsx -o TỆP.json [--partial] [--force]
                                                  Kiểm tra phiếu nhập và chuyển thành bảng đơn giá có mã băm
  dutoan book diff CŨ MỚI                         Hai phiên bản bảng đơn giá: hạng mục thêm, bỏ, đổi giá; hệ số
  dutoan plan --from NGÀY --deadline NGÀY --staff N --hours GIỜ (--pages SỐ --pages-per-day SỐ | --metres SỐ --metres-per-day SỐ)
         [--holidays NGÀY,NGÀY] [--days-per-week 5|6] [--json]
                                                  Kế hoạch nhân lực: ngày công, số người cần, có kịp hạn không
  dutoan progress template -o TỆP.xlsx [--unit "TÊN"] Mẫu báo cáo tiến độ chỉnh lý, số hóa (ô nhập có kiểm tra)
  dutoan progress import TỆP|THƯ-MỤC... [--estimates THƯ-MỤC] [--units TỆP.json] [--departments TỆP.txt] [--json]
                                                  Đọc, kiểm tra các báo cáo tiến độ (lỗi chỉ rõ ô)
  dutoan progress consolidate THƯ-MỤC --estimates THƯ-MỤC -o TỆP.xlsx [--from NGÀY] [--holidays NGÀY,NGÀY]
         [--days-per-week 5|6] [--target SỐ] [--as-of NGÀY] [--svg THƯ-MỤC] [--no-unit-charts] [--force]
                                                  Tổng hợp tiến độ, dự báo ngày xong, biểu đồ; đơn vị chưa báo cáo
  dutoan --help                                    Hướng dẫn này (dutoan LỆNH --help: riêng một lệnh)

Mã thoát: 0 = thành công; 1 = thẩm tra có lỗi; 2 = dữ liệu vào không dùng được.`;

/** The usage line of `dutoan book`, shown with its problems. */
export const bookUsage = 'Cách dùng: dutoan book list | show MÃ|TỆP | verify MÃ|TỆP | template [--book MÃ|TỆP] -o TỆP.xlsx | import TỆP.xlsx -o TỆP.json [--partial] | diff CŨ MỚI';

/** The usage line of `dutoan plan`, shown when its required options are missing. */
/** The usage line of `dutoan appraise`, shown with its problems. */
export const appraiseUsage = 'Cách dùng: dutoan appraise template TỆP.xlsx --book MÃ|TỆP -o QUYET-DINH.xlsx [--force]';

export const planUsage =
  'Cách dùng: dutoan plan --from YYYY-MM-DD --deadline YYYY-MM-DD --staff N --hours GIỜ [--days-per-week 5|6] [--holidays NGÀY,NGÀY] ' +
  '(--pages SỐ --pages-per-day SỐ | --metres SỐ --metres-per-day SỐ) [--json]';

/** The lines of the help text for one command (its "  dutoan NAME …" lines and their continuation lines). */
export function commandUsage(name: string): string {
  const lines = helpText.split('\n');
  const out: string[] = [];
  let inBlock = false;
  for (const line of lines) {
    if (/^ {2}dutoan /.test(line)) inBlock = line.startsWith(`  dutoan ${name} `) || line === `  dutoan ${name}`;
    else if (!/^ {4,}\S/.test(line)) inBlock = false;
    if (inBlock) out.push(line);
  }
  return out.length ? `Cách dùng:\n${out.join('\n')}` : helpText;
}

/**
 * What a node:util parseArgs error is about: the problem and the option or argument at fault, named as typed
 * (rendered as CLI_BAD_OPTIONS). The English text of node is not shown (it speaks of "positional arguments" and
 * "--" escapes, which mean nothing to a user).
 */
export function parseArgsProblem(code: string, message: string): { problem: BadOption; option: string } {
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const option = quoted.replace(/ <value>$/, '');
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return { problem: 'unknownOption', option };
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return { problem: 'unexpectedArgument', option };
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return { problem: /argument missing/.test(message) ? 'needsValue' : 'takesNoValue', option };
    default:
      return { problem: 'unreadable', option };
  }
}

import type { MessageTable } from './table.ts';

/**
 * Messages of the follow-up of the plan (theo dõi tiến độ, issue 16) and of the list of units (danh sách đơn vị):
 * reading progress reports, their checks, the consolidation and forecast, the CLI's lines. Parameters that a
 * sentence shows as numbers are already formatted the Vietnamese way ("1.234.567", "12,5"); dates as "20/04/2026".
 */
export interface ProgressParams {
  // List of units
  AGENCY_REGISTRY_LAO_CAI: Record<string, never>;
  AGENCY_REGISTRY_WHAT: Record<string, never>;
  // Reading a report file
  PROGRESS_NO_TABLE: { file: string };
  PROGRESS_TOO_MANY_ROWS: { sheet: string; max: string };
  PROGRESS_NO_REPORTS: { file: string };
  PROGRESS_IS_CONSOLIDATION: { file: string };
  PROGRESS_UNIT_MISSING: Record<string, never>;
  PROGRESS_UNIT_UNKNOWN: { typed: string; registry: string };
  PROGRESS_UNIT_FORMER: { typed: string; unit: string; former: string };
  PROGRESS_UNIT_AMBIGUOUS: { typed: string; candidates: readonly string[] };
  PROGRESS_UNIT_KIND: { typed: string; unit: string };
  PROGRESS_UNIT_NO_DIACRITICS: { typed: string; unit: string };
  PROGRESS_DATE_MISSING: Record<string, never>;
  PROGRESS_DATE_INVALID: { text: string };
  PROGRESS_DATE_NOT_PLANNED: { date: string; planned: readonly string[] };
  PROGRESS_NOT_A_NUMBER: { column: string; text: string };
  PROGRESS_NEGATIVE: { column: string; text: string };
  PROGRESS_NOT_WHOLE: { column: string; text: string };
  PROGRESS_FORMULA_NO_VALUE: { column: string };
  // Checks across reports
  PROGRESS_DUPLICATE: { unit: string; date: string; first: string };
  PROGRESS_DUPLICATE_SAME: { unit: string; date: string; first: string };
  PROGRESS_DECREASING: { column: string; value: string; previous: string; previousDate: string; previousAt: string };
  PROGRESS_BEYOND_ESTIMATE: { pages: string; estimated: string; estimateFile: string };
  PROGRESS_PAGES_PER_METRE: { pages: string; metres: string; ratio: string; max: string };
  // Estimates given with --estimates
  PROGRESS_ESTIMATE_UNREADABLE: { file: string; reason: string };
  PROGRESS_ESTIMATE_DUPLICATE: { unit: string; files: readonly string[] };
  PROGRESS_ESTIMATE_NO_PAGES: { file: string; unit: string };
  // Forecast (one cell of the consolidation)
  FORECAST_DONE: Record<string, never>;
  FORECAST_ON_TIME: { finish: string };
  FORECAST_LATE: { finish: string | null; deadline: string };
  FORECAST_STAFF: { needed: number; extra: number };
  FORECAST_STAFF_UNKNOWN: Record<string, never>;
  FORECAST_NO_PROGRESS: Record<string, never>;
  FORECAST_NO_ESTIMATE: Record<string, never>;
  FORECAST_NO_RATE: Record<string, never>;
  FORECAST_AFTER_DEADLINE: { deadline: string };
  FORECAST_ARITHMETIC: { remaining: string; rate: string; days: number; from: string; finish: string | null };
  // CLI
  PROGRESS_CLI_USAGE: Record<string, never>;
  PROGRESS_CLI_READ: { reports: number; files: number; errors: number; warnings: number };
  PROGRESS_CLI_FINDING: { severity: string; code: string; where: string; message: string };
  PROGRESS_CLI_WROTE: { file: string };
  PROGRESS_CLI_CONSOLIDATED: { units: number; reported: number; missing: number; used: number; rejected: number; file: string };
  PROGRESS_CLI_NO_FILES: { paths: readonly string[] };
  PROGRESS_CLI_BAD_DATE: { option: string; text: string };
  PROGRESS_CLI_BAD_NUMBER: { option: string; text: string };
  PROGRESS_CLI_BAD_UNITS_FILE: { file: string; detail: string };
  PROGRESS_CLI_SAMPLE: Record<string, never>;
}

const list = (xs: readonly string[]) => xs.join(', ');

/** The progress area's sentences in Vietnamese. */
export const progressVi: MessageTable<ProgressParams> = {
  AGENCY_REGISTRY_LAO_CAI: () => 'Các đơn vị hành chính cấp xã của tỉnh Lào Cai từ 01/7/2025 (89 xã, 10 phường)',
  AGENCY_REGISTRY_WHAT: () => 'danh sách đơn vị',
  PROGRESS_NO_TABLE: (p) =>
    `Tệp ${p.file} không có bảng báo cáo tiến độ: không tìm thấy dòng tiêu đề có các cột "Đơn vị", "Ngày báo cáo" và "Trang A4". ` +
    'Dùng mẫu của lệnh dutoan progress template, hoặc đặt đúng các tiêu đề cột ấy.',
  PROGRESS_TOO_MANY_ROWS: (p) => `Sheet "${p.sheet}" có quá ${p.max} dòng báo cáo; chỉ đọc ${p.max} dòng đầu. Chia thành nhiều tệp.`,
  PROGRESS_NO_REPORTS: (p) => `Tệp ${p.file} có bảng báo cáo nhưng chưa có dòng nào được điền.`,
  PROGRESS_IS_CONSOLIDATION: (p) => `Tệp ${p.file} là sổ tổng hợp tiến độ do dutoan ghi, không phải báo cáo của một đơn vị; bỏ qua tệp này.`,
  PROGRESS_UNIT_MISSING: () => 'Dòng có số liệu nhưng chưa ghi tên đơn vị.',
  PROGRESS_UNIT_UNKNOWN: (p) =>
    `Đơn vị "${p.typed}" không có trong ${p.registry}. Ghi đúng tên xã, phường (ví dụ "xã Bảo Hà") hoặc tên sở, ngành trong danh sách ` +
    'cơ quan (tùy chọn --departments); báo cáo này không được tổng hợp.',
  PROGRESS_UNIT_FORMER: (p) =>
    `"${p.typed}" là tên đơn vị cũ (${p.former}), đã sắp xếp vào ${p.unit} từ 01/7/2025; số liệu được tính cho ${p.unit}. Ghi tên đơn vị mới.`,
  PROGRESS_UNIT_AMBIGUOUS: (p) => `Tên "${p.typed}" ứng với nhiều đơn vị (${list(p.candidates)}); ghi rõ "xã" hay "phường" và tên đầy đủ. Báo cáo này không được tổng hợp.`,
  PROGRESS_UNIT_KIND: (p) => `"${p.typed}" ghi sai loại đơn vị: đúng là ${p.unit}; số liệu được tính cho ${p.unit}.`,
  PROGRESS_UNIT_NO_DIACRITICS: (p) => `Tên đơn vị "${p.typed}" viết không dấu hoặc sai dấu; đã hiểu là ${p.unit}. Văn bản hành chính phải viết tiếng Việt có dấu.`,
  PROGRESS_DATE_MISSING: () => 'Chưa ghi ngày báo cáo (dạng ngày/tháng/năm, ví dụ 20/04/2026).',
  PROGRESS_DATE_INVALID: (p) => `"${p.text}" không phải một ngày (ghi dạng ngày/tháng/năm, ví dụ 20/04/2026).`,
  PROGRESS_DATE_NOT_PLANNED: (p) => `Ngày ${p.date} không phải mốc báo cáo của Kế hoạch (${list(p.planned)}); báo cáo vẫn được tổng hợp vào mốc kế tiếp.`,
  PROGRESS_NOT_A_NUMBER: (p) => `Cột "${p.column}": "${p.text}" không phải số. Ghi số, ví dụ 1.234.567 hoặc 12,5.`,
  PROGRESS_NEGATIVE: (p) => `Cột "${p.column}": số âm (${p.text}); số liệu lũy kế không thể âm.`,
  PROGRESS_NOT_WHOLE: (p) => `Cột "${p.column}": ${p.text} không phải số nguyên (đếm trang, hồ sơ, văn bản, người, đồng là số nguyên).`,
  PROGRESS_FORMULA_NO_VALUE: (p) => `Cột "${p.column}": ô có công thức nhưng chưa có giá trị tính sẵn; mở tệp bằng Excel, lưu lại rồi gửi.`,
  PROGRESS_DUPLICATE: (p) =>
    `${p.unit} đã có báo cáo ngày ${p.date} (${p.first}) với số liệu khác; không ghi đè — báo cáo này không được tổng hợp, giữ báo cáo đã đọc trước. ` +
    'Bỏ bản sai khỏi thư mục rồi chạy lại.',
  PROGRESS_DUPLICATE_SAME: (p) => `${p.unit} gửi hai lần cùng một báo cáo ngày ${p.date} (bản trước: ${p.first}); chỉ tính một lần.`,
  PROGRESS_DECREASING: (p) =>
    `Cột "${p.column}": số lũy kế giảm, ${p.value} < ${p.previous} của báo cáo ngày ${p.previousDate} (${p.previousAt}). ` +
    'Số lũy kế chỉ tăng hoặc giữ nguyên; báo cáo này không được tổng hợp.',
  PROGRESS_BEYOND_ESTIMATE: (p) => `Đã số hóa ${p.pages} trang, vượt ${p.estimated} trang của dự toán (${p.estimateFile}). Kiểm tra số liệu hoặc dự toán.`,
  PROGRESS_PAGES_PER_METRE: (p) =>
    `${p.pages} trang đã số hóa trên ${p.metres} mét giá đã chỉnh lý = ${p.ratio} trang/mét, quá ${p.max} trang/mét một mét giá thường chứa. ` +
    'Có thể gõ nhầm đơn vị (mét/trang); nếu số trang gồm tài liệu đã chỉnh lý từ trước thì ghi rõ ở cột Ghi chú.',
  PROGRESS_ESTIMATE_UNREADABLE: (p) => `Không đọc được dự toán ${p.file}: ${p.reason}`,
  PROGRESS_ESTIMATE_DUPLICATE: (p) => `${p.unit} có nhiều dự toán (${list(p.files)}); không biết dùng bản nào nên chưa so với dự toán. Để lại một bản trong thư mục.`,
  PROGRESS_ESTIMATE_NO_PAGES: (p) => `Dự toán ${p.file} của ${p.unit} không có dòng số hóa tính theo trang; chưa so được với số trang đã số hóa.`,
  FORECAST_DONE: () => 'Đã xong',
  FORECAST_ON_TIME: (p) => `Kịp (dự kiến xong ${p.finish})`,
  FORECAST_LATE: (p) => (p.finish ? `Không kịp ${p.deadline} (dự kiến xong ${p.finish})` : `Không kịp ${p.deadline} (quá 10 năm với tốc độ này)`),
  FORECAST_STAFF: (p) => `cần ${p.needed} người (thêm ${p.extra})`,
  FORECAST_STAFF_UNKNOWN: () => 'chưa tính được số người cần (báo cáo không ghi số người)',
  FORECAST_NO_PROGRESS: () => 'Không kịp: không tăng so với kỳ trước',
  FORECAST_NO_ESTIMATE: () => 'Chưa có dự toán để so',
  FORECAST_NO_RATE: () => 'Chưa tính được tốc độ (cần hai kỳ báo cáo, hoặc ngày bắt đầu --from)',
  FORECAST_AFTER_DEADLINE: (p) => `Không kịp ${p.deadline}: đã quá hạn mà chưa xong`,
  FORECAST_ARITHMETIC: (p) =>
    `còn ${p.remaining} trang ÷ ${p.rate} trang/ngày làm việc = ${p.days} ngày làm việc kể từ ${p.from}` + (p.finish ? ` → ${p.finish}` : ' → quá 10 năm'),
  PROGRESS_CLI_USAGE: () =>
    'Cách dùng:\n' +
    '  dutoan progress template -o TỆP.xlsx [--unit "TÊN ĐƠN VỊ"] [--force]\n' +
    '  dutoan progress import TỆP|THƯ-MỤC... [--estimates THƯ-MỤC] [--units TỆP.json] [--departments TỆP.txt] [--json]\n' +
    '  dutoan progress consolidate THƯ-MỤC --estimates THƯ-MỤC -o TỆP.xlsx [--from NGÀY] [--holidays NGÀY,NGÀY]\n' +
    '         [--days-per-week 5|6] [--target SỐ-TRANG] [--as-of NGÀY] [--units TỆP.json] [--departments TỆP.txt] [--svg THƯ-MỤC] [--force]',
  PROGRESS_CLI_READ: (p) => `Đã đọc ${p.reports} báo cáo từ ${p.files} tệp: ${p.errors} lỗi, ${p.warnings} cảnh báo.`,
  PROGRESS_CLI_FINDING: (p) => `  ${p.severity.padEnd(9)} ${p.code.padEnd(26)} ${p.where.padEnd(34)} ${p.message}`,
  PROGRESS_CLI_WROTE: (p) => `Đã ghi ${p.file}`,
  PROGRESS_CLI_CONSOLIDATED: (p) =>
    `Tổng hợp ${p.units} đơn vị: ${p.reported} đã báo cáo, ${p.missing} chưa báo cáo; ${p.used} báo cáo được tổng hợp, ${p.rejected} báo cáo có lỗi không tổng hợp. Đã ghi ${p.file}`,
  PROGRESS_CLI_NO_FILES: (p) => `Không tìm thấy tệp .xlsx nào trong: ${list(p.paths)}.`,
  PROGRESS_CLI_BAD_DATE: (p) => `${p.option} "${p.text}" không phải ngày (ghi YYYY-MM-DD hoặc ngày/tháng/năm).`,
  PROGRESS_CLI_BAD_NUMBER: (p) => `${p.option} "${p.text}" không phải số nguyên dương.`,
  PROGRESS_CLI_BAD_UNITS_FILE: (p) => `Tệp danh sách đơn vị ${p.file} không dùng được: ${p.detail}`,
  PROGRESS_CLI_SAMPLE: () => 'CHÚ Ý: danh sách đơn vị là MẪU (hư cấu) — kết quả chỉ để chạy thử.',
};

/** The progress area's sentences in English (for developers). */
export const progressEn: MessageTable<ProgressParams> = {
  AGENCY_REGISTRY_LAO_CAI: () => 'Commune-level units of Lào Cai province from 2025-07-01 (89 communes, 10 wards)',
  AGENCY_REGISTRY_WHAT: () => 'list of units',
  PROGRESS_NO_TABLE: (p) => `${p.file} has no progress-report table: no header row with the columns "Đơn vị", "Ngày báo cáo" and "Trang A4".`,
  PROGRESS_TOO_MANY_ROWS: (p) => `Sheet "${p.sheet}" has more than ${p.max} report rows; only the first ${p.max} are read.`,
  PROGRESS_NO_REPORTS: (p) => `${p.file} has a report table but no filled row.`,
  PROGRESS_IS_CONSOLIDATION: (p) => `${p.file} is a progress consolidation written by dutoan, not a unit's report; skipped.`,
  PROGRESS_UNIT_MISSING: () => 'Row has figures but no unit name.',
  PROGRESS_UNIT_UNKNOWN: (p) => `Unit "${p.typed}" is not in ${p.registry}; the report is not consolidated.`,
  PROGRESS_UNIT_FORMER: (p) => `"${p.typed}" is a former unit (${p.former}) merged into ${p.unit} on 2025-07-01; counted for ${p.unit}.`,
  PROGRESS_UNIT_AMBIGUOUS: (p) => `"${p.typed}" names several units (${list(p.candidates)}); the report is not consolidated.`,
  PROGRESS_UNIT_KIND: (p) => `"${p.typed}" has the wrong kind of unit: it is ${p.unit}; counted for it.`,
  PROGRESS_UNIT_NO_DIACRITICS: (p) => `Unit name "${p.typed}" lacks or misplaces diacritics; read as ${p.unit}.`,
  PROGRESS_DATE_MISSING: () => 'Reporting date missing.',
  PROGRESS_DATE_INVALID: (p) => `"${p.text}" is not a date.`,
  PROGRESS_DATE_NOT_PLANNED: (p) => `${p.date} is not one of the plan's reporting dates (${list(p.planned)}); counted at the next one.`,
  PROGRESS_NOT_A_NUMBER: (p) => `Column "${p.column}": "${p.text}" is not a number.`,
  PROGRESS_NEGATIVE: (p) => `Column "${p.column}": negative figure (${p.text}).`,
  PROGRESS_NOT_WHOLE: (p) => `Column "${p.column}": ${p.text} is not a whole number.`,
  PROGRESS_FORMULA_NO_VALUE: (p) => `Column "${p.column}": formula without a cached value.`,
  PROGRESS_DUPLICATE: (p) => `${p.unit} already reported for ${p.date} (${p.first}) with other figures; this report is not used, nothing is overwritten.`,
  PROGRESS_DUPLICATE_SAME: (p) => `${p.unit} sent the same report for ${p.date} twice (first: ${p.first}); counted once.`,
  PROGRESS_DECREASING: (p) => `Column "${p.column}": cumulative figure went down, ${p.value} < ${p.previous} on ${p.previousDate} (${p.previousAt}); not consolidated.`,
  PROGRESS_BEYOND_ESTIMATE: (p) => `${p.pages} pages digitized exceed the ${p.estimated} pages estimated (${p.estimateFile}).`,
  PROGRESS_PAGES_PER_METRE: (p) => `${p.pages} pages on ${p.metres} metres = ${p.ratio} pages per metre, above ${p.max}.`,
  PROGRESS_ESTIMATE_UNREADABLE: (p) => `Cannot read estimate ${p.file}: ${p.reason}`,
  PROGRESS_ESTIMATE_DUPLICATE: (p) => `${p.unit} has several estimates (${list(p.files)}); none is used.`,
  PROGRESS_ESTIMATE_NO_PAGES: (p) => `Estimate ${p.file} of ${p.unit} has no per-page digitization line.`,
  FORECAST_DONE: () => 'Done',
  FORECAST_ON_TIME: (p) => `On time (finish ${p.finish})`,
  FORECAST_LATE: (p) => (p.finish ? `Late for ${p.deadline} (finish ${p.finish})` : `Late for ${p.deadline} (beyond 10 years at this rate)`),
  FORECAST_STAFF: (p) => `needs ${p.needed} people (${p.extra} more)`,
  FORECAST_STAFF_UNKNOWN: () => 'staff needed unknown (no staff reported)',
  FORECAST_NO_PROGRESS: () => 'Late: no progress since the previous report',
  FORECAST_NO_ESTIMATE: () => 'No estimate to compare with',
  FORECAST_NO_RATE: () => 'No rate yet (needs two reports, or a start date --from)',
  FORECAST_AFTER_DEADLINE: (p) => `Late for ${p.deadline}: past the deadline and not done`,
  FORECAST_ARITHMETIC: (p) => `${p.remaining} pages left ÷ ${p.rate} pages per working day = ${p.days} working days from ${p.from}` + (p.finish ? ` → ${p.finish}` : ' → beyond 10 years'),
  PROGRESS_CLI_USAGE: () => 'Usage: dutoan progress template | import | consolidate (see the Vietnamese help).',
  PROGRESS_CLI_READ: (p) => `Read ${p.reports} reports from ${p.files} files: ${p.errors} errors, ${p.warnings} warnings.`,
  PROGRESS_CLI_FINDING: (p) => `  ${p.severity} ${p.code} ${p.where} ${p.message}`,
  PROGRESS_CLI_WROTE: (p) => `Wrote ${p.file}`,
  PROGRESS_CLI_CONSOLIDATED: (p) => `${p.units} units: ${p.reported} reported, ${p.missing} missing; ${p.used} reports used, ${p.rejected} rejected. Wrote ${p.file}`,
  PROGRESS_CLI_NO_FILES: (p) => `No .xlsx file in: ${list(p.paths)}.`,
  PROGRESS_CLI_BAD_DATE: (p) => `${p.option} "${p.text}" is not a date.`,
  PROGRESS_CLI_BAD_NUMBER: (p) => `${p.option} "${p.text}" is not a positive whole number.`,
  PROGRESS_CLI_BAD_UNITS_FILE: (p) => `Units file ${p.file} unusable: ${p.detail}`,
  PROGRESS_CLI_SAMPLE: () => 'NOTE: the list of units is a SAMPLE (fictional).',
};

/** Terms of the progress workbooks (sheet names, column headers, titles): Vietnamese only, as the workbooks are. */
export const progressTerms = {
  reportSheet: 'Báo cáo tiến độ',
  unitsSheet: 'Danh mục đơn vị',
  guideSheet: 'Hướng dẫn',
  reportTitle: 'BÁO CÁO KẾT QUẢ CHỈNH LÝ, SỐ HÓA TÀI LIỆU LƯU TRỮ NĂM 2026',
  reportSubtitle: 'Theo Kế hoạch số hóa tài liệu lưu trữ năm 2026 của UBND tỉnh Lào Cai, mục IV.3.c — gửi Sở Nội vụ',
  reportInstruction:
    'Mỗi dòng là một lần báo cáo của một đơn vị. Số liệu là LŨY KẾ từ khi thực hiện Kế hoạch đến ngày báo cáo (không phải số của riêng kỳ đó). ' +
    'Ô nền vàng là ô nhập; để trống ô chưa có số liệu (khác với số 0).',
  sampleBanner: 'MẪU — số liệu hư cấu, chỉ để thử chương trình',
  columns: {
    stt: 'STT',
    unit: 'Đơn vị (sở, ngành; xã, phường)',
    date: 'Ngày báo cáo',
    metres: 'Tài liệu đã chỉnh lý (mét giá, lũy kế)',
    pagesA4: 'Trang A4 đã số hóa (lũy kế)',
    pagesA3: 'Trang A3 đã số hóa (lũy kế)',
    pagesLarger: 'Trang khổ lớn hơn A3 đã số hóa (lũy kế)',
    files: 'Hồ sơ đã biên mục (lũy kế)',
    documents: 'Văn bản đã biên mục (lũy kế)',
    spending: 'Kinh phí đã chi (đồng, lũy kế)',
    staff: 'Số người đang thực hiện',
    note: 'Ghi chú',
  },
  unitsHeaders: ['STT', 'Đơn vị', 'Loại', 'Sắp xếp từ (đơn vị cũ)', 'Căn cứ'],
  kindLabels: { xa: 'xã', phuong: 'phường', 'thi-tran': 'thị trấn', 'co-quan': 'cơ quan, đơn vị' },
  guide: [
    'Cách điền báo cáo tiến độ chỉnh lý, số hóa tài liệu lưu trữ:',
    '1. Sheet "Báo cáo tiến độ": mỗi lần báo cáo (20/4, 15/5, 30/5, 20/6/2026) điền một dòng; có thể điền nhiều đơn vị trong một tệp.',
    '2. Cột "Đơn vị": ghi tên đơn vị như trong sheet "Danh mục đơn vị" (ví dụ "xã Bảo Hà"); sở, ngành ghi tên cơ quan.',
    '3. Cột "Ngày báo cáo": ngày/tháng/năm, ví dụ 20/04/2026.',
    '4. Các số liệu là LŨY KẾ từ khi thực hiện Kế hoạch: lần sau không được nhỏ hơn lần trước.',
    '5. Số trang, hồ sơ, văn bản, người, đồng là số nguyên; mét giá có thể có phần thập phân (12,5).',
    '6. Gửi tệp cho Sở Nội vụ; Sở tổng hợp bằng lệnh dutoan progress consolidate.',
  ],
  validation: {
    count: { title: 'Số nguyên', error: 'Nhập số nguyên không âm (số trang, hồ sơ, văn bản, người, đồng).' },
    metres: { title: 'Mét giá', error: 'Nhập số mét giá không âm, tối đa 2 chữ số thập phân, ví dụ 12,5.' },
    date: { title: 'Ngày báo cáo', error: 'Nhập ngày trong năm 2025–2030, dạng ngày/tháng/năm, ví dụ 20/04/2026.', prompt: 'Mốc báo cáo: 20/04, 15/05, 30/05, 20/06/2026.' },
    unit: { title: 'Đơn vị', error: 'Tên đơn vị không có trong Danh mục đơn vị. Sở, ngành: bấm Yes để giữ tên đã gõ.' },
  },
  consolidation: {
    provinceSheet: 'Tổng hợp tỉnh',
    unitsSheet: 'Theo đơn vị',
    roundsSheet: 'Theo kỳ báo cáo',
    missingSheet: 'Chưa báo cáo',
    findingsSheet: 'Kiểm tra báo cáo',
    reportsSheet: 'Báo cáo đã đọc',
    chartsSheet: 'Biểu đồ đơn vị',
    title: 'TỔNG HỢP TIẾN ĐỘ CHỈNH LÝ, SỐ HÓA TÀI LIỆU LƯU TRỮ NĂM 2026',
    /** The line under the consolidation's title: units, reports read, the target and its deadline. */
    meta: (units: number, reports: number, target: string, deadline: string) =>
      `${units} đơn vị; ${reports} báo cáo được tổng hợp; mục tiêu ${target} trang đến ${deadline}.`,
    method:
      'Số lũy kế của tỉnh tại một mốc = tổng số lũy kế mới nhất của từng đơn vị tính đến mốc đó (đơn vị chưa báo cáo kỳ này lấy số kỳ trước). ' +
      'Tốc độ = số trang tăng thêm ÷ số ngày làm việc giữa hai lần báo cáo; dự báo = ngày làm việc thứ ⌈còn lại ÷ tốc độ⌉ sau ngày báo cáo.',
    /** Where the target comes from: document, place in it, provenance status. */
    targetSource: (doc: string, where: string, status: string) => `Mục tiêu: ${doc}, ${where} (${status}).`,
    provinceHeaders: ['Mốc báo cáo', 'Đơn vị báo cáo đúng mốc', 'Mét giá đã chỉnh lý', 'Trang đã số hóa (lũy kế)', 'Mục tiêu (trang)', '% mục tiêu', 'Ngày làm việc từ mốc trước', 'Tốc độ (trang/ngày làm việc)', 'Dự báo', 'Số người cần', 'Kinh phí đã chi (đồng)'],
    unitHeaders: ['STT', 'Đơn vị', 'Loại', 'Báo cáo gần nhất', 'Mét giá đã chỉnh lý', 'Trang A4', 'Trang A3', 'Trang khổ lớn', 'Tổng trang đã số hóa', 'Trang theo dự toán', '% dự toán', '% trang còn lại của tỉnh', 'Tốc độ (trang/ngày làm việc)', 'Dự báo', 'Số người cần', 'Hồ sơ đã biên mục', 'Văn bản đã biên mục', 'Kinh phí đã chi (đồng)', 'Số người', 'Dự toán (tệp)'],
    roundsFirstHeaders: ['STT', 'Đơn vị'],
    roundsNote: 'Ô chữ nghiêng xám: đơn vị chưa báo cáo mốc này, lấy số của lần báo cáo trước.',
    missingHeaders: ['STT', 'Đơn vị', 'Loại', 'Mốc chưa báo cáo', 'Ghi chú'],
    missingNone: 'Chưa gửi báo cáo nào',
    findingsHeaders: ['STT', 'Tệp', 'Ô', 'Mức', 'Mã', 'Nội dung'],
    reportsHeaders: ['STT', 'Tệp', 'Dòng', 'Đơn vị (như ghi)', 'Đơn vị', 'Ngày báo cáo', 'Mét giá', 'Trang A4', 'Trang A3', 'Trang khổ lớn', 'Hồ sơ', 'Văn bản', 'Kinh phí (đồng)', 'Số người', 'Tổng hợp?', 'Ghi chú'],
    used: 'có',
    notUsed: 'không (có lỗi)',
    totalRow: 'TỔNG CỘNG',
    severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' },
    /** The title of a progress chart (the province, or one unit). */
    chartTitle: (who: string) => `Tiến độ số hóa — ${who}`,
    chartProvince: 'toàn tỉnh',
    chartDone: 'Đã số hóa (lũy kế)',
    chartTarget: 'Mục tiêu',
    chartIdeal: 'Tiến độ cần đạt',
    /** The label of a reporting deadline on the chart. */
    chartDeadline: (d: string) => `Hạn ${d}`,
    chartPagesAxis: 'Trang',
  },
} as const;

import type { MessageTable } from './table.ts';

/**
 * The `dutoan` command's problems (lỗi dòng lệnh): options, files, outputs, usage of one command. The usage text
 * itself lives in the CLI (packages/cli/src/usage.ts) and arrives as a parameter; so do the CLI's descriptions of
 * a missing argument ("tệp dữ liệu dự toán (.json)") and sizes already written the Vietnamese way ("1,5").
 */
export interface CliParams {
  CLI_UNKNOWN_COMMAND: { command: string };
  /** Options node:util parseArgs refused: which problem, the option or argument as typed, the command. */
  CLI_BAD_OPTIONS: { problem: BadOption; option: string; command: string };
  CLI_UNEXPECTED: { detail: string };
  USAGE_MISSING_ARGUMENT: { what: string };
  /** A command's usage line, when its required options are missing. */
  USAGE_COMMAND: { usage: string };
  USAGE_UNKNOWN_EXAMPLE: { name: string; names: readonly string[] };
  USAGE_UNKNOWN_SUBCOMMAND: { command: string; sub: string; usage: string };
  USAGE_NEEDS_XLSX: { what: 'priceSheet' };
  USAGE_NEEDS_JSON: { what: 'book' };
  USAGE_BAD_JOBS: { raw: string };
  USAGE_BAD_RANGE: { raw: string };
  USAGE_PLAN_NEEDS_TASK: {};
  USAGE_PLAN_NEEDS_RATE: { volume: string; rate: string };
  USAGE_BAD_NUMBER: { option: string; raw: string };
  FILE_UNREADABLE: { file: string; reason: string };
  INVALID_JSON: { file: string; detail: string };
  INPUT_FILE_TOO_LARGE: { file: string; size: string; max: string };
  OUTPUT_IS_INPUT: { file: string };
  OUTPUT_EXISTS: { file: string };
  OUTPUT_UNWRITABLE: { file: string; detail: string };
  BOOK_NOT_FOUND: { ref: string; ids: readonly string[] };
  NO_BOOK: {};
  NO_INPUT: { paths: readonly string[] };
  FILE_NOT_FOUND: { paths: readonly string[] };
  WORKER_FAILED: { detail: string };
  WORKER_NOT_STARTED: { detail: string };
}

/** What node:util parseArgs refused (its error codes, translated in cli/src/usage.ts). */
export type BadOption = 'unknownOption' | 'unexpectedArgument' | 'needsValue' | 'takesNoValue' | 'unreadable';

const badOptionVi: Record<BadOption, (o: string) => string> = {
  unknownOption: (o) => `lệnh này không có tùy chọn ${o}`,
  unexpectedArgument: (o) => `thừa tham số "${o}"`,
  needsValue: (o) => `tùy chọn ${o} cần một giá trị đi kèm`,
  takesNoValue: (o) => `tùy chọn ${o} không nhận giá trị`,
  unreadable: () => 'không đọc được các tham số',
};
const badOptionEn: Record<BadOption, (o: string) => string> = {
  unknownOption: (o) => `this command has no option ${o}`,
  unexpectedArgument: (o) => `unexpected argument "${o}"`,
  needsValue: (o) => `option ${o} needs a value`,
  takesNoValue: (o) => `option ${o} takes no value`,
  unreadable: () => 'the options cannot be read',
};

const unreadableVi = (reason: string) => (reason === 'ENOENT' ? ' (tệp không tồn tại)' : reason ? ` (${reason})` : '');
const unreadableEn = (reason: string) => (reason === 'ENOENT' ? ' (no such file)' : reason ? ` (${reason})` : '');

export const cliVi: MessageTable<CliParams> = {
  CLI_UNKNOWN_COMMAND: (p) => `Không có lệnh "${p.command}". Gõ dutoan --help để xem các lệnh.`,
  CLI_BAD_OPTIONS: (p) => `Tham số không đúng: ${badOptionVi[p.problem](p.option)}. Gõ dutoan ${p.command} --help để xem cách dùng.`,
  CLI_UNEXPECTED: (p) => `Lỗi không lường trước: ${p.detail}. Vui lòng báo lại cho nhóm phát triển.`,
  USAGE_MISSING_ARGUMENT: (p) => `Thiếu ${p.what}. Gõ dutoan --help để xem cách dùng.`,
  USAGE_COMMAND: (p) => p.usage,
  USAGE_UNKNOWN_EXAMPLE: (p) => `Không có ví dụ "${p.name}". Các ví dụ: ${p.names.join(', ')}.`,
  USAGE_UNKNOWN_SUBCOMMAND: (p) => `Không có lệnh "${p.command} ${p.sub}". ${p.usage}`,
  USAGE_NEEDS_XLSX: () => 'Phiếu nhập đơn giá phải là tệp .xlsx.',
  USAGE_NEEDS_JSON: () => 'Tệp kết quả phải là .json.',
  USAGE_BAD_JOBS: (p) => `--jobs "${p.raw}" phải là số luồng (1 = không chạy song song).`,
  USAGE_BAD_RANGE: (p) => `--pages-per-metre "${p.raw}" không đúng dạng NHỎ-LỚN, ví dụ 500-12000.`,
  USAGE_PLAN_NEEDS_TASK: () => 'Cần ít nhất một việc: --pages với --pages-per-day, hoặc --metres với --metres-per-day.',
  USAGE_PLAN_NEEDS_RATE: (p) => `Có ${p.volume} thì phải có ${p.rate} (năng suất đo được, người/ngày) — định mức số hóa, chỉnh lý chính thức chưa có số.`,
  USAGE_BAD_NUMBER: (p) => `--${p.option}: "${p.raw}" không phải số hợp lệ.`,
  FILE_UNREADABLE: (p) => `Không đọc được tệp ${p.file}${unreadableVi(p.reason)}.`,
  INVALID_JSON: (p) => `Tệp ${p.file} không phải JSON hợp lệ (${p.detail}).`,
  INPUT_FILE_TOO_LARGE: (p) =>
    `Tệp ${p.file} quá lớn (${p.size} MB; giới hạn ${p.max} MB). Kiểm tra lại tệp, hoặc nâng giới hạn bằng biến môi trường DUTOAN_MAX_FILE_MB.`,
  OUTPUT_IS_INPUT: (p) => `Tệp ${p.file} là tệp đầu vào của lệnh này; không ghi đè tệp đầu vào (kể cả với --force). Chọn tên tệp kết quả khác.`,
  OUTPUT_EXISTS: (p) => `Tệp ${p.file} đã có; không ghi đè. Thêm --force nếu muốn ghi đè.`,
  OUTPUT_UNWRITABLE: (p) => `Không ghi được tệp ${p.file} (${p.detail}).`,
  BOOK_NOT_FOUND: (p) => `Không tìm thấy bảng đơn giá "${p.ref}". Bảng có sẵn: ${p.ids.join(', ')}; hoặc đưa đường dẫn tệp .json.`,
  NO_BOOK: () => 'Chưa chọn bảng đơn giá: ghi "book" trong tệp dữ liệu hoặc dùng --book MÃ|TỆP.',
  NO_INPUT: (p) => `Không tìm thấy tệp .xlsx nào trong: ${p.paths.join(', ')}.`,
  FILE_NOT_FOUND: (p) => p.paths.map((x) => `Không tìm thấy ${x}.`).join('\n'),
  WORKER_FAILED: (p) => `Luồng thẩm tra bị lỗi khi đọc tệp này (${p.detail}).`,
  WORKER_NOT_STARTED: (p) => `Không khởi động được luồng thẩm tra phụ (${p.detail}); các tệp được thẩm tra trên luồng chính: chậm hơn, kết quả như nhau.`,
};

export const cliEn: MessageTable<CliParams> = {
  CLI_UNKNOWN_COMMAND: (p) => `No command "${p.command}". Type dutoan --help for the commands.`,
  CLI_BAD_OPTIONS: (p) => `Wrong options: ${badOptionEn[p.problem](p.option)}. Type dutoan ${p.command} --help for its usage.`,
  CLI_UNEXPECTED: (p) => `Unexpected error: ${p.detail}. Please report it to the developers.`,
  USAGE_MISSING_ARGUMENT: (p) => `Missing ${p.what}. Type dutoan --help for the usage.`,
  USAGE_COMMAND: (p) => p.usage,
  USAGE_UNKNOWN_EXAMPLE: (p) => `No example "${p.name}". Examples: ${p.names.join(', ')}.`,
  USAGE_UNKNOWN_SUBCOMMAND: (p) => `No command "${p.command} ${p.sub}". ${p.usage}`,
  USAGE_NEEDS_XLSX: () => 'The price sheet must be an .xlsx file.',
  USAGE_NEEDS_JSON: () => 'The output file must be .json.',
  USAGE_BAD_JOBS: (p) => `--jobs "${p.raw}" must be a number of threads (1 = no parallelism).`,
  USAGE_BAD_RANGE: (p) => `--pages-per-metre "${p.raw}" must be written LOW-HIGH, e.g. 500-12000.`,
  USAGE_PLAN_NEEDS_TASK: () => 'At least one task is needed: --pages with --pages-per-day, or --metres with --metres-per-day.',
  USAGE_PLAN_NEEDS_RATE: (p) => `${p.volume} needs ${p.rate} (a measured throughput per person-day) — official digitization and arrangement norms have no figures yet.`,
  USAGE_BAD_NUMBER: (p) => `--${p.option}: "${p.raw}" is not a valid number.`,
  FILE_UNREADABLE: (p) => `Cannot read file ${p.file}${unreadableEn(p.reason)}.`,
  INVALID_JSON: (p) => `File ${p.file} is not valid JSON (${p.detail}).`,
  INPUT_FILE_TOO_LARGE: (p) => `File ${p.file} is too large (${p.size} MB; limit ${p.max} MB). Check the file, or raise the limit with the environment variable DUTOAN_MAX_FILE_MB.`,
  OUTPUT_IS_INPUT: (p) => `File ${p.file} is an input of this command; inputs are never overwritten (not even with --force). Choose another output name.`,
  OUTPUT_EXISTS: (p) => `File ${p.file} exists; not overwritten. Add --force to overwrite it.`,
  OUTPUT_UNWRITABLE: (p) => `Cannot write file ${p.file} (${p.detail}).`,
  BOOK_NOT_FOUND: (p) => `No price book "${p.ref}". Built-in books: ${p.ids.join(', ')}; or give the path of a .json file.`,
  NO_BOOK: () => 'No price book chosen: set "book" in the input file or use --book ID|FILE.',
  NO_INPUT: (p) => `No .xlsx file found in: ${p.paths.join(', ')}.`,
  FILE_NOT_FOUND: (p) => p.paths.map((x) => `Not found: ${x}.`).join('\n'),
  WORKER_FAILED: (p) => `The audit thread failed while reading this file (${p.detail}).`,
  WORKER_NOT_STARTED: (p) => `An extra audit thread could not start (${p.detail}); the files are audited on the main thread: slower, same results.`,
};

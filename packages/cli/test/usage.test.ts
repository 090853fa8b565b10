import { describe, expect, it } from 'vitest';
import { main } from '../src/main.ts';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') });
  return { code, out, err };
}

describe('dutoan COMMAND --help', () => {
  it('prints the usage lines of that command only, exit 0', async () => {
    const r = await run('audit', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('dutoan audit TỆP|THƯ-MỤC...');
    expect(r.out).toContain('[--pages-per-metre 500-12000]'); // its continuation line
    expect(r.out).not.toContain('dutoan compute');
    const b = await run('book', '-h');
    // list|show|verify, template, import, diff — and no other command's lines.
    expect(b.out.match(/^ {2}dutoan book /gm)).toHaveLength(4);
    expect(b.out).toContain('dutoan book diff CŨ MỚI');
    expect(b.out).not.toContain('dutoan audit');
  });
});

describe('bad options: Vietnamese, naming the option, pointing at the command’s help (exit 2)', () => {
  const cases: Array<[string[], string]> = [
    [['audit', '--khong-co'], 'Tham số không đúng: lệnh này không có tùy chọn --khong-co. Gõ dutoan audit --help để xem cách dùng.'],
    [['compute', 'x.json', '--book'], 'Tham số không đúng: tùy chọn --book cần một giá trị đi kèm. Gõ dutoan compute --help để xem cách dùng.'],
    [['demo', 'thua'], 'Tham số không đúng: thừa tham số "thua". Gõ dutoan demo --help để xem cách dùng.'],
    [['compute', 'x.json', '--force=co'], 'Tham số không đúng: tùy chọn --force không nhận giá trị. Gõ dutoan compute --help để xem cách dùng.'],
  ];
  it.each(cases)('%j', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(message);
    expect(r.err).not.toMatch(/Unknown|positional|argument|Option/);
  });
});

describe('missing arguments and bad numbers: one clean sentence (exit 2)', () => {
  it.each([
    [['consolidate'], 'Thiếu thư mục chứa các tệp dự toán (.xlsx). Gõ dutoan --help để xem cách dùng.'],
    [['consolidate', 'thu-muc'], 'Thiếu tệp kết quả (-o tong-hop.xlsx). Gõ dutoan --help để xem cách dùng.'],
    [['audit'], 'Thiếu tệp hoặc thư mục cần thẩm tra (.xlsx). Gõ dutoan --help để xem cách dùng.'],
    [['words', 'abc'], 'Số tiền: "abc" không phải là số.'],
  ])('%j', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(message);
  });
});

import { describe, expect, it, beforeAll } from 'vitest';
import { runCli as run } from './support/cli.ts';
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinBooks } from '@dutoan/core';



let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dutoan-cli-'));
});

const example = () => JSON.parse(readFileSync(new URL('../examples/xa-bao-ha.json', import.meta.url), 'utf8'));
function writeJson(name: string, data: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof data === 'string' ? data : JSON.stringify(data));
  return p;
}
function expectCleanFailure(r: { code: number; stdout: string; stderr: string }) {
  expect(r.code).toBe(2);
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
}

describe('dutoan words', () => {
  it('reads 1050000 in words (default options)', async () => {
    const r = await run(['words', '1050000']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('Một triệu không trăm năm mươi nghìn đồng chẵn');
  });
  it('parses the words back', async () => {
    const r = await run(['words', '--parse', 'Một triệu không trăm năm mươi nghìn đồng chẵn']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('1050000');
  });
  it('accepts Vietnamese grouping and variants', async () => {
    const r = await run(['words', '1.015.000', '--ngan', '--le']);
    expect(r.stdout.trim()).toBe('Một triệu không trăm mười lăm ngàn đồng chẵn');
  });
  it('reads words typed without diacritics, and says how they should be written', async () => {
    const r = await run(['words', '--parse', 'Mot trieu khong tram nam muoi nghin dong chan']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('1050000');
    expect(r.stderr).toContain('viết không dấu');
    expect(r.stderr).toContain('«Một triệu không trăm năm mươi nghìn đồng chẵn»');
  });
  it('reads non-standard forms, and says on stderr what was read and how the words are normally written', async () => {
    const r = await run(['words', '--parse', 'Số tiền bằng chữ: Một trăm lẻ lăm triệu, không nghìn đồng']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('105000000');
    expect(r.stderr.trim().split('\n')).toEqual([
      '«lẻ lăm»: sau «linh»/«lẻ» số 5 đọc là «năm», thường viết «lẻ năm».',
      '«không nghìn» bằng không: hàng bằng không thường bỏ, không viết.',
      'Cách viết thông thường: «Một trăm lẻ năm triệu đồng».',
    ]);
    const big = await run(['words', '--parse', 'một nghìn tỷ năm trăm tỷ đồng']);
    expect(big.stdout.trim()).toBe('1500000000000');
    expect(big.stderr).toContain('«một nghìn tỷ năm trăm tỷ»: hàng «tỷ» nhắc lại, thường viết «một nghìn năm trăm tỷ».');
    const standard = await run(['words', '--parse', '(Bằng chữ: Một triệu đồng Việt Nam chẵn./.)']);
    expect([standard.code, standard.stdout.trim(), standard.stderr]).toEqual([0, '1000000', '']);
  });
  it('refuses scales out of order and amounts beyond its limit, with exit 2 and the reason', async () => {
    const order = await run(['words', '--parse', 'năm trăm nghìn hai triệu đồng']);
    expectCleanFailure(order);
    expect(order.stderr).toContain('«hai triệu» không được đứng sau «năm trăm nghìn»');
    const limit = await run(['words', '--parse', 'một nghìn tỷ tỷ đồng']);
    expectCleanFailure(limit);
    expect(limit.stderr).toContain('999.999.999.999.999.999.999');
  });
  it('refuses garbage with exit 2', async () => {
    expectCleanFailure(await run(['words', '--parse', 'một trăm con mèo']));
    expectCleanFailure(await run(['words', '--parse', 'mot tram con meo']));
    expectCleanFailure(await run(['words', '12,5']));
  });
});

describe('dutoan compute', () => {
  it('computes an example and writes JSON', async () => {
    const out = join(dir, 'xa.json');
    const r = await run(['compute', new URL('../examples/xa-bao-ha.json', import.meta.url).pathname, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('254.451.413');
    expect(r.stderr).toContain('MẪU');
    expect(JSON.parse(readFileSync(out, 'utf8')).finalAmount).toBe('254451000');
    // never overwrites without --force
    const again = await run(['compute', new URL('../examples/xa-bao-ha.json', import.meta.url).pathname, '-o', out]);
    expectCleanFailure(again);
    expect(again.stderr).toContain('--force');
  });

  it('invalid JSON → exit 2, Vietnamese message naming the file', async () => {
    const r = await run(['compute', writeJson('bad.json', '{ "schemaVersion": 1, ')]);
    expectCleanFailure(r);
    expect(r.stderr).toContain('không phải JSON hợp lệ');
  });

  it('missing file → exit 2', async () => {
    const r = await run(['compute', join(dir, 'khong-co.json')]);
    expectCleanFailure(r);
    expect(r.stderr).toContain('không tồn tại');
  });

  it('missing and mistyped fields → exit 2 with field paths', async () => {
    const e = example();
    delete e.header.agency;
    e.sections[0].lines[0].quantity = true;
    const r = await run(['compute', writeJson('fields.json', e)]);
    expectCleanFailure(r);
    expect(r.stderr).toContain('header.agency');
    expect(r.stderr).toContain('sections[0].lines[0].quantity');
  });

  it('negative and non-numeric quantities → exit 2 with field paths', async () => {
    const e = example();
    e.sections[1].lines[0].quantity = '-5';
    e.sections[1].lines[1].quantity = 'năm trăm';
    const r = await run(['compute', writeJson('neg.json', e)]);
    expectCleanFailure(r);
    expect(r.stderr).toContain('sections[1].lines[0].quantity');
    expect(r.stderr).toContain('không được là số âm');
    expect(r.stderr).toContain('sections[1].lines[1].quantity');
    expect(r.stderr).toContain('không phải là số');
  });

  it('an item the book lacks → exit 2 naming it', async () => {
    const e = example();
    e.sections[0].lines[0].item = 'CL.XYZ';
    const r = await run(['compute', writeJson('item.json', e)]);
    expectCleanFailure(r);
    expect(r.stderr).toContain('CL.XYZ');
    expect(r.stderr).toContain('sections[0].lines[0].item');
  });

  it('a book whose needed price is null → exit 2 naming the item and the fix', async () => {
    const book = structuredClone(builtinBooks['mau-2026']!);
    book.id = 'thieu-gia';
    book.status = 'draft';
    book.items.find((i) => i.code === 'SH.A4')!.price = null;
    const r = await run(['compute', new URL('../examples/xa-bao-ha.json', import.meta.url).pathname, '--book', writeJson('book.json', book)]);
    expectCleanFailure(r);
    expect(r.stderr).toContain('SH.A4');
    expect(r.stderr).toContain('dutoan book');
  });

  it('unknown command and bad options → exit 2', async () => {
    expectCleanFailure(await run(['lam-gi']));
    expectCleanFailure(await run(['compute', '--khong-co-tuy-chon']));
  });
});

describe('dutoan demo', () => {
  it('writes the example estimate into out/', async () => {
    const r = await run(['demo', '-o', join(dir, 'out')]);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'out', 'du-toan-mau.json'))).toBe(true);
    expect(r.stdout).toContain('Bằng chữ: Hai trăm năm mươi tư triệu bốn trăm năm mươi mốt nghìn đồng chẵn');
  });
});

describe('dutoan compute --luong (base salaries issued after this release)', () => {
  // A book whose CL.RL price states its labour share: 1.000.000 đ computed on a base salary of 2.340.000 đ.
  function labourBook(): string {
    const book = structuredClone(builtinBooks['mau-2026']!);
    book.id = 'thu-luong';
    const item = book.items.find((i) => i.code === 'CL.RL')!;
    (item as { labour?: unknown }).labour = { amount: '1.000.000', baseSalary: '2.340.000' };
    return writeJson('labour-book.json', book);
  }
  function input(): string {
    const e = example();
    e.workPeriod = { from: '2027-08-01', to: '2027-09-30' };
    return writeJson('later.json', e);
  }

  it('re-bases the labour share to the salary in the user file', async () => {
    const wage = writeJson('luong.json', { baseSalaries: [{ from: '2027-07-01', amount: '2.800.000', doc: 'NĐ (giả định trong kiểm thử)', where: 'Điều 3' }] });
    const out = join(dir, 'rebased.json');
    const r = await run(['compute', input(), '--book', labourBook(), '--luong', wage, '-o', out]);
    expect(r.code).toBe(0);
    const e = JSON.parse(readFileSync(out, 'utf8'));
    // 20 m × 1.000.000 đ × (2.800.000 − 2.340.000) ÷ 2.340.000 = 3.931.623,93… → 3.931.624
    expect(e.sections[0].rebase.adjustment.amount).toBe('3931624');
    expect(e.sections[0].subtotal).toBe(String(177_760_000 + 3_931_624));
  });

  it('the console table shows the adjustment row, so the rows on screen add up to every total', async () => {
    const wage = writeJson('luong-bang.json', { baseSalaries: [{ from: '2027-07-01', amount: '2.800.000', doc: 'NĐ (giả định trong kiểm thử)', where: 'Điều 3' }] });
    const r = await run(['compute', input(), '--book', labourBook(), '--luong', wage]);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n');
    const money = (l: string) => Number(l.trim().split(/\s+/).at(-1)!.replace(/\./g, ''));
    const i = rows.findIndex((l) => l.startsWith('I     CHỈNH LÝ TÀI LIỆU'));
    // Hand-computed: line 20 × 8.888.000 = 177.760.000; adjustment 3.931.624 (above); Cộng 181.691.624; VAT 0%.
    expect(rows.slice(i, i + 5).map((l) => [l.slice(0, 6).trim(), l.slice(6, 32).trim(), money(l)])).toEqual([
      ['I', 'CHỈNH LÝ TÀI LIỆU', 181_691_624],
      ['1', 'Chỉnh lý tài liệu nền giấy', 177_760_000],
      ['', 'Điều chỉnh chi phí nhân cô', 3_931_624],
      ['', 'Cộng', 181_691_624],
      ['', 'Thuế GTGT 0%', 0],
    ]);
    // Every section: its rows above "Cộng" sum to it, and Cộng + VAT is the section's total; the sections sum to TỔNG CỘNG.
    const sectionAt = rows.map((l, k) => (/^(I|II|III) /.test(l) ? k : -1)).filter((k) => k >= 0);
    let grand = 0;
    for (const k of sectionAt) {
      const sub = rows.findIndex((l, j) => j > k && l.slice(6).startsWith('Cộng'));
      const counted = rows.slice(k + 1, sub).reduce((t, l) => t + money(l), 0);
      expect(counted).toBe(money(rows[sub]!));
      expect(money(rows[sub]!) + money(rows[sub + 1]!)).toBe(money(rows[k]!));
      grand += money(rows[k]!);
    }
    expect(grand).toBe(money(rows.find((l) => l.includes('TỔNG CỘNG'))!));
  });

  it('without the file, uses the latest known base salary (2.530.000 from 1/7/2026)', async () => {
    const out = join(dir, 'rebased-known.json');
    const r = await run(['compute', input(), '--book', labourBook(), '-o', out]);
    expect(r.code).toBe(0);
    // 20 × 1.000.000 × (2.530.000 − 2.340.000) ÷ 2.340.000 = 1.623.931,62… → 1.623.932
    expect(JSON.parse(readFileSync(out, 'utf8')).sections[0].rebase.adjustment.amount).toBe('1623932');
  });

  it('refuses a file that contradicts an official base salary (exit 2)', async () => {
    const wage = writeJson('luong-sai.json', { baseSalaries: [{ from: '2026-07-01', amount: '2.600.000', doc: 'x', where: 'y' }] });
    const r = await run(['compute', input(), '--book', labourBook(), '--luong', wage]);
    expectCleanFailure(r);
    expect(r.stderr).toContain('baseSalaries[0]');
  });
});

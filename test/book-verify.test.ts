import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dutoan, example, fixture } from './book-support.ts';

let dir: string;
let bookFile: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dutoan-verify-'));
  bookFile = join(dir, 'book.json');
  expect((await dutoan(['book', 'import', fixture('mau-da-dien.xlsx'), '-o', bookFile])).code).toBe(0);
});
const hashIn = (s: string) => /Mã băm: (sha256:[0-9a-f]{64})/.exec(s)?.[1];

describe('dutoan book verify', () => {
  it('an imported book: its hash matches the stamp, complete, exit 0', async () => {
    const r = await dutoan(['book', 'verify', bookFile]);
    expect(r.code).toBe(0);
    expect(hashIn(r.stdout)).toBe(JSON.parse(readFileSync(bookFile, 'utf8')).hash);
    expect(r.stdout).toContain('Khớp mã băm');
    expect(r.stdout).toContain('Đầy đủ: 11/11');
  });

  it('a book edited by one đồng reports a different hash and the mismatch, exit 1', async () => {
    const raw = JSON.parse(readFileSync(bookFile, 'utf8'));
    const item = raw.items.find((i: { code: string }) => i.code === 'SH.A4');
    item.price = String(Number(item.price) + 1); // 999 → 1000
    const edited = join(dir, 'edited.json');
    writeFileSync(edited, JSON.stringify(raw, null, 2));
    const before = await dutoan(['book', 'verify', bookFile]);
    const after = await dutoan(['book', 'verify', edited]);
    expect(after.code).toBe(1);
    expect(hashIn(after.stdout)).toMatch(/^sha256:/);
    expect(hashIn(after.stdout)).not.toBe(hashIn(before.stdout));
    expect(after.stdout).toContain(`KHÁC mã băm đã đóng dấu khi nhập (${raw.hash})`);
  });

  it('the built-in lao-cai-2026 draft: incomplete, with the command that fixes it, exit 1', async () => {
    const r = await dutoan(['book', 'verify', 'lao-cai-2026']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('CHƯA ĐỦ: 0/11');
    expect(r.stdout).toContain('dutoan book template --book lao-cai-2026');
  });
});

describe('computing with an incomplete book', () => {
  it('names each missing item and the command that fixes it', async () => {
    const r = await dutoan(['compute', example('xa-bao-ha'), '--book', 'lao-cai-2026']);
    expect(r.code).toBe(2);
    for (const code of ['CL.RL', 'SH.A4', 'SH.A3', 'BM.HS', 'KT.DL', 'KS.KH', 'VT.HOP']) {
      expect(r.stderr).toMatch(new RegExp(`chưa có đơn giá cho hạng mục ${code.replace('.', '\\.')} `));
    }
    expect(r.stderr).toContain('dutoan book template -o bang-don-gia.xlsx');
    expect(r.stderr).toContain('dutoan book import bang-don-gia.xlsx -o lao-cai-2026.json');
  });
});

describe('dutoan book list / show', () => {
  it('lists the built-in books with status and completeness', async () => {
    const r = await dutoan(['book', 'list']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/mau-2026\s+MẪU\s+11\/11/);
    expect(r.stdout).toMatch(/lao-cai-2026\s+bản nháp\s+0\/11/);
    // The draft's title states its completeness from its data.
    expect(r.stdout).toContain('0/11 có đơn giá  Đơn giá dịch vụ sự nghiệp công lĩnh vực lưu trữ tỉnh Lào Cai (QĐ 356/QĐ-UBND) — CHƯA NHẬP ĐƠN GIÁ');
  });
  it('shows a book item by item with its source and status', async () => {
    const r = await dutoan(['book', 'show', 'lao-cai-2026']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('356/QĐ-UBND, chưa xác định');
    expect(r.stdout).toContain('người dùng nhập');
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dirname, resolve } from 'node:path';
import { safeOutputName, safeOutputPath } from '../src/io/safe-output-name.ts';

describe('safeOutputName', () => {
  it('keeps ordinary Vietnamese agency names unchanged', () => {
    for (const s of ['UBND xã Bảo Hà', 'Sở Văn hóa, Thể thao và Du lịch', 'Trung tâm Lưu trữ lịch sử (tỉnh Lào Cai)']) {
      expect(safeOutputName(s)).toBe(s);
    }
  });

  // Each expectation written by hand from the rules (forbidden → "-", collapse, trim dots/spaces, device names).
  const cases: Array<[string, string]> = [
    ['../../etc/passwd', 'etc-passwd'],
    ['..\\..\\Windows\\System32', 'Windows-System32'],
    ['UBND xã Bảo Hà / Phòng Nội vụ', 'UBND xã Bảo Hà - Phòng Nội vụ'],
    ['C:\\Users\\a', 'C-Users-a'],
    ['a<b>c:"d"|e?f*g', 'a-b-c-d-e-f-g'],
    ['CON', 'CON_'],
    ['nul', 'nul_'],
    ['Com1', 'Com1_'],
    ['LPT9.xlsx', 'LPT9.xlsx_'],
    ['CONSOLE', 'CONSOLE'],
    ['Phòng Nội vụ...', 'Phòng Nội vụ'],
    ['Phòng Nội vụ .  ', 'Phòng Nội vụ'],
    ['.hidden', 'hidden'],
    ['..', 'du-toan'],
    ['', 'du-toan'],
    ['   ', 'du-toan'],
    ['\u0000\u0001\u001f', 'du-toan'],
    ['Xã\tBảo\nHà', 'Xã Bảo Hà'],
    ['hoadon\u202Exslx.exe', 'hoadonxslx.exe'],
    ['--help', 'help'],
  ];
  it.each(cases)('%j → %j', (input, expected) => {
    expect(safeOutputName(input)).toBe(expected);
  });

  it('turns NFD (macOS) into NFC', () => {
    const nfd = 'Sở Nội vụ'.normalize('NFD');
    expect(safeOutputName(nfd)).toBe('Sở Nội vụ'.normalize('NFC'));
  });

  it('cuts long names between characters, within 100 characters and 200 UTF-8 bytes', () => {
    const long = 'Ủy ban nhân dân '.repeat(20);
    const n = safeOutputName(long);
    expect(Array.from(n).length).toBeLessThanOrEqual(100);
    expect(new TextEncoder().encode(n).length).toBeLessThanOrEqual(200);
    expect(long.startsWith(n)).toBe(true);
    const emoji = safeOutputName('📁'.repeat(80));
    expect(emoji).toBe('📁'.repeat(50)); // 4 bytes each: 50 × 4 = 200 bytes
  });

  it('property: any text gives one harmless name inside the output folder', () => {
    const dir = '/tmp/dutoan-out';
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const n = safeOutputName(s);
        expect(n.length).toBeGreaterThan(0);
        expect(n).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
        expect(n).not.toMatch(/[. ]$/);
        expect(n).not.toMatch(/^[.\-]/);
        expect(n === '.' || n === '..').toBe(false);
        expect(/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(n.split('.')[0]!)).toBe(false);
        expect(n.normalize('NFC')).toBe(n);
        expect(new TextEncoder().encode(n).length).toBeLessThanOrEqual(201);
        expect(dirname(resolve(safeOutputPath(dir, s, '.xlsx')))).toBe(dir);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

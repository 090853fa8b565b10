import { describe, expect, it } from 'vitest';
import { foldText, lookupUnit, unitCodes, unitFromText, unitLabel, unitTerms } from '../../src/index.ts';

describe('units as an open vocabulary', () => {
  it.each([
    ['Mét giá', 'met-gia'],
    ['mét', 'met-gia'],
    ['m', 'met-gia'],
    ['md', 'met-gia'],
    ['m giá', 'met-gia'],
    ['MÉT GIÁ', 'met-gia'],
    ['met gia', 'met-gia'],
    ['trang', 'trang-a4'],
    ['tr', 'trang-a4'],
    ['tr.', 'trang-a4'],
    ['Trang A4', 'trang-a4'],
    ['trang A3', 'trang-a3'],
    ['trang A0', 'trang-a0'],
    ['Trang khổ lớn', 'trang-a0'],
    ['hồ sơ', 'ho-so'],
    ['HS', 'ho-so'],
    ['văn bản', 'van-ban'],
    ['VB', 'van-ban'],
    ['Trường', 'truong'],
    ['phông', 'phong'],
    ['Hộp', 'hop'],
    ['chuyến', 'chuyen'],
    ['lần', 'lan'],
    ['ảnh', 'anh'],
    ['phút ghi âm', 'phut-ghi-am'],
    ['cuộn phim', 'cuon-phim'],
    ['ngày công', 'ngay-cong'],
    // NFD input (decomposed marks) folds the same
    ['m\u0065\u0301t gia\u0301', 'met-gia'],
  ])('"%s" is %s', (text, code) => {
    expect(unitFromText(text)).toBe(code);
  });

  it('says what it does not know, keeping the text as written', () => {
    expect(unitFromText('cái')).toBeNull();
    expect(lookupUnit('cái')).toEqual({ kind: 'unknown', text: 'cái' });
    expect(lookupUnit('HS')).toEqual({ kind: 'canonical', unit: 'ho-so', label: 'Hồ sơ' });
  });

  it('every unit code of the model has one term; no spelling names two units', () => {
    expect(unitTerms.map((u) => u.code).sort()).toEqual([...unitCodes].sort());
    const owner = new Map<string, string>();
    for (const u of unitTerms) {
      for (const s of [u.label, ...u.spellings]) {
        const f = foldText(s);
        expect(owner.get(f) ?? u.code, `"${s}"`).toBe(u.code);
        owner.set(f, u.code);
      }
    }
  });

  it('labels are the "Đơn vị tính" column texts (NFC)', () => {
    expect(unitLabel('met-gia')).toBe('Mét giá');
    expect(unitLabel('trang-a0')).toBe('Trang khổ lớn (A2–A0)');
    for (const u of unitTerms) expect(u.label).toBe(u.label.normalize('NFC'));
  });
});

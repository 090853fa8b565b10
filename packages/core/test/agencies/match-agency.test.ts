import { describe, expect, it } from 'vitest';
import { departmentsFromText, foldText, laoCaiRegistry, matchAgency, parseFormerUnits, registryFromJson, withUnits } from '../../src/index.ts';

const reg = laoCaiRegistry();

describe('the 99 commune-level units of Lào Cai (NQ 1673/NQ-UBTVQH15)', () => {
  it('has 89 xã and 10 phường, as khoản 92 counts them, each with its clause', () => {
    expect(reg.units).toHaveLength(99);
    expect(reg.units.filter((u) => u.kind === 'xa')).toHaveLength(89);
    expect(reg.units.filter((u) => u.kind === 'phuong')).toHaveLength(10);
    // 81 xã + 10 phường formed by the rearrangement (clauses 1–91), 8 xã not rearranged.
    expect(reg.units.filter((u) => u.formerUnits.length > 0)).toHaveLength(91);
    expect(reg.units.filter((u) => u.formerUnits.length === 0).map((u) => u.name)).toEqual(['Nậm Xé', 'Ngũ Chỉ Sơn', 'Chế Tạo', 'Lao Chải', 'Nậm Có', 'Tà Xi Láng', 'Cát Thịnh', 'Phong Dụ Thượng']);
    expect(reg.provenance).toMatchObject({ doc: 'NQ 1673/NQ-UBTVQH15', status: 'official' });
    expect(reg.units.find((u) => u.name === 'Bảo Hà')!.provenance.where).toBe('Điều 1, khoản 65');
    expect(reg.units.find((u) => u.name === 'Sa Pa')!.provenance.where).toBe('Điều 1, khoản 91');
    for (const u of reg.units) expect(u.label + (u.formedFrom ?? '')).toBe((u.label + (u.formedFrom ?? '')).normalize('NFC'));
  });

  it('gives every current unit a name of its own, also without diacritics', () => {
    const folded = reg.units.map((u) => foldText(u.name));
    expect(new Set(folded).size).toBe(99);
    expect(new Set(reg.units.map((u) => u.id)).size).toBe(99);
  });

  it('reads the former units from the resolution words, kind words carrying over, qualifiers kept', () => {
    expect(parseFormerUnits('thị trấn Mù Cang Chải và các xã Kim Nọi, Mồ Dề, Chế Cu Nha')).toEqual([
      { kind: 'thi-tran', name: 'Mù Cang Chải' },
      { kind: 'xa', name: 'Kim Nọi' },
      { kind: 'xa', name: 'Mồ Dề' },
      { kind: 'xa', name: 'Chế Cu Nha' },
    ]);
    // khoản 89: seven units, the first with a qualifier
    const camDuong = reg.units.find((u) => u.label === 'phường Cam Đường')!;
    expect(camDuong.formerUnits).toEqual([
      { kind: 'phuong', name: 'Nam Cường', qualifier: 'thành phố Lào Cai' },
      { kind: 'phuong', name: 'Xuân Tăng' },
      { kind: 'phuong', name: 'Pom Hán' },
      { kind: 'phuong', name: 'Bắc Cường' },
      { kind: 'phuong', name: 'Bắc Lệnh' },
      { kind: 'phuong', name: 'Bình Minh' },
      { kind: 'xa', name: 'Cam Đường' },
    ]);
    expect(reg.units.find((u) => u.label === 'xã Liên Sơn')!.formerUnits[0]).toEqual({ kind: 'thi-tran', name: 'Nông trường Liên Sơn' });
    // Counted by hand from the table: khoản 1 has 2, khoản 34 has 6, khoản 73 has 6.
    expect(reg.units.find((u) => u.label === 'xã Khao Mang')!.formerUnits).toHaveLength(2);
    expect(reg.units.find((u) => u.label === 'xã Trấn Yên')!.formerUnits).toHaveLength(6);
    expect(reg.units.find((u) => u.label === 'xã Bắc Hà')!.formerUnits).toHaveLength(6);
  });
});

describe('matchAgency', () => {
  const cur = (typed: string) => {
    const m = matchAgency(typed, reg);
    return m.status === 'current' ? `${m.unit.label}|${m.spelling}${m.kindTyped ? `|${m.kindTyped}` : ''}` : m.status;
  };
  it('finds a unit written many ways', () => {
    expect(cur('xã Bảo Hà')).toBe('xã Bảo Hà|exact');
    expect(cur('UBND xã Bảo Hà')).toBe('xã Bảo Hà|exact');
    expect(cur('Ủy ban nhân dân xã Bảo Hà')).toBe('xã Bảo Hà|exact');
    expect(cur('Uỷ ban nhân dân xã Bảo Hà, tỉnh Lào Cai')).toBe('xã Bảo Hà|exact');
    expect(cur('Bảo Hà')).toBe('xã Bảo Hà|exact');
    expect(cur('  BẢO HÀ ')).toBe('xã Bảo Hà|exact');
    expect(cur('UBND xa Bao Ha')).toBe('xã Bảo Hà|folded');
    expect(cur('xã Bảo Hà'.normalize('NFD'))).toBe('xã Bảo Hà|exact');
    expect(cur('P. Sa Pa')).toBe('phường Sa Pa|exact');
    expect(cur('UBND phường Lào Cai')).toBe('phường Lào Cai|exact');
    expect(cur('Phuong Cam Duong')).toBe('phường Cam Đường|folded');
  });

  it('notes a kind word that does not fit', () => {
    expect(cur('phường Bảo Hà')).toBe('xã Bảo Hà|exact|phuong');
  });

  it('flags a former unit and gives the unit it was merged into', () => {
    const m = matchAgency('UBND xã Cam Cọn', reg);
    expect(m).toMatchObject({ status: 'former', unit: { label: 'xã Bảo Hà' }, former: { kind: 'xa', name: 'Cam Cọn' } });
    expect(matchAgency('thị trấn Phố Lu', reg)).toMatchObject({ status: 'former', unit: { label: 'xã Bảo Thắng' } });
    // A former xã of the same name as a current phường: the kind word decides.
    expect(matchAgency('xã Nghĩa Lộ', reg)).toMatchObject({ status: 'former', unit: { label: 'phường Trung Tâm' } });
    expect(matchAgency('Nghĩa Lộ', reg)).toMatchObject({ status: 'current', unit: { label: 'phường Nghĩa Lộ' } });
    expect(matchAgency('xã Trung Tâm', reg)).toMatchObject({ status: 'former', unit: { label: 'xã Phúc Lợi' } });
    // A former name that folds like a kind word: "Xà Hồ" (khoản 6).
    expect(matchAgency('Xà Hồ', reg)).toMatchObject({ status: 'former', unit: { label: 'xã Hạnh Phúc' } });
  });

  it('says when a name stands for several units, and uses the qualifier the resolution gives', () => {
    const m = matchAgency('Tân An', reg);
    expect(m.status).toBe('ambiguous');
    expect(m.status === 'ambiguous' && m.candidates.map((u) => u.label).sort()).toEqual(['phường Nghĩa Lộ', 'xã Bảo Hà']);
    expect(matchAgency('xã Tân An', reg)).toMatchObject({ status: 'former', unit: { label: 'xã Bảo Hà' } });
    expect(matchAgency('xã Thanh Bình', reg).status).toBe('ambiguous');
    expect(matchAgency('xã Thanh Bình (huyện Mường Khương)', reg)).toMatchObject({ status: 'former', unit: { label: 'xã Mường Khương' } });
    expect(matchAgency('xã Thanh Bình (thị xã Sa Pa)', reg)).toMatchObject({ status: 'former', unit: { label: 'xã Bản Hồ' } });
  });

  it('does not invent a match', () => {
    expect(matchAgency('xã Không Có', reg).status).toBe('unknown');
    expect(matchAgency('Sở Nội vụ', reg).status).toBe('unknown');
    expect(matchAgency('', reg).status).toBe('unknown');
    expect(matchAgency('UBND', reg).status).toBe('unknown');
    expect(matchAgency('Bảo', reg).status).toBe('unknown');
  });

  it('matches departments from the user list by name or other spelling', () => {
    const deps = departmentsFromText('# sở, ngành\nSở Nội vụ | SNV\n\nSở Văn hóa, Thể thao và Du lịch | Sở VHTTDL\n', 'co-quan.txt');
    const r = withUnits(reg, deps);
    expect(matchAgency('Sở Nội vụ tỉnh Lào Cai', r)).toMatchObject({ status: 'current', unit: { label: 'Sở Nội vụ', kind: 'co-quan' } });
    expect(matchAgency('SNV', r)).toMatchObject({ status: 'current', unit: { label: 'Sở Nội vụ' } });
    expect(matchAgency('so van hoa the thao va du lich', r)).toMatchObject({ status: 'current', spelling: 'folded' });
    expect(deps[0]!.provenance).toMatchObject({ doc: 'co-quan.txt', status: 'user' });
  });

  it('reads a list of units from JSON, labelling a sample MẪU, and refuses a bad one with the path', () => {
    const r = registryFromJson({ id: 'x', title: 'Tỉnh Thử', sample: true, provenance: { doc: 'MẪU', where: 'hư cấu', status: 'sample' }, units: [{ kind: 'xa', name: 'Thử Một' }] });
    expect(r.title).toBe('MẪU — Tỉnh Thử');
    expect(matchAgency('UBND xã Thử Một', r)).toMatchObject({ status: 'current', unit: { id: 'xa-thu-mot' } });
    expect(() => registryFromJson({ id: 'x', title: 't', provenance: { doc: 'd', where: 'w', status: 'user' }, units: [{ kind: 'huyen', name: 'A' }] })).toThrow(/units\[0\]\.kind/);
  });
});

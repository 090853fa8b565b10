import { describe, expect, it } from 'vitest';
import { DutoanError, isNotAnEstimate, legacyEncodedCell, readSubmissionFromGrid, type WorkbookGrid } from '../../src/index.ts';

// What a workbook typed in the old fonts holds as text, cell by cell (the same words as the Unicode template).
const tcvn3 = [
  ['Céng hßa x· héi chñ nghÜa ViÖt Nam'],
  ['Dù to¸n kinh phÝ chØnh lý tµi liÖu'],
  ['STT', 'Néi dung c«ng viÖc', '§¬n vÞ tÝnh', 'Khèi l­îng', '§¬n gi¸', 'Thµnh tiÒn'],
  [1, 'Sè hãa tµi liÖu A4', 'trang', 1000, 1111, 1111000],
];
const vni = [
  ['COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM'],
  ['STT', 'Noäi dung coâng vieäc', 'Ñôn vò tính', 'Khoái löôïng', 'Ñôn giaù', 'Thaønh tieàn'],
  [1, 'Soá hoùa taøi lieäu A4', 'trang', 1000, 1111, 1111000],
];
const unicodeOther = [['Báo cáo tình hình sử dụng kinh phí'], ['Tháng', 'Số tiền'], ['Một', 1000]];
const grid = (values: unknown[][], name = 'DT'): WorkbookGrid => ({ sheets: [{ name, values: values as never }] });

describe('workbooks typed in TCVN3 (.VnTime) or VNI fonts', () => {
  it('are recognised, with the first such cell named', () => {
    expect(legacyEncodedCell(grid(tcvn3).sheets)).toBe('DT!A1');
    expect(legacyEncodedCell(grid(vni).sheets)).toBe('DT!A1');
  });

  it('Unicode text is never taken for them, whatever it holds', () => {
    expect(legacyEncodedCell(grid(unicodeOther).sheets)).toBeNull();
    // One Unicode Vietnamese cell is enough: a sheet with a pasted legacy title is not a legacy sheet.
    expect(legacyEncodedCell(grid([...tcvn3, ['Cộng']]).sheets)).toBeNull();
    // Vietnamese letters that Latin-1 shares (à á â ã è é ê ì í ò ó ô õ ù ú ý) count for neither side.
    expect(legacyEncodedCell(grid([['Tên'], ['Bà Hà'], ['Ông Lý'], ['Bé Tý'], ['Mê Linh'], ['Chè'], ['Ngõ'], ['Núi']]).sheets)).toBeNull();
  });

  it('German, French and Spanish text is not taken for them (issue 12: "Dipl. Päd." was)', () => {
    const western = [
      ['Bearbeiter', 'Dipl. Päd. Jürgen Müller'],
      ['Bemerkung', 'Überprüfung der Akten, Größe und Qualität'],
      ['Remarque', 'Noël à Loïc, où est la clé ? Ça coûte 25 °C — naïf'],
      ['Observación', 'España, año 2026, señor Muñoz; § 5 © 2024'],
      ['Straße', 'Köln, Düsseldorf, Österreich, Zürich'],
    ];
    expect(legacyEncodedCell(grid(western).sheets)).toBeNull();
  });

  it('make the audit reader say so (LEGACY_ENCODING) instead of "table not found"', () => {
    const e = (() => {
      try {
        readSubmissionFromGrid(grid(tcvn3));
      } catch (x) {
        return x as DutoanError;
      }
      throw new Error('a TCVN3 sheet was read as an estimate');
    })();
    expect(e.code).toBe('LEGACY_ENCODING');
    expect(e.message).toContain('TCVN3');
    // The real text of the cell is quoted, not a canned example.
    expect(e.message).toContain('(ô DT!A1 ghi "Céng hßa x· héi chñ nghÜa ViÖt Nam")');
    expect(e.message).not.toContain('Néi dung c«ng viÖc');
    expect(e.message).toContain('Unikey');
    expect(isNotAnEstimate(e)).toBe(true);
    // A Unicode sheet without the table stays TABLE_NOT_FOUND.
    expect(() => readSubmissionFromGrid(grid(unicodeOther))).toThrow(expect.objectContaining({ code: 'TABLE_NOT_FOUND' }));
  });
});

import { describe, expect, it } from 'vitest';
import { DutoanError, parseFormula, references, SHEET_COLS, SHEET_ROWS } from '../../src/index.ts';

describe('parseFormula', () => {
  it('parses the template formulas with Excel precedence', () => {
    expect(parseFormula('ROUND(D12*E12,0)')).toEqual({
      type: 'call',
      name: 'ROUND',
      args: [
        { type: 'binary', operator: '*', left: { type: 'reference', ref: { kind: 'cells', rect: { top: 12, left: 4, bottom: 12, right: 4 }, text: 'D12' } }, right: { type: 'reference', ref: { kind: 'cells', rect: { top: 12, left: 5, bottom: 12, right: 5 }, text: 'E12' } } },
        { type: 'number', text: '0' },
      ],
    });
    // 1+2*3^2 = 1+(2*(3^2)); a leading "=" is accepted.
    const n = parseFormula('=1+2*3^2');
    expect(n).toMatchObject({ operator: '+', right: { operator: '*', right: { operator: '^' } } });
    // Percent is postfix; numbers keep their text (exact arithmetic reads "0.1" exactly).
    expect(parseFormula('10%')).toEqual({ type: 'unary', operator: '%', operand: { type: 'number', text: '10' } });
    expect(parseFormula('.5+0.1')).toMatchObject({ left: { text: '0.5' }, right: { text: '0.1' } });
  });

  it('accepts ";" between arguments and a decimal comma, as typed in a Vietnamese-locale spreadsheet', () => {
    expect(parseFormula('ROUND(D12*E12;0)')).toEqual(parseFormula('ROUND(D12*E12,0)'));
    expect(parseFormula('=ROUND(D12*1,5;0)')).toEqual(parseFormula('ROUND(D12*1.5,0)'));
    expect(parseFormula('IF(A1>0;"có, không";0)')).toEqual(parseFormula('IF(A1>0,"có, không",0)'));
  });

  it('normalises function names (case, _xlfn. prefix) and keeps omitted arguments', () => {
    expect(parseFormula('_xlfn.IFERROR(1/0,2)')).toMatchObject({ type: 'call', name: 'IFERROR' });
    expect(parseFormula('round(a1,)')).toMatchObject({ name: 'ROUND', args: [{ type: 'reference' }, { type: 'empty' }] });
  });

  it('reads errors and strings as values', () => {
    expect(parseFormula('#DIV/0!')).toEqual({ type: 'error', value: '#DIV/0!' });
    expect(parseFormula('"a""b"&TRUE')).toEqual({ type: 'binary', operator: '&', left: { type: 'string', value: 'a"b' }, right: { type: 'boolean', value: true } });
  });

  it('refuses what is not a formula with a Vietnamese message quoting it', () => {
    for (const bad of ['SUM(A1:A3', '(1', 'A1=', '', '=']) {
      let err: unknown;
      try {
        parseFormula(bad);
      } catch (e) {
        err = e;
      }
      expect(err, bad).toBeInstanceOf(DutoanError);
      expect((err as DutoanError).code).toBe('FORMULA_SYNTAX');
      expect((err as DutoanError).message).toMatch(/^Không đọc được công thức "=/);
    }
  });
});

describe('references', () => {
  it('lists cells, ranges, cross-sheet references and defined names in order', () => {
    const refs = references("SUM(F8:F14)+'Thuyết minh'!$D$20-Sheet2!A1:B3*DT_CONG_I");
    expect(refs).toEqual([
      { kind: 'cells', rect: { top: 8, left: 6, bottom: 14, right: 6 }, text: 'F8:F14' },
      { kind: 'cells', sheet: 'Thuyết minh', rect: { top: 20, left: 4, bottom: 20, right: 4 }, text: "'Thuyết minh'!$D$20" },
      { kind: 'cells', sheet: 'Sheet2', rect: { top: 1, left: 1, bottom: 3, right: 2 }, text: 'Sheet2!A1:B3' },
      { kind: 'name', name: 'DT_CONG_I', text: 'DT_CONG_I' },
    ]);
  });

  it('reads quoted sheet names with an apostrophe, whole columns and rows, 3-D and external references', () => {
    expect(references("'It''s'!A1")[0]).toMatchObject({ sheet: "It's", rect: { top: 1, left: 1, bottom: 1, right: 1 } });
    expect(references('SUM(F:F)')[0]).toMatchObject({ rect: { top: 1, left: 6, bottom: SHEET_ROWS, right: 6 } });
    expect(references('SUM(3:5)')[0]).toMatchObject({ rect: { top: 3, left: 1, bottom: 5, right: SHEET_COLS } });
    expect(references('SUM(Sheet1:Sheet3!B2)')[0]).toMatchObject({ sheet: 'Sheet1', sheetTo: 'Sheet3', rect: { top: 2, left: 2, bottom: 2, right: 2 } });
    expect(references('[1]Sheet1!A1+1')[0]).toMatchObject({ workbook: '1', sheet: 'Sheet1' });
    expect(references('Sheet1!TEN*2')[0]).toEqual({ kind: 'name', name: 'TEN', sheet: 'Sheet1', text: 'Sheet1!TEN' });
  });

  it('finds the ranges of a "Cộng" written with ";" and of the arguments of any function', () => {
    expect(references('=SUM(F11:F15;F18)').map((r) => r.text)).toEqual(['F11:F15', 'F18']);
    expect(references('IF(A1>0,ROUND(B2*C2,0),SUBTOTAL(9,D1:D9))').map((r) => r.text)).toEqual(['A1', 'B2', 'C2', 'D1:D9']);
    expect(references('ROUND(1.5,0)')).toEqual([]);
  });
});

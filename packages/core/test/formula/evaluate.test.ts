import { describe, expect, it } from 'vitest';
import { gridEvaluator, libreOfficeRound, stdRound, type GridSheet, type WorkbookGrid } from '../../src/index.ts';

/** A sheet from rows of cells: a string starting with "=" is a formula without a cached value. */
function sheet(name: string, rows: unknown[][], extra: Partial<GridSheet> = {}): GridSheet {
  return {
    name,
    values: rows.map((r) => r.map((c) => (typeof c === 'string' && c.startsWith('=') ? null : (c as never)))),
    formulas: rows.map((r) => r.map((c) => (typeof c === 'string' && c.startsWith('=') ? c : undefined))),
    ...extra,
  };
}

/** Evaluates `formula` in cell Z1 of a one-sheet workbook whose A–E columns hold `rows`; returns the exact value as text. */
function exact(formula: string, rows: unknown[][] = [], names?: Record<string, string>): string {
  const g: WorkbookGrid = { sheets: [sheet('Dự toán', rows)], ...(names ? { names } : {}) };
  const v = gridEvaluator(g).evaluateFormula(formula, 'Dự toán', 1, 26);
  return typeof v === 'object' && v !== null && 'error' in v ? v.error : String(v);
}

describe('formula evaluation, exact decimal mode (hand-computed)', () => {
  const data = [
    [38.41, 2340750, '=ROUND(A1*B1,0)', 'chữ', true],
    [12.5, 1000, '=A2*B2', '', null],
    [0.1, 0.2, '=A3+B3', '5', '#DIV/0!'],
  ];
  it('arithmetic, precedence, percent and unary minus as Excel', () => {
    expect(exact('1+2*3^2')).toBe('19');
    expect(exact('-2^2')).toBe('4'); // unary minus binds tighter than ^ in Excel
    expect(exact('2-2^2')).toBe('-2');
    expect(exact('50%*10')).toBe('5');
    expect(exact('10/4')).toBe('2.5');
    expect(exact('1/0')).toBe('#DIV/0!');
    expect(exact('(-8)^(1/3)')).toBe('#NUM!');
    expect(exact('"Tổng: "&1.5&TRUE')).toBe('Tổng: 1.5TRUE');
    expect(exact('A3+B3', data)).toBe('0.3'); // exact: 0,1 + 0,2 = 0,3
  });
  it('the half-way product: 38,41 × 2.340.750 = 89.908.207,5 rounds up to 89.908.208', () => {
    expect(exact('A1*B1', data)).toBe('89908207.5');
    expect(exact('ROUND(A1*B1,0)', data)).toBe('89908208');
    expect(exact('ROUND(ROUND(A1*B1,4),0)', data)).toBe('89908208');
    expect(exact('ROUND(-2.5,0)')).toBe('-3');
    expect(exact('ROUND(1234567,-3)')).toBe('1235000');
    expect(exact('ROUND(1234499,-3)')).toBe('1234000');
    expect(exact('ROUNDUP(1.001,0)')).toBe('2');
    expect(exact('ROUNDDOWN(-1.999,0)')).toBe('-1');
    expect(exact('INT(-1.5)')).toBe('-2');
    expect(exact('TRUNC(-1.59,1)')).toBe('-1.5');
    expect(exact('ABS(-3)')).toBe('3');
  });
  it('SUM and friends skip text and booleans in ranges but read typed arguments', () => {
    expect(exact('SUM(A1:B2)', data)).toBe(String(38.41 + 2340750 + 12.5 + 1000));
    expect(exact('SUM(D1:E3)', data)).toBe('#DIV/0!'); // the error in E3 propagates
    expect(exact('SUM(D1:E2)', data)).toBe('0'); // text, "" and TRUE in a range do not count
    expect(exact('SUM("5",TRUE,2)')).toBe('8');
    expect(exact('SUM("x")')).toBe('#VALUE!');
    expect(exact('D3+1', data)).toBe('6'); // numeric text in arithmetic
    expect(exact('D1+1', data)).toBe('#VALUE!');
    expect(exact('COUNT(A1:E3)', data)).toBe('9'); // A1:C3 are numbers; the text "5" in D3 does not count in a range
    expect(exact('COUNTA(A1:E3)', data)).toBe('13'); // 15 cells less the empty D2 and E2
    expect(exact('AVERAGE(A2:B2)')).toBe('#DIV/0!'); // no number at all
    expect(exact('MAX(A1:B3)', data)).toBe('2340750');
    expect(exact('MIN(A1:B3)', data)).toBe('0.1');
    expect(exact('PRODUCT(A2:B2)', data)).toBe('12500');
    expect(exact('SUMPRODUCT(A1:A2,B1:B2)', data)).toBe('89920707.5'); // 89.908.207,5 + 12.500
    expect(exact('SUMPRODUCT((A1:A3>1)*B1:B3)', data)).toBe('2341750');
    expect(exact('SUMPRODUCT(A1:A2,B1:B3)', data)).toBe('#VALUE!');
  });
  it('IF, IFERROR, AND, OR, NOT', () => {
    expect(exact('IF(1>2,"a","b")')).toBe('b');
    expect(exact('IF(0,1)')).toBe('false');
    expect(exact('IF(1,,2)')).toBe('0');
    expect(exact('IF(1/0>1,1,2)')).toBe('#DIV/0!');
    expect(exact('IF(TRUE,1,1/0)')).toBe('1'); // the branch not taken is not evaluated
    expect(exact('IFERROR(1/0,"lỗi")')).toBe('lỗi');
    expect(exact('AND(1,TRUE,"TRUE")')).toBe('true');
    expect(exact('OR(0,FALSE)')).toBe('false');
    expect(exact('NOT(0)')).toBe('true');
    expect(exact('"a"="A"')).toBe('true'); // text compares without regard to case
    expect(exact('1<"a"')).toBe('true'); // numbers sort before text
  });
  it('an empty cell is 0 in arithmetic and the formula "=A1" of an empty cell shows 0', () => {
    expect(exact('E2+1', data)).toBe('1');
    expect(exact('E2', data)).toBe('0');
    expect(exact('E2&"x"', data)).toBe('x');
  });
  it('a range where one value is expected is intersected with the formula row', () => {
    const g: WorkbookGrid = { sheets: [sheet('S', [[1, '=A1:A3*10'], [2, '=A1:A3*10'], [3, '=A1:A3*10']])] };
    const e = gridEvaluator(g);
    expect([1, 2, 3].map((r) => String(e.evaluateCell('S', r, 2)))).toEqual(['10', '20', '30']);
  });
  it('defined names, cross-sheet references with quoted names and ";" separators', () => {
    const g: WorkbookGrid = {
      sheets: [sheet('Dự toán', [[100, "='Thuyết minh'!A1*2"], ['=DT_X+1']]), sheet('Thuyết minh', [[7, '=SUM(\'Dự toán\'!A1:A1;5)']])],
      names: { DT_X: "'Dự toán'!$A$1" },
    };
    const e = gridEvaluator(g);
    expect(String(e.evaluateCell('Dự toán', 1, 2))).toBe('14');
    expect(String(e.evaluateCell('dự toán', 2, 1))).toBe('101'); // sheet names match without regard to case
    expect(String(e.evaluateCell('Thuyết minh', 1, 2))).toBe('105');
    expect(e.evaluateFormula('Nope!A1', 'Dự toán', 1, 1)).toMatchObject({ error: '#REF!' });
    expect(e.evaluateFormula('KHONG_CO', 'Dự toán', 1, 1)).toMatchObject({ error: '#NAME?' });
  });
  it('SUBTOTAL skips nested subtotals, and hidden rows for 101–111', () => {
    const g: WorkbookGrid = { sheets: [sheet('S', [[10], [20], ['=SUBTOTAL(9,A1:A2)'], [5], ['=SUBTOTAL(9,A1:A4)'], ['=SUBTOTAL(109,A1:A4)'], ['=SUBTOTAL(1,A1:A2)'], ['=SUBTOTAL(2,A1:A4)']], { hiddenRows: [2] })] };
    const e = gridEvaluator(g);
    expect(String(e.evaluateCell('S', 3, 1))).toBe('30');
    expect(String(e.evaluateCell('S', 5, 1))).toBe('35');
    expect(String(e.evaluateCell('S', 6, 1))).toBe('15');
    expect(String(e.evaluateCell('S', 7, 1))).toBe('15');
    expect(String(e.evaluateCell('S', 8, 1))).toBe('3');
  });
  it('inputs: a formula cell without a cached value is computed, one with a cached value is read as cached (or recomputed on request)', () => {
    const g: WorkbookGrid = { sheets: [{ name: 'S', values: [[2, 999, null]], formulas: [[undefined, '=A1*3', '=B1+1']] }] };
    expect(String(gridEvaluator(g).evaluateCell('S', 1, 3))).toBe('1000');
    expect(String(gridEvaluator(g, { inputs: 'recalculate' }).evaluateCell('S', 1, 3))).toBe('7');
  });
  it('a cycle is an error marked circular, not a hang; a long chain does not exhaust the stack', () => {
    const g: WorkbookGrid = { sheets: [sheet('S', [['=B1+1', '=A1+1']])] };
    expect(gridEvaluator(g).evaluateCell('S', 1, 1)).toMatchObject({ error: '#REF!', reason: 'circular' });
    const rows: unknown[][] = [[1]];
    for (let r = 2; r <= 5_000; r++) rows.push([`=A${r - 1}+1`]);
    expect(String(gridEvaluator({ sheets: [sheet('S', rows)] }).evaluateCell('S', 5_000, 1))).toBe('5000');
  });
  it('an unknown function, a formula that does not parse and another workbook are marked, not guessed', () => {
    expect(gridEvaluator({ sheets: [sheet('S', [])] }).evaluateFormula('OFFSET(A1,1,1)', 'S', 1, 1)).toMatchObject({ error: '#NAME?', reason: 'unsupported', detail: 'OFFSET' });
    expect(gridEvaluator({ sheets: [sheet('S', [])] }).evaluateFormula('SUM(A1', 'S', 1, 1)).toMatchObject({ reason: 'syntax' });
    expect(gridEvaluator({ sheets: [sheet('S', [])] }).evaluateFormula('[1]Sheet1!A1', 'S', 1, 1)).toMatchObject({ reason: 'external' });
    expect(exact('IFERROR(OFFSET(A1,1,1),0)')).toBe('#NAME?'); // not swallowed: we cannot know Excel's value
  });
  it('dates are their serial numbers', () => {
    const g: WorkbookGrid = { sheets: [{ name: 'S', values: [[new Date(Date.UTC(2026, 3, 15))]] }] };
    expect(String(gridEvaluator(g).evaluateFormula('A1+1', 'S', 1, 2))).toBe('46128'); // 15/4/2026 = 46127
  });
});

describe('binary mode (IEEE-754 doubles, LibreOffice rounding)', () => {
  const g: WorkbookGrid = { sheets: [sheet('S', [[38.41, 2340750]])] };
  const bin = gridEvaluator(g, { mode: 'binary' });
  it('38,41 × 2.340.750 is 89.908.207,49999999 in binary; ROUND(…,0) takes it down, the 4-decimal form does not', () => {
    expect(bin.evaluateFormula('A1*B1', 'S', 1, 3)).toBe(89908207.49999999);
    expect(bin.evaluateFormula('ROUND(A1*B1,0)', 'S', 1, 3)).toBe(89908207);
    expect(bin.evaluateFormula('ROUND(ROUND(A1*B1,4),0)', 'S', 1, 3)).toBe(89908208);
    expect(bin.evaluateFormula('0.1+0.2', 'S', 1, 3)).toBe(0.30000000000000004);
  });
  it('stdRound is C std::round (halves away from zero), exact at the edges', () => {
    expect([0.5, 1.5, 2.5, -0.5, -2.5, 0.49999999999999994, 4503599627370497].map(stdRound)).toEqual([1, 2, 3, -1, -3, 0, 4503599627370497]);
  });
  it('libreOfficeRound to decimals rounds the 15-significant-digit value (2,675 → 2,68; 1,005 → 1,01)', () => {
    expect(libreOfficeRound(2.675, 2, 'half')).toBe(2.68);
    expect(libreOfficeRound(1.005, 2, 'half')).toBe(1.01);
    expect(libreOfficeRound(-1.005, 2, 'half')).toBe(-1.01);
    expect(libreOfficeRound(1234567, -3, 'half')).toBe(1235000);
    expect(libreOfficeRound(1.0000000001, 0, 'up')).toBe(2);
  });
});

import { columnLetters } from '@dutoan/core/audit';

function colNumber(letters: string): number {
  let c = 0;
  for (let i = 0; i < letters.length; i++) c = c * 26 + letters.charCodeAt(i) - 64;
  return c;
}

/**
 * A shared formula (công thức dùng chung, `<f t="shared" si="…">`) as it reads in another cell of its range: every
 * relative A1 reference moves by the distance from the master cell (ECMA-376 Part 1, §18.3.1.40). References
 * after a sheet name ("Chi tiết!D5", "'Dự toán'!F12") move too; "$" parts and text in quotes do not; names and
 * function names (LOG10(…)) are left alone, and so is text in double quotes and sheet names in single quotes.
 */
export function translateSharedFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g, (_, pre: string, cAbs: string, c: string, rAbs: string, r: string) => {
            const col = cAbs ? c : columnLetters(colNumber(c) + dCol);
            const row = rAbs ? r : String(Number(r) + dRow);
            return `${pre}${cAbs}${col}${rAbs}${row}`;
          }),
    )
    .join('');
}

import { CLOSE, OPEN, XmlScanner } from '../xml/scanner.ts';

/**
 * What the cell styles say about values (xl/styles.xml): for each cell format (<xf> of <cellXfs>, by index = the
 * cell's `s`), its number format code and whether it shows a date or time — so a date serial is read as a date.
 */
export interface CellStyles {
  /** Number format code per style index; undefined = General (or unknown). */
  readonly formats: ReadonlyArray<string | undefined>;
  readonly isDate: readonly boolean[];
}

/** Built-in number formats (ECMA-376 Part 1, §18.8.30) that do not depend on the locale. */
const BUILTIN: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};
/** Built-in ids that show dates or times, including the East Asian locale-dependent ones (27–36, 50–58). */
const DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A format code shows a date or time when, outside quoted text, brackets and escapes, it has d, m, y, h or s. */
export function isDateFormat(code: string): boolean {
  const f = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  return /[dmyhs]/i.test(f) && !/^general$/i.test(f.trim());
}

export function readStyles(xml: string | null): CellStyles {
  const formats: Array<string | undefined> = [];
  const isDate: boolean[] = [];
  if (xml === null) return { formats, isDate };
  const custom = new Map<number, string>();
  const s = new XmlScanner(xml);
  let inCellXfs = false;
  for (let t = s.next(); t; t = s.next()) {
    if (t === CLOSE) {
      if (s.name === 'cellXfs') inCellXfs = false;
      continue;
    }
    if (t !== OPEN) continue;
    if (s.name === 'numFmt') {
      const id = s.attr('numFmtId');
      const code = s.attr('formatCode');
      if (id !== undefined && code !== undefined) custom.set(Number(id), code);
    } else if (s.name === 'cellXfs') inCellXfs = !s.selfClosing;
    else if (s.name === 'xf' && inCellXfs) {
      const id = Number(s.attr('numFmtId') ?? '0');
      const code = custom.get(id) ?? BUILTIN[id];
      formats.push(code !== undefined && !/^general$/i.test(code) ? code : undefined);
      isDate.push(custom.has(id) ? isDateFormat(code!) : DATE_IDS.has(id));
      s.skip();
    }
  }
  return { formats, isDate };
}

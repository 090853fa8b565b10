import type { Finding } from '../audit/finding.ts';
import type { ReadNumber, ReadText } from '../audit/submitted.ts';
import { formatQuantity } from '../money/format.ts';
import { Decimal } from '../money/decimal.ts';
import type { SheetCells } from './cells.ts';
import { readFinding } from './finding.ts';
import { readNumberCell, type NumberReading } from './numbers.ts';

/**
 * Cells of one table as the model's ReadText / ReadNumber (ô đọc được): where each value is, what it holds, and
 * for money how many đồng one unit of the sheet is. A text number read only with a note becomes a NUMBER_FORMAT
 * warning at its cell (said once per cell).
 */
export class TableCells {
  readonly findings: Finding[] = [];
  private readonly noted = new Set<string>();
  /** Every money number handed out, so a money unit found later can rescale them. */
  private readonly money: ReadNumber[] = [];

  constructor(readonly cells: SheetCells, readonly template: boolean) {}

  text(row: number, col: number | undefined, fallbackCol: number): ReadText {
    if (col === undefined) return { at: this.cells.at(row, fallbackCol), text: '' };
    return { at: this.cells.at(row, col), text: this.cells.text(row, col) };
  }

  /** The reading of a cell; a formula whose cached value is absent reads as not a number (the evaluator fills it). */
  reading(row: number, col: number): NumberReading {
    const v = this.cells.value(row, col);
    if ((v === null || v === undefined) && this.cells.formula(row, col) !== null) return { kind: 'invalid', raw: '' };
    return readNumberCell(v);
  }

  /**
   * A number cell. `scale` (money cells): đồng per sheet unit; the value is given in đồng. `alternative`: take the
   * other reading of an ambiguous text ("1,234" as 1.234).
   */
  number(row: number, col: number | undefined, fallbackCol: number, opts: { scale?: number; formulaExpected?: boolean; alternative?: boolean } = {}): ReadNumber {
    if (col === undefined) return { at: this.cells.at(row, fallbackCol), value: null, raw: '', formula: null, formulaExpected: false };
    const at = this.cells.at(row, col);
    const r = this.reading(row, col);
    const formula = this.cells.formula(row, col);
    const formulaExpected = (opts.formulaExpected ?? false) && this.template;
    let value: string | null = null;
    if (r.kind === 'number') {
      value = opts.alternative && r.alternative !== undefined ? r.alternative : r.value;
      if (r.note) this.note(at, r.raw, value, r.note, r.note === 'ambiguous' ? (opts.alternative ? r.value : r.alternative!) : null);
    }
    const scale = opts.scale;
    const n: ReadNumber = { at, value, raw: r.raw, formula, formulaExpected };
    if (scale !== undefined) {
      if (value !== null && scale !== 1) n.value = new Decimal(value).mul(scale).toString();
      n.scale = scale;
      this.money.push(n);
    }
    return n;
  }

  /** Multiply every money number read so far by `factor` (a money unit found after the figures were read). */
  rescale(factor: number): void {
    for (const n of this.money) {
      if (n.value !== null) n.value = new Decimal(n.value).mul(factor).toString();
      n.scale = (n.scale ?? 1) * factor;
    }
  }

  private note(at: ReadNumber['at'], raw: string, value: string, how: string, other: string | null): void {
    const key = 'cell' in at ? at.cell : at.line;
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.findings.push(
      readFinding('NUMBER_FORMAT', at, { raw, read: formatQuantity(value), how, other: other === null ? null : formatQuantity(other) }, { expected: value, actual: raw }),
    );
  }
}

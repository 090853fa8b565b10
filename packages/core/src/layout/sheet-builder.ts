import { cellAddress, columnLetters } from '../audit/grid.ts';

const LETTERS: string[] = [];
/** Column letters, memoised. */
function letter(col: number): string {
  return (LETTERS[col] ??= columnLetters(col));
}
import type { StyleKey } from './styles.ts';
import type { PlanCell, PlanName, PlanValidation, PrintSetup, SheetPlan, ValidationKey } from './types.ts';

/** Accumulates the cells, merges and names of one sheet plan. Internal helper of the planners. */
export class SheetBuilder {
  readonly cells: PlanCell[] = [];
  readonly merges: string[] = [];
  readonly rowHeights: Array<{ row: number; height: number }> = [];
  readonly validations: PlanValidation[] = [];
  readonly names: PlanName[] = [];
  private lastRow = 0;
  private lastCol = 0;

  constructor(readonly name: string) {}

  private put(row: number, col: number, kind: PlanCell['kind'], value: string, style: StyleKey, input: boolean, formula?: string): PlanCell {
    // Plain object literals (one shape for all cells): planners build 10^4–10^5 of them.
    const c: PlanCell = { address: `${letter(col)}${row}`, row, col, kind, value, style };
    if (formula !== undefined) c.formula = formula;
    if (input) c.input = true;
    this.cells.push(c);
    if (row > this.lastRow) this.lastRow = row;
    if (col > this.lastCol) this.lastCol = col;
    return c;
  }

  text(row: number, col: number, value: string, style: StyleKey, input = false): PlanCell {
    return this.put(row, col, 'text', value, style, input);
  }

  number(row: number, col: number, value: string, style: StyleKey, input = false): PlanCell {
    return this.put(row, col, 'number', value, style, input);
  }

  formula(row: number, col: number, formula: string, cached: string, style: StyleKey): PlanCell {
    return this.put(row, col, 'formula', cached, style, false, formula);
  }

  /** An empty cell that carries a style (borders inside the table). */
  blank(row: number, col: number, style: StyleKey): PlanCell {
    return this.put(row, col, 'text', '', style, false);
  }

  /** Merge a rectangle; every cell of it gets `style` (so borders render on the whole merged area). */
  merge(row: number, col1: number, col2: number, style?: StyleKey, row2 = row): void {
    if (col1 === col2 && row === row2) return;
    this.merges.push(`${cellAddress(row, col1)}:${cellAddress(row2, col2)}`);
    if (!style) return;
    for (let r = row; r <= row2; r++) for (let c = col1; c <= col2; c++) if (r !== row || c !== col1) this.blank(r, c, style);
  }

  height(row: number, height: number): void {
    this.rowHeights.push({ row, height });
    if (row > this.lastRow) this.lastRow = row;
  }

  validate(col: number, rows: number[], rule: ValidationKey): void {
    // Contiguous runs become one range each.
    const sorted = [...rows].sort((a, b) => a - b);
    let start = sorted[0];
    let prev = start;
    const flush = () => {
      if (start === undefined || prev === undefined) return;
      const l = columnLetters(col);
      this.validations.push({ range: start === prev ? `${l}${start}` : `${l}${start}:${l}${prev}`, rule });
    };
    for (let i = 1; i < sorted.length; i++) {
      const r = sorted[i]!;
      if (r === prev! + 1) prev = r;
      else {
        flush();
        start = r;
        prev = r;
      }
    }
    flush();
  }

  /** A workbook-level defined name for one cell of this sheet. */
  nameCell(name: string, row: number, col: number): void {
    this.names.push({ name, sheet: this.name, ref: `$${columnLetters(col)}$${row}` });
  }

  nameRange(name: string, row1: number, col1: number, row2: number, col2: number): void {
    this.names.push({ name, sheet: this.name, ref: `$${columnLetters(col1)}$${row1}:$${columnLetters(col2)}$${row2}` });
  }

  /** Cells in row-major order (planners emit a section's own row after its lines). */
  private sortedCells(): PlanCell[] {
    const cells = this.cells;
    let sorted = true;
    for (let i = 1; i < cells.length && sorted; i++) {
      const a = cells[i - 1]!;
      const b = cells[i]!;
      if (a.row > b.row || (a.row === b.row && a.col > b.col)) sorted = false;
    }
    return sorted ? cells.slice() : cells.slice().sort((a, b) => a.row - b.row || a.col - b.col);
  }

  build(opts: {
    columns: SheetPlan['columns'];
    frozenRows: number;
    print: PrintSetup;
    protect: boolean;
    state?: SheetPlan['state'];
    tabColor?: string;
  }): SheetPlan {
    const plan: SheetPlan = {
      name: this.name,
      state: opts.state ?? 'visible',
      cells: this.sortedCells(),
      merges: this.merges,
      columns: opts.columns,
      rowHeights: this.rowHeights,
      validations: this.validations,
      frozenRows: opts.frozenRows,
      print: opts.print,
      protect: opts.protect,
      lastRow: this.lastRow,
      lastCol: Math.max(this.lastCol, ...opts.columns.map((c) => c.col)),
    };
    if (opts.tabColor) plan.tabColor = opts.tabColor;
    return plan;
  }
}

/** Standard A4 print setup: margins 3 cm left, 1.5 cm right, 2 cm top and bottom (in inches). */
export function a4Print(lastCol: string, repeatRows?: { from: number; to: number }, orientation: PrintSetup['orientation'] = 'portrait'): PrintSetup {
  const p: PrintSetup = {
    paper: 'A4',
    orientation,
    fitToWidth: true,
    margins: { left: 1.18, right: 0.59, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 },
    horizontalCentered: true,
    footer: '&C&"Times New Roman,Italic"&10Trang &P/&N',
    printAreaLastCol: lastCol,
  };
  if (repeatRows) p.repeatRows = repeatRows;
  return p;
}

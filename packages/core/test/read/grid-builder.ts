import type { GridSheet, GridValue } from '../../src/index.ts';

/**
 * A sheet typed cell by cell for reader tests: `put('F12', 111100000, '=SUM(F9:F11)')` sets a value (the cached
 * result a spreadsheet would store, computed by hand in the test) and optionally the formula behind it.
 */
export class SheetBuilder {
  private readonly values: GridValue[][] = [];
  private readonly formulas: Array<Array<string | null>> = [];
  private readonly merges: string[] = [];
  private readonly hidden: number[] = [];

  constructor(readonly name: string) {}

  put(cell: string, value: GridValue, formula?: string): this {
    const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
    const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const row = Number(m[2]) - 1;
    for (let r = this.values.length; r <= row; r++) {
      this.values.push([]);
      this.formulas.push([]);
    }
    this.values[row]![col] = value;
    if (formula) this.formulas[row]![col] = formula;
    return this;
  }

  /** Cells of one row from column A: `row(9, ['1', 'Chỉnh lý…', 'Mét giá', 10, 8888000, 88880000])`. */
  row(r: number, cells: GridValue[], startCol = 'A'): this {
    const c0 = startCol.charCodeAt(0) - 65;
    cells.forEach((v, i) => {
      if (v !== null && v !== undefined) this.put(`${String.fromCharCode(65 + c0 + i)}${r}`, v);
    });
    return this;
  }

  merge(range: string): this {
    this.merges.push(range);
    return this;
  }

  hide(row: number): this {
    this.hidden.push(row);
    return this;
  }

  build(): GridSheet {
    const width = Math.max(0, ...this.values.map((r) => r.length));
    const pad = <T>(rows: T[][], fill: T) => rows.map((r) => Array.from({ length: width }, (_, i) => (i in r ? r[i]! : fill)));
    return {
      name: this.name,
      values: pad(this.values, null as GridValue),
      formulas: pad(this.formulas, null as string | null),
      ...(this.merges.length ? { merges: this.merges } : {}),
      ...(this.hidden.length ? { hiddenRows: this.hidden } : {}),
    };
  }
}

/** The document around a table: agency, motto, date line, title; the signature block under row `after`. */
export function frame(b: SheetBuilder, after: number): SheetBuilder {
  b.put('A1', 'UBND XÃ THỬ NGHIỆM').put('D1', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').put('D2', 'Độc lập - Tự do - Hạnh phúc');
  b.put('D3', 'Thử Nghiệm, ngày 10 tháng 4 năm 2026').put('A5', 'DỰ TOÁN KINH PHÍ CHỈNH LÝ, SỐ HÓA TÀI LIỆU NĂM 2026');
  b.put(`B${after + 2}`, 'NGƯỜI LẬP BIỂU').put(`D${after + 2}`, 'PHỤ TRÁCH KẾ TOÁN').put(`F${after + 2}`, 'TM. ỦY BAN NHÂN DÂN');
  b.put(`F${after + 3}`, 'CHỦ TỊCH');
  b.put(`B${after + 6}`, 'Nguyễn Văn A').put(`D${after + 6}`, 'Trần Thị B').put(`F${after + 6}`, 'Lê Văn C');
  return b;
}

export const HEADER = ['STT', 'Nội dung công việc', 'Đơn vị tính', 'Khối lượng', 'Đơn giá', 'Thành tiền', 'Ghi chú'];

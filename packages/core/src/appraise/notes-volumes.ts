import type { Location } from '../audit/finding.ts';
import { cellAddress, SheetView, type WorkbookGrid } from '../audit/grid.ts';
import { notesColumns as NC, sheetNames, volumeRows } from '../layout/template.ts';
import { normalizeQuantity } from '../money/parse.ts';
import type { UnitCode } from '../model/units.ts';
import { foldText } from '../util/fold-text.ts';
import { volumeUnits } from '../terms/volume-lines.ts';

/** One survey volume the "Thuyết minh" sheet states (khối lượng khảo sát), with its cell and the unit it counts. */
export interface NotesVolume {
  /** volumes.<key> of Thuyết minh: metres, pagesA4, pagesA3, files, documents, fonds. */
  key: (typeof volumeRows)[number]['key'];
  unit: UnitCode;
  /** Plain decimal ("39500", "16.25"). */
  value: string;
  at: Location;
}


/**
 * The survey volumes stated by a standard workbook's "Thuyết minh" sheet (rows keyed `volumes.<key>` in its hidden
 * column F), each with its value cell; [] for a workbook without that sheet (a hand-made estimate) or a value that
 * is not a plain number (the audit reports it). The appraisal compares each line's quantity with them.
 */
export function notesVolumes(grid: WorkbookGrid): NotesVolume[] {
  const sheet = grid.sheets.find((s) => foldText(s.name) === foldText(sheetNames.notes));
  if (!sheet) return [];
  const cells = new SheetView(sheet);
  const keys = new Set<string>(volumeRows.map((r) => r.key));
  const out: NotesVolume[] = [];
  for (let r = 1; r <= Math.min(cells.lastRow, 500); r++) {
    const k = cells.text(r, NC.key.col);
    const m = /^volumes\.(\w+)$/.exec(k);
    if (!m || !keys.has(m[1]!)) continue;
    const key = m[1] as NotesVolume['key'];
    const v = cells.value(r, NC.value.col);
    let value: string;
    try {
      value = normalizeQuantity(typeof v === 'number' ? v : cells.text(r, NC.value.col), { field: k });
    } catch {
      continue;
    }
    if (out.some((x) => x.key === key)) continue;
    out.push({ key, unit: volumeUnits[key], value, at: { sheet: sheet.name, cell: cellAddress(r, NC.value.col) } });
  }
  return out;
}

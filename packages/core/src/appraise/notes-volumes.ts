import type { Location } from '../audit/finding.ts';
import type { WorkbookGrid } from '../audit/grid.ts';
import { sheetNames, volumeRows } from '../layout/template.ts';
import { SheetCells } from '../read/cells.ts';
import { readNotes } from '../read/template-sheets.ts';
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
 * column F, read by `readNotes`), each with its value cell; [] for a workbook without that sheet (a hand-made estimate) or a value that
 * is not a plain number (the audit reports it). The appraisal compares each line's quantity with them.
 */
export function notesVolumes(grid: WorkbookGrid): NotesVolume[] {
  const sheet = grid.sheets.find((s) => foldText(s.name) === foldText(sheetNames.notes));
  if (!sheet) return [];
  const notes = readNotes(new SheetCells(sheet));
  const out: NotesVolume[] = [];
  for (const { key } of volumeRows) {
    const value = notes.volumes?.[key];
    const at = notes.volumeCells[key];
    if (typeof value === 'string' && at) out.push({ key, unit: volumeUnits[key], value, at });
  }
  // In the sheet's order, as the rows are written.
  return out.sort((a, b) => rowOf(a.at) - rowOf(b.at));
}

function rowOf(at: Location): number {
  return 'cell' in at ? Number(/\d+$/.exec(at.cell)?.[0] ?? 0) : 0;
}

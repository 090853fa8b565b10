import type { WorkbookGrid } from '../audit/grid.ts';
import type { SubmittedEstimate } from '../audit/submitted.ts';
import { cellsOf, type SheetCells } from './cells.ts';
import { namedText } from './header-block.ts';
import type { NamedCell, TemplateNameKey } from './template-names.ts';

/**
 * What the workbook says about the price book it was computed with (bảng đơn giá đã dùng): id, status and
 * SHA-256 fingerprint by the template's names, else a "sha256:…" text and a MẪU label anywhere in the workbook.
 */
export function readBookInfo(grid: WorkbookGrid, named: ReadonlyMap<TemplateNameKey, NamedCell>, tableSheet: string): SubmittedEstimate['book'] {
  const id = namedText(grid, named, 'bookId', tableSheet);
  const status = namedText(grid, named, 'bookStatus', tableSheet);
  let hash = namedText(grid, named, 'bookHash', tableSheet);
  let sampleLabel = namedText(grid, named, 'sampleLabel', tableSheet);
  if (sampleLabel && !sampleLabel.text.trim()) sampleLabel = null;
  if (hash && named.size > 0) return { id, hash, status, sampleLabel };
  // No names (hand-made, or names lost): look for a fingerprint and a MẪU label anywhere.
  for (const s of grid.sheets) {
    const cells = cellsOf(s);
    for (let r = cells.firstRow; r <= cells.lastRow; r++) {
      for (let c = cells.firstCol; c <= cells.lastCol; c++) {
        const t = cells.text(r, c);
        if (!t) continue;
        if (!hash && /sha256:[0-9a-f]{64}/i.test(t)) hash = { at: cells.at(r, c), text: /sha256:[0-9a-f]{64}/i.exec(t)![0] };
        if (!sampleLabel && t.length < 200) {
          const f = cells.fold(r, c);
          if (f === 'mau' || f.startsWith('mau khong dung') || /bang (don )?gia mau/.test(f)) sampleLabel = { at: cells.at(r, c), text: t };
        }
      }
    }
  }
  return { id, hash, status, sampleLabel };
}

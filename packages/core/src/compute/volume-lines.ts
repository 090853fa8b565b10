import { issueAt, type Issue } from '../errors.ts';
import { Decimal } from '../money/decimal.ts';
import { formatQuantity } from '../money/format.ts';
import type { EstimateInput, InputLine } from '../model/estimate-input.ts';
import type { SectionId } from '../model/fields.ts';
import type { PriceBook } from '../model/price-book.ts';
import type { UnitCode } from '../model/units.ts';
import { canonicalUnit } from '../terms/units.ts';
import { volumeLineNote, volumeUnits, type VolumeKey } from '../terms/volume-lines.ts';


/**
 * The lines of a section the input lists none for (khối lượng theo khảo sát): for each volume the input states
 * (above zero), the book's item of this section priced in that volume's unit, with the volume as its quantity and
 * a Ghi chú saying where the quantity comes from. Only items the book has; a volume of a unit no item of the
 * section has fills nothing. Never a guess: when several items (or levels) of the section share the unit —
 * alternatives such as "tài liệu rời lẻ" and "đã lập hồ sơ sơ bộ", or complexity levels — the volume fills none
 * of them and LINES_FROM_VOLUMES_AMBIGUOUS names them (the lines must then be listed); a section no volume fills
 * is LINES_FROM_VOLUMES_NONE. Problems are added to `problems` with the path of the section's `lines`.
 */
export function linesFromVolumes(book: PriceBook, section: SectionId, volumes: EstimateInput['volumes'], path: string, problems: Issue[]): InputLine[] {
  const out: InputLine[] = [];
  const before = problems.length;
  for (const [key, unit] of Object.entries(volumeUnits) as Array<[VolumeKey, UnitCode]>) {
    const v = volumes?.[key];
    if (v === undefined || new Decimal(v).lte(0)) continue;
    const candidates = book.items.filter((i) => i.section === section && canonicalUnit(i.unit) === unit);
    if (candidates.length === 0) continue;
    const quantity = typeof v === 'number' ? String(v) : v;
    if (candidates.length > 1) {
      problems.push(
        issueAt(path, 'LINES_FROM_VOLUMES_AMBIGUOUS', {
          section,
          quantity: formatQuantity(quantity),
          unit,
          candidates: candidates.map((i) => (i.variant ? `${i.code} (${i.variant})` : i.code)),
        }),
      );
      continue;
    }
    const item = candidates[0]!;
    out.push({ item: item.code, ...(item.variant !== undefined ? { variant: item.variant } : {}), quantity, note: volumeLineNote[key] });
  }
  if (out.length === 0 && problems.length === before) problems.push(issueAt(path, 'LINES_FROM_VOLUMES_NONE', { section, book: book.id }));
  return out;
}

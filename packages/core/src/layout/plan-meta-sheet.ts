import type { Estimate } from '../model/estimate.ts';
import { a4Print, SheetBuilder } from './sheet-builder.ts';
import { LAYOUT_VERSION, metaKeys, sheetNames } from './template.ts';
import type { SheetPlan } from './types.ts';

/**
 * Plan of the hidden "_dutoan" sheet: key | value for what no visible cell shows — the layout and schema versions,
 * the agency kind (which decides the signature titles), the words options (cách đọc bằng chữ) and the rounding
 * policy. Not a copy of the estimate: everything visible is read from the visible cells.
 */
export function planMetaSheet(estimate: Estimate): SheetPlan {
  const b = new SheetBuilder(sheetNames.meta);
  const rows: Array<[string, string]> = [
    [metaKeys.layoutVersion, String(LAYOUT_VERSION)],
    [metaKeys.schemaVersion, String(estimate.schemaVersion)],
    [metaKeys.agencyKind, estimate.header.agencyKind],
    [metaKeys.words, JSON.stringify(estimate.words)],
    [metaKeys.roundingToThousand, String(estimate.rounding.toThousand)],
    [metaKeys.generator, 'dutoan'],
  ];
  rows.forEach(([k, v], i) => {
    b.text(i + 1, 1, k, 'meta.key');
    b.text(i + 1, 2, v, 'meta.value');
  });
  return b.build({
    columns: [
      { col: 1, letter: 'A', width: 24 },
      { col: 2, letter: 'B', width: 60 },
    ],
    frozenRows: 0,
    print: a4Print('B'),
    protect: false,
    state: 'hidden',
  });
}

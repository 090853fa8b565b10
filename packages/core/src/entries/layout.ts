/**
 * `@dutoan/core/layout` — the standard workbook as data: sheets, columns, defined names, styles and live formulas
 * of an estimate (a plan any renderer draws cell for cell), and reading a standard workbook back.
 * @module @dutoan/core/layout
 */
import '../locale/index.ts';

export * from '../layout/index.ts';

/** The standard workbook read back into an Estimate input (the reading kit, with the template's evidence). */
export { readEstimateFromGrid, type ReadEstimateResult } from '../read/read-estimate.ts';

/** A harmless output file name made from any text (the unit's name, a sheet name). */
export { safeOutputName, type SafeNameOptions } from '../util/safe-file-name.ts';

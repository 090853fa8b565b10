/**
 * The locale layer (lớp ngôn ngữ): every problem the program reports is a stable CODE with typed parameters,
 * and a locale — Vietnamese (`vi`, what users read) or English (`en`, for developers using the library) —
 * turns it into a sentence. Lower layers (money, model, errors) import no text: they raise codes; this module
 * installs the renderer they use (render-hook.ts), so `DutoanError#message` is the Vietnamese sentence.
 *
 * ## How to add a message
 * 1. Pick the area file of the code that raises it (`locale/<area>.ts`; a new area: a new file, registered in
 *    `catalogue.ts`). Add the code and its parameters to the area's `interface <Area>Params`:
 *      `BOOK_PRICE_NULL: { code: string; name: string; book: string };`
 *    Parameters are plain data: numbers already formatted as the sentence shows them ("1.234.567"), raw
 *    values where a program needs them, keys (not sentences) for anything a locale words differently.
 * 2. Write the sentence in BOTH tables, `<area>Vi` (correct Vietnamese, full diacritics) and `<area>En`
 *    (plain developer English). TypeScript refuses a table that misses a code or reads an unknown parameter.
 * 3. Raise it: `throw new DutoanError('BOOK_PRICE_NULL', { code, name, book })`, an issue `issueAt(path, code,
 *    params)` (or `problem(code, params)` now and `issueOf(path, p)` once the place is known), a finding
 *    `finding(code, at, expected, actual, params)`, a zod failure `coded(code, params)` / `dutoanParams(code, params)`.
 *    Render elsewhere with `render(code, params, locale)`, `renderError(e, locale)`, `localizeFinding(f, locale)`;
 *    an error crosses a worker as `errorData(e)` and comes back with `reviveError(data)`.
 * 4. Add sample parameters for the code to `packages/core/test/locale/samples.ts` (TypeScript asks for them).
 * 5. The tests check that every code has a sentence in every locale, that every code is used somewhere in the
 *    sources (no dead key), and that every Vietnamese sentence is NFC with full diacritics.
 * Terms used inside sentences and documents (section titles, total labels, VAT rates, units, statuses) are data
 * in `core/src/terms/`, not messages.
 */
import { installMessageRenderer } from '../render-hook.ts';
import { composeIssues, renderCode } from './render.ts';
import { zodErrorMap } from './zod-map.ts';

installMessageRenderer({ sentence: renderCode, compose: composeIssues, zodErrorMap });

export type { Locale, MessageTable, ParamValue, Params } from './table.ts';
export { areas, catalogue, type MessageArea, type MessageCode, type MessageParams } from './catalogue.ts';
export { composeIssues, isMessageCode, localizeFinding, render, renderCode, renderError, renderIssue } from './render.ts';

import * as z from 'zod';
import { fastNormalizeQuantity } from '../money/parse.ts';
import { coded, zodErrorMap } from '../util/validate.ts';
import { inputLineSchema, type InputLine } from './input-line.ts';

const linesSchema = z.array(inputLineSchema).min(1, coded('SECTION_NO_LINES'));

function ownKeyCount(o: object): number {
  let n = 0;
  for (const _ in o) n++;
  return n;
}

/**
 * The common shape of a line — `{ item, quantity }` with a plainly written quantity — validated without zod's
 * per-field machinery (estimates reach 10^5 lines). Returns null as soon as anything is unusual; zod then
 * validates the whole array and gives the messages. A property test checks both paths give equal results.
 * The result may share the caller's line objects (never written to): lines are taken as plain data, as
 * JSON.parse gives them — a getter that answers differently on a second read is not guarded against.
 */
export function fastInputLines(v: unknown): InputLine[] | null {
  if (!Array.isArray(v) || v.length === 0) return null;
  const out: InputLine[] = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const el: unknown = v[i];
    if (typeof el !== 'object' || el === null || Array.isArray(el)) return null;
    // zod strips unknown keys, so only the schema's other keys send a line to the slow path.
    const { item, quantity, variant, description, unit, note, coefficients } = el as Record<string, unknown>;
    if (variant !== undefined || description !== undefined || unit !== undefined || note !== undefined || coefficients !== undefined) return null;
    if (typeof item !== 'string' || item.length === 0) return null;
    let q: string | null = null;
    if (typeof quantity === 'string') q = fastNormalizeQuantity(quantity);
    else if (typeof quantity === 'number' && Number.isSafeInteger(quantity) && quantity >= 0 && quantity < 1e12) q = String(quantity);
    if (q === null) return null;
    // A line that is exactly { item, quantity } with the quantity already normalised is what zod would return:
    // it is used as it is (never written to), saving 10^5 allocations that would live through the whole compute.
    out[i] = q === quantity && ownKeyCount(el) === 2 ? (el as InputLine) : { item, quantity: q };
  }
  return out;
}

/** The `lines` of a section: fast path first, zod (with coded messages and paths) otherwise. */
export const inputLinesField = z
  .custom<z.input<typeof linesSchema>>()
  .meta({ dutoanJsonSchema: 'inputLines' })
  .transform((v, ctx): InputLine[] => {
    const fast = fastInputLines(v);
    if (fast) return fast;
    const map = zodErrorMap();
    const r = map ? linesSchema.safeParse(v, { error: map }) : linesSchema.safeParse(v);
    if (r.success) return r.data;
    // The messages are already coded markers (util/validate.ts): passed on as they are, with their paths.
    for (const issue of r.error.issues) ctx.addIssue({ ...(issue as object), code: 'custom', message: issue.message, path: issue.path } as never);
    return z.NEVER;
  });

export { linesSchema as inputLinesSchema };

import type { Provenance, SourceStatus } from '../model/provenance.ts';

/**
 * A figure with its source (số liệu có nguồn): the value, or `null` when it is not known, and where it comes
 * from — document, place in it (article / appendix / row), and status. For a `null` value the source says
 * where the figure would stand and how sure we are that it stands there; its note says what is missing.
 * Every norm, coefficient, salary figure and rate in the data modules is a `Sourced`.
 */
export interface Sourced<T> {
  readonly value: T | null;
  readonly source: Provenance;
}

/** The note that marks a secondary figure whose source itself is doubtful ([LOW] in norms-known.md). */
export const LOW_CONFIDENCE = 'độ tin cậy thấp';

function provenance(doc: string, where: string, status: SourceStatus, note?: string): Provenance {
  return note === undefined ? { doc, where, status } : { doc, where, status, note };
}

/** A known figure with its source. */
export function sourced<T>(value: T, doc: string, where: string, status: SourceStatus, note?: string): Sourced<T> {
  return { value, source: provenance(doc, where, status, note) };
}

/**
 * A figure that is not known (chưa biết): `value: null`. `status` tells how sure we are that the figure stands
 * at `where`; `note` says what is missing and, where useful, what is known around it.
 */
export function unknown<T>(doc: string, where: string, status: SourceStatus, note: string): Sourced<T> {
  return { value: null, source: provenance(doc, where, status, note) };
}

/** A secondary figure whose source is doubtful ([LOW]): status `secondary`, note "độ tin cậy thấp". */
export function lowConfidence<T>(value: T, doc: string, where: string, note?: string): Sourced<T> {
  return sourced(value, doc, where, 'secondary', note ? `${LOW_CONFIDENCE}; ${note}` : LOW_CONFIDENCE);
}

/** Just a provenance (for structure: a step's existence, a list's origin). */
export function source(doc: string, where: string, status: SourceStatus, note?: string): Provenance {
  return provenance(doc, where, status, note);
}

export function isSourced(x: unknown): x is Sourced<unknown> {
  return typeof x === 'object' && x !== null && 'value' in x && 'source' in x;
}

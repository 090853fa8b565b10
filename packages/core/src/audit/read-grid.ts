/**
 * Reading a submitted estimate from a plain grid (đọc bảng dự toán) — the entry point of the audit. The reader
 * itself is the reading kit in core/src/read (one reader per concern: cells, numbers, units, dates, labels, the
 * table's header, rows, structure and sums); this module keeps the audit's names for it.
 */
export { readSubmissionFromGrid, isNotAnEstimate, notAnEstimateCodes, type ReadGridOptions } from '../read/read-submission.ts';
export { templateNames } from '../read/template-names.ts';
export { headerSynonyms } from '../read/vocabulary.ts';

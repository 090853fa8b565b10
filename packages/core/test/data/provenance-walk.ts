import { provenanceSchema } from '../../src/model/provenance.ts';
import { isSourced } from '../../src/norms/sourced.ts';

/**
 * Walk a data module and report every figure that lacks a source or a status:
 * - every `Sourced` must carry a valid provenance (doc, where, status), cite a known document, and explain a
 *   null value in its note;
 * - outside a `Sourced`, no JS number and no numeric-looking string may appear (a bare figure), except in
 *   identifiers (`id`, `no`, `ids`, variant options in `when`).
 */
export function walkFigures(root: unknown, rootPath: string, knownDocs: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const idKeys = new Set(['id', 'no', 'ids', 'when', 'from' /* never outside Sourced, kept strict below */]);
  idKeys.delete('from');
  const visit = (x: unknown, path: string, key: string, inIdentifier: boolean) => {
    if (x === null || x === undefined || typeof x === 'boolean' || typeof x === 'function') return;
    if (typeof x === 'number') {
      problems.push(`${path}: số ${x} không có nguồn (không nằm trong Sourced)`);
      return;
    }
    if (typeof x === 'string') {
      if (!inIdentifier && /^-?\d+([.,]\d+)*$/.test(x.trim())) problems.push(`${path}: số "${x}" không có nguồn (không nằm trong Sourced)`);
      return;
    }
    if (Array.isArray(x)) {
      x.forEach((v, i) => visit(v, `${path}[${i}]`, key, inIdentifier));
      return;
    }
    if (typeof x !== 'object') return;
    if (isSourced(x)) {
      const p = provenanceSchema.safeParse(x.source);
      if (!p.success) problems.push(`${path}.source: nguồn không hợp lệ (${p.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('; ')})`);
      else {
        if (!knownDocs.has(x.source.doc)) problems.push(`${path}.source.doc: văn bản "${x.source.doc}" không có trong danh mục`);
        if (x.value === null && !x.source.note) problems.push(`${path}: giá trị null mà không ghi chú thiếu gì`);
      }
      // Nested Sourced inside the value are checked too; plain figures inside a value are covered by its source.
      visitNested(x.value, `${path}.value`);
      return;
    }
    for (const [k, v] of Object.entries(x)) visit(v, `${path}.${k}`, k, inIdentifier || idKeys.has(k));
  };
  const visitNested = (x: unknown, path: string) => {
    if (x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach((v, i) => visitNested(v, `${path}[${i}]`));
    if (isSourced(x)) return visit(x, path, '', false);
    for (const [k, v] of Object.entries(x)) visitNested(v, `${path}.${k}`);
  };
  visit(root, rootPath, '', false);
  return problems;
}

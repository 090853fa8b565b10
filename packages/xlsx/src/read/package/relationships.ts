import { OPEN, XmlScanner } from '../xml/scanner.ts';

/** One relationship of a part (ECMA-376 Part 2, §9.3): its id, its type's last word, and its resolved target. */
export interface Relationship {
  id: string;
  /** The relationship type's last path segment: "officeDocument", "worksheet", "sharedStrings", "styles"… (transitional and strict alike). */
  type: string;
  /** Part name, resolved against the source part's folder, without a leading "/". */
  target: string;
}

/** "xl/_rels/workbook.xml.rels" for "xl/workbook.xml"; "_rels/.rels" for the package itself (""). */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? `_rels/${part}.rels` : `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolve a relative target against the folder of `source` ("" = package root). */
export function resolveTarget(source: string, target: string): string {
  const clean = target.replace(/\\/g, '/');
  let path: string;
  if (clean.startsWith('/')) path = clean.slice(1);
  else {
    const slash = source.lastIndexOf('/');
    path = (slash < 0 ? '' : source.slice(0, slash + 1)) + clean;
  }
  const out: string[] = [];
  for (const p of path.split('/')) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  // Percent-encoded names (IRI form of part names): "%20" and the like.
  const joined = out.join('/');
  if (!joined.includes('%')) return joined;
  try {
    return decodeURIComponent(joined);
  } catch {
    return joined;
  }
}

/** The relationships of `source` from its .rels XML (null = no .rels part); external targets are left out. */
export function readRelationships(xml: string | null, source: string): Relationship[] {
  if (xml === null) return [];
  const out: Relationship[] = [];
  const s = new XmlScanner(xml);
  for (let t = s.next(); t; t = s.next()) {
    if (t !== OPEN || s.name !== 'Relationship') continue;
    const id = s.attr('Id');
    const type = s.attr('Type');
    const target = s.attr('Target');
    if (!id || !type || target === undefined) continue;
    if (s.attr('TargetMode') === 'External') continue;
    out.push({ id, type: type.slice(type.lastIndexOf('/') + 1), target: resolveTarget(source, target) });
  }
  return out;
}

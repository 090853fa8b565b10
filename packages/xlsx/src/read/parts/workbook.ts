import { OPEN, XmlScanner } from '../xml/scanner.ts';

/** What the workbook part (xl/workbook.xml or wherever the package puts it) declares. */
export interface WorkbookPart {
  sheets: Array<{ name: string; relId: string; state?: 'hidden' | 'veryHidden' }>;
  /** Defined names that point at one cell ("'Dự toán'!$F$40"), first definition of a name kept. */
  names: Record<string, string>;
  date1904: boolean;
}

const REL_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
]);

/** A defined name's reference to one cell of a sheet ("'Dự toán'!$F$40"). */
const ONE_CELL = /![$A-Z]+\$?\d+$/;

export function readWorkbookPart(xml: string): WorkbookPart {
  const s = new XmlScanner(xml);
  const out: WorkbookPart = { sheets: [], names: {}, date1904: false };
  // A Map while reading (a name such as "constructor" is not an object's own key), an object in the result.
  const names = new Map<string, string>();
  // The prefix bound to the relationships namespace ("r" by convention; any prefix is valid).
  let relId = 'r:id';
  for (let t = s.next(); t; t = s.next()) {
    if (t !== OPEN) continue;
    switch (s.name) {
      case 'workbook':
        for (const [k, v] of s.attrs()) if (k.startsWith('xmlns:') && REL_NAMESPACES.has(v)) relId = `${k.slice(6)}:id`;
        break;
      case 'workbookPr': {
        const v = s.attr('date1904');
        out.date1904 = v === '1' || v === 'true';
        break;
      }
      case 'sheet': {
        const name = s.attr('name');
        const id = s.attr(relId) ?? s.attr('r:id');
        const state = s.attr('state');
        if (name !== undefined && id !== undefined) {
          out.sheets.push({ name, relId: id, ...(state === 'hidden' || state === 'veryHidden' ? { state } : {}) });
        }
        break;
      }
      case 'definedName': {
        const name = s.attr('name');
        const ref = s.textContent().trim();
        if (name && !names.has(name) && !ref.includes(':') && !ref.includes(',') && ONE_CELL.test(ref)) names.set(name, ref);
        break;
      }
    }
  }
  out.names = Object.fromEntries(names);
  return out;
}

import { limitsVi } from './messages.ts';

/** What went wrong when exceljs could not load bytes that passed the package checks (limits/). */
export type LoadFailureKind = 'zip' | 'xml' | 'structure';

// The texts of JSZip/pako (damaged compression) and saxes (damaged XML), as thrown inside exceljs.
const ZIP = /zip|central directory|end of data|signature|inflate|stored block|distance|invalid (?:code|block)|crc32|compress/i;
const XML = /^\d+:\d+:|saxes|close tag|open tag|disallowed|character|attribute|xml|text data|root element|entity/i;

export function classifyLoadFailure(e: unknown): LoadFailureKind {
  const text = e instanceof Error ? e.message : String(e);
  if (ZIP.test(text)) return 'zip';
  if (XML.test(text)) return 'xml';
  return 'structure'; // exceljs met a part it expected missing or malformed (its own TypeError, not for users)
}

/**
 * The one Vietnamese message for a workbook exceljs could not load — the same from every reader (estimate
 * workbook, price sheet, audit). The parser's own English text is not shown: it names exceljs internals
 * ("Cannot read properties of undefined (reading 'richText')"), not anything the user can find in the file.
 */
export function loadFailureMessage(e: unknown, name: string): string {
  return limitsVi.unloadable(name, classifyLoadFailure(e));
}

import { OPEN, XmlScanner } from '../xml/scanner.ts';

/**
 * The shared string table (bảng chuỗi dùng chung, xl/sharedStrings.xml): one text per <si>, rich-text runs
 * joined, phonetic runs (<rPh>) left out — what Excel shows in the cell.
 */
export function readSharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  const out: string[] = [];
  const s = new XmlScanner(xml);
  let inSi = false;
  let phonetic = 0;
  let text = '';
  for (let t = s.next(); t; t = s.next()) {
    const name = s.name;
    if (t === OPEN) {
      if (name === 'si') {
        if (s.selfClosing) out.push('');
        else {
          inSi = true;
          text = '';
        }
      } else if (inSi && name === 'rPh' && !s.selfClosing) phonetic++;
      else if (inSi && name === 't' && !s.selfClosing && phonetic === 0) {
        text += s.textContent();
      }
    } else if (name === 'si') {
      inSi = false;
      out.push(text);
    } else if (name === 'rPh') phonetic--;
  }
  return out;
}

/** Text of the runs of an inline string (<is>), the scanner standing just after its start tag. */
export function readInlineString(s: XmlScanner): string {
  let text = '';
  let phonetic = 0;
  for (let t = s.next(); t; t = s.next()) {
    if (t === OPEN) {
      if (s.name === 'rPh' && !s.selfClosing) phonetic++;
      else if (s.name === 't' && !s.selfClosing && phonetic === 0) {
        text += s.textContent();
      }
    } else if (s.name === 'rPh') phonetic--;
    else if (s.name === 'is') break;
  }
  return text;
}

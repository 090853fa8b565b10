import { OPEN, XmlScanner } from '../xml/scanner.ts';

/** The writing application from docProps/app.xml ("Microsoft Excel", "LibreOffice/7.5…"), when it says. */
export function readApplication(xml: string | null): string | undefined {
  if (xml === null) return undefined;
  const s = new XmlScanner(xml);
  for (let t = s.next(); t; t = s.next()) {
    if (t === OPEN && s.name === 'Application') {
      const v = s.textContent().trim();
      return v || undefined;
    }
  }
  return undefined;
}

/**
 * Row height for wrapped text in merged cells, which neither Excel nor LibreOffice autofit. A deliberate
 * over-estimate (Times New Roman is narrower than the width unit's reference digit), so printed text is never cut.
 */

/** Points per text line at a font size (Times New Roman line spacing ≈ 1.15 em, plus padding). */
export function lineHeight(fontSize: number): number {
  return Math.ceil(fontSize * 1.32);
}

/** Characters of average Vietnamese text that fit in `width` Excel width units at `fontSize`. */
export function charsPerLine(width: number, fontSize: number): number {
  // One width unit ≈ one Calibri-11 digit (7 px); an average Vietnamese Times New Roman character at 13 pt is
  // about 6.2 px — 6.8 is used so that the estimate errs towards taller rows.
  return Math.max(1, Math.floor((width * 7 * 13) / (fontSize * 6.8)));
}

/** Number of wrapped lines for `text` in a cell `width` units wide (explicit line breaks honoured). */
export function wrappedLines(text: string, width: number, fontSize: number): number {
  const per = charsPerLine(width, fontSize);
  let lines = 0;
  for (const para of text.split('\n')) {
    // Word wrap: a word that does not fit on the current line starts a new one.
    let n = 1;
    let used = 0;
    for (const word of para.split(/\s+/).filter((w) => w.length > 0)) {
      const len = [...word].length;
      if (used === 0) used = len;
      else if (used + 1 + len <= per) used += 1 + len;
      else {
        n++;
        used = len;
      }
      while (used > per) {
        n++;
        used -= per;
      }
    }
    lines += n;
  }
  return Math.max(1, lines);
}

/** Height in points for `text` wrapped in `width` units at `fontSize`, never below `min`. */
export function textHeight(text: string, width: number, fontSize: number, min = 0): number {
  return Math.max(min, wrappedLines(text, width, fontSize) * lineHeight(fontSize) + 4);
}

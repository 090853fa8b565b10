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
  if (text.length <= per && !text.includes('\n')) return 1;
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

const memo = new Map<number, Map<string, number>>();

/** Height in points for `text` wrapped in `width` units at `fontSize`, never below `min`. Memoised (texts repeat). */
export function textHeight(text: string, width: number, fontSize: number, min = 0): number {
  if (text.length <= charsPerLine(width, fontSize) && !text.includes('\n')) return Math.max(min, lineHeight(fontSize) + 4);
  const k = width * 100 + fontSize;
  let byText = memo.get(k);
  if (!byText) memo.set(k, (byText = new Map()));
  let lines = byText.get(text);
  if (lines === undefined) {
    lines = wrappedLines(text, width, fontSize);
    if (byText.size > 20_000) byText.clear();
    byText.set(text, lines);
  }
  return Math.max(min, lines * lineHeight(fontSize) + 4);
}

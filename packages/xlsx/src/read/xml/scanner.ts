/**
 * A small, tolerant and strict-enough XML tokenizer (bộ quét XML) for the parts of an .xlsx package: it walks start
 * and end tags, ignores namespace prefixes (`<x:c>` is `<c>`: the Open XML SDK and ClosedXML write prefixes),
 * reads attributes in either quote, and checks that tags nest (a stray or missing closing tag, or a part cut
 * short, is reported as damage instead of being read as something else). It never expands entities beyond the
 * five predefined ones and character references, and DTDs are refused before any part gets here (limits).
 * No allocation per token except the local name; text is collected only between `collect()` and `take()`.
 */
import { decodeText } from './decode.ts';

export const OPEN = 1;
export const CLOSE = 2;
export const END = 0;
export type Token = typeof OPEN | typeof CLOSE | typeof END;

/**
 * A string that does not keep the part's XML alive. V8 makes `xml.slice(a, b)` of 13 characters or more a view
 * into the whole part (a sliced string), so one agency name kept in a batch's summary kept its file's
 * sharedStrings.xml or sheet XML — 10,000 files' audit held 131 MB of XML that way (bench/audit.bench.ts --10k).
 * Joined to one character and cut again, the text is copied into a string of its own length.
 */
function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** The XML of a part is not well-formed; `at` is the character offset where the scanner noticed. */
export class XmlDamage extends Error {
  constructor(readonly at: number) {
    super('xml');
  }
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const QUOT = 34;
const APOS = 39;

function isNameEnd(c: number): boolean {
  // whitespace, "/", ">" (and end of input: NaN)
  return c === 32 || c === 10 || c === 13 || c === 9 || c === SLASH || c === GT || c !== c;
}

export class XmlScanner {
  /** Local name of the current tag (prefix removed). */
  name = '';
  /** Attribute text of the current start tag: [attrStart, attrEnd). */
  private attrStart = 0;
  private attrEnd = 0;
  /** The current start tag is self-closing (`<c r="A1"/>`). */
  selfClosing = false;
  /** Depth of the current element after this token (the root element is depth 1). */
  private readonly stack: string[] = [];
  private pos: number;
  private collecting = false;
  private text = '';
  private rawText = false;

  constructor(
    readonly xml: string,
    start = 0,
    private readonly end = xml.length,
  ) {
    this.pos = start;
  }

  get depth(): number {
    return this.stack.length;
  }

  /** Start collecting the character data that follows (until take()). */
  collect(): void {
    this.collecting = true;
    this.text = '';
    this.rawText = false;
  }

  /** The character data seen since collect(), entities decoded; stops collecting. A copy, not a view (detach). */
  take(): string {
    this.collecting = false;
    const t = this.text;
    this.text = '';
    return detach(this.rawText ? t : decodeText(t));
  }

  /** The next start or end tag. A self-closing tag gives OPEN (with selfClosing) and no CLOSE. */
  next(): Token {
    const xml = this.xml;
    for (;;) {
      const lt = xml.indexOf('<', this.pos);
      if (lt < 0 || lt >= this.end) {
        if (this.collecting) this.appendText(this.pos, this.end);
        this.pos = this.end;
        if (this.stack.length) throw new XmlDamage(this.end);
        return END;
      }
      if (this.collecting && lt > this.pos) this.appendText(this.pos, lt);
      const c = xml.charCodeAt(lt + 1);
      if (c === SLASH) {
        const gt = xml.indexOf('>', lt + 2);
        if (gt < 0 || gt >= this.end) throw new XmlDamage(lt);
        let s = lt + 2;
        let e = gt;
        while (e > s && xml.charCodeAt(e - 1) <= 32) e--;
        // Compared in place with the open element's name (no string made for every end tag).
        const top = this.stack.pop();
        if (top === undefined || e - s !== top.length || !xml.startsWith(top, s)) throw new XmlDamage(lt);
        const colon = top.indexOf(':');
        this.name = colon < 0 ? top : top.slice(colon + 1);
        this.pos = gt + 1;
        return CLOSE;
      }
      if (c === BANG) {
        if (xml.startsWith('<!--', lt)) {
          const e = xml.indexOf('-->', lt + 4);
          if (e < 0 || e >= this.end) throw new XmlDamage(lt);
          this.pos = e + 3;
          continue;
        }
        if (xml.startsWith('<![CDATA[', lt)) {
          const e = xml.indexOf(']]>', lt + 9);
          if (e < 0 || e >= this.end) throw new XmlDamage(lt);
          if (this.collecting) this.appendCdata(lt + 9, e);
          this.pos = e + 3;
          continue;
        }
        // <!DOCTYPE …>: refused by the limits before any part is scanned; here it is damage.
        throw new XmlDamage(lt);
      }
      if (c === QUESTION) {
        const e = xml.indexOf('?>', lt + 2);
        if (e < 0 || e >= this.end) throw new XmlDamage(lt);
        this.pos = e + 2;
        continue;
      }
      // A start tag: the name, then attributes (quotes may hold ">"), then ">" or "/>".
      let p = lt + 1;
      let colon = -1;
      for (;;) {
        const ch = xml.charCodeAt(p);
        if (isNameEnd(ch)) break;
        if (ch === COLON) colon = p;
        p++;
      }
      if (p === lt + 1 || p >= this.end) throw new XmlDamage(lt);
      const qname = xml.slice(lt + 1, p);
      this.name = colon < 0 ? qname : xml.slice(colon + 1, p);
      const attrStart = p;
      let q = p;
      for (;;) {
        if (q >= this.end) throw new XmlDamage(lt);
        const ch = xml.charCodeAt(q);
        if (ch === GT) break;
        if (ch === QUOT || ch === APOS) {
          const close = xml.indexOf(ch === QUOT ? '"' : "'", q + 1);
          if (close < 0 || close >= this.end) throw new XmlDamage(lt);
          q = close + 1;
          continue;
        }
        if (ch === LT) throw new XmlDamage(lt);
        q++;
      }
      this.selfClosing = xml.charCodeAt(q - 1) === SLASH;
      this.attrStart = attrStart;
      this.attrEnd = this.selfClosing ? q - 1 : q;
      this.pos = q + 1;
      if (!this.selfClosing) this.stack.push(qname);
      return OPEN;
    }
  }

  /** Skip the content of the element just opened (its end tag included). */
  skip(): void {
    if (this.selfClosing) return;
    const depth = this.stack.length;
    const was = this.collecting;
    this.collecting = false;
    while (this.stack.length >= depth) if (this.next() === END) break;
    this.collecting = was;
  }

  /** The character data of the element just opened, up to its end tag (text of child elements included). */
  textContent(): string {
    if (this.selfClosing) return '';
    const depth = this.stack.length;
    this.collect();
    while (this.stack.length >= depth) if (this.next() === END) break;
    return this.take();
  }

  /** The value of an attribute of the current start tag (unprefixed name, or "prefix:name"), decoded. */
  attr(name: string): string | undefined {
    const raw = this.rawAttr(name);
    return raw === undefined ? undefined : raw.includes('&') ? decodeText(raw, false) : raw;
  }

  /** An attribute's value as written (entities not decoded): for values that never hold them (r, s, t). */
  rawAttr(name: string): string | undefined {
    const xml = this.xml;
    const end = this.attrEnd;
    const first = name.charCodeAt(0);
    // Looked for inside the tag only: an indexOf from the tag on ran on through the rest of the part when the tag
    // lacked the attribute (`hidden` of every row: the whole sheet after it, row after row — 6 % of an audit).
    for (let i = this.attrStart; i < end; i++) {
      if (xml.charCodeAt(i) !== first || !xml.startsWith(name, i)) continue;
      const before = xml.charCodeAt(i - 1);
      let j = i + name.length;
      if (before === 32 || before === 10 || before === 13 || before === 9) {
        while (xml.charCodeAt(j) <= 32) j++;
        if (xml.charCodeAt(j) === 61 /* = */) {
          j++;
          while (xml.charCodeAt(j) <= 32) j++;
          const qc = xml.charCodeAt(j);
          if (qc === QUOT || qc === APOS) {
            const close = xml.indexOf(qc === QUOT ? '"' : "'", j + 1);
            if (close > 0 && close <= this.attrEnd) return xml.slice(j + 1, close);
          }
        }
      }
      // Inside a quoted value or a longer name: look further.
    }
    return undefined;
  }

  /** All attributes as [qualified name, decoded value] (for namespace declarations). */
  attrs(): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    const re = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
    const s = this.xml.slice(this.attrStart, this.attrEnd);
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) out.push([m[1]!, decodeText(m[3] ?? m[4] ?? '', false)]);
    return out;
  }

  private appendText(s: number, e: number): void {
    // After a CDATA section the text is kept decoded: decode each later segment as it comes.
    this.text += this.rawText ? decodeText(this.xml.slice(s, e)) : this.xml.slice(s, e);
  }

  private appendCdata(s: number, e: number): void {
    // CDATA is literal: decode what was collected so far, then append as is.
    if (!this.rawText) {
      this.text = decodeText(this.text);
      this.rawText = true;
    }
    this.text += this.xml.slice(s, e);
  }
}

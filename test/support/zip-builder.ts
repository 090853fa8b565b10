/**
 * A tiny zip writer/reader for tests and the hostile-file corpus: builds packages byte by byte so that
 * sizes, flags and methods can lie on purpose (zip bombs, encrypted flags, truncation). Not a product module.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { entryData, isZipProblem, readZipDirectory } from '../../packages/xlsx/src/limits/zip-directory.ts';

export interface BuildEntry {
  name: string;
  data: Uint8Array | string;
  /** 8 = deflate (default), 0 = stored, anything else is written as declared with deflated data. */
  method?: number;
  flags?: number;
  /** Lie about the uncompressed size in both headers. */
  declaredSize?: number;
}

const enc = new TextEncoder();

function u16(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff];
}
function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

export function buildZip(entries: BuildEntry[], opts: { comment?: string } = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: number[][] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? enc.encode(e.data) : e.data;
    const method = e.method ?? 8;
    const data = method === 0 ? raw : new Uint8Array(deflateRawSync(raw));
    const name = enc.encode(e.name);
    const flags = (e.flags ?? 0) | 0x800;
    const crc = crc32(raw);
    const size = e.declaredSize ?? raw.length;
    const common = [...u16(20), ...u16(flags), ...u16(method), ...u16(0), ...u16(0x21), ...u32(crc), ...u32(data.length), ...u32(size), ...u16(name.length)];
    const local = new Uint8Array([...u32(0x04034b50), ...common, ...u16(0), ...name]);
    central.push([...u32(0x02014b50), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...name]);
    chunks.push(local, data);
    offset += local.length + data.length;
  }
  const cdStart = offset;
  let cdSize = 0;
  for (const c of central) {
    chunks.push(new Uint8Array(c));
    cdSize += c.length;
  }
  const comment = enc.encode(opts.comment ?? '');
  chunks.push(new Uint8Array([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length), ...u32(cdSize), ...u32(cdStart), ...u16(comment.length), ...comment]));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

/** The entries of a (valid) zip, inflated: for mutating real workbooks part by part. */
export function unzip(bytes: Uint8Array): Array<{ name: string; data: Uint8Array }> {
  const dir = readZipDirectory(bytes);
  if (isZipProblem(dir)) throw new Error(`not a zip: ${dir.kind}`);
  return dir.entries.map((e) => ({
    name: e.name,
    data: e.method === 0 ? entryData(bytes, e).slice() : new Uint8Array(inflateRawSync(entryData(bytes, e))),
  }));
}

/** A minimal but valid one-sheet workbook as raw parts (what exceljs needs), for building variants by hand. */
export function minimalWorkbookParts(sheetXml: string, sharedStrings?: string): BuildEntry[] {
  const parts: BuildEntry[] = [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        (sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : '') +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    },
    {
      name: 'xl/workbook.xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<sheets><sheet name="Dự toán" sheetId="1" r:id="rId1"/></sheets></workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        (sharedStrings ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : '') +
        '</Relationships>',
    },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml },
  ];
  if (sharedStrings) parts.push({ name: 'xl/sharedStrings.xml', data: sharedStrings });
  return parts;
}

/** Worksheet XML from rows of inline cells: numbers as <v>, strings as inline strings, "=…" as formulas. */
export function sheetXml(rows: Array<Array<string | number | null>>): string {
  const col = (c: number): string => {
    let s = '';
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = rows
    .map((cells, r) => {
      const cs = cells
        .map((v, c) => {
          const ref = `${col(c)}${r + 1}`;
          if (v === null) return '';
          if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
          if (v.startsWith('=')) return `<c r="${ref}"><f>${esc(v.slice(1))}</f></c>`;
          return `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cs}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

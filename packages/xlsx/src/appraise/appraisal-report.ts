import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import { amountInWords, Decimal, formatMoney, type Appraisal, type AppraisalReason, type AppraisedFigure, type PriceBook } from '@dutoan/core';
import { appraisalLegalBases, appraisalReportVi as T } from './report-text.ts';

/**
 * The appraisal report (báo cáo kết quả thẩm định dự toán) as a .docx, written with the `docx` library (pure
 * JavaScript, MIT, the same in Node and in the browser — so the CLI and the web page write the same document).
 * Lives in @dutoan/xlsx beside the other document writers (audit report, consolidation): one package of output
 * adapters that the web page already bundles, instead of a new package for one file.
 */
export interface AppraisalReportMeta {
  /** Cơ quan chủ quản and cơ quan thẩm định (top left, uppercase); dotted blanks when not given. */
  parentBody?: string;
  issuer?: string;
  /** Số văn bản; dotted when not given. */
  number?: string;
  /** Place of the date line (default "Lào Cai", the province). */
  place?: string;
  /** ISO date of the report; dotted when not given. */
  date?: string;
  /** Signer's title and name; dotted when not given. */
  signerTitle?: string;
  signerName?: string;
  /** The file appraised (named in the legal bases). */
  file: string;
  book: PriceBook;
}

const FONT = 'Times New Roman';
const SIZE = 26; // half-points: 13 pt
const SMALL = 22; // 11 pt in the table
const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; color?: string; underline?: boolean } = {}) =>
  new TextRun({ text, font: FONT, size: o.size ?? SIZE, bold: o.bold, italics: o.italics, color: o.color, ...(o.underline ? { underline: {} } : {}) });

const para = (children: ParagraphChild[] | string, o: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; bold?: boolean; italics?: boolean; after?: number; before?: number; size?: number; indent?: boolean } = {}) =>
  new Paragraph({
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: o.after ?? 80, before: o.before ?? 0 },
    ...(o.indent ? { indent: { firstLine: 567 } } : {}),
    children: typeof children === 'string' ? [run(children, { bold: o.bold, italics: o.italics, size: o.size })] : children,
  });

const money = (v: string | null) => (v === null ? '' : formatMoney(v));

/** The two-column header: issuing body | national motto, number | place and date. */
function headerTable(meta: { parentBody?: string; issuer?: string; number?: string; place?: string; date?: string }): Table {
  const cell = (children: Paragraph[], w: number) => new TableCell({ borders: noBorders, width: { size: w, type: WidthType.PERCENTAGE }, children });
  const center = AlignmentType.CENTER;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [3800, 5700],
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          cell([
            para((meta.parentBody ?? '……………………').toUpperCase(), { align: center, after: 0 }),
            para([run((meta.issuer ?? '……………………').toUpperCase(), { bold: true, underline: true })], { align: center, after: 120 }),
            para(T.number(meta.number), { align: center }),
          ], 40),
          cell([
            para([run(T.nation, { bold: true, size: 24 })], { align: center, after: 0 }),
            para([run(T.motto, { bold: true, underline: true })], { align: center, after: 120 }),
            para([run(T.placeDate(meta.place ?? 'Lào Cai', meta.date), { italics: true })], { align: center }),
          ], 60),
        ],
      }),
    ],
  });
}

function signatureTable(recipients: readonly string[], meta: { signerTitle?: string; signerName?: string }): Table {
  const cell = (children: Paragraph[], w: number) => new TableCell({ borders: noBorders, width: { size: w, type: WidthType.PERCENTAGE }, children });
  const center = AlignmentType.CENTER;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          cell([para('', { after: 200 }), para([run(T.recipientsHeading, { bold: true, italics: true, size: 24 })], { after: 0, align: AlignmentType.LEFT }), ...recipients.map((r) => para([run(r, { size: 22 })], { after: 0, align: AlignmentType.LEFT }))], 50),
          cell(
            [
              para('', { after: 200 }),
              para([run(T.signerTitle(meta.signerTitle).toUpperCase(), { bold: true })], { align: center, after: 0 }),
              para([run(T.signNote, { italics: true })], { align: center, after: 1400 }),
              para([run(T.signerName(meta.signerName), { bold: true })], { align: center }),
            ],
            50,
          ),
        ],
      }),
    ],
  });
}

type Row = { stt: string; label: string; figure: AppraisedFigure | null; reason: string; bold?: boolean; italics?: boolean };

const WIDTHS = [6, 27, 14, 14, 12, 27];

function figureTable(headers: readonly string[], rows: readonly Row[]): Table {
  const borders = { top: line, bottom: line, left: line, right: line };
  const cell = (text: string, i: number, o: { bold?: boolean; italics?: boolean; header?: boolean } = {}) =>
    new TableCell({
      borders,
      verticalAlign: VerticalAlign.CENTER,
      width: { size: WIDTHS[i]!, type: WidthType.PERCENTAGE },
      margins: { left: 60, right: 60 },
      children: [
        new Paragraph({
          alignment: o.header || i === 0 ? AlignmentType.CENTER : i >= 2 && i <= 4 ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [run(text, { bold: o.bold || o.header, italics: o.italics, size: i === 5 && !o.header ? 20 : SMALL })],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, i, { header: true })) }),
      new TableRow({ tableHeader: true, children: headers.map((_, i) => cell(`(${i + 1})${i === 4 ? '=(4)-(3)' : ''}`, i, { italics: true, header: true })) }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: [r.stt, r.label, money(r.figure?.requested ?? null), money(r.figure?.appraised ?? null), money(r.figure?.difference ?? null), r.reason].map((t, i) =>
              cell(t, i, { bold: r.bold, italics: r.italics }),
            ),
          }),
      ),
    ],
  });
}

/** The reason column: what the audit found on the figure and why it was (or was not) appraised so. */
function reasonText(reasons: readonly AppraisalReason[], status?: string): string {
  const shown = reasons.filter((r) => r.severity !== 'info' && r.code !== 'APPRAISE_COEFFICIENTS_KEPT');
  const lead = status === 'not-appraised' ? `${T.notAppraised}. ` : status === 'excluded' ? `${T.excluded}. ` : status === 'accepted' ? `${T.accepted}. ` : '';
  return (lead + shown.map((r) => r.message.replace(/^Chưa thẩm định được: /, '')).join(' ')).trim();
}

/** The table rows of one appraisal: every section with its lines, sums and VAT; then the totals. */
export function appraisalRows(a: Appraisal): Row[] {
  const rows: Row[] = [];
  for (const s of a.sections) {
    if (s.label || s.title) rows.push({ stt: s.label, label: s.title, figure: null, reason: '', bold: true });
    for (const l of s.lines) rows.push({ stt: l.stt, label: l.content, figure: l.amount, reason: l.amount.difference !== '0' || l.status !== 'appraised' ? reasonText(l.reasons, l.status) : '' });
    for (const l of s.lumpSums) rows.push({ stt: '', label: l.label, figure: l.amount, reason: reasonText(l.reasons, l.status) });
    rows.push({ stt: '', label: T.subtotal(s.label), figure: s.subtotal, reason: s.subtotal.difference !== '0' ? reasonText(s.reasons) : '', bold: true });
    if (s.vat) {
      rows.push({ stt: '', label: T.vat(s.vat.rate.appraised ?? s.vat.rate.requested), figure: s.vat.amount, reason: s.vat.amount.difference !== '0' || s.vat.status !== 'appraised' ? reasonText(s.vat.reasons, s.vat.status) : '', italics: true });
      rows.push({ stt: '', label: T.sectionTotal(s.label), figure: s.total, reason: s.total.difference !== '0' ? reasonText(s.reasons) : '', bold: true });
    }
  }
  const own = new Set(a.sections.map((s) => s.vat).filter((v) => v !== null));
  for (const v of a.vats) {
    if (own.has(v)) continue;
    rows.push({ stt: '', label: `${T.vat(v.rate.appraised ?? v.rate.requested)} (${v.everything ? 'toàn bộ' : v.sections.join(', ')})`, figure: v.amount, reason: reasonText(v.reasons, v.status), italics: true });
  }
  rows.push({ stt: '', label: T.grandTotal, figure: a.total, reason: a.total.difference !== '0' ? reasonText(a.reasons.filter((r) => r.code !== 'ROUNDING' && r.code !== 'APPRAISE_ROUNDING')) : '', bold: true });
  if (a.rounding) {
    rows.push({ stt: '', label: T.rounding, figure: a.rounding, reason: a.rounding.difference !== '0' ? reasonText(a.reasons.filter((r) => r.code === 'ROUNDING' || r.code === 'APPRAISE_ROUNDING')) : '', italics: true });
    rows.push({ stt: '', label: T.final, figure: a.final, reason: '', bold: true });
  }
  return rows;
}

function differenceText(f: AppraisedFigure): string {
  const d = new Decimal(f.difference ?? '0');
  return T.difference(formatMoney(d.abs().toString()), d.comparedTo(0));
}

async function pack(children: Array<Paragraph | Table>, landscape = false): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'dutoan',
    title: `${T.title} ${T.titleLine2}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 },
          },
        },
        children,
      },
    ],
  });
  // toArrayBuffer, not toBuffer: the same bytes in Node and in the web page's worker (no Node Buffer there).
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

function opening(subject: string, sample: boolean, bases: readonly string[], meta: AppraisalReportMeta | Omit<AppraisalReportMeta, 'file'>): Array<Paragraph | Table> {
  return [
    headerTable(meta),
    para([run(T.title, { bold: true, size: 28 })], { align: AlignmentType.CENTER, before: 240, after: 0 }),
    para([run(T.titleLine2, { bold: true, size: 28 })], { align: AlignmentType.CENTER, after: 0 }),
    para([run(subject, { bold: true })], { align: AlignmentType.CENTER, after: 200 }),
    ...(sample ? [para([run(T.sample, { bold: true, color: 'C00000' })], { align: AlignmentType.CENTER, after: 160 })] : []),
    para([run(T.basesHeading, { bold: true, italics: true })], { after: 40 }),
    ...bases.map((b) => para([run(`- ${b}`, { italics: true })], { indent: true, after: 40 })),
  ];
}

/** The appraisal report of one submission. */
export async function writeAppraisalReport(a: Appraisal, meta: AppraisalReportMeta): Promise<Uint8Array> {
  const words = amountInWords(a.final.appraised);
  const bases = [...appraisalLegalBases(meta.book), T.submissionBasis(a.agency, meta.file)];
  const pending = a.counts['not-appraised'];
  const children: Array<Paragraph | Table> = [
    ...opening(T.subject(a.agency), a.book.sample, bases, meta),
    para([run(T.resultHeading, { bold: true })], { before: 160 }),
    para([run(T.unitLine, { italics: true, size: 22 })], { align: AlignmentType.RIGHT, after: 40 }),
    figureTable(T.tableHeaders, appraisalRows(a)),
    para([run(T.inWords(words), { italics: true, bold: true })], { before: 120, align: AlignmentType.LEFT }),
    para([run(T.decisionsHeading, { bold: true })], { before: 160 }),
    ...(a.decisions.length === 0
      ? [para(T.noDecisions, { indent: true })]
      : a.decisions.map((d) => {
          const l = a.sections.flatMap((s) => s.lines).find((x) => x.ref === d.ref);
          const r = l?.reasons.find((x) => x.code === 'APPRAISE_DECISION');
          return para(`- ${r?.message ?? d.ref}`, { indent: true, after: 40 });
        })),
    para([run(T.conclusionHeading, { bold: true })], { before: 160 }),
    para(T.conclusion(a.agency, money(a.final.requested ?? a.total.requested), money(a.final.appraised), differenceText(a.final), words), { indent: true }),
    ...(pending > 0 ? [para(T.pending(pending), { indent: true })] : []),
    signatureTable(T.recipients(a.agency), meta),
  ];
  return pack(children);
}

export interface ProvinceAppraisalEntry {
  file: string;
  appraisal: Appraisal;
  errors: number;
}

/** The province's appraisal report: one row per submission, totals, the conclusion; unreadable files named. */
export async function writeProvinceAppraisalReport(
  entries: readonly ProvinceAppraisalEntry[],
  unreadable: readonly { file: string; reason: string }[],
  meta: Omit<AppraisalReportMeta, 'file'>,
): Promise<Uint8Array> {
  let req = new Decimal(0);
  let app = new Decimal(0);
  const rows: Row[] = entries.map((e, i) => {
    const f = e.appraisal.final;
    req = req.add(f.requested ?? '0');
    app = app.add(f.appraised);
    const notes = [
      e.appraisal.counts['not-appraised'] > 0 ? T.pendingNote(e.appraisal.counts['not-appraised']) : '',
      e.errors > 0 ? T.errorsNote(e.errors) : '',
      e.file,
    ].filter(Boolean);
    return { stt: String(i + 1), label: e.appraisal.agency || e.file, figure: f, reason: notes.join('; ') };
  });
  const total: AppraisedFigure = { requested: req.toString(), appraised: app.toString(), difference: app.sub(req).toString() };
  rows.push({ stt: '', label: T.grandTotal, figure: total, reason: '', bold: true });
  const words = amountInWords(total.appraised);
  const sample = entries.some((e) => e.appraisal.book.sample);
  const children: Array<Paragraph | Table> = [
    ...opening(T.provinceSubject(entries.length), sample, appraisalLegalBases(meta.book), meta),
    para([run(T.resultHeading, { bold: true })], { before: 160 }),
    para([run(T.unitLine, { italics: true, size: 22 })], { align: AlignmentType.RIGHT, after: 40 }),
    figureTable(T.provinceHeaders, rows),
    para([run(T.inWords(words), { italics: true, bold: true })], { before: 120, align: AlignmentType.LEFT }),
    para([run(T.conclusionHeading.replace('III.', 'II.'), { bold: true })], { before: 160 }),
    para(T.provinceConclusion(entries.length, money(total.requested), money(total.appraised), differenceText(total), words), { indent: true }),
    ...(unreadable.length ? [para(T.unreadable(unreadable.length) + unreadable.map((u) => u.file).join(', ') + '.', { indent: true })] : []),
    signatureTable(T.provinceRecipients, meta),
  ];
  return pack(children);
}

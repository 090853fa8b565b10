import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditWorkbook, writeAppraisalReport, writeProvinceAppraisalReport } from '@dutoan/xlsx';
import { appraiseSubmission } from '@dutoan/core';
import { baselineWorkbooks, makeTamperedCorpus, sampleBook } from '../scripts/make-tampered-corpus.ts';
import { makeProfile, skipMessage, sofficeForTests } from './support/libreoffice.ts';

/**
 * The appraisal report (.docx) opened by another program: LibreOffice Writer converts it to PDF and pdftotext
 * reads it back. Expected figures are hand-computed from the planted defect (tampered case 02: CL.SB priced
 * 6.700.000 instead of the book's 6.666.000 on 12,5 mét giá, VAT 10 %).
 */
const soffice = sofficeForTests();
const dir = mkdtempSync(join(tmpdir(), 'dutoan-appraise-report-'));
const text: Record<string, string> = {};
/** The same PDFs' text in reading order (no layout): paragraphs stay whole. */
const flow: Record<string, string> = {};

function toPdf(files: string[]): Promise<void> {
  const profile = makeProfile(false);
  return new Promise((resolve, reject) =>
    execFile(soffice!, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nologo', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', dir, ...files], { timeout: 240_000 }, (err) =>
      err && !readdirSync(dir).some((f) => f.endsWith('.pdf')) ? reject(err) : resolve(),
    ),
  );
}

beforeAll(async () => {
  if (!soffice) return;
  const cases = await makeTamperedCorpus();
  const c = cases.find((x) => x.name === '02-price-mismatch-so-van-hoa')!;
  const a = await auditWorkbook(c.bytes, sampleBook);
  const ap = appraiseSubmission(a.submission, sampleBook, a.findings);
  writeFileSync(join(dir, 'don-vi.docx'), await writeAppraisalReport(ap, { file: `${c.name}.xlsx`, book: sampleBook }));
  const base = await baselineWorkbooks();
  const entries = [];
  for (const [name, bytes] of [['xa-bao-ha.xlsx', base['xa-bao-ha']], [`${c.name}.xlsx`, c.bytes]] as const) {
    const r = await auditWorkbook(bytes, sampleBook);
    entries.push({ file: name, appraisal: appraiseSubmission(r.submission, sampleBook, r.findings), errors: r.findings.filter((f) => f.severity === 'error').length });
  }
  writeFileSync(join(dir, 'tinh.docx'), await writeProvinceAppraisalReport(entries, [{ file: 'hong.xlsx', reason: 'Tệp hỏng' }], { book: sampleBook, issuer: 'Sở Tài chính tỉnh Lào Cai', date: '2026-04-20' }));
  await toPdf([join(dir, 'don-vi.docx'), join(dir, 'tinh.docx')]);
  for (const n of ['don-vi', 'tinh']) {
    text[n] = execFileSync('pdftotext', ['-layout', join(dir, `${n}.pdf`), '-']).toString('utf8');
    flow[n] = execFileSync('pdftotext', [join(dir, `${n}.pdf`), '-']).toString('utf8');
  }
}, 300_000);

const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('appraisal report .docx, read back through LibreOffice', () => {
  it('one unit: title, header blanks, legal bases, the line and total rows, the amount in words of the appraised total', (ctx) => {
    if (!soffice) return ctx.skip(skipMessage);
    const t = text['don-vi']!;
    expect(t).toContain('BÁO CÁO');
    expect(t).toContain('KẾT QUẢ THẨM ĐỊNH DỰ TOÁN');
    expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    // Number, date and signer unknown: dotted blanks, never invented.
    expect(t).toMatch(/Số: …+\/BC-?…+/);
    expect(t).toMatch(/Lào Cai, ngày …+ tháng …+ năm …+/);
    expect(squeeze(t)).toContain(squeeze('Thông tư số 04/2014/TT-BNV'));
    expect(t).toContain('MẪU');
    // The repriced line: 12,5 × 6.700.000 requested, 12,5 × 6.666.000 appraised.
    expect(t).toMatch(/83\.750\.000\s+83\.325\.000\s+-425\.000/);
    // Cộng I, its VAT 10 % and the total.
    expect(t).toMatch(/Cộng I\s+117\.080\.000\s+116\.655\.000\s+-425\.000/);
    expect(t).toMatch(/Thuế GTGT 10%\s+11\.708\.000\s+11\.665\.500\s+-42\.500/);
    expect(t).toMatch(/TỔNG CỘNG\s+254\.716\.587\s+254\.249\.087\s+-467\.500/);
    // 254.249.087 in words, written out by hand.
    expect(squeeze(t)).toContain(squeeze('Hai trăm năm mươi tư triệu hai trăm bốn mươi chín nghìn không trăm tám mươi bảy đồng'));
    expect(squeeze(t)).toContain(squeeze('giảm 467.500 đồng so với giá trị đề nghị'));
    expect(squeeze(t)).toContain('Nơinhận:');
    expect(squeeze(t)).toContain(squeeze('(Ký, ghi rõ họ tên, đóng dấu)'));
  });

  it('the province: one row per unit, the total and its words, the unreadable file named', (ctx) => {
    if (!soffice) return ctx.skip(skipMessage);
    const t = text.tinh!;
    expect(squeeze(flow.tinh!)).toContain(squeeze('SỞ TÀI CHÍNH TỈNH LÀO CAI'));
    expect(t).toContain('Lào Cai, ngày 20 tháng 4 năm 2026');
    // xã Bảo Hà: 254.451.000 after rounding, nothing to change; case 02 as above.
    expect(t).toMatch(/254\.451\.000\s+254\.451\.000\s+0/);
    expect(t).toMatch(/254\.716\.587\s+254\.249\.087\s+-467\.500/);
    // 254.451.000 + 254.249.087 = 508.700.087; requested 254.451.000 + 254.716.587 = 509.167.587.
    expect(t).toMatch(/TỔNG CỘNG\s+509\.167\.587\s+508\.700\.087\s+-467\.500/);
    expect(squeeze(t)).toContain(squeeze('Năm trăm linh tám triệu bảy trăm nghìn không trăm tám mươi bảy đồng'));
    expect(t).toContain('hong.xlsx');
  });
});

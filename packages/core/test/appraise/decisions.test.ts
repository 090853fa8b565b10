import { describe, expect, it } from 'vitest';
import { appraiseSubmission, builtinBooks, computeEstimate, isDutoanError, loadPriceBook, readDecisionsGrid, readDecisionsJson, submissionFromEstimate, auditSubmission, type DutoanError } from '../../src/index.ts';
import xaBaoHa from '../../../../examples/xa-bao-ha.json' with { type: 'json' };

const book = loadPriceBook(builtinBooks['mau-2026']!);
const sub = submissionFromEstimate(computeEstimate(xaBaoHa as never, book));
const findings = auditSubmission(sub, book);

function refusal(f: () => unknown): DutoanError {
  try {
    f();
  } catch (e) {
    if (isDutoanError(e)) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('appraiser decisions (quyết định thẩm định)', () => {
  it('a price typed "1,234.5" and a quantity "1,234" are refused at their paths, never guessed', () => {
    const e = refusal(() =>
      readDecisionsJson(
        { decisions: [{ line: 'sections[1].lines[0]', action: 'price', value: '1,234.5' }, { line: 'sections[1].lines[1]', action: 'quantity', value: '1,234' }, { line: 'sections[0].lines[0]', action: 'exclude', value: '5' }] },
        'quyet-dinh.json',
      ),
    );
    expect(e.code).toBe('DECISIONS_INVALID');
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([
      ['decisions[0].value', 'DECISION_VALUE_UNREADABLE'],
      ['decisions[1].value', 'DECISION_VALUE_UNREADABLE'],
      ['decisions[2].value', 'DECISION_VALUE_MISSING'],
    ]);
    expect(e.issues[0]!.message).toMatch(/"1,234\.5" ghi theo kiểu tiếng Anh/);
  });

  it('a decision naming a line the submission lacks is refused with its path; nothing appraised', () => {
    const decisions = readDecisionsJson({ decisions: [{ line: 'sections[1].lines[9]', action: 'exclude', note: 'không có' }] }, 'quyet-dinh.json');
    const e = refusal(() => appraiseSubmission(sub, book, findings, decisions, { decisionsFile: 'quyet-dinh.json' }));
    expect(e.code).toBe('DECISIONS_INVALID');
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([['decisions[0].line', 'DECISION_LINE_NOT_FOUND']]);
    expect(e.message).toMatch(/quyet-dinh\.json/);
  });

  it('an STT and content that fit two lines are refused naming both lines, never one of them picked', () => {
    // The second line of section II typed with the first one's STT and content (an agency's copy-paste).
    const twin = structuredClone(sub);
    const [first, second] = twin.sections[1]!.lines;
    second!.stt = { ...second!.stt, text: first!.stt.text };
    second!.content = { ...second!.content, text: first!.content.text };
    const decisions = readDecisionsJson({ decisions: [{ line: { stt: first!.stt.text, content: first!.content.text }, action: 'exclude', note: 'trùng' }] }, 'quyet-dinh.json');
    const e = refusal(() => appraiseSubmission(twin, book, auditSubmission(twin, book), decisions, { decisionsFile: 'quyet-dinh.json' }));
    expect(e.code).toBe('DECISIONS_INVALID');
    expect(e.issues.map((i) => [i.path, i.code, i.params])).toEqual([
      ['decisions[0].line', 'DECISION_LINE_AMBIGUOUS', { line: `${first!.stt.text} "${first!.content.text}"`, candidates: ['sections[1].lines[0]', 'sections[1].lines[1]'] }],
    ]);
    expect(e.issues[0]!.message).toMatch(/khớp 2 dòng/);
  });

  it('accept, replace quantity, replace price, exclude: the appraisal follows and lists them', () => {
    const decisions = readDecisionsJson(
      {
        decisions: [
          { line: 'sections[1].lines[0]', action: 'quantity', value: '39.000', note: 'Theo biên bản khảo sát' },
          { line: 'sections[1].lines[1]', action: 'price', value: '2.000' },
          { line: 'sections[2].lines[1]', action: 'exclude', note: 'Hộp đã có' },
          { line: { stt: '1', content: 'Khảo sát, lập kế hoạch, biên soạn hướng dẫn (theo phông)' }, action: 'accept' },
        ],
      },
      'quyet-dinh.json',
    );
    const a = appraiseSubmission(sub, book, findings, decisions);
    const lines = a.sections.flatMap((s) => s.lines);
    // SH.A4: 39.000 × 1.111 = 43.329.000 (requested 39.500 × 1.111 = 43.884.500).
    expect(lines.find((l) => l.ref === 'sections[1].lines[0]')!.amount).toEqual({ requested: '43884500', appraised: '43329000', difference: '-555500' });
    // SH.A3: 500 × 2.000 = 1.000.000 (requested 500 × 2.222 = 1.111.000).
    expect(lines.find((l) => l.ref === 'sections[1].lines[1]')!.amount.difference).toBe('-111000');
    // VT.HOP excluded: 160 × 44.444 = 7.111.040 less.
    const box = lines.find((l) => l.ref === 'sections[2].lines[1]')!;
    expect([box.status, box.amount.appraised, box.amount.difference]).toEqual(['excluded', '0', '-7111040']);
    expect(lines.find((l) => l.content.startsWith('Khảo sát'))!.status).toBe('accepted');
    // Total: 254.451.413 − 555.500 − 111.000 − 7.111.040 = 246.673.873 (no VAT in xã Bảo Hà).
    expect(a.total).toEqual({ requested: '254451413', appraised: '246673873', difference: '-7777540' });
    expect(a.decisions.map((d) => d.action)).toEqual(['quantity', 'price', 'exclude', 'accept']);
  });
});

describe('the decisions sheet (Quyết định thẩm định)', () => {
  const sheet = (rows: unknown[][]) => ({ sheets: [{ name: 'Quyết định thẩm định', values: rows as never }] });
  const head = ['Dòng', 'Nội dung', 'Hành động', 'Giá trị', 'Ghi chú'];

  it('reads the filled rows (Vietnamese actions, a number cell, a Vietnamese text number); blank rows are no decision', () => {
    const got = readDecisionsGrid(
      sheet([
        ['QUYẾT ĐỊNH THẨM ĐỊNH'],
        head,
        ['Dự toán!15', 'Số hóa A4', 'Thay khối lượng', 39000, 'Theo biên bản'],
        ['Dự toán!16', 'Số hóa A3', null, null, null],
        ['Dự toán!17', 'Biên mục', 'thay đơn giá', '3.000', ''],
        ['Dự toán!22', 'Hộp', 'loại', null, 'Hộp đã có'],
      ]),
      'qd.xlsx',
    );
    expect(got.map((d) => [d.line, d.action, d.value, d.note, d.source, d.lineAt])).toEqual([
      ['Dự toán!15', 'quantity', '39000', 'Theo biên bản', 'Quyết định thẩm định!C3', 'Quyết định thẩm định!A3'],
      ['Dự toán!17', 'price', '3000', '', 'Quyết định thẩm định!C5', 'Quyết định thẩm định!A5'],
      ['Dự toán!22', 'exclude', null, 'Hộp đã có', 'Quyết định thẩm định!C6', 'Quyết định thẩm định!A6'],
    ]);
  });

  it('every bad cell is named: unknown action, "1,234.5", a price 1234,5 (not whole đồng), a missing value', () => {
    const e = refusal(() =>
      readDecisionsGrid(
        sheet([
          head,
          ['Dự toán!15', '', 'giảm', null, ''],
          ['Dự toán!16', '', 'thay đơn giá', '1,234.5', ''],
          ['Dự toán!17', '', 'thay đơn giá', 1234.5, ''],
          ['Dự toán!18', '', 'thay khối lượng', null, ''],
        ]),
        'qd.xlsx',
      ),
    );
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([
      ['Quyết định thẩm định!C2', 'DECISION_ACTION_UNKNOWN'],
      ['Quyết định thẩm định!D3', 'DECISION_VALUE_UNREADABLE'],
      ['Quyết định thẩm định!D4', 'DECISION_VALUE_RANGE'],
      ['Quyết định thẩm định!D5', 'DECISION_VALUE_MISSING'],
    ]);
    expect(e.issues[0]!.message).toBe('Hành động "giảm" không có; ghi một trong: chấp nhận, thay khối lượng, thay đơn giá, loại.');
  });

  it('a workbook without the sheet, or without its columns, is refused saying which', () => {
    const none = refusal(() => readDecisionsGrid({ sheets: [{ name: 'Sheet1', values: [] }] }, 'qd.xlsx'));
    expect(none.issues[0]!.code).toBe('DECISIONS_SHEET_MISSING');
    const cols = refusal(() => readDecisionsGrid(sheet([['Dòng', 'Hành động']]), 'qd.xlsx'));
    expect(cols.issues[0]!.code).toBe('DECISIONS_COLUMNS_MISSING');
    expect(cols.issues[0]!.params).toEqual({ sheet: 'Quyết định thẩm định', columns: ['Giá trị', 'Ghi chú'] });
  });
});

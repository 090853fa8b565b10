import type { CoefficientDef, GradeRef, NormSet, NormStep } from '../../norms/types.ts';
import { source, sourced, unknown, type Sourced } from '../../norms/sourced.ts';

/**
 * TT 04/2014/TT-BNV (23/6/2014, in force 15/8/2014): norms for creating an archival database (định mức tạo lập
 * cơ sở dữ liệu tài liệu lưu trữ), labour per 1 page A4: Tsp = Tcn + Tpv + Tql. Phụ lục I: records not
 * catalogued and not digitized; II: catalogued, not digitized (normalise, convert, digitize); III: catalogued
 * and digitized (normalise and convert only); IV: planning and guidance, ngày công per phông by fonds size.
 * norms-known.md §1. Only part of Phụ lục III is known; everything else is null.
 */
const DOC = '04/2014/TT-BNV';
const QA = 'trích qua trang hỏi đáp';
const KS = 'Kỹ sư tin học';

const tcnSplitNote =
  'Tsp = Tcn + Tpv + Tql (tóm tắt Điều 4, nguồn thứ cấp); cách tính Tpv, Tql của thông tư này: chưa biết — không suy từ TT 08/2012.';

function indirect(appendix: string, part: 'service' | 'management') {
  const name = part === 'service' ? 'Lao động phục vụ (Tpv)' : 'Lao động quản lý (Tql)';
  return {
    name,
    source: source(DOC, `Điều 4; ${appendix}`, 'secondary', tcnSplitNote),
    time: unknown<string>(DOC, `${appendix}, ${name}`, 'secondary', 'Chưa biết.'),
    grade: unknown<GradeRef>(DOC, `${appendix}, ${name}, ngạch bậc`, 'secondary', 'Chưa biết.'),
  };
}

function unknownSteps(appendix: string, what: string): NormStep {
  return {
    id: 'all',
    no: '1…',
    name: `Các bước của ${appendix} (${what})`,
    placeholder: true,
    source: source(DOC, appendix, 'official', 'Cấu trúc phụ lục theo trích dẫn trên trang hỏi đáp; các dòng chưa biết.'),
    grade: unknown(DOC, `${appendix}, cột ngạch bậc`, 'secondary', 'Các dòng của phụ lục chưa biết.'),
    time: unknown(DOC, `${appendix}, cột định mức (phút/trang A4)`, 'secondary', 'Các dòng của phụ lục chưa biết.'),
  };
}

const perPage = (appendix: string) =>
  sourced('trang-a4' as const, DOC, `Điều 4; ${appendix}`, 'secondary', 'Định mức lao động tính trên 1 trang tài liệu (quy đổi A4).');
const minutes = (appendix: string, status: 'secondary' | 'inferred' = 'secondary') =>
  sourced('phut' as const, DOC, `${appendix}, đơn vị tính`, status, status === 'secondary' ? 'phút/trang A4' : 'phút/trang A4 (suy luận: đơn vị không ghi rõ)');

const unknownLists = (appendix: string) => ({
  materials: unknown<never>(DOC, `${appendix}; định mức văn phòng phẩm`, 'secondary', 'Định mức văn phòng phẩm: chưa biết.'),
  machines: unknown<never>(DOC, `${appendix}; định mức thiết bị`, 'secondary', 'Định mức thiết bị (máy quét, máy tính…): chưa biết.'),
  caHours: unknown<string>(DOC, `${appendix}; định mức thiết bị — số giờ một ca`, 'secondary', 'Chưa biết.'),
  energy: unknown<string>(DOC, `${appendix}; định mức điện năng`, 'secondary', 'Định mức điện năng: chưa biết.'),
  other: unknown<string>(DOC, 'phương pháp tính đơn giá — chi phí khác', 'secondary', 'Thông tư không cho cách tính chi phí khác (thuế, chi phí chung) — chưa biết.'),
});

const foreignLanguage: CoefficientDef = {
  id: 'foreign-language',
  name: 'Biên mục tài liệu tiếng nước ngoài',
  source: source(DOC, 'Phụ lục I, ghi chú về tài liệu tiếng nước ngoài', 'secondary'),
  appliesTo: unknown(DOC, 'Phụ lục I, ghi chú về tài liệu tiếng nước ngoài', 'secondary', '×1,5 "trên định mức Phụ lục I": nhân toàn bộ hay chỉ các bước biên mục — chưa rõ.'),
  levels: sourced(
    [{ id: 'yes', label: 'Tài liệu tiếng nước ngoài', value: sourced('1.5', DOC, 'Phụ lục I, ghi chú về tài liệu tiếng nước ngoài', 'secondary') }],
    DOC,
    'Phụ lục I, ghi chú về tài liệu tiếng nước ngoài',
    'secondary',
  ),
};

const kWhere = 'bước số hóa (quét) — hệ số k';
const kCoefficients: CoefficientDef[] = [
  {
    id: 'k-condition',
    name: 'Hệ số k — tài liệu tình trạng vật lý kém',
    source: source(DOC, kWhere, 'secondary'),
    appliesTo: unknown(DOC, kWhere, 'secondary', 'Áp cho bước số hóa (quét); số hiệu dòng của bước này chưa biết.'),
    levels: unknown(DOC, kWhere, 'secondary', 'Giá trị k: chưa biết.'),
  },
  {
    id: 'k-paper-size',
    name: 'Hệ số k — tài liệu khổ giấy khác A4',
    source: source(DOC, kWhere, 'secondary'),
    appliesTo: unknown(DOC, kWhere, 'secondary', 'Áp cho bước số hóa (quét); số hiệu dòng của bước này chưa biết.'),
    levels: unknown(DOC, kWhere, 'secondary', 'Giá trị k theo khổ giấy: chưa biết.'),
  },
];

const P1 = 'Phụ lục I';
/** Norms for building a database from records not yet catalogued nor digitized (TT 04/2014/TT-BNV, Phụ lục I). */
export const tt04_2014_pl1: NormSet = {
  id: 'tt04-2014-pl1',
  title: 'Tạo lập CSDL — tài liệu chưa biên mục, chưa số hóa (TT 04/2014/TT-BNV, Phụ lục I)',
  regulation: DOC,
  source: source(DOC, P1, 'official', 'Tên và phạm vi phụ lục theo trích dẫn trên trang hỏi đáp.'),
  unit: perPage(P1),
  timeUnit: minutes(P1, 'inferred'),
  maximum: unknown(DOC, 'phạm vi áp dụng', 'secondary', 'Định mức tối đa hay không: chưa biết.'),
  dimensions: [],
  steps: [unknownSteps(P1, 'biên mục, số hóa, nhập dữ liệu')],
  stepsComplete: unknown(DOC, P1, 'secondary', 'Các dòng của Phụ lục I: chưa biết.'),
  service: indirect(P1, 'service'),
  management: indirect(P1, 'management'),
  ...unknownLists(P1),
  coefficients: [foreignLanguage, ...kCoefficients],
  notes: ['Các dòng của Phụ lục I chưa biết: không tính được đơn giá.'],
};

const P2 = 'Phụ lục II';
/** Norms for building a database from catalogued records not yet digitized (TT 04/2014/TT-BNV, Phụ lục II). */
export const tt04_2014_pl2: NormSet = {
  id: 'tt04-2014-pl2',
  title: 'Tạo lập CSDL — tài liệu đã biên mục, chưa số hóa (TT 04/2014/TT-BNV, Phụ lục II)',
  regulation: DOC,
  source: source(DOC, P2, 'official', 'Tên và phạm vi phụ lục theo trích dẫn trên trang hỏi đáp.'),
  unit: perPage(P2),
  timeUnit: minutes(P2, 'inferred'),
  maximum: unknown(DOC, 'phạm vi áp dụng', 'secondary', 'Định mức tối đa hay không: chưa biết.'),
  dimensions: [],
  steps: [unknownSteps(P2, 'chuẩn hóa, chuyển đổi, số hóa')],
  stepsComplete: unknown(DOC, P2, 'secondary', 'Các dòng của Phụ lục II: chưa biết.'),
  service: indirect(P2, 'service'),
  management: indirect(P2, 'management'),
  ...unknownLists(P2),
  coefficients: kCoefficients,
  notes: ['Các dòng của Phụ lục II chưa biết: không tính được đơn giá.'],
};

const P3 = 'Phụ lục III';
const p3 = (row: string) => `${P3}, dòng ${row}`;
const ks = (step: number, row: string): Sourced<GradeRef> => sourced({ title: KS, step, of: 9 }, DOC, `${p3(row)}, cột ngạch bậc`, 'secondary', QA);
const min = (v: string, row: string): Sourced<string> => sourced(v, DOC, `${p3(row)}, cột định mức`, 'secondary', QA);
const rowSrc = (row: string) => source(DOC, p3(row), 'secondary', QA);
const noGrade = (row: string) => unknown<GradeRef>(DOC, `${p3(row)}, cột ngạch bậc`, 'secondary', 'Chưa biết.');

/** Norms for building a database from catalogued and digitized records (TT 04/2014/TT-BNV, Phụ lục III). */
export const tt04_2014_pl3: NormSet = {
  id: 'tt04-2014-pl3',
  title: 'Tạo lập CSDL — tài liệu đã biên mục và số hóa (TT 04/2014/TT-BNV, Phụ lục III)',
  regulation: DOC,
  source: source(DOC, P3, 'official', 'Tên và phạm vi phụ lục theo trích dẫn trên trang hỏi đáp.'),
  unit: perPage(P3),
  timeUnit: minutes(P3),
  maximum: unknown(DOC, 'phạm vi áp dụng', 'secondary', 'Định mức tối đa hay không: chưa biết.'),
  dimensions: [],
  steps: [
    {
      id: '1',
      no: '1',
      name: 'Bước 1: Chuẩn hóa và chuyển đổi dữ liệu',
      source: rowSrc('1'),
      grade: unknown(DOC, `${p3('1')}, cột ngạch bậc`, 'secondary', 'Dòng cộng: không có ngạch bậc riêng.'),
      time: min('3.9220', '1'),
      children: [
        {
          id: '1.a',
          no: '1.a',
          name: 'Xây dựng tài liệu hướng dẫn chuẩn hóa và chuyển đổi dữ liệu',
          source: rowSrc('1.a'),
          grade: ks(3, '1.a'),
          time: sourced('0.7800', DOC, `${p3('1.a')}, cột định mức`, 'inferred', 'Không đọc được; suy từ dòng cộng: 3,9220 − 3,1420 = 0,7800.'),
        },
        {
          id: '1.b',
          no: '1.b',
          name: 'Chuẩn hóa và chuyển đổi dữ liệu',
          source: rowSrc('1.b'),
          grade: unknown(DOC, `${p3('1.b')}, cột ngạch bậc`, 'secondary', 'Dòng cộng: không có ngạch bậc riêng.'),
          time: min('3.1420', '1.b'),
          children: [
            { id: '1.b.1', no: '1.b.1', name: 'Chuẩn hóa dữ liệu (file tài liệu)', source: rowSrc('1.b.1'), grade: ks(1, '1.b.1'), time: min('0.2340', '1.b.1') },
            {
              id: '1.b.2',
              no: '1.b.2',
              name: 'Chuyển đổi dữ liệu',
              source: rowSrc('1.b.2'),
              grade: unknown(DOC, `${p3('1.b.2')}, cột ngạch bậc`, 'secondary', 'Dòng cộng: không có ngạch bậc riêng.'),
              time: min('2.9080', '1.b.2'),
              children: [
                { id: '1.b.2.1', no: '1.b.2.1', name: 'Chuyển đổi mã ký tự', source: rowSrc('1.b.2.1'), grade: ks(1, '1.b.2.1'), time: min('0.1870', '1.b.2.1') },
                {
                  id: '1.b.2.2',
                  no: '1.b.2.2',
                  name: 'Chuyển đổi cấu trúc dữ liệu',
                  source: rowSrc('1.b.2.2'),
                  grade: noGrade('1.b.2.2'),
                  time: unknown(DOC, `${p3('1.b.2.2')}, cột định mức`, 'secondary', 'Chưa biết (dòng 1.b.2 cộng 2,9080; có còn dòng 1.b.2.3… hay không cũng chưa biết).'),
                },
              ],
            },
          ],
        },
      ],
    },
    {
      id: '2+',
      no: '2…',
      name: 'Các bước sau bước 1 của Phụ lục III (số bước và nội dung chưa biết)',
      placeholder: true,
      source: rowSrc('2…'),
      grade: noGrade('2…'),
      time: unknown(DOC, `${p3('2…')}, cột định mức`, 'secondary', 'Chưa biết.'),
    },
  ],
  stepsComplete: sourced(false, DOC, P3, 'secondary', 'Chỉ biết một phần bước 1; các bước sau chưa biết.'),
  service: indirect(P3, 'service'),
  management: indirect(P3, 'management'),
  ...unknownLists(P3),
  coefficients: [],
  notes: [
    'Biết: bước 1 cộng 3,9220 phút/trang; 1.b cộng 3,1420; 1.b.1 = 0,2340 và 1.b.2.1 = 0,1870 (KS tin học bậc 1/9); 1.a = 0,7800 là suy luận.',
    'Chưa biết: dòng 1.b.2.2, các bước sau bước 1, Tpv, Tql, thiết bị, văn phòng phẩm, điện năng.',
  ],
};

const P4 = 'Phụ lục IV';
const bands = [
  { id: 'lt50', label: 'Phông dưới 50 mét' },
  { id: '50-100', label: 'Phông từ 50 đến 100 mét' },
  { id: '100-200', label: 'Phông từ 100 đến 200 mét' },
  { id: '200-300', label: 'Phông từ 200 đến 300 mét' },
  { id: 'gt300', label: 'Phông trên 300 mét' },
] as const;
const p4Src = source(DOC, `${P4}, cột quy mô phông`, 'official', 'Cấu trúc cột theo trích dẫn trên trang hỏi đáp.');

/**
 * Fonds-size bands of Phụ lục IV (mét giá): [min, max]. Which band an exact boundary (50, 100, 200, 300 m)
 * belongs to is not stated — `planningBand` reports it as ambiguous.
 */
export const planningBands: readonly { id: string; label: string; min: Sourced<string>; max: Sourced<string> }[] = bands.map((b, i) => {
  const all: [string | null, string | null][] = [
    [null, '50'],
    ['50', '100'],
    ['100', '200'],
    ['200', '300'],
    ['300', null],
  ];
  const [lo, hi] = all[i]!;
  const where = `${P4}, cột "${b.label}"`;
  return {
    id: b.id,
    label: b.label,
    min: lo === null ? unknown<string>(DOC, where, 'official', 'Không có cận dưới.') : sourced(lo, DOC, where, 'official', 'Cấu trúc theo trích dẫn trên trang hỏi đáp.'),
    max: hi === null ? unknown<string>(DOC, where, 'official', 'Không có cận trên.') : sourced(hi, DOC, where, 'official', 'Cấu trúc theo trích dẫn trên trang hỏi đáp.'),
  };
});

/** Norms for the plan and guidance documents of building a database per fonds (TT 04/2014/TT-BNV, Phụ lục IV). */
export const tt04_2014_pl4: NormSet = {
  id: 'tt04-2014-pl4',
  title: 'Lập kế hoạch, văn bản hướng dẫn tạo lập CSDL theo phông (TT 04/2014/TT-BNV, Phụ lục IV)',
  regulation: DOC,
  source: source(DOC, P4, 'official', 'Cấu trúc theo trích dẫn trên trang hỏi đáp.'),
  unit: sourced('phong', DOC, `${P4}, đơn vị tính`, 'official', 'ngày công/phông — cấu trúc theo trích dẫn trên trang hỏi đáp.'),
  timeUnit: sourced('ngay-cong', DOC, `${P4}, đơn vị tính`, 'official', 'ngày công/phông — cấu trúc theo trích dẫn trên trang hỏi đáp.'),
  maximum: unknown(DOC, 'phạm vi áp dụng', 'secondary', 'Chưa biết.'),
  dimensions: [{ id: 'size', name: 'Quy mô phông', options: bands.map((b) => ({ id: b.id, label: b.label, source: p4Src })) }],
  steps: bands.map((b) => ({
    id: `all.${b.id}`,
    no: '1…',
    name: `Các công việc lập kế hoạch, hướng dẫn — ${b.label.toLowerCase()}`,
    placeholder: true,
    when: { size: [b.id] },
    source: source(DOC, `${P4}, cột "${b.label}"`, 'official', 'Các dòng công việc của phụ lục chưa biết.'),
    grade: unknown<GradeRef>(DOC, `${P4}, cột ngạch bậc`, 'secondary', 'Chưa biết.'),
    time: unknown<string>(DOC, `${P4}, cột "${b.label}"`, 'secondary', 'Số ngày công: chưa biết.'),
  })),
  stepsComplete: unknown(DOC, P4, 'secondary', 'Các dòng công việc của Phụ lục IV: chưa biết.'),
  service: indirect(P4, 'service'),
  management: indirect(P4, 'management'),
  ...unknownLists(P4),
  coefficients: [
    {
      id: 'k',
      name: 'Hệ số k (cột ghi chú của Phụ lục IV)',
      source: source(DOC, `${P4}, cột "Hệ số k"`, 'official', 'Có cột "Hệ số k" (trích dẫn trên trang hỏi đáp).'),
      appliesTo: unknown(DOC, `${P4}, cột "Hệ số k"`, 'secondary', 'Chưa biết.'),
      levels: unknown(DOC, `${P4}, cột "Hệ số k"`, 'secondary', 'Giá trị k: chưa biết.'),
    },
  ],
  notes: ['Đơn vị: ngày công trên 1 phông, theo 5 nhóm quy mô phông; mọi giá trị chưa biết.'],
};

/**
 * Stage figures quoted by a vendor summary of TT 04/2014 (norms-known.md §1). Unit not stated (probably minutes
 * per page A4 [INFERRED]); the list is cut off ("…"), so they are NOT the full norm, and which appendix they
 * belong to is not said. Kept for reference; never used in a derivation.
 */
export const tt04VendorStageFigures: readonly { stage: string; value: Sourced<string> }[] = [
  ['Lập kế hoạch, chuẩn bị', '0.219'],
  ['Xây dựng dữ liệu đặc tả', '0.356'],
  ['Nhập phiếu tin', '1.276'],
  ['Số hóa tài liệu', '4.982'],
].map(([stage, v]) => ({
  stage: stage!,
  value: sourced(v!, DOC, `tóm tắt của nhà cung cấp: ${stage}`, 'secondary', 'Đơn vị không ghi (có lẽ phút/trang A4 — suy luận); danh sách bị cắt, không phải toàn bộ định mức; chưa gắn với phụ lục nào.'),
}));

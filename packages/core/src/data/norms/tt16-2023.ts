import type { GradeRef, NormSet, NormStep } from '../../norms/types.ts';
import { lowConfidence, source, sourced, unknown } from '../../norms/sourced.ts';
import type { Provenance } from '../../model/provenance.ts';

/**
 * TT 16/2023/TT-BNV (in force 01/01/2024): norms for arranging paper records (định mức chỉnh lý tài liệu nền
 * giấy), per mét giá, at complexity coefficient 1 (hệ số 1). Structure from norms-known.md §2: steps 1–6 from an
 * official summary, the rest from 2025 bid documents (secondary). Nearly every figure is [UNKNOWN] and null.
 * The "leads" of norms-known.md §8 (steps 1–3) are deliberately NOT encoded.
 */
const DOC = '16/2023/TT-BNV';
const PROC = 'Quy trình chỉnh lý (21 bước), hệ số 1';
const PROC23 = 'Quy trình chỉnh lý để tạo lập CSDL (23 bước)';

const officialStep = (no: string): Provenance => source(DOC, `${PROC}, bước ${no}`, 'official', 'Tóm tắt chính thức các bước 1–6.');
const bidStep = (no: string): Provenance =>
  source(DOC, `${PROC}, bước ${no}`, 'secondary', 'Tên bước theo hồ sơ mời thầu năm 2025.');
const db23Step = (no: string): Provenance =>
  source(DOC, `${PROC23}, bước ${no}`, 'secondary', 'Quy trình 23 bước theo nguồn thứ cấp.');

const noGrade = (no: string, where = PROC) =>
  unknown<GradeRef>(DOC, `${where}, bước ${no}, cột ngạch bậc`, 'secondary', 'Ngạch, bậc thực hiện: chưa biết.');
const noTime = (no: string, where = PROC) =>
  unknown<string>(DOC, `${where}, bước ${no}, cột định mức (phút/mét giá)`, 'secondary', 'Định mức thời gian: chưa biết.');

function step(id: string, no: string, name: string, src: Provenance, extra: Partial<NormStep> = {}): NormStep {
  return { id, no, name, source: src, grade: noGrade(no), time: noTime(no), ...extra };
}

const mid = (id: string, name: string, extra: Partial<NormStep> = {}) => step(id, id, name, bidStep(id), extra);

/** Steps 1–4 and 6–18, shared by both processes (the 23-step process differs only at step 5 and after 18). */
const common1to4: NormStep[] = [
  step('1', '1', 'Giao nhận tài liệu, lập biên bản giao nhận', officialStep('1')),
  step('2', '2', 'Vận chuyển tài liệu từ kho đến nơi chỉnh lý (khoảng cách ~100 m)', officialStep('2'), {
    grade: unknown(DOC, `${PROC}, bước 2, cột ngạch bậc`, 'secondary', 'Lưu trữ viên trung cấp (hoặc nhân viên phục vụ) — bậc chưa biết.'),
  }),
  step('3', '3', 'Vệ sinh sơ bộ tài liệu', officialStep('3'), {
    grade: sourced({ title: 'Lưu trữ viên trung cấp', step: null, of: null }, DOC, `${PROC}, bước 3, cột ngạch bậc`, 'secondary', 'Chức danh theo nguồn thứ cấp; bậc chưa biết.'),
  }),
  step('4', '4', 'Khảo sát, biên soạn các văn bản hướng dẫn chỉnh lý', officialStep('4')),
];

const common6to18: NormStep[] = [
  step('6a', '6.a', 'Lập hồ sơ (tài liệu rời lẻ)', officialStep('6a'), { when: { condition: ['rl'] } }),
  step('6b', '6.b', 'Chỉnh sửa, hoàn thiện hồ sơ (tài liệu đã lập hồ sơ sơ bộ)', officialStep('6b'), { when: { condition: ['sb'] } }),
  mid('7', 'Viết phiếu tin', {
    grade: lowConfidence({ title: 'Lưu trữ viên', step: 3, of: 9 }, DOC, `${PROC}, bước 7, cột ngạch bậc`, 'hồ sơ mời thầu 2025'),
  }),
  mid('8', 'Kiểm tra, chỉnh sửa hồ sơ và phiếu tin'),
  mid('9', 'Hệ thống hóa phiếu tin'),
  mid('10', 'Hệ thống hóa hồ sơ theo phiếu tin'),
  {
    ...mid('11', 'Biên mục hồ sơ'),
    time: unknown(DOC, `${PROC}, bước 11 (cộng)`, 'secondary', 'Định mức cộng của bước 11: chưa biết.'),
    children: [
      step('11a', '11.a', 'Đánh số tờ', bidStep('11.a')),
      step('11b', '11.b', 'Viết mục lục văn bản (hồ sơ bảo quản vĩnh viễn)', bidStep('11.b')),
      step('11c', '11.c', 'Viết/in bìa hồ sơ và chứng từ kết thúc', bidStep('11.c')),
    ],
  },
  mid('12', 'Kiểm tra, chỉnh sửa việc biên mục hồ sơ'),
  mid('13', 'Ghi số hồ sơ chính thức'),
  mid('14', 'Vệ sinh tài liệu, tháo bỏ ghim, kẹp, làm phẳng và đưa tài liệu vào bìa hồ sơ'),
  mid('15', 'Đưa hồ sơ vào hộp (cặp)', {
    grade: lowConfidence({ title: 'Lưu trữ viên trung cấp', step: 1, of: 12 }, DOC, `${PROC}, bước 15, cột ngạch bậc`, 'hồ sơ mời thầu 2025'),
    time: lowConfidence('40.00', DOC, `${PROC}, bước 15, cột định mức`, 'phút/mét tài liệu theo hồ sơ mời thầu 2025'),
  }),
  mid('16', 'Viết/in và dán nhãn hộp (cặp)'),
  mid('17', 'Vận chuyển tài liệu vào kho và xếp lên giá'),
  mid('18', 'Giao nhận tài liệu sau chỉnh lý'),
];

/** 21-step process (quy trình 21 bước): step 5 split a/b by the records' condition. */
const steps21only: NormStep[] = [
  step('5a', '5.a', 'Phân loại tài liệu (tài liệu rời lẻ)', officialStep('5a'), { when: { process: ['21'], condition: ['rl'] } }),
  step('5b', '5.b', 'Phân loại tài liệu (tài liệu đã lập hồ sơ sơ bộ)', officialStep('5b'), { when: { process: ['21'], condition: ['sb'] } }),
];
const tail21: NormStep[] = [
  mid('19', 'Lập mục lục hồ sơ', { when: { process: ['21'] } }),
  mid('20', 'Thống kê, bó gói, lập danh mục và viết thuyết minh tài liệu loại', { when: { process: ['21'] } }),
  mid('21', 'Kết thúc chỉnh lý (bàn giao hồ sơ phông, viết báo cáo tổng kết)', { when: { process: ['21'] } }),
];

/** 23-step process (chỉnh lý để tạo lập CSDL): step 5 not split; 19–20 inserted after 18. */
const db = (id: string, no: string, name: string): NormStep => ({
  ...step(id, no, name, db23Step(no), { when: { process: ['23'] } }),
  grade: noGrade(no, PROC23),
  time: noTime(no, PROC23),
});
const steps23only: NormStep[] = [db('csdl.5', '5', 'Phân loại tài liệu (không tách theo tình trạng)')];
const tail23: NormStep[] = [
  db('csdl.19', '19', 'Nhập phiếu tin vào cơ sở dữ liệu'),
  db('csdl.20', '20', 'Kiểm tra, chỉnh sửa việc nhập phiếu tin'),
  db('csdl.21', '21', 'Lập mục lục hồ sơ (in từ cơ sở dữ liệu)'),
  db('csdl.22', '22', 'Thống kê, bó gói, lập danh mục và viết thuyết minh tài liệu loại'),
  db('csdl.23', '23', 'Kết thúc chỉnh lý'),
];

const MAT = 'Vật tư, văn phòng phẩm (danh mục theo hồ sơ mời thầu 2025)';
const matSrc = (n: string) => source(DOC, `${MAT}: ${n}`, 'secondary', 'Có trong danh mục vật tư của một hồ sơ mời thầu năm 2025.');
const noQty = (n: string) => unknown<string>(DOC, `${MAT}: ${n}, cột định lượng`, 'secondary', 'Định lượng trên 1 mét giá: chưa biết.');
const noPrice = (n: string) =>
  unknown<string>('Người dùng nhập', `giá vật tư: ${n}`, 'user', 'Giá vật tư không nằm trong định mức: người dùng nhập theo giá thị trường/báo giá.');
const spoilage = (n: string) =>
  sourced('5', DOC, `${MAT}: ${n}, hao hụt`, 'secondary', 'Hao hụt 5% cho các loại giấy (việc xếp vật tư này vào loại giấy là suy luận).');
function material(id: string, name: string, spec: string | undefined, paper: boolean) {
  return {
    id,
    name,
    ...(spec ? { spec } : {}),
    unit: 'chưa rõ',
    source: matSrc(name),
    quantity: noQty(name),
    ...(paper ? { spoilagePercent: spoilage(name) } : {}),
    price: noPrice(name),
  };
}

const coefficientNote = 'TT 03/2010/TT-BNV (đã thay thế) có quy tắc này; TT 16/2023/TT-BNV còn giữ hay không: chưa biết.';

/** Norms for arranging paper records (định mức chỉnh lý, TT 16/2023/TT-BNV): structure known, most figures not yet (null). */
export const tt16_2023: NormSet = {
  id: 'tt16-2023',
  title: 'Định mức chỉnh lý tài liệu nền giấy (TT 16/2023/TT-BNV)',
  regulation: DOC,
  source: source(DOC, 'toàn văn', 'secondary', 'Cấu trúc theo norms-known.md §2; phần lớn số liệu chưa biết.'),
  unit: sourced('met-gia', DOC, 'đơn vị tính định mức', 'secondary', 'Định mức tính trên 1 mét giá tài liệu.'),
  timeUnit: lowConfidence('phut', DOC, 'đơn vị định mức lao động', 'phút/mét theo định mức bước 15 trích từ hồ sơ mời thầu'),
  maximum: sourced(true, DOC, 'phạm vi áp dụng', 'secondary', 'Định mức tối đa.'),
  dimensions: [
    {
      id: 'process',
      name: 'Quy trình',
      options: [
        { id: '21', label: 'Quy trình 21 bước (chỉnh lý thông thường)', source: source(DOC, PROC, 'secondary') },
        { id: '23', label: 'Quy trình 23 bước (chỉnh lý để tạo lập cơ sở dữ liệu)', source: source(DOC, PROC23, 'secondary') },
      ],
    },
    {
      id: 'condition',
      name: 'Tình trạng tài liệu',
      options: [
        { id: 'rl', label: 'Tài liệu rời lẻ', source: source(DOC, `${PROC}, bước 5.a, 6.a`, 'official') },
        { id: 'sb', label: 'Tài liệu đã lập hồ sơ sơ bộ', source: source(DOC, `${PROC}, bước 5.b, 6.b`, 'official') },
      ],
    },
  ],
  steps: [...common1to4, ...steps21only, ...steps23only, ...common6to18, ...tail21, ...tail23],
  stepsComplete: sourced(true, DOC, PROC, 'secondary', 'Danh sách bước đủ 21/23 bước; định mức từng bước phần lớn chưa biết.'),
  service: {
    name: 'Lao động phục vụ (Tpv)',
    source: source(DOC, 'định mức lao động — phần phục vụ', 'secondary'),
    time: unknown(DOC, 'định mức lao động — phần phục vụ', 'secondary', 'Cách tính Tpv trong TT 16/2023: chưa biết (không suy từ TT 08/2012).'),
    grade: unknown(DOC, 'định mức lao động — phần phục vụ, ngạch bậc', 'secondary', 'Chưa biết.'),
  },
  management: {
    name: 'Lao động quản lý (Tql)',
    source: source(DOC, 'định mức lao động — phần quản lý', 'secondary'),
    time: unknown(DOC, 'định mức lao động — phần quản lý', 'secondary', 'Cách tính Tql trong TT 16/2023: chưa biết (không suy từ TT 08/2012).'),
    grade: unknown(DOC, 'định mức lao động — phần quản lý, ngạch bậc', 'secondary', 'Chưa biết.'),
  },
  materials: sourced(
    [
      material('bia-ho-so', 'Bìa hồ sơ', '650×320 mm, định lượng ≥ 250 g/m²', true),
      material('to-muc-luc-van-ban', 'Tờ mục lục văn bản', undefined, true),
      material('giay-so-mi', 'Giấy sơ mi', undefined, true),
      material('giay-in-muc-luc-nhan-hop', 'Giấy in mục lục, nhãn hộp', undefined, true),
      material('giay-thong-ke-tai-lieu-loai', 'Giấy thống kê tài liệu loại', undefined, true),
      material('phieu-tin', 'Phiếu tin', 'khổ A5', true),
      material('but', 'Bút', undefined, false),
      material('but-chi', 'Bút chì', undefined, false),
      material('muc-in', 'Mực in', undefined, false),
      material('hop', 'Hộp đựng tài liệu', '350×250×125 mm, TCVN 9252:2012', false),
      material('ho-dan', 'Hồ dán', undefined, false),
    ],
    DOC,
    MAT,
    'secondary',
    'Danh mục theo một hồ sơ mời thầu năm 2025 — có thể chưa đủ so với thông tư; định lượng chưa biết.',
  ),
  machines: unknown(DOC, 'định mức máy móc, thiết bị (theo ca)', 'secondary', 'Danh mục máy móc, thiết bị và số ca: chưa biết.'),
  caHours: sourced('8', DOC, 'định mức máy móc, thiết bị — 1 ca', 'secondary', '1 ca = 8 giờ.'),
  energy: unknown(DOC, 'định mức năng lượng', 'secondary', 'Định mức năng lượng (điện) và cách quy ra tiền: chưa biết.'),
  other: unknown('12/2010/TT-BNV', 'phương pháp tính đơn giá — thuế, chi phí khác', 'secondary', 'Đơn giá = lao động + vật tư, văn phòng phẩm + thuế; cách tính phần thuế/chi phí khác: chưa biết.'),
  coefficients: [
    {
      id: 'complexity',
      name: 'Hệ số phức tạp',
      source: source(DOC, 'Phụ lục hệ số phức tạp', 'secondary'),
      appliesTo: unknown(DOC, 'Phụ lục hệ số phức tạp — phạm vi áp dụng', 'secondary', 'Hệ số nhân lên bước nào (Tcn toàn bộ hay một số bước): chưa biết.'),
      levels: unknown(DOC, 'Phụ lục hệ số phức tạp', 'secondary', 'Các mức và giá trị hệ số phức tạp: chưa biết.'),
    },
    {
      id: 'foreign-language',
      name: 'Tài liệu tiếng nước ngoài',
      source: source(DOC, 'quy định áp dụng hệ số', 'secondary', coefficientNote),
      appliesTo: unknown(DOC, 'quy định áp dụng hệ số — tài liệu tiếng nước ngoài', 'secondary', coefficientNote),
      levels: unknown(DOC, 'quy định áp dụng hệ số — tài liệu tiếng nước ngoài', 'secondary', `${coefficientNote} (TT 03/2010: ×1,5 Tcn).`),
    },
    {
      id: 'pre-1975-personal',
      name: 'Tài liệu hình thành đến 30/4/1975, tài liệu cá nhân',
      source: source(DOC, 'quy định áp dụng hệ số', 'secondary', coefficientNote),
      appliesTo: unknown(DOC, 'quy định áp dụng hệ số — tài liệu trước 30/4/1975, tài liệu cá nhân', 'secondary', coefficientNote),
      levels: unknown(DOC, 'quy định áp dụng hệ số — tài liệu trước 30/4/1975, tài liệu cá nhân', 'secondary', `${coefficientNote} (TT 03/2010: ×1,3).`),
    },
  ],
  notes: [
    'Định mức các bước tính cho hệ số phức tạp 1; là định mức tối đa.',
    'Chỉ bước 15 (40,00 phút/mét, Lưu trữ viên trung cấp bậc 1/12) và ngạch bậc bước 7 (Lưu trữ viên bậc 3/9) có số liệu — nguồn thứ cấp, độ tin cậy thấp.',
    'Các bước 1–4, 6–18 của quy trình 23 bước dùng chung định mức với quy trình 21 bước (suy luận từ mô tả "bước 5 không tách; thêm bước 19, 20 sau bước 18").',
    'Số liệu "6,00 / 30,00 / 50,00" cho bước 1–3 chỉ là đầu mối chưa kiểm chứng, KHÔNG được dùng.',
  ],
};

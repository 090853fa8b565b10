import type { MissingValue } from '../derive/types.ts';
import type { GradeRef, TimeUnit } from '../norms/types.ts';

/**
 * Vietnamese messages of the legal data layer: norms, wage basis, price derivation, re-basing, capacity
 * planning, price books and the price sheet (phiếu nhập đơn giá).
 */
const deriveMessages = {
  // Wage basis (căn cứ tiền lương)
  userSalaryFile: 'tệp lương cơ sở bổ sung',
  userSalaryConflict: 'Tệp lương cơ sở bổ sung mâu thuẫn với mức đã có:',
  userSalaryConflictItem: (from: string, amount: string, existing: string, doc: string) =>
    `ngày ${from}: tệp ghi ${amount} đ, nhưng đã có ${existing} đ theo ${doc}.`,
  gradeScaleUnknown: (title: string, note?: string) =>
    `chưa biết "${title}" xếp lương theo bảng nào${note ? ` (${note})` : ''}`,
  gradeStepUnknown: (title: string) => `chưa biết bậc lương của "${title}"`,
  gradeScaleMismatch: (g: GradeRef, scale: string, n: number) =>
    `"${g.title} bậc ${g.step}/${g.of}" không khớp bảng ${scale} (${n} bậc)`,
  gradeByUser: 'hệ số do người dùng nhập',

  // Price derivation (tính đơn giá từ định mức)
  missingHeader: (title: string, n: number) =>
    `Chưa tính được đơn giá theo "${title}": thiếu ${n} giá trị. Bổ sung từng giá trị (theo khóa ở đầu dòng) bằng số liệu có nguồn, hoặc nhập tay qua tham số overrides (sẽ ghi trạng thái "người dùng nhập"):`,
  missingItem: (m: MissingValue) => `${m.what} — ${m.doc}, ${m.where}${m.note ? ` (${m.note})` : ''}`,
  overrideInvalid: 'Giá trị nhập tay không hợp lệ:',
  overrideNotNumber: (raw: string) => `"${raw}" không phải số (ghi dạng 22 hoặc 1.5).`,
  overrideNotPositive: (raw: string) => `"${raw}" phải lớn hơn 0.`,
  overrideNotBoolean: (raw: string) => `"${raw}" phải là true hoặc false.`,
  overrideNotScope: (raw: string) => `"${raw}" phải là "direct" (mọi bước) hoặc danh sách mã bước.`,
  overrideUnknownHeader: (title: string) => `Có giá trị nhập tay không dùng đến khi tính theo "${title}" (gõ nhầm khóa?):`,
  overrideUnknown: 'khóa này không có trong phép tính.',
  variantHeader: (title: string) => `Biến thể định mức không hợp lệ cho "${title}":`,
  variantMissing: (dim: string, options: string[]) => `chưa chọn ${dim.toLowerCase()}; chọn một trong: ${options.join('; ')}.`,
  variantInvalid: (value: string, dim: string, options: string[]) => `"${value}" không phải lựa chọn của ${dim.toLowerCase()} (có: ${options.join(', ')}).`,
  variantUnknownDimension: (k: string, dims: string[]) => `bộ định mức không có chiều "${k}" (có: ${dims.join(', ') || 'không có'}).`,
  variantUnknownCoefficient: (k: string, ids: string[]) => `bộ định mức không có hệ số "${k}" (có: ${ids.join(', ') || 'không có'}).`,
  normUnit: 'đơn vị tính của định mức',
  normTimeUnit: 'đơn vị thời gian của định mức (phút hay ngày công)',
  baseSalaryOn: (date: string) => `lương cơ sở áp dụng ngày ${date}`,
  noBaseSalaryWhere: 'lương cơ sở',
  noBaseSalaryNote: (date: string) => `Không có mức lương cơ sở nào có hiệu lực vào ngày ${date}.`,
  workingDaysLabel: 'số ngày làm việc trong tháng (quy đổi lương tháng ra lương ngày)',
  hoursPerDayLabel: 'số giờ làm việc trong ngày (quy đổi lương ngày ra lương giờ)',
  includeContributionsLabel: 'đơn giá có cộng các khoản đóng theo lương (BHXH, BHYT, KPCĐ…) hay không',
  contributionPercentLabel: 'tổng tỷ lệ các khoản đóng theo lương (%)',
  contributionSumWhere: (parts: string[]) => `cộng các khoản: ${parts.join('; ')}`,
  coefficientValue: (name: string, level: string) => `giá trị ${name.toLowerCase()} (mức "${level}")`,
  coefficientScope: (name: string) => `phạm vi áp dụng ${name.toLowerCase()} (những bước nào)`,
  stepLabel: (no: string, name: string) => `bước ${no} "${name}"`,
  stepTime: (what: string) => `định mức thời gian ${what}`,
  placeholderTime: (name: string) => `định mức thời gian: ${name}`,
  indirectTime: (name: string) => `định mức ${name.toLowerCase()}`,
  salaryCoefficientOf: (what: string) => `hệ số lương người thực hiện ${what}`,
  gradeOf: (what: string) => `ngạch, bậc người thực hiện ${what}`,
  scaleOf: (what: string) => `bảng lương áp dụng cho ${what}`,
  scopeDirect: 'mọi bước lao động trực tiếp',
  scopeSteps: (ids: readonly string[]) => `các bước ${ids.join(', ')}`,
  materialsAll: 'Vật tư, văn phòng phẩm (cộng)',
  materialsAmount: 'chi phí vật tư, văn phòng phẩm trên 1 đơn vị (danh mục vật tư chưa biết)',
  materialQuantity: (name: string) => `định lượng vật tư "${name}"`,
  materialSpoilage: (name: string) => `tỷ lệ hao hụt vật tư "${name}" (%)`,
  materialPrice: (name: string) => `giá vật tư "${name}" (đồng)`,
  machinesAll: 'Máy móc, thiết bị (cộng)',
  machinesAmount: 'chi phí máy móc, thiết bị trên 1 đơn vị (danh mục máy chưa biết)',
  machineCa: (name: string) => `số ca máy "${name}"`,
  machinePrice: (name: string) => `đơn giá ca máy "${name}" (đồng/ca)`,
  energyAmount: 'Chi phí năng lượng trên 1 đơn vị (đồng)',
  otherAmount: 'Chi phí khác trên 1 đơn vị (đồng)',
  amountAsGiven: (amount: string) => `${amount} đ (số cho sẵn)`,
  zeroTime: 'thời gian 0 → 0 đ',
  perMinute: 'đ/phút',
  perPersonDay: 'đ/ngày công',
  labourArithmetic: (a: {
    time: string;
    timeUnit: TimeUnit;
    factors: string;
    coefficient: string;
    base: string;
    contribution: string | null;
    days: string;
    hours: string | null;
    exact: string;
    amount: string;
    rateUnit: string;
  }) =>
    `${a.time} ${a.timeUnit === 'phut' ? 'phút' : 'ngày công'}` +
    (a.factors ? ` × ${a.factors}` : '') +
    ` × ${a.coefficient} × ${a.base} đ` +
    (a.contribution !== null ? ` × (1 + ${a.contribution}%)` : '') +
    ` ÷ ${a.days} ngày` +
    (a.timeUnit === 'phut' ? ` ÷ ${a.hours} giờ ÷ 60 phút` : '') +
    ` = ${a.exact} → ${a.amount} đ`,
  wageFormula: (unit: TimeUnit, include: boolean) =>
    `Tiền công = thời gian × hệ số áp dụng × hệ số lương × lương cơ sở${include ? ' × (1 + tỷ lệ các khoản đóng)' : ''} ÷ số ngày làm việc/tháng` +
    (unit === 'phut' ? ' ÷ số giờ/ngày ÷ 60' : '') +
    '; mỗi dòng làm tròn đến đồng; đơn giá = tổng các dòng.',
  subtotalMismatch: (no: string, stated: string, sum: string) =>
    `Dòng ${no}: số cộng ghi ${stated} nhưng các dòng con cộng lại ${sum}.`,
} as const;

/** Messages of re-basing (điều chỉnh theo lương cơ sở). */
const rebaseMessages = {
  rebaseStep: (amount: string, from: string, doc: string) => `${amount} đ/tháng từ ${from} (${doc})`,
  rebaseLabel: (amount: string, doc: string, where: string) =>
    `Điều chỉnh chi phí nhân công theo lương cơ sở ${amount} đ/tháng (${doc}, ${where})`,
  rebaseLine: (code: string, qty: string, labour: string, next: string, old: string, exact: string, amount: string) =>
    `${code}: ${qty} × ${labour} đ (phần nhân công) × (${next} − ${old}) ÷ ${old} = ${exact} → ${amount} đ`,
  rebaseTotal: (amount: string) => `Cộng điều chỉnh: ${amount} đ`,
  rebaseNoLabour: (codes: string[], steps: string[], bookId: string) =>
    `Đơn giá của ${codes.join(', ')} không nêu phần chi phí nhân công, nên không điều chỉnh được theo lương cơ sở của thời gian thực hiện (${steps.join('; ')}): giữ nguyên đơn giá của bảng "${bookId}", không ước đoán.`,
  rebaseStraddle: (from: string, to: string, steps: string[], codes: string[], change: string) =>
    `Thời gian thực hiện ${from} – ${to} có nhiều mức lương cơ sở (${steps.join('; ')}): chương trình không tự chia khối lượng theo thời gian nên chưa điều chỉnh ${codes.join(', ')}. Lập riêng dự toán cho phần việc trước và từ ngày ${change} để điều chỉnh.`,
} as const;

/** Messages of capacity planning (kế hoạch nhân lực). */
const planMessages = {
  planWhat: 'kế hoạch nhân lực',
  planWhatInvalid: 'Kế hoạch nhân lực không lập được:',
  planDeadlineBeforeStart: 'Hạn hoàn thành phải sau ngày bắt đầu.',
  planHoursRange: 'Số giờ làm việc mỗi ngày phải lớn hơn 0 và không quá 24.',
  planThroughputXorNorm: 'Mỗi việc cần đúng một căn cứ: năng suất đo được (perPersonDay) hoặc một bộ định mức (norm).',
  planThroughputZero: 'Năng suất phải lớn hơn 0.',
  planUnitMismatch: (name: string, normUnit: string, unit: string) => `"${name}": định mức tính theo ${normUnit}, khối lượng lại ghi theo ${unit}.`,
  planCalendar: (from: string, to: string, perWeek: 5 | 6, weekdays: number, off: string[], days: number) =>
    `Ngày làm việc từ ${from} đến ${to}: ${weekdays} ngày ${perWeek === 5 ? 'thứ Hai – thứ Sáu' : 'thứ Hai – thứ Bảy'}` +
    (off.length ? `, trừ ${off.length} ngày nghỉ (${off.join(', ')})` : '') +
    ` = ${days} ngày.`,
  planTaskMeasured: (name: string, qty: string, unit: string, rate: string, pd: string) =>
    `${name}: ${qty} ${unit} ÷ ${rate} ${unit}/người/ngày (năng suất do đơn vị đo, người dùng nhập) = ${pd} ngày công.`,
  planTaskNorm: (name: string, qty: string, unit: string, per: string, tu: 'phut' | 'ngay-cong', hours: string, norm: string, pd: string) =>
    tu === 'phut'
      ? `${name}: ${qty} ${unit} × ${per} phút/${unit} ÷ 60 ÷ ${hours} giờ/ngày (${norm}) = ${pd} ngày công.`
      : `${name}: ${qty} ${unit} × ${per} ngày công/${unit} (${norm}) = ${pd} ngày công.`,
  planTotals: (pd: string, staff: number, days: number, available: string) =>
    `Cần ${pd} ngày công; có ${staff} người × ${days} ngày = ${available} ngày công.`,
  planStaffNeeded: (pd: string, days: number, staff: number, deadline: string) =>
    `Số người tối thiểu để xong trước ${deadline}: ${pd} ÷ ${days} ngày, làm tròn lên = ${staff} người.`,
  planFinish: (pd: string, staff: number, days: number, date: string | null) =>
    `Với ${staff} người: ${pd} ÷ ${staff}, làm tròn lên = ${days} ngày làm việc` + (date ? `, xong ngày ${date}.` : ', quá mười năm.'),
  planFeasible: (spare: string) => `Kết luận: KỊP (dư ${spare} ngày công).`,
  planInfeasible: (short: string, more: number | null, deadline: string) =>
    `Kết luận: KHÔNG KỊP hạn ${deadline} — thiếu ${short} ngày công` + (more !== null ? ` (cần thêm ít nhất ${more} người).` : ' (không còn ngày làm việc nào).'),
} as const;

/** Texts of the price sheet (phiếu nhập đơn giá) and its importer. Cell references are "Sheet!A1". */
const sheetMessages = {
  sheetInfo: 'Thông tin',
  sheetPrices: 'Đơn giá',
  sheetGuide: 'Hướng dẫn',
  sheetTitle: 'PHIẾU NHẬP ĐƠN GIÁ DỊCH VỤ LƯU TRỮ',
  sheetTitleSample: 'PHIẾU NHẬP ĐƠN GIÁ — MẪU (SỐ HƯ CẤU, KHÔNG DÙNG ĐỂ LẬP DỰ TOÁN THẬT)',
  sheetSampleBanner: 'MẪU — mọi đơn giá trong phiếu này là số hư cấu để thử nghiệm.',
  sheetDraftBanner: 'Chưa có số nào là số chính thức: nhập từng đơn giá đúng theo văn bản quyết định.',
  sheetUnitNote: 'Đơn vị tính: đồng',
  sheetWholeNumber: 'Ghi số nguyên đồng lớn hơn 0.',
  sheetBookLine: (id: string, decision: string) => `Bảng đơn giá: ${id}${decision ? ` — ${decision}` : ''}`,
  sheetInstruction:
    'Nhập cột "Đơn giá theo quyết định" (số nguyên đồng, ví dụ 1234000 hoặc 1.234.000) và cột "Vị trí trong quyết định" (ví dụ: Phụ lục I, mục 2) cho mọi dòng. ' +
    'Không sửa mã, nội dung, đơn vị tính. Nếu quyết định chia một hạng mục thành nhiều mức, chép thêm dòng cùng mã và ghi mức ở cột "Mức / biến thể".',
  colStt: 'STT',
  colSection: 'Phần',
  colCode: 'Mã hạng mục',
  colName: 'Nội dung công việc',
  colVariant: 'Mức / biến thể',
  colUnit: 'Đơn vị tính',
  colPrice: 'Đơn giá theo quyết định (đồng)',
  colWhere: 'Vị trí trong quyết định',
  colLabour: 'Trong đó chi phí nhân công (đồng), nếu quyết định nêu',
  colLabourBase: 'Lương cơ sở dùng tính phần nhân công (đồng/tháng), nếu quyết định nêu',
  colNote: 'Ghi chú',
  infoId: 'Mã bảng đơn giá',
  infoTitle: 'Tên bảng đơn giá',
  infoIssuer: 'Cơ quan ban hành',
  infoDecisionNumber: 'Số quyết định',
  infoDecisionDate: 'Ngày ký quyết định',
  infoDecisionTitle: 'Trích yếu quyết định',
  infoFrom: 'Hiệu lực từ ngày',
  infoTo: 'Hiệu lực đến ngày',
  infoRegion: 'Địa bàn áp dụng',
  infoSample: 'Dữ liệu MẪU (ghi x nếu là số hư cấu)',
  infoBy: 'Người nhập (họ và tên)',
  infoPosition: 'Chức vụ',
  infoOrganisation: 'Cơ quan',
  infoCertDate: 'Ngày xác nhận',
  infoConfirm: 'Xác nhận (ghi x)',
  certificationStatement: 'Tôi đã đối chiếu từng đơn giá và vị trí trong phiếu này với văn bản quyết định.',
  infoHintDate: 'dd/mm/yyyy',
  infoHintFrom: 'Ghi đúng ngày hiệu lực theo quyết định.',
  infoHintConfirm: 'Ghi x sau khi đã đối chiếu từng số với văn bản.',
  guide: [
    'Phiếu này dùng để cán bộ Sở Tài chính nhập đơn giá theo quyết định của UBND tỉnh, rồi chuyển thành bảng đơn giá cho dutoan.',
    '1. Sheet "Thông tin": kiểm tra số, ngày ký, ngày hiệu lực của quyết định; ghi họ tên, chức vụ, cơ quan người nhập.',
    '2. Sheet "Đơn giá": với mỗi dòng, ghi đơn giá (đồng, số nguyên, không có phần lẻ) và vị trí của đơn giá đó trong quyết định.',
    '   Nếu quyết định nêu riêng chi phí nhân công và mức lương cơ sở đã dùng, ghi vào hai cột tương ứng: dutoan sẽ điều chỉnh được khi lương cơ sở thay đổi.',
    '3. Đối chiếu lại từng số với văn bản, rồi ghi x ở dòng "Xác nhận" của sheet "Thông tin".',
    '4. Chạy: dutoan book import bang-don-gia.xlsx -o lao-cai-2026.json — chương trình kiểm tra từng ô và báo lỗi theo địa chỉ ô (ví dụ Đơn giá!F7).',
    '5. Gửi tệp .json kèm mã băm (sha256) in ra; người dùng kiểm tra bằng: dutoan book verify lao-cai-2026.json.',
  ],

  importWhat: 'phiếu nhập đơn giá',
  importHeader: (file: string) => `Phiếu nhập đơn giá ${file} chưa dùng được:`,
  importTooLarge: (mb: number) => `Tệp quá lớn (tối đa ${mb} MB).`,
  importNoSheet: (name: string) => `Không có sheet "${name}".`,
  importNoHeader: (sheet: string) => `Không tìm thấy dòng tiêu đề (ô "Mã hạng mục") trong 30 dòng đầu của sheet "${sheet}".`,
  importMissingColumn: (name: string) => `Thiếu cột "${name}" ở dòng tiêu đề.`,
  importTooManyRows: (max: number) => `Quá nhiều dòng (tối đa ${max}).`,
  importNoCode: 'Dòng có nội dung nhưng không có mã hạng mục.',
  importUnknownCode: (code: string) => `Mã "${code}" không có trong danh mục hạng mục của dutoan (xem dutoan book show lao-cai-2026).`,
  importDuplicate: (code: string, variant: string | undefined) => `Mã ${code}${variant ? ` (${variant})` : ''} xuất hiện hai lần.`,
  importMissingItem: (code: string, name: string) => `Thiếu dòng cho hạng mục ${code} — ${name}.`,
  importUnit: (raw: string, expected: string) => `Đơn vị tính "${raw}" không đúng: hạng mục này tính theo "${expected}".`,
  importSection: (raw: string, expected: string) => `Phần "${raw}" không đúng: hạng mục này thuộc phần ${expected}.`,
  importPriceEmpty: 'Chưa nhập đơn giá.',
  importPriceZero: 'Đơn giá phải lớn hơn 0.',
  importPriceNotWhole: (raw: string) => `"${raw}" không phải số nguyên đồng.`,
  importFormula: 'Ô chứa công thức: ghi thẳng con số theo quyết định.',
  importNotNumber: (raw: string) => `"${raw}" không phải số tiền.`,
  importWhereEmpty: 'Chưa ghi vị trí của đơn giá trong quyết định.',
  importLabourPair: 'Phải ghi cả chi phí nhân công lẫn lương cơ sở dùng tính nó (hoặc để trống cả hai).',
  importLabourAbovePrice: 'Chi phí nhân công lớn hơn đơn giá.',
  importInfoMissing: (label: string) => `Chưa ghi "${label}".`,
  importInfoDate: (raw: string) => `"${raw}" không phải ngày (ghi dd/mm/yyyy).`,
  importInfoId: (raw: string) => `Mã bảng "${raw}" chỉ được gồm chữ thường không dấu, số và gạch nối.`,
  importCertIncomplete: 'Đã ghi x ở "Xác nhận" nhưng chưa đủ họ tên, cơ quan, ngày xác nhận.',
  importedNote: (by: string | null) =>
    by ? `Nhập từ phiếu nhập đơn giá; người nhập và xác nhận: ${by}.` : 'Nhập từ phiếu nhập đơn giá; CHƯA có xác nhận của người nhập.',
  importedItemNote: (by: string | null) => (by ? `Người nhập: ${by}.` : 'Người dùng nhập, chưa xác nhận.'),
  sampleItemWhere: 'MẪU (số hư cấu)',
} as const;

/** Texts of the `dutoan book` and `dutoan plan` commands. */
const bookCommandMessages = {
  bookListHeader: 'Bảng đơn giá có sẵn:',
  bookListRow: (id: string, status: string, priced: number, total: number, title: string) => `  ${id.padEnd(14)} ${status.padEnd(16)} ${String(priced).padStart(3)}/${total} có đơn giá  ${title}`,
  bookStatus: { official: 'chính thức', draft: 'bản nháp', user: 'người dùng nhập', sample: 'MẪU' } as Record<string, string>,
  bookHashLine: (hash: string) => `Mã băm: ${hash}`,
  bookStampOk: 'Khớp mã băm đã đóng dấu khi nhập.',
  bookStampMismatch: (stamped: string) => `KHÁC mã băm đã đóng dấu khi nhập (${stamped}): bảng đã bị sửa sau khi nhập.`,
  bookNoStamp: 'Tệp không có mã băm đóng dấu (không nhập từ phiếu nhập đơn giá).',
  bookComplete: (n: number) => `Đầy đủ: ${n}/${n} hạng mục có đơn giá.`,
  bookIncomplete: (priced: number, total: number, codes: string[]) => `CHƯA ĐỦ: ${priced}/${total} hạng mục có đơn giá; thiếu ${codes.join(', ')}.`,
  bookFixHint: (id: string) => `Cách bổ sung: dutoan book template --book ${id} -o bang-don-gia.xlsx; điền đơn giá; dutoan book import bang-don-gia.xlsx -o ${id}.json`,
  bookCertified: (by: string, position: string, org: string, date: string) => `Xác nhận: ${by}${position ? `, ${position}` : ''}, ${org}, ngày ${date}.`,
  bookNotCertified: 'Chưa có xác nhận của người nhập.',
  bookShowHeader: (id: string, title: string, status: string) => `${id} — ${title} [${status}]`,
  bookShowDecision: (d: string) => `Quyết định: ${d}`,
  bookShowEffective: (from: string, to: string | undefined) => `Hiệu lực: từ ${from}${to ? ` đến ${to}` : ''}`,
  bookShowCols: ['Mã', 'Nội dung', 'ĐVT', 'Đơn giá', 'Căn cứ', 'Trạng thái'],
  bookImported: (file: string, n: number, status: string) => `Đã nhập ${n} hạng mục vào ${file} (trạng thái: ${status}).`,
  bookTemplateWrote: (file: string, id: string, sample: boolean) => `Đã ghi phiếu nhập đơn giá ${file} (bảng ${id}${sample ? ', MẪU' : ''}).`,
  bookUsage: 'Cách dùng: dutoan book list | show MÃ|TỆP | verify MÃ|TỆP | template [--book MÃ|TỆP] -o TỆP.xlsx | import TỆP.xlsx -o TỆP.json [--partial]',
  bookUnknownSub: (s: string) => `Không có lệnh "book ${s}".`,
  bookNeedsXlsx: 'Phiếu nhập đơn giá phải là tệp .xlsx.',
  bookNeedsJson: 'Tệp kết quả phải là .json.',
  planUsage:
    'Cách dùng: dutoan plan --from YYYY-MM-DD --deadline YYYY-MM-DD --staff N --hours GIỜ [--days-per-week 5|6] [--holidays NGÀY,NGÀY] ' +
    '(--pages SỐ --pages-per-day SỐ | --metres SỐ --metres-per-day SỐ) [--json]',
  planNeedsTask: 'Cần ít nhất một việc: --pages với --pages-per-day, hoặc --metres với --metres-per-day.',
  planNeedsRate: (what: string, rate: string) => `Có ${what} thì phải có ${rate} (năng suất đo được, người/ngày) — định mức số hóa, chỉnh lý chính thức chưa có số.`,
  planTaskPages: 'Số hóa',
  planTaskMetres: 'Chỉnh lý',
  planHeader: 'KẾ HOẠCH NHÂN LỰC',
  planBadNumber: (opt: string, raw: string) => `--${opt}: "${raw}" không phải số hợp lệ.`,
} as const;

/** Every message of the legal data layer. */
export const legal = { ...deriveMessages, ...rebaseMessages, ...planMessages, ...sheetMessages, ...bookCommandMessages } as const;

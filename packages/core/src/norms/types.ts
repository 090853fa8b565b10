import type { Provenance } from '../model/provenance.ts';
import type { UnitCode } from '../model/units.ts';
import type { Sourced } from './sourced.ts';

// ─── Regulation catalog (danh mục văn bản) ─────────────────────────────────────────────────────────────

/** A legal document (văn bản) the data cites. `id` is what provenance `doc` fields refer to. */
export interface Regulation {
  /** The key used in provenance `doc`, normally the document number, e.g. "16/2023/TT-BNV". */
  readonly id: string;
  /** Kind of document: Thông tư, Nghị định, Quyết định, Luật, Kế hoạch. */
  readonly kind: string;
  /** Số, ký hiệu as printed; null when the copy we have leaves it blank. */
  readonly number: Sourced<string>;
  /** Trích yếu (title); null when we have not read it. */
  readonly title: Sourced<string>;
  /** Cơ quan ban hành. */
  readonly issuer: Sourced<string>;
  /** Ngày ban hành, ISO date. */
  readonly issuedOn: Sourced<string>;
  /** Ngày có hiệu lực, ISO date. */
  readonly effectiveFrom: Sourced<string>;
  /** Last day in force (ISO date), or "none" when no end is known to exist; null = not known. */
  readonly effectiveTo: Sourced<string>;
  /** Documents that replace it ([] = none known); null = not known. */
  readonly replacedBy: Sourced<readonly string[]>;
  /** What dutoan takes from it (our summary, not a quotation). */
  readonly gives: string;
}

// ─── Norm sets (định mức) ──────────────────────────────────────────────────────────────────────────────

/** A worker's grade as norms write it: "Lưu trữ viên trung cấp bậc 1/12" = { title, step: 1, of: 12 }. */
export interface GradeRef {
  /** Chức danh / ngạch, e.g. "Lưu trữ viên trung cấp", "Kỹ sư tin học". */
  readonly title: string;
  /** Bậc; null when the norm names the title but we do not know the step. */
  readonly step: number | null;
  /** Number of steps of the scale the norm writes ("/12", "/9"); null when not written. */
  readonly of: number | null;
}

/** Unit of a labour norm: minutes (phút) or person-days (ngày công). */
export type TimeUnit = 'phut' | 'ngay-cong';

/** One step (bước) of a work process, with its direct labour norm (Tcn) per unit of the norm set. */
export interface NormStep {
  /** Stable id used in override keys ("step.<id>.time"): "5a", "1.b.2.1". */
  readonly id: string;
  /** Number as printed: "5.a", "1.b.2.1". */
  readonly no: string;
  readonly name: string;
  /** Where the step is described and how sure we are of it. */
  readonly source: Provenance;
  /** Variant options the step belongs to, by dimension (absent = every variant). */
  readonly when?: Readonly<Record<string, readonly string[]>>;
  /** Who does it (ngạch, bậc). */
  readonly grade: Sourced<GradeRef>;
  /** Labour norm per unit of the set, in the set's time unit. For a step with children: their stated subtotal. */
  readonly time: Sourced<string>;
  /** Sub-steps; a step with children is a subtotal row and is priced through its leaves. */
  readonly children?: readonly NormStep[];
  /** Stands for steps whose number and content are not known (e.g. "the later steps of Phụ lục III"). */
  readonly placeholder?: boolean;
}

/** Service (Tpv) or management (Tql) labour per unit of the norm set. */
export interface IndirectLabour {
  readonly name: string;
  readonly source: Provenance;
  readonly time: Sourced<string>;
  readonly grade: Sourced<GradeRef>;
}

/** A material (vật tư, văn phòng phẩm) consumed per unit of the norm set. Prices are market prices: user input. */
export interface MaterialNorm {
  readonly id: string;
  readonly name: string;
  readonly spec?: string;
  /** Unit of the material: tờ, cái, hộp, lọ… */
  readonly unit: string;
  readonly source: Provenance;
  /** Quantity per unit of the norm set. */
  readonly quantity: Sourced<string>;
  /** Hao hụt, percent, where the source gives one. */
  readonly spoilagePercent?: Sourced<string>;
  /** Unit price of the material in đồng (market price, not a norm figure): null until the user enters it. */
  readonly price: Sourced<string>;
}

/** A machine or tool (máy móc, thiết bị) used per unit of the norm set, in ca (shifts). */
export interface MachineNorm {
  readonly id: string;
  readonly name: string;
  readonly source: Provenance;
  /** Ca máy per unit of the norm set. */
  readonly ca: Sourced<string>;
  /** Đơn giá ca máy, đồng (not a norm figure): null until the user enters it. */
  readonly pricePerCa: Sourced<string>;
}

/** The steps a coefficient multiplies: all direct-labour steps, or listed step ids. */
export type StepScope = { readonly kind: 'direct' } | { readonly kind: 'steps'; readonly ids: readonly string[] };

/** One level (mức) of a coefficient. */
export interface CoefficientLevel {
  readonly id: string;
  readonly label: string;
  readonly value: Sourced<string>;
}

/** A coefficient (hệ số): complexity, foreign language, physical condition, paper size… */
export interface CoefficientDef {
  readonly id: string;
  readonly name: string;
  readonly source: Provenance;
  /** The steps it multiplies; null = not known. */
  readonly appliesTo: Sourced<StepScope>;
  /** Its levels and values; `value: null` = even the list of levels is not known. */
  readonly levels: Sourced<readonly CoefficientLevel[]>;
}

/** A dimension along which a norm set has variants (quy trình 21/23 bước; tài liệu rời lẻ / đã lập hồ sơ sơ bộ). */
export interface VariantDimension {
  readonly id: string;
  readonly name: string;
  readonly options: readonly { readonly id: string; readonly label: string; readonly source: Provenance }[];
}

/**
 * A norm set (bộ định mức): the steps of one process with their labour norms, indirect labour, materials,
 * machines, energy, other costs and coefficients. Any figure may be null (not known); `derivePrice` then
 * lists exactly what is missing.
 */
export interface NormSet {
  readonly id: string;
  readonly title: string;
  /** The regulation (catalog id) the set encodes. */
  readonly regulation: string;
  readonly source: Provenance;
  /** Unit the norms are per (mét giá, trang A4, phông). */
  readonly unit: Sourced<UnitCode>;
  readonly timeUnit: Sourced<TimeUnit>;
  /** Whether the norms are maxima (định mức tối đa). */
  readonly maximum: Sourced<boolean>;
  readonly dimensions: readonly VariantDimension[];
  readonly steps: readonly NormStep[];
  /** Whether `steps` is the complete list (true) — false or null mean a derivation cannot be complete. */
  readonly stepsComplete: Sourced<boolean>;
  readonly service: IndirectLabour;
  readonly management: IndirectLabour;
  /** null = the list of materials is not known. */
  readonly materials: Sourced<readonly MaterialNorm[]>;
  /** null = the list of machines is not known. */
  readonly machines: Sourced<readonly MachineNorm[]>;
  /** Hours in one ca máy. */
  readonly caHours: Sourced<string>;
  /** Energy (năng lượng) cost per unit, đồng. */
  readonly energy: Sourced<string>;
  /** Other costs per unit (chi phí khác: thuế, chi phí chung…), đồng. */
  readonly other: Sourced<string>;
  readonly coefficients: readonly CoefficientDef[];
  /** What a reader must know about this set (what is missing, doubts). */
  readonly notes: readonly string[];
}

// ─── Wage basis (căn cứ tiền lương) ────────────────────────────────────────────────────────────────────

/** A base salary (lương cơ sở) in force from a date: amount in đồng per month. */
export interface BaseSalaryStep {
  readonly from: string;
  readonly amount: string;
}

/** A salary-coefficient scale (bảng hệ số lương), e.g. A1 with 9 steps. */
export interface SalaryScale {
  readonly id: string;
  readonly name: string;
  /** Coefficient of bậc 1, 2, … (index 0 = bậc 1). */
  readonly steps: readonly Sourced<string>[];
}

/** Which scale a job title (chức danh) is paid on. */
export interface GradeMapping {
  readonly title: string;
  /** Mã số chức danh, e.g. "V.01.02.03". */
  readonly code?: string;
  readonly scale: Sourced<string>;
}

/** Reading a grade by the size of its scale: "bậc n/12" → scale B. */
export interface GradeNotation {
  readonly of: number;
  readonly scale: string;
}

/** An employer contribution on salary (khoản đóng của người sử dụng lao động), percent. */
export interface Contribution {
  readonly id: string;
  readonly name: string;
  readonly percent: Sourced<string>;
}

/**
 * Everything that turns a grade and a time into đồng: base salary timeline, scales, grade mapping, employer
 * contributions, and the formula's parameters (working days per month, hours per day, whether contributions
 * are added) — each with its source; nothing silently defaulted.
 */
export interface WageBasis {
  readonly baseSalaries: readonly Sourced<BaseSalaryStep>[];
  readonly scales: readonly SalaryScale[];
  readonly grades: readonly GradeMapping[];
  readonly notations: readonly Sourced<GradeNotation>[];
  readonly contributions: readonly Contribution[];
  readonly includeContributions: Sourced<boolean>;
  readonly workingDaysPerMonth: Sourced<string>;
  readonly hoursPerDay: Sourced<string>;
}

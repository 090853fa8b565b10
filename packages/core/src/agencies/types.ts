import type { Provenance } from '../model/provenance.ts';

/**
 * Kinds of unit (loại đơn vị): commune-level units (xã, phường, and the former thị trấn, which no longer exist
 * since 01/7/2025), and the province's departments and other bodies (sở, ban, ngành…), which the user lists.
 */
export type AgencyKind = 'xa' | 'phuong' | 'thi-tran' | 'co-quan';

/** A former commune-level unit merged into a current one (đơn vị cũ đã sắp xếp). */
export interface FormerUnit {
  kind: 'xa' | 'phuong' | 'thi-tran';
  /** Its name without the kind word, e.g. "Nông trường Liên Sơn", "Thanh Bình". */
  name: string;
  /** The words the resolution adds to tell two former units of one name apart, e.g. "huyện Mường Khương". */
  qualifier?: string;
}

/** One unit that reports (đơn vị báo cáo): a commune, a ward, or a department from the user's list. */
export interface AgencyUnit {
  /** Stable id: "xa-bao-ha", "phuong-sa-pa", "co-quan-so-noi-vu". */
  id: string;
  kind: AgencyKind;
  /** The name without the kind word, as the source writes it: "Bảo Hà", "Sở Nội vụ". */
  name: string;
  /** The name as shown: "xã Bảo Hà", "phường Sa Pa", "Sở Nội vụ". */
  label: string;
  /** Other spellings the user gave (departments: "SNV", "Sở NV"). */
  aliases: readonly string[];
  /** The former units merged into it, as the source lists them; empty when it was not merged. */
  formerUnits: readonly FormerUnit[];
  /** The source's own words for what it was formed from ("các xã Kim Sơn, Cam Cọn… và Bảo Hà"), when given. */
  formedFrom?: string;
  provenance: Provenance;
}

/** The list of units a follow-up or an appraisal expects (danh sách đơn vị): where it comes from and the units. */
export interface AgencyRegistry {
  id: string;
  title: string;
  /** Fictional list (MẪU) for tests and demos. */
  sample: boolean;
  provenance: Provenance;
  units: readonly AgencyUnit[];
}

/** How a typed unit name matched the registry (kết quả đối chiếu tên đơn vị). */
export type AgencyMatch =
  | {
      status: 'current';
      unit: AgencyUnit;
      /** The text had no or other diacritics than the official name ("Bao Ha"). */
      spelling: 'exact' | 'folded';
      /** The kind typed differs from the unit's ("phường Bảo Hà" for xã Bảo Hà). */
      kindTyped?: AgencyKind;
    }
  | {
      status: 'former';
      /** The current unit the former one was merged into. */
      unit: AgencyUnit;
      former: FormerUnit;
    }
  | { status: 'ambiguous'; candidates: readonly AgencyUnit[] }
  | { status: 'unknown'; text: string };

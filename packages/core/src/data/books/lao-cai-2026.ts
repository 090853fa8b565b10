import type { PriceBookInput } from '../../model/price-book.ts';
import { archivalItems } from '../items/archival-items.ts';

/**
 * The Lào Cai price book for QĐ 356/QĐ-UBND (05/02/2026) — as a DRAFT with every price null. The decision's
 * text is not available to us: how it names, splits and prices its items is [UNKNOWN]. The items are those of
 * the catalogue (TT 16/2023, TT 04/2014 wording) so that every estimate line has a slot; a Finance officer
 * enters each figure and where it stands in the decision (`dutoan book template` → fill → `dutoan book import`).
 * Its effective date is unknown too: `effective.from` holds the signing date, as the note says.
 * The title is the name alone: how complete the book is ("— CHƯA NHẬP ĐƠN GIÁ" today) is derived from its items
 * wherever it is shown (`book/book-title.ts`), so an imported, complete book no longer says it is empty.
 */
export const laoCai2026: PriceBookInput = {
  formatVersion: 1,
  id: 'lao-cai-2026',
  title: 'Đơn giá dịch vụ sự nghiệp công lĩnh vực lưu trữ tỉnh Lào Cai (QĐ 356/QĐ-UBND)',
  issuer: 'Ủy ban nhân dân tỉnh Lào Cai',
  decision: {
    number: '356/QĐ-UBND',
    date: '2026-02-05',
    title: 'Về việc ban hành đơn giá dịch vụ sự nghiệp công lĩnh vực lưu trữ tài liệu sử dụng ngân sách nhà nước trên địa bàn tỉnh Lào Cai',
  },
  effective: { from: '2026-02-05' },
  region: 'Tỉnh Lào Cai',
  status: 'draft',
  currency: 'VND',
  note:
    'BẢN NHÁP: chưa có văn bản QĐ 356/QĐ-UBND nên mọi đơn giá để trống — không có con số nào trong bảng này là số chính thức. ' +
    'Danh mục hạng mục lấy theo định mức TT 16/2023/TT-BNV và TT 04/2014/TT-BNV; quyết định có thể đặt tên, chia mức khác — ' +
    'khi nhập, ghi rõ vị trí của từng đơn giá trong quyết định. Ngày hiệu lực chưa biết: "effective.from" tạm ghi ngày ký (05/02/2026). ' +
    'Cách nhập: dutoan book template -o bang-don-gia.xlsx; điền; dutoan book import bang-don-gia.xlsx -o lao-cai-2026.json.',
  items: archivalItems.map((it) => ({
    code: it.code,
    name: it.name,
    unit: it.unit,
    section: it.section,
    ...(it.variant !== undefined ? { variant: it.variant } : {}),
    price: null,
    provenance: {
      doc: '356/QĐ-UBND',
      where: 'chưa xác định (chưa có văn bản)',
      status: 'user' as const,
      note: 'Chờ cán bộ Sở Tài chính nhập đơn giá và vị trí trong quyết định; hiện chưa có số.',
    },
  })),
};

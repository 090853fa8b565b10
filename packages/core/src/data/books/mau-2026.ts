import type { PriceBookInput } from '../../model/price-book.ts';
import { archivalItems } from '../items/archival-items.ts';

/**
 * SAMPLE price book (bảng đơn giá MẪU) for tests and demos. Every price is FICTIONAL — chosen with repeated
 * digits so nobody mistakes it for a real figure. Estimates computed with it carry the MẪU label.
 */
const samplePrices: Record<string, string> = {
  'CL.RL': '8.888.000',
  'CL.SB': '6.666.000',
  'SH.A4': '1.111',
  'SH.A3': '2.222',
  'BM.HS': '3.333',
  'BM.VB': '555',
  'KT.DL': '444',
  'KS.KH': '5.555.000',
  'VT.HOP': '44.444',
  'VC.TL': '1.234.000',
  'NT': '2.222.000',
};

export const mau2026: PriceBookInput = {
  formatVersion: 2,
  version: '1',
  id: 'mau-2026',
  title: 'Bảng đơn giá MẪU — không dùng để lập dự toán thật',
  issuer: 'dutoan (dữ liệu mẫu, hư cấu)',
  decision: null,
  effective: { from: '2026-01-01', to: '2026-12-31' },
  region: 'Không áp dụng (mẫu)',
  status: 'sample',
  currency: 'VND',
  note: 'Mọi đơn giá trong bảng này là số HƯ CẤU để thử nghiệm và trình diễn; không phải đơn giá của QĐ 356/QĐ-UBND.',
  items: archivalItems.map((it) => ({
    code: it.code,
    name: it.name,
    unit: it.unit,
    section: it.section,
    price: samplePrices[it.code] ?? null,
    basis: 'Bảng giá MẪU',
    provenance: { doc: 'MẪU', where: `mục ${it.code}`, status: 'sample' as const, note: 'Số hư cấu' },
  })),
};

import { sourced } from '../../norms/sourced.ts';
import { PLAN_2026 } from './catalog.ts';

/**
 * Figures of the province's 2026 digitization plan (Kế hoạch số hóa 2026, UBND tỉnh Lào Cai), typed from the
 * copy in /work/shared/reference/ke-hoach-so-hoa-2026.md.
 */
export const laoCaiPlan2026 = {
  /** Trang đã số hóa đến thời điểm lập kế hoạch. */
  pagesDone: sourced('9289223', PLAN_2026, 'Mục II.1', 'official'),
  /** Tổng số trang tài liệu có giá trị cao cần số hóa. */
  pagesTotal: sourced('12490500', PLAN_2026, 'Mục II.1', 'official'),
  /** Trang còn lại phải số hóa đến 30/6/2026. */
  pagesRemaining: sourced('3201277', PLAN_2026, 'Mục II.1', 'official'),
  /** Hạn hoàn thành số hóa số trang còn lại. */
  deadline: sourced('2026-06-30', PLAN_2026, 'Mục II.1', 'official'),
  /** Hạn gửi dự toán về Sở Nội vụ. */
  estimatesDue: sourced('2026-04-15', PLAN_2026, 'Mục IV.3.b', 'official'),
  /** Các mốc báo cáo kết quả về Sở Nội vụ. */
  reportingDates: sourced(['2026-04-20', '2026-05-15', '2026-05-30', '2026-06-20'], PLAN_2026, 'Mục IV.3.c', 'official'),
} as const;

import type { MessageTable } from './table.ts';

/** Capacity planning (kế hoạch nhân lực) — plan/plan-capacity.ts: problems of its input. */
export interface PlanParams {
  PLAN_DEADLINE_BEFORE_START: {};
  PLAN_HOURS_RANGE: {};
  PLAN_THROUGHPUT_XOR_NORM: {};
  PLAN_THROUGHPUT_ZERO: {};
  /** Headline of a plan that cannot be made. */
  PLAN_UNIT_MISMATCH: {};
  PLAN_TASK_UNIT_MISMATCH: { task: string; normUnit: string; unit: string };
}

export const planVi: MessageTable<PlanParams> = {
  PLAN_DEADLINE_BEFORE_START: () => 'Hạn hoàn thành phải sau ngày bắt đầu.',
  PLAN_HOURS_RANGE: () => 'Số giờ làm việc mỗi ngày phải lớn hơn 0 và không quá 24.',
  PLAN_THROUGHPUT_XOR_NORM: () => 'Mỗi việc cần đúng một căn cứ: năng suất đo được (perPersonDay) hoặc một bộ định mức (norm).',
  PLAN_THROUGHPUT_ZERO: () => 'Năng suất phải lớn hơn 0.',
  PLAN_UNIT_MISMATCH: () => 'Kế hoạch nhân lực không lập được:',
  PLAN_TASK_UNIT_MISMATCH: (p) => `"${p.task}": định mức tính theo ${p.normUnit}, khối lượng lại ghi theo ${p.unit}.`,
};

export const planEn: MessageTable<PlanParams> = {
  PLAN_DEADLINE_BEFORE_START: () => 'The deadline must come after the start date.',
  PLAN_HOURS_RANGE: () => 'Working hours per day must be more than 0 and at most 24.',
  PLAN_THROUGHPUT_XOR_NORM: () => 'Each task needs exactly one basis: a measured throughput (perPersonDay) or a norm set (norm).',
  PLAN_THROUGHPUT_ZERO: () => 'The throughput must be greater than 0.',
  PLAN_UNIT_MISMATCH: () => 'The staffing plan cannot be made:',
  PLAN_TASK_UNIT_MISMATCH: (p) => `"${p.task}": the norm is per ${p.normUnit}, but the quantity is in ${p.unit}.`,
};

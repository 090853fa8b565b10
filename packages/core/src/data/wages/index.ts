import type { WageBasis } from '../../norms/types.ts';
import { baseSalaries } from './base-salary.ts';
import { contributions, includeContributions } from './contributions.ts';
import { gradeMappings, gradeNotations } from './grades.ts';
import { salaryScales } from './salary-scales.ts';
import { hoursPerDay, workingDaysPerMonth } from './working-time.ts';

/** The built-in wage basis (căn cứ tiền lương), every figure sourced; unknown parameters are null. */
export const wageBasis: WageBasis = {
  baseSalaries,
  scales: salaryScales,
  grades: gradeMappings,
  notations: gradeNotations,
  contributions,
  includeContributions,
  workingDaysPerMonth,
  hoursPerDay,
};

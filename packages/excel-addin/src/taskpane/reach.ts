/**
 * What the user's Excel can do, detected at start-up with Office.context.requirements.isSetSupported against the
 * sets the operations need (office/requirements.ts): which buttons work, which parts of an operation are left
 * out, and whether the custom functions exist — so the pane can say so in Vietnamese instead of failing.
 */
import {
  compareApiVersions,
  CUSTOM_FUNCTIONS_SET,
  FEATURE_SETS,
  OPERATION_SETS,
  type ApiVersion,
  type ExcelFeature,
  type FeatureCheck,
  type OperationName,
} from '../office/requirements.ts';

/** Office's requirement-set check (Office.context.requirements.isSetSupported). */
export type IsSetSupported = (name: string, version: string) => boolean;

export interface Reach {
  /** The highest ExcelApi version the Excel reports (null: not even 1.1). */
  excelApi: ApiVersion | null;
  /** DUTOAN.* custom functions can run (CustomFunctionsRuntime). */
  customFunctions: boolean;
  supports: FeatureCheck;
  can(op: OperationName): boolean;
  /** Operations this Excel cannot run, with the set each needs. */
  missingOperations: Array<{ op: OperationName; set: ApiVersion }>;
  /** Features left out of operations that do run, with the set each needs. */
  missingFeatures: Array<{ feature: ExcelFeature; set: ApiVersion }>;
}

/** Highest ExcelApi minor version probed (Microsoft 365 reports 1.20 at the end of 2025). */
const PROBE_UP_TO = 40;

/** Which operations depend on a feature (a feature is only worth mentioning when its operation runs). */
const FEATURE_OF: Record<ExcelFeature, OperationName> = {
  usedValuesOnly: 'checkWorkbook',
  protection: 'checkWorkbook',
  names: 'checkWorkbook',
  marks: 'checkWorkbook',
  calcSuspend: 'fillEstimate',
  freezeAndTab: 'fillEstimate',
  validation: 'fillEstimate',
  print: 'fillEstimate',
};

export function detectReach(isSetSupported: IsSetSupported): Reach {
  const has = (set: ApiVersion) => isSetSupported('ExcelApi', set);
  let excelApi: ApiVersion | null = null;
  for (let minor = 1; minor <= PROBE_UP_TO; minor++) if (has(`1.${minor}`)) excelApi = `1.${minor}`;
  const covers = (set: ApiVersion) => excelApi !== null && compareApiVersions(set, excelApi) <= 0;
  const supports: FeatureCheck = (feature) => covers(FEATURE_SETS[feature]);
  const can = (op: OperationName) => covers(OPERATION_SETS[op]);
  const ops = Object.keys(OPERATION_SETS) as OperationName[];
  const features = Object.keys(FEATURE_SETS) as ExcelFeature[];
  return {
    excelApi,
    customFunctions: isSetSupported(CUSTOM_FUNCTIONS_SET.name, CUSTOM_FUNCTIONS_SET.version),
    supports,
    can,
    missingOperations: ops.filter((op) => !can(op)).map((op) => ({ op, set: OPERATION_SETS[op] })),
    missingFeatures: features.filter((f) => !supports(f) && can(FEATURE_OF[f])).map((feature) => ({ feature, set: FEATURE_SETS[feature] })),
  };
}

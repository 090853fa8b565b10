/** Exit codes of the `dutoan` command (mã thoát). */
export const ExitCode = {
  /** Done; for audit: no error finding. */
  Ok: 0,
  /** Audit found at least one error. */
  Findings: 1,
  /** Unusable input or wrong usage (message printed in Vietnamese). */
  BadInput: 2,
} as const;

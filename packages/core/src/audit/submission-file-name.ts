/** Suffix of the audit report workbooks (báo cáo thẩm tra) written beside the submissions. */
export const REPORT_SUFFIX = '.tham-tra.xlsx';

/** Suffix of the appraisal report documents (báo cáo kết quả thẩm định, .docx) written beside them. */
export const APPRAISAL_SUFFIX = '.tham-dinh.docx';

/**
 * Whether a file found in a folder of submissions is one to audit: an .xlsx that is neither Excel's lock file
 * (`~$…`), a hidden file (`.…`), nor one of our own report workbooks. Files named one by one are audited whatever
 * their name (a .docx then gets its own message).
 */
export function isSubmissionFileName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith('~$') && !name.startsWith('.') && !name.endsWith(REPORT_SUFFIX);
}

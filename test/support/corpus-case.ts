/** One entry of test/fixtures/bad/expected.json: a hostile or broken input and what the user must see. */
export interface CorpusCase {
  file: string;
  entry: 'compute' | 'book' | 'xlsx' | 'audit';
  via: 'cli' | 'lib';
  /** What the file is and why it must fail, in one line. */
  what: string;
  /** DutoanError code (compute/book/xlsx), or null when the file is readable and findings are expected. */
  code: string | null;
  /** A fragment of the Vietnamese message the user sees. */
  message?: string;
  /** audit: finding codes that must be reported, "CODE@Sheet!Cell". */
  findings?: string[];
  /** Environment for this case (configurable limits). */
  env?: Record<string, string>;
  /** Other acceptable outcomes where two readers legitimately differ, each with its reason. */
  alternatives?: Array<{ code: string; message: string; why: string }>;
}

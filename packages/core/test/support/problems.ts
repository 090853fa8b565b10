import { isDutoanError } from '../../src/index.ts';

/** The issues a refusal carries, as "path CODE" lines; [] when `f` is not refused (any other error is rethrown). */
export function problems(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (isDutoanError(e)) return e.issues.map((i) => `${i.path} ${i.code}`);
    throw e;
  }
  return [];
}

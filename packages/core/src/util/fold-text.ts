/** Memo of folded texts: labels repeat across thousands of submissions. Bounded; cleared when full. */
const cache = new Map<string, string>();
const CACHE_MAX = 20_000;

/**
 * Tolerant text matching (so khớp chữ không phân biệt dấu): the form in which hand-made workbooks are compared
 * with the words we look for. "Nội dung công việc", "NOI DUNG CONG VIEC", "noi dung  cong viec" and the NFD
 * spelling of the first all fold to "noi dung cong viec".
 *
 * Steps: NFD (so precomposed and decomposed input agree) → drop combining marks (U+0300–U+036F) → đ/Đ → d →
 * lower case → every run of characters other than letters, digits, "%", "." and "/" becomes one space → trim.
 */
export function foldText(text: unknown): string {
  if (text === null || text === undefined || text === '') return '';
  const s = String(text);
  let f = cache.get(s);
  if (f === undefined) {
    f = fold(s);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(s, f);
  }
  return f;
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%./]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words of the folded text, punctuation removed ("Số hóa (quét, A4)" → ["so", "hoa", "quet", "a4"]). */
export function foldTokens(text: unknown): string[] {
  return foldText(text)
    .replace(/[./%]+/g, ' ')
    .split(' ')
    .filter((w) => w.length > 0);
}

/** Whether the folded `text` starts with one of the folded `prefixes` at a word boundary. */
export function foldStartsWith(text: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => text === p || text.startsWith(p + ' '));
}

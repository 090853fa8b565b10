import { tokenize } from '@borgar/fx/xlsx';

/**
 * A formula as a Vietnamese-locale spreadsheet shows it to the accountant: a leading "=", ";" between arguments
 * and a decimal comma — `ROUND(ROUND(D12*E12,4),0)` → `=ROUND(ROUND(D12*E12;4);0)`, `D12*1.5` → `=D12*1,5`.
 * Text in quotes and sheet names are kept as written.
 */
export function displayFormula(formula: string): string {
  const src = formula.startsWith('=') ? formula.slice(1) : formula;
  let tokens: ReturnType<typeof tokenize>;
  try {
    tokens = tokenize(src, { withLocation: false });
  } catch {
    return `=${src}`;
  }
  let depth = 0;
  let out = '=';
  for (const t of tokens) {
    if (t.type === 'operator' && t.value === '{') depth++;
    if (t.type === 'operator' && t.value === '}') depth--;
    if (depth === 0 && t.type === 'operator' && t.value === ',') out += ';';
    else if (t.type === 'number') out += t.value.replace('.', ',');
    else out += t.value;
  }
  return out;
}

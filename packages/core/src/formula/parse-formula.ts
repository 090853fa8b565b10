import { parse, tokenize } from '@borgar/fx/xlsx';
import { DutoanError } from '../errors.ts';
import { excelErrors, type BinaryOperator, type ExcelError, type FormulaNode } from './ast.ts';
import { parseReference } from './parse-reference.ts';

/**
 * Parsing is done by @borgar/fx (MIT, no dependencies, the tokenizer and parser of the GRID spreadsheet; Excel's
 * grammar and precedence: unary minus binds tighter than ^, % is postfix, quoted sheet names, 3-D and external
 * references, whole rows and columns). Its tree is turned here into our own small `FormulaNode`s, so the rest of
 * the program does not depend on the library's shapes.
 */

type FxToken = ReturnType<typeof tokenize>[number];
type FxNode = ReturnType<typeof parse>;

const cache = new Map<string, FormulaNode>();
const CACHE_MAX = 20_000;

/**
 * Parses a formula as stored in .xlsx (`ROUND(D12*E12,0)`, with or without a leading "="). Also accepts the
 * way it is typed in a Vietnamese-locale spreadsheet: ";" between arguments and a decimal comma
 * (`ROUND(D12*1,5;0)`). Throws DutoanError FORMULA_SYNTAX (Vietnamese message quoting the formula) when the
 * text is not a formula. Results are memoised per text (formulas repeat across rows and files).
 */
export function parseFormula(formula: string): FormulaNode {
  const hit = cache.get(formula);
  if (hit) return hit;
  const src = formula.startsWith('=') ? formula.slice(1) : formula;
  let node: FormulaNode;
  try {
    if (src.trim() === '') throw new Error('empty');
    node = convert(parse(localeTokens(tokenize(src, { withLocation: false })), { permitArrayRanges: false }));
  } catch (e) {
    if (e instanceof DutoanError) throw e;
    throw new DutoanError('FORMULA_SYNTAX', { formula: src });
  }
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(formula, node);
  return node;
}

/**
 * ";" used as the argument separator (a formula typed in a Vietnamese or European locale): every ";" outside an
 * array constant becomes ",", and a "," between two plain numbers is then a decimal comma ("1,5" → 1.5).
 */
function localeTokens(tokens: FxToken[]): FxToken[] {
  let depth = 0;
  let semicolons = false;
  for (const t of tokens) {
    if (t.type === 'operator') {
      if (t.value === '{') depth++;
      else if (t.value === '}') depth--;
      else if (t.value === ';' && depth === 0) semicolons = true;
    }
  }
  if (!semicolons) return tokens;
  const out: FxToken[] = [];
  depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'operator' && t.value === '{') depth++;
    if (t.type === 'operator' && t.value === '}') depth--;
    if (depth === 0 && t.type === 'operator' && t.value === ';') {
      out.push({ ...t, value: ',' });
      continue;
    }
    const prev = out[out.length - 1];
    const next = tokens[i + 1];
    if (depth === 0 && t.type === 'operator' && t.value === ',' && prev?.type === 'number' && /^\d+$/.test(prev.value) && next?.type === 'number' && /^\d+$/.test(next.value)) {
      out[out.length - 1] = { ...prev, value: `${prev.value}.${next.value}` };
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

const FN_PREFIX = /^_xl(?:fn|ws)\./i;

function convert(n: FxNode | null): FormulaNode {
  if (n === null) return { type: 'empty' };
  switch (n.type) {
    case 'Literal': {
      if (typeof n.value === 'number') return { type: 'number', text: numberLiteral(n.raw) };
      if (typeof n.value === 'boolean') return { type: 'boolean', value: n.value };
      return { type: 'string', value: n.value };
    }
    case 'ErrorLiteral': {
      const v = n.value.toUpperCase() as ExcelError;
      return { type: 'error', value: excelErrors.includes(v) ? v : '#NAME?' };
    }
    case 'ReferenceIdentifier': {
      const ref = parseReference(n.value);
      return ref ? { type: 'reference', ref } : { type: 'error', value: '#REF!' };
    }
    case 'UnaryExpression': {
      const op = n.operator;
      if (op !== '+' && op !== '-' && op !== '%') return { type: 'call', name: op === '#' ? 'ANCHORARRAY' : 'SINGLE', args: [convert(n.arguments[0] ?? null)] };
      return { type: 'unary', operator: op, operand: convert(n.arguments[0] ?? null) };
    }
    case 'BinaryExpression':
      return { type: 'binary', operator: n.operator as BinaryOperator, left: convert(n.arguments[0] ?? null), right: convert(n.arguments[1] ?? null) };
    case 'CallExpression':
      return { type: 'call', name: n.callee.name.replace(FN_PREFIX, '').toUpperCase(), args: n.arguments.map((a) => convert(a)) };
    case 'ArrayExpression':
      return { type: 'array', rows: n.elements.map((row) => row.map((e) => convert(e as FxNode))) };
    default:
      // LAMBDA, LET and anything newer: not used by estimates; evaluates to #NAME?.
      return { type: 'call', name: 'UNSUPPORTED', args: [] };
  }
}

/** The literal's text with fx's merged minus kept ("-1"), a leading "." completed (".5" → "0.5"). */
function numberLiteral(raw: string): string {
  const m = /^([-+]?)(\.\d.*)$/.exec(raw);
  return m ? `${m[1]}0${m[2]}` : raw;
}

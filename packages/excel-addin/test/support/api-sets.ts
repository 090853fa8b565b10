/**
 * Which Excel JavaScript API requirement set (`ExcelApi 1.x`) each part of the add-in really needs, read from
 * the sources and from Microsoft's own typings — never typed by hand:
 *   - `officeApiSets()` pairs every interface of the adapter's subset (src/office/excel-api.ts) with the
 *     Office.js class it stands for (walking XlRequestContext ↔ Excel.RequestContext property by property) and
 *     reads each member's `[Api set: ExcelApi 1.x]` from @types/office-js (also the sets of optional
 *     parameters, e.g. `getUsedRange(valuesOnly)` is 1.1 but `valuesOnly` is 1.2);
 *   - `apiUsage(entries)` follows the call graph from a function of src/office (through imports, within the
 *     add-in's sources) and lists every member of the subset it touches: property accesses, calls with the
 *     number of arguments passed, and the property paths named in `load('items/name,…')`.
 * Node only (TypeScript compiler API). Used by test/addin-requirements.test.ts and the fake host's limit.
 */
import ts from 'typescript';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { compareApiVersions } from '../../src/office/requirements.ts';
import type { ApiSetMap } from '../fake-office/api-limit.ts';

const ADDIN_DIR = resolve(import.meta.dirname, '..', '..');
const SRC = join(ADDIN_DIR, 'src');
const SUBSET = join(SRC, 'office', 'excel-api.ts');

export function maxVersion(versions: Iterable<string>): string {
  let best = '1.1';
  for (const v of versions) if (compareApiVersions(v, best) > 0) best = v;
  return best;
}

export interface MemberSets {
  /** Office.js class, e.g. "Excel.Range". */
  office: string;
  /** member → requirement set of the member itself. */
  members: Map<string, string>;
  /** method → sets of its parameters by position (null: the method's own set). */
  params: Map<string, Array<string | null>>;
  /** member → the subset interface of its value (a property's type, a method's return, an array's items). */
  types: Map<string, string>;
}

const programs = new Map<string, ts.Program>();

function officeTypingsFile(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@types/office-js/package.json')), 'index.d.ts');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}

/** 'subset': excel-api.ts and Office's typings only (quick: the member map); 'sources': every file of src/. */
function getProgram(kind: 'subset' | 'sources'): ts.Program {
  let p = programs.get(kind);
  if (!p) {
    p = ts.createProgram([...(kind === 'subset' ? [SUBSET] : sourceFiles(SRC)), officeTypingsFile()], {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowImportingTsExtensions: true,
      noEmit: true,
      strict: true,
      skipLibCheck: true,
      types: [],
    });
    programs.set(kind, p);
  }
  return p;
}

const API_SET = /\[Api set: ExcelApi ([0-9.]+)\]/;

function docOf(decl: ts.Node): string {
  const sf = decl.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(sf.text, decl.getFullStart()) ?? [];
  return ranges.map((r) => sf.text.slice(r.pos, r.end)).join('\n');
}

/** The member's own set: the `[Api set: ExcelApi x]` of its @remarks (the first one, before any @param). */
function ownSet(doc: string): string | null {
  const beforeParams = doc.split(/@param\b/)[0]!;
  return API_SET.exec(beforeParams)?.[1] ?? null;
}

function paramSets(decl: ts.Node, doc: string): Array<string | null> {
  if (!ts.isMethodDeclaration(decl) && !ts.isMethodSignature(decl)) return [];
  return decl.parameters.map((p) => {
    const name = p.name.getText();
    const m = new RegExp(`@param ${name}\\b([^@]*)`).exec(doc);
    return m ? (API_SET.exec(m[1]!)?.[1] ?? null) : null;
  });
}

function isSubsetInterface(t: ts.Type): string | null {
  const sym = t.getSymbol() ?? t.aliasSymbol;
  const decl = sym?.declarations?.[0];
  if (!decl || resolve(decl.getSourceFile().fileName) !== SUBSET) return null;
  return ts.isInterfaceDeclaration(decl) ? decl.name.text : null;
}

/** The type a member leads to: property type, method return type, array element type. */
function valueType(checker: ts.TypeChecker, t: ts.Type): ts.Type {
  const calls = t.getCallSignatures();
  let v = calls.length ? checker.getReturnTypeOfSignature(calls[0]!) : t;
  if (checker.isArrayType(v)) v = checker.getTypeArguments(v as ts.TypeReference)[0]!;
  return checker.getNonNullableType(v);
}

/** Every subset interface with its Office.js class and each member's requirement set. */
let memo: Map<string, MemberSets> | undefined;

export function officeApiSets(): Map<string, MemberSets> {
  if (memo) return memo;
  const p = getProgram('subset');
  const checker = p.getTypeChecker();
  const subset = p.getSourceFile(SUBSET)!;
  const office = p.getSourceFile(officeTypingsFile())!;
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  subset.forEachChild((n) => {
    if (ts.isInterfaceDeclaration(n)) interfaces.set(n.name.text, n);
  });
  let excelNs: ts.ModuleDeclaration | undefined;
  office.forEachChild((n) => {
    if (ts.isModuleDeclaration(n) && n.name.getText() === 'Excel') excelNs ??= n;
  });
  const excelClasses = new Map<string, ts.ClassDeclaration>();
  (excelNs!.body as ts.ModuleBlock).statements.forEach((s) => {
    if (ts.isClassDeclaration(s) && s.name) excelClasses.set(s.name.text, s);
  });

  const out = new Map<string, MemberSets>();
  const visit = (mine: string, theirs: ts.Type) => {
    if (out.has(mine)) return;
    const entry: MemberSets = { office: checker.typeToString(theirs), members: new Map(), params: new Map(), types: new Map() };
    out.set(mine, entry);
    const iface = interfaces.get(mine)!;
    for (const m of iface.members) {
      const name = m.name?.getText();
      if (!name) continue;
      const prop = theirs.getProperty(name);
      if (!prop) throw new Error(`${mine}.${name}: no such member on ${entry.office}`);
      // the member as Microsoft declares it (a class member of namespace Excel, or of a base class)
      const decls = prop.declarations ?? [];
      const docs = decls.map(docOf);
      const set = docs.map(ownSet).find((s) => s !== null) ?? null;
      // members of Office's common base classes (load, toJSON, sync…) have no Excel set: they are in 1.1
      entry.members.set(name, set ?? '1.1');
      const withParams = decls.map((d, i) => paramSets(d, docs[i]!)).sort((a, b) => b.length - a.length)[0];
      if (withParams?.some((x) => x !== null)) entry.params.set(name, withParams);
      const mineMember = checker.getTypeAtLocation(m);
      const next = isSubsetInterface(valueType(checker, mineMember));
      if (next) {
        entry.types.set(name, next);
        visit(next, valueType(checker, checker.getTypeOfSymbol(prop)));
      }
    }
  };
  const ctxClass = excelClasses.get('RequestContext')!;
  visit('XlRequestContext', checker.getTypeAtLocation(ctxClass.name!));
  memo = out;
  return out;
}

/** The map as plain data, for the fake host's limit (fake-office/api-limit.ts), also in the browser. */
export function apiSetMap(): ApiSetMap {
  const out: ApiSetMap = {};
  for (const [iface, e] of officeApiSets()) {
    out[iface] = {
      office: e.office,
      members: Object.fromEntries(e.members),
      params: Object.fromEntries(e.params),
      types: Object.fromEntries(e.types),
    };
  }
  return out;
}

/** One use of a subset member found in the sources. */
export interface ApiUse {
  iface: string;
  member: string;
  /** Number of arguments passed (calls only). */
  args?: number;
  /** Where: "write-plan.ts:276". */
  at: string;
}

function subsetMember(checker: ts.TypeChecker, node: ts.Node): { iface: string; member: string } | null {
  const sym = checker.getSymbolAtLocation(node);
  const decl = sym?.declarations?.[0];
  if (!decl || resolve(decl.getSourceFile().fileName) !== SUBSET) return null;
  const parent = decl.parent;
  if (!ts.isInterfaceDeclaration(parent)) return null;
  return { iface: parent.name.text, member: sym!.name };
}

function where(node: ts.Node): string {
  const sf = node.getSourceFile();
  const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  return `${sf.fileName.slice(SRC.length + 1)}:${line}`;
}

/** Properties named in a `load(...)` argument: "a,b", ["a","b"], "items/name,items/formula". */
function loadPaths(arg: ts.Expression | undefined): string[][] {
  if (!arg) return [];
  const strings: string[] = [];
  if (ts.isStringLiteralLike(arg)) strings.push(arg.text);
  else if (ts.isArrayLiteralExpression(arg)) for (const e of arg.elements) if (ts.isStringLiteralLike(e)) strings.push(e.text);
  return strings.flatMap((s) => s.split(',')).map((s) => s.trim().split('/'));
}

/**
 * Every subset member reached from the given functions ("file.ts#name", file relative to src/), following
 * calls into functions declared in the add-in's sources.
 */
export function apiUsage(entries: string[], exclude: readonly string[] = []): ApiUse[] {
  const p = getProgram('sources');
  const checker = p.getTypeChecker();
  const sets = officeApiSets();
  const uses: ApiUse[] = [];
  const seen = new Set<ts.Node>();
  for (const x of exclude) seen.add(functionNode(p, x));

  const visitBody = (root: ts.Node) => {
    if (seen.has(root)) return;
    seen.add(root);
    const walk = (n: ts.Node): void => {
      if (ts.isPropertyAccessExpression(n)) {
        const m = subsetMember(checker, n.name);
        if (m) {
          const call = ts.isCallExpression(n.parent) && n.parent.expression === n ? n.parent : undefined;
          uses.push({ ...m, ...(call ? { args: call.arguments.length } : {}), at: where(n) });
          if (call && m.member === 'load') {
            for (const path of loadPaths(call.arguments[0])) {
              let iface: string | undefined = m.iface;
              for (const prop of path) {
                if (!iface) break;
                uses.push({ iface, member: prop, at: where(n) });
                iface = sets.get(iface)?.types.get(prop);
              }
            }
          }
        }
      }
      if (ts.isIdentifier(n) || ts.isPropertyAccessExpression(n)) {
        let sym = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(n) ? n.name : n);
        if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
        for (const d of sym?.declarations ?? []) {
          const file = resolve(d.getSourceFile().fileName);
          if (!file.startsWith(SRC) || file === SUBSET) continue;
          if (ts.isFunctionDeclaration(d) || ts.isMethodDeclaration(d)) visitBody(d);
          else if (ts.isVariableDeclaration(d) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) visitBody(d.initializer);
          else if (ts.isClassDeclaration(d)) visitBody(d);
        }
      }
      n.forEachChild(walk);
    };
    walk(root);
  };

  for (const entry of entries) visitBody(functionNode(p, entry));
  return uses;
}

/** The top-level function "file.ts#name" (file relative to src/). */
function functionNode(p: ts.Program, entry: string): ts.Node {
  const [file, name] = entry.split('#') as [string, string];
  const sf = p.getSourceFile(join(SRC, file));
  if (!sf) throw new Error(`no source ${file}`);
  let found: ts.Node | undefined;
  sf.forEachChild((n) => {
    if (ts.isFunctionDeclaration(n) && n.name?.text === name) found = n;
  });
  if (!found) throw new Error(`no function ${name} in ${file}`);
  return found;
}

/** The set each use needs (the member's, or a parameter's when that argument is passed). */
export function setOfUse(sets: Map<string, MemberSets>, u: ApiUse): string {
  const entry = sets.get(u.iface);
  const own = entry?.members.get(u.member);
  if (!own) throw new Error(`${u.iface}.${u.member} (${u.at}): not in the subset's Office.js map`);
  const params = entry!.params.get(u.member) ?? [];
  return maxVersion([own, ...params.slice(0, u.args ?? 0).filter((s): s is string => s !== null)]);
}

/** The highest set among the uses, with the uses that need it. */
export function requiredSet(uses: ApiUse[]): { set: string; because: ApiUse[] } {
  const sets = officeApiSets();
  const set = maxVersion(uses.map((u) => setOfUse(sets, u)));
  return { set, because: uses.filter((u) => setOfUse(sets, u) === set) };
}

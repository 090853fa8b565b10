import type { Finding } from '../audit/finding.ts';
import type { ReadNumber, ReadText, SubmittedAdjustment, SubmittedLine, SubmittedSum, SubmittedVat } from '../audit/submitted.ts';
import type { SectionId } from '../model/fields.ts';
import { Decimal } from '../money/decimal.ts';
import { roundDong } from '../money/round.ts';
import { readFinding } from './finding.ts';
import type { SumLabel } from './labels.ts';
import { formulaTerms, productCells } from './formula-terms.ts';
import { moneyAgrees } from './money-unit.ts';
import type { NamedRole } from './table-structure.ts';

/**
 * What a sum row adds up (phạm vi của dòng cộng) and what a VAT row is computed on. The money of a table is a set
 * of atoms — line amounts, lump sums, VAT amounts. Each "Cộng"/"Tổng" row covers a set of them: a section, several
 * sections, or everything, with or without their VAT. The candidate sets come from the label ("Cộng phần II",
 * "Tổng cộng (I+II)", "TỔNG CỘNG", "trước thuế"), the template's defined names, and the layout (what is still
 * open: not yet summed by an earlier row); the row's figure then picks among them. Each candidate is checked "as
 * read": against the earlier sums that cover parts of it, so a wrong cell is reported once, where it is. When no
 * candidate explains the figure the most likely one is kept (by label and layout) and the audit reports the row.
 */

export interface SectionState {
  index: number;
  /** Numbering as typed ("I", "A", "1"), '' for a table without sections. */
  label: string;
  id: SectionId | null;
  title: ReadText;
  lines: SubmittedLine[];
  adjustments: SubmittedAdjustment[];
  atoms: number[];
  /** The title row's amount, checked when the section closes. */
  heading: { label: ReadText; amount: ReadNumber; row: number } | null;
}

export interface Atom {
  id: number;
  kind: 'line' | 'adjustment' | 'vat';
  num: ReadNumber;
  value: Decimal | null;
  section: SectionState;
  hidden: boolean;
  ref: SubmittedLine | SubmittedAdjustment | SubmittedVat;
  row: number;
}

export interface Resolved {
  sum: SubmittedSum;
  atoms: Set<number>;
  /** The stated figure in đồng (null when not a number). */
  value: Decimal | null;
  heading: boolean;
  row: number;
  /** The stated figure is explained by the chosen scope. */
  ok: boolean;
}

export interface VatState {
  vat: SubmittedVat;
  atom: Atom;
  baseAtoms: Set<number>;
}

export interface ScopeState {
  /** The column of the table's amounts (where every atom and sum stands). */
  amountCol: number;
  atoms: Atom[];
  sections: SectionState[];
  resolved: Resolved[];
  vats: VatState[];
  findings: Finding[];
  named: Map<string, NamedRole>;
  sheet: string;
}

interface Candidate {
  atoms: Set<number>;
  sections: SectionState[];
  withVat: boolean;
  everything: boolean;
  role: SubmittedSum['role'];
}

type Term = { kind: 'sum'; r: Resolved } | { kind: 'atom'; a: Atom };
interface Cover {
  terms: Term[];
  value: Decimal | null;
}

const isLineAtom = (a: Atom) => a.kind !== 'vat';

function lineAtoms(state: ScopeState, secs: readonly SectionState[]): Set<number> {
  const out = new Set<number>();
  for (const s of secs) for (const id of s.atoms) if (isLineAtom(state.atoms[id]!)) out.add(id);
  return out;
}

/** VAT atoms computed on lines of `secs` only. */
function vatAtoms(state: ScopeState, lines: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  for (const v of state.vats) if (v.baseAtoms.size > 0 && [...v.baseAtoms].every((id) => lines.has(id))) out.add(v.atom.id);
  return out;
}

const union = (...sets: ReadonlyArray<ReadonlySet<number>>) => {
  const out = new Set<number>();
  for (const s of sets) for (const x of s) out.add(x);
  return out;
};
const subset = (a: ReadonlySet<number>, b: ReadonlySet<number>) => [...a].every((x) => b.has(x));
const sameSet = (a: ReadonlySet<number>, b: ReadonlySet<number>) => a.size === b.size && subset(a, b);

/** Atoms not yet covered by an earlier sum row (a title row's amount closes its section only when it is right). */
function openAtoms(state: ScopeState): Set<number> {
  const covered = new Set<number>();
  for (const r of state.resolved) if (!r.heading || r.ok) for (const a of r.atoms) covered.add(a);
  return new Set(state.atoms.filter((a) => !covered.has(a.id)).map((a) => a.id));
}

function candidate(state: ScopeState, atoms: Set<number>, role?: SubmittedSum['role']): Candidate {
  const secs = state.sections.filter((s) => s.atoms.some((id) => atoms.has(id) && isLineAtom(state.atoms[id]!)));
  const withVat = [...atoms].some((id) => state.atoms[id]!.kind === 'vat');
  const allLines = lineAtoms(state, state.sections);
  const everything = allLines.size > 0 && subset(allLines, atoms);
  // A table without sections (a flat list) has no section sums: its "Cộng" is the table's total.
  const flat = state.sections.length === 1 && !state.sections[0]!.label;
  return {
    atoms,
    sections: secs,
    withVat,
    everything: everything && (state.sections.length > 1 || flat),
    role: role ?? (secs.length > 1 || (everything && (state.sections.length > 1 || flat)) ? 'total' : withVat ? 'sectionTotal' : 'subtotal'),
  };
}

function dedupe(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) if (c.atoms.size > 0 && !out.some((o) => sameSet(o.atoms, c.atoms))) out.push(c);
  return out;
}

function sectionsNamed(state: ScopeState, names: readonly string[] | null): SectionState[] | null {
  if (!names) return null;
  const secs = state.sections.filter((s) => s.label && names.includes(s.label.toUpperCase()));
  return secs.length === names.length ? secs : null;
}

export interface SumRequest {
  label: ReadText;
  amount: ReadNumber;
  row: number;
  sumLabel?: SumLabel;
  /** A title row's amount: of a section, or of a group under it. */
  heading?: 'section' | 'group';
  groupAtoms?: number[];
  section: SectionState | null;
}

/** The candidate scopes of a sum row, most likely first. */
function candidates(state: ScopeState, req: SumRequest): Candidate[] {
  const sec = req.section;
  const all = state.sections;
  const L = (secs: readonly SectionState[]) => lineAtoms(state, secs);
  const A = (secs: readonly SectionState[]) => {
    const l = L(secs);
    return union(l, vatAtoms(state, l));
  };
  const cell = 'cell' in req.amount.at ? req.amount.at.cell : '';
  const named = state.named.get(cell);
  if (named) {
    if (named.kind === 'grandTotal') return dedupe([candidate(state, A(all), 'total')]);
    if (named.kind === 'subtotal' || named.kind === 'sectionRow') {
      const s = all.find((x) => x.label === named.section) ?? sec;
      if (s) return dedupe([candidate(state, named.kind === 'subtotal' ? L([s]) : A([s]), named.kind === 'subtotal' ? 'subtotal' : 'sectionTotal')]);
    }
  }
  if (req.heading === 'group') return dedupe([candidate(state, new Set(req.groupAtoms ?? []), 'subtotal')]);
  if (req.heading === 'section' && sec) {
    const a = A([sec]);
    const l = L([sec]);
    const out = [candidate(state, a, a.size > l.size ? 'sectionTotal' : 'subtotal')];
    // A title row may state the amount before VAT when another row states the section with its VAT.
    if (a.size > l.size && state.resolved.some((r) => !r.heading && sameSet(r.atoms, a))) out.push(candidate(state, l, 'subtotal'));
    return dedupe(out);
  }
  const sl = req.sumLabel ?? { kind: 'subtotal' as const, sections: null, vat: null };
  const named2 = sectionsNamed(state, sl.sections);
  if (sl.vat === 'vat') return dedupe([candidate(state, vatAtoms(state, L(named2 ?? all)), 'vatTotal')]);
  if (named2) {
    const l = L(named2);
    const a = A(named2);
    // A label that says "gồm thuế" / "trước thuế" is taken at its word.
    const order = sl.vat === 'before' ? [l] : sl.vat === 'after' ? [a] : [a, l];
    return dedupe(order.map((x) => candidate(state, x)));
  }
  if (sl.kind === 'total') {
    const order = sl.vat === 'before' ? [L(all)] : sl.vat === 'after' ? [A(all)] : [A(all), L(all)];
    return dedupe(order.map((x) => candidate(state, x, 'total')));
  }
  // A plain "Cộng": what is still open in the section, else what is still open anywhere (a "Cộng" over several
  // sections), else the section or the whole table.
  const open = openAtoms(state);
  const out: Candidate[] = [];
  const openHere = sec ? new Set([...open].filter((id) => state.atoms[id]!.section === sec)) : open;
  const openHereLines = [...openHere].some((id) => isLineAtom(state.atoms[id]!));
  const c1 = sec && !openHereLines && openHere.size > 0 ? A([sec]) : openHere;
  const openElsewhere = [...open].some((id) => isLineAtom(state.atoms[id]!) && state.atoms[id]!.section !== sec);
  if (openElsewhere) out.push(candidate(state, open), candidate(state, c1));
  else out.push(candidate(state, c1), candidate(state, open));
  if (sec) out.push(candidate(state, A([sec])), candidate(state, L([sec])));
  out.push(candidate(state, A(all)), candidate(state, L(all)));
  return dedupe(out);
}

/** Ways to state the total of `target` from earlier sums and atoms (as read), most natural first. */
function covers(state: ScopeState, target: ReadonlySet<number>): Cover[] {
  const greedy = (pool: readonly Resolved[]): Cover => {
    const sorted = [...pool].filter((r) => r.atoms.size > 0 && subset(r.atoms, target)).sort((a, b) => b.atoms.size - a.atoms.size || b.row - a.row);
    const taken = new Set<number>();
    const terms: Term[] = [];
    for (const r of sorted) {
      if ([...r.atoms].some((x) => taken.has(x))) continue;
      for (const x of r.atoms) taken.add(x);
      terms.push({ kind: 'sum', r });
    }
    for (const id of target) if (!taken.has(id)) terms.push({ kind: 'atom', a: state.atoms[id]! });
    let value: Decimal | null = new Decimal(0);
    for (const t of terms) {
      const v = t.kind === 'sum' ? t.r.value : t.a.value;
      value = v === null || value === null ? null : value.add(v);
    }
    return { terms, value };
  };
  const out: Cover[] = [];
  const push = (c: Cover) => {
    if (!out.some((o) => o.terms.length === c.terms.length && o.terms.every((t, i) => sameTerm(t, c.terms[i]!)))) out.push(c);
  };
  push(greedy(state.resolved));
  push(greedy(state.resolved.filter((r) => !r.heading)));
  push(greedy(state.resolved.filter((r) => r.ok)));
  push(greedy([]));
  return out;
}

function sameTerm(a: Term, b: Term): boolean {
  return a.kind === 'sum' ? b.kind === 'sum' && a.r === b.r : b.kind === 'atom' && a.a === b.a;
}

function termNumber(t: Term): ReadNumber {
  return t.kind === 'sum' ? t.r.sum.amount : t.a.num;
}

function coversOf(state: ScopeState, atoms: ReadonlySet<number>): SubmittedSum['covers'] {
  const lines: SubmittedLine[] = [];
  const adjustments: SubmittedAdjustment[] = [];
  const vats: SubmittedVat[] = [];
  for (const id of [...atoms].sort((a, b) => a - b)) {
    const a = state.atoms[id]!;
    if (a.kind === 'line') lines.push(a.ref as SubmittedLine);
    else if (a.kind === 'adjustment') adjustments.push(a.ref as SubmittedAdjustment);
    else vats.push(a.ref as SubmittedVat);
  }
  return { lines, adjustments, vats };
}

/** Without hidden line atoms (a hidden row the sum skips). */
function withoutHidden(state: ScopeState, atoms: ReadonlySet<number>): Set<number> | null {
  const kept = new Set([...atoms].filter((id) => !state.atoms[id]!.hidden));
  return kept.size < atoms.size && kept.size > 0 ? kept : null;
}

/**
 * The atoms and earlier sums an additive formula of this sheet adds up (`SUM(F8:F14)`, `F10+F14+F21`), as a cover;
 * null when the formula is not one, reads another sheet, subtracts, or counts an atom twice (a SUM over lines and
 * the "Cộng" under them).
 */
function formulaCover(state: ScopeState, formula: string, row: number): { cover: Cover; atoms: Set<number> } | null {
  const terms = formulaTerms(formula);
  if (!terms || terms.some((t) => (t.sheet !== undefined && t.sheet !== state.sheet) || t.sign < 0)) return null;
  const col = state.amountCol;
  const out: Term[] = [];
  const atoms = new Set<number>();
  let value: Decimal | null = new Decimal(0);
  const add = (t: Term, ids: Iterable<number>) => {
    for (const id of ids) {
      if (atoms.has(id)) return false;
      atoms.add(id);
    }
    out.push(t);
    const v = t.kind === 'sum' ? t.r.value : t.a.value;
    value = v === null || value === null ? null : value.add(v);
    return true;
  };
  let lastRow = 0;
  for (const a of state.atoms) lastRow = Math.max(lastRow, a.row);
  for (const x of state.resolved) lastRow = Math.max(lastRow, x.row);
  for (const t of terms) {
    if (t.left > col || t.right < col) continue;
    for (let r = t.top; r <= Math.min(t.bottom, lastRow); r++) {
      if (r === row) continue;
      const sum = state.resolved.find((x) => x.row === r && !(t.subtotal && /^SUBTOTAL\(/i.test(x.sum.amount.formula ?? '')));
      if (sum) {
        if (!add({ kind: 'sum', r: sum }, sum.atoms)) return null;
        continue;
      }
      const atom = state.atoms.find((a) => a.row === r);
      if (atom && !add({ kind: 'atom', a: atom }, [atom.id])) return null;
    }
  }
  return atoms.size > 0 ? { cover: { terms: out, value }, atoms } : null;
}

/**
 * A plain "Cộng" after several sections none of which has a sum row of its own is the one sum of the table (the
 * layout "sections, one Cộng, VAT, Tổng"): only readings covering every line still open are kept, so a formula
 * that misses a line is that row's error — even when what it does add up happens to be exactly the last section.
 */
function onlyCongFirst(state: ScopeState, req: SumRequest, cands: Candidate[]): Candidate[] {
  const plain = !req.heading && (req.sumLabel?.kind ?? 'subtotal') === 'subtotal' && !req.sumLabel?.sections && req.sumLabel?.vat !== 'vat';
  if (!plain || !req.section || state.resolved.some((r) => !r.heading) || state.named.size > 0) return cands;
  const openLines = [...openAtoms(state)].filter((id) => isLineAtom(state.atoms[id]!));
  if (!openLines.some((id) => state.atoms[id]!.section !== req.section)) return cands;
  const kept = cands.filter((c) => openLines.every((id) => c.atoms.has(id)));
  return kept.length ? kept : cands;
}

/**
 * A row under "Cộng phần II" and the VAT computed on it ("Tổng phần II") states the section with its VAT: the
 * reading "the same lines again, without the VAT" is dropped, so a total that left the VAT out is that row's error
 * (SECTION_TOTAL), not the grand total's.
 */
function notRestated(state: ScopeState, req: SumRequest, cands: Candidate[]): Candidate[] {
  if (req.heading || req.sumLabel?.vat === 'before') return cands;
  const restated = (c: Candidate) =>
    state.resolved.some((r) => !r.heading && r.row < req.row && sameSet(r.atoms, c.atoms) && state.vats.some((v) => v.atom.row > r.row && v.atom.row < req.row && sameSet(v.baseAtoms, r.atoms)));
  const kept = cands.filter((c) => !restated(c));
  return kept.length ? kept : cands;
}

/** Resolve one sum row: choose its scope, record it, and say so when the choice was not certain. */
export function resolveSum(state: ScopeState, req: SumRequest): Resolved {
  const cands = notRestated(state, req, onlyCongFirst(state, req, candidates(state, req)));
  const stated = req.amount.value === null ? null : new Decimal(req.amount.value);
  const scale = req.amount.scale;
  let chosen: { cand: Candidate; atoms: Set<number>; cover: Cover; index: number } | null = null;
  let byFormula = false;
  // Its formula says what it adds up: taken when that is one of the readings the label and layout allow.
  const fc = req.amount.formula ? formulaCover(state, req.amount.formula, req.row) : null;
  if (fc) {
    for (const [index, cand] of cands.entries()) {
      for (const atoms of [cand.atoms, withoutHidden(state, cand.atoms)]) {
        if (atoms && sameSet(atoms, fc.atoms)) {
          chosen = { cand, atoms, cover: fc.cover, index };
          byFormula = true;
          break;
        }
      }
      if (chosen) break;
    }
  }
  if (!chosen && stated !== null) {
    search: for (const [index, cand] of cands.entries()) {
      for (const atoms of [cand.atoms, withoutHidden(state, cand.atoms)]) {
        if (!atoms) continue;
        for (const cover of covers(state, atoms)) {
          if (cover.value !== null && moneyAgrees(stated, cover.value, scale)) {
            chosen = { cand, atoms, cover, index };
            break search;
          }
        }
      }
    }
  }
  const ok = chosen !== null && (!byFormula || (stated !== null && chosen.cover.value !== null && moneyAgrees(stated, chosen.cover.value, scale)));
  if (!chosen) {
    const cand = cands[0] ?? candidate(state, new Set());
    chosen = { cand, atoms: cand.atoms, cover: covers(state, cand.atoms)[0]!, index: 0 };
  }
  const { cand, atoms, cover } = chosen;
  const cell = 'cell' in req.amount.at ? req.amount.at.cell : '';
  const how: SubmittedSum['how'] = state.named.has(cell) ? 'names' : byFormula ? 'formula' : req.heading ? 'layout' : cands.length > 1 && ok ? 'values' : 'label';
  const sectionLabels = (cand.everything ? state.sections : cand.sections).map((s) => s.label).filter(Boolean);
  const sum: SubmittedSum = {
    role: cand.role,
    label: req.label,
    amount: req.amount,
    sections: sectionLabels,
    everything: cand.everything,
    withVat: cand.withVat,
    terms: cover.terms.map(termNumber),
    covers: coversOf(state, atoms),
    how,
  };
  const resolved: Resolved = { sum, atoms, value: stated, heading: req.heading !== undefined, row: req.row, ok };
  state.resolved.push(resolved);
  const plainCong = !req.heading && (req.sumLabel?.kind ?? 'subtotal') === 'subtotal' && !req.sumLabel?.sections;
  const uncertain = (how === 'values' || how === 'formula') && (chosen.index > 0 || (plainCong && cand.sections.length > 1));
  if (uncertain) {
    state.findings.push(
      readFinding('SUM_SCOPE', req.amount.at, {
        label: req.label.text,
        sections: sectionLabels,
        everything: cand.everything,
        withVat: cand.withVat,
        formula: req.amount.formula,
        how,
      }),
    );
  }
  return resolved;
}

/**
 * Resolve a VAT row: the base it is computed on — the sum row just above it, the lines of its section not yet
 * taxed, every line not yet taxed, the section, the whole table — the first whose VAT at the row's rate equals the
 * row's amount; else the most likely by layout.
 */
export function resolveVat(state: ScopeState, vat: SubmittedVat, atom: Atom, section: SectionState | null): void {
  const lastVatRow = state.vats.length ? state.vats[state.vats.length - 1]!.atom.row : -1;
  const prevSum = [...state.resolved].reverse().find((r) => !r.heading && r.row > lastVatRow && r.row < atom.row && r.atoms.size > 0 && [...r.atoms].every((id) => state.atoms[id]!.kind !== 'vat'));
  const taxed = new Set<number>();
  for (const v of state.vats) for (const id of v.baseAtoms) taxed.add(id);
  const allLines = lineAtoms(state, state.sections);
  const secLines = section ? lineAtoms(state, [section]) : allLines;
  type Base = { atoms: Set<number>; sum: Resolved | null };
  const bases: Base[] = [];
  const untaxed = (ids: ReadonlySet<number>) => new Set([...ids].filter((id) => !taxed.has(id)));
  if (prevSum) {
    bases.push({ atoms: prevSum.atoms, sum: prevSum });
    // Right under a total of several sections, the VAT is that total's: no section-level reading.
    if (candidate(state, prevSum.atoms).sections.length <= 1) bases.push({ atoms: untaxed(secLines), sum: null }, { atoms: secLines, sum: null });
  } else {
    bases.push({ atoms: untaxed(secLines), sum: null }, { atoms: untaxed(allLines), sum: null }, { atoms: secLines, sum: null }, { atoms: allLines, sum: null });
  }
  let distinct = bases.filter((b, i) => b.atoms.size > 0 && bases.findIndex((o) => o.atoms.size === b.atoms.size && subset(o.atoms, b.atoms)) === i);
  // The cell its formula multiplies (=ROUND(F15*8%,0)) decides among the readings the layout allows.
  const cells = vat.amount.formula ? productCells(vat.amount.formula) : null;
  const named = cells?.filter((c) => (c.sheet === undefined || c.sheet === state.sheet) && c.col === state.amountCol) ?? [];
  if (named.length === 1) {
    const ref = state.resolved.find((r) => r.row === named[0]!.row);
    const hit = ref ? distinct.find((b) => sameSet(b.atoms, ref.atoms)) : undefined;
    if (hit) distinct = [{ atoms: hit.atoms, sum: ref ?? null }, ...distinct.filter((b) => b !== hit)];
  }
  const rate = vat.rate.value === null ? null : new Decimal(vat.rate.value);
  const amount = vat.amount.value === null ? null : new Decimal(vat.amount.value);
  let chosen: { base: Base; cover: Cover; index: number } | null = null;
  if (rate !== null && amount !== null) {
    search: for (const [index, base] of distinct.entries()) {
      const options: Cover[] = base.sum ? [{ terms: [{ kind: 'sum', r: base.sum }], value: base.sum.value }, ...covers(state, base.atoms)] : covers(state, base.atoms);
      for (const cover of options) {
        if (cover.value === null) continue;
        if (moneyAgrees(amount, roundDong(cover.value.mul(rate).div(100)), vat.amount.scale)) {
          chosen = { base, cover, index };
          break search;
        }
      }
    }
  }
  if (!chosen && distinct.length > 0) {
    const base = distinct[0]!;
    chosen = { base, cover: base.sum ? { terms: [{ kind: 'sum', r: base.sum }], value: base.sum.value } : covers(state, base.atoms)[0]!, index: 0 };
  }
  const baseAtoms = chosen?.base.atoms ?? new Set<number>();
  const c = candidate(state, baseAtoms);
  vat.base = {
    sum: chosen?.base.sum?.sum ?? null,
    terms: chosen ? chosen.cover.terms.map(termNumber) : [],
    sections: (c.everything ? state.sections : c.sections).map((s) => s.label).filter(Boolean),
    everything: c.everything,
  };
  // A VAT on several sections belongs to none of them.
  if (c.sections.length > 1) atom.section.atoms = atom.section.atoms.filter((id) => id !== atom.id);
  state.vats.push({ vat, atom, baseAtoms });
  if (chosen && (chosen.index > 0 || c.sections.length > 1)) {
    const s = vat.base.sum;
    state.findings.push(
      readFinding('VAT_BASE', vat.amount.at, {
        baseLabel: s ? s.label.text : null,
        baseCell: s && 'cell' in s.amount.at ? s.amount.at.cell : null,
        sections: vat.base.sections,
        everything: vat.base.everything,
      }),
    );
  }
}

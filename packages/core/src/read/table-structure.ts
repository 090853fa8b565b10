import type { Finding } from '../audit/finding.ts';
import type {
  ReadFactor,
  ReadNumber,
  ReadText,
  SubmittedAdjustment,
  SubmittedLine,
  SubmittedSection,
  SubmittedSum,
  SubmittedVat,
} from '../audit/submitted.ts';
import type { SectionId } from '../model/fields.ts';
import { Decimal } from '../money/decimal.ts';
import { cellAddress } from '../audit/grid.ts';
import type { SheetCells } from './cells.ts';
import { readFinding } from './finding.ts';
import type { Numbering } from './labels.ts';
import { TableCells } from './read-cells.ts';
import { resolveSum, resolveVat, type Atom, type Resolved, type ScopeState, type SectionState } from './sum-scopes.ts';
import type { TableHeader } from './table-header.ts';
import type { ClassifiedTable, TableRow } from './table-rows.ts';
import { readUnit } from './units.ts';
import { sectionKeywords } from './vocabulary.ts';

/**
 * The structure of one table (cấu trúc bảng): sections (I/II/III, A/B/C, 1./2., or none — a flat list), groups
 * under them, work lines, lump-sum rows, "Trong đó" breakdowns (read, not counted), and every sum and VAT row with
 * what it adds up (sum-scopes.ts). The template's defined names, when present, say for certain what a row is.
 */

/** What the template's defined names say a cell is. */
export type NamedRole = { kind: 'subtotal' | 'vat' | 'sectionRow'; section: string } | { kind: 'grandTotal' | 'rounding' | 'final' };

export interface TableReadOptions {
  template: boolean;
  /** "F12" → role, from the workbook's defined names on this sheet. */
  named: Map<string, NamedRole>;
  /** Đồng per unit of the table's money (prices and amounts), and per column when its header says. */
  scale: number;
  priceScale?: number;
  amountScale?: number;
  /** The hidden item-code column of the template (or a "Mã" column). */
  codeCol?: number;
}

export interface TableRead {
  sheet: string;
  sections: SubmittedSection[];
  sums: SubmittedSum[];
  vats: SubmittedVat[];
  grandTotal: ReadNumber | null;
  totalBeforeVat: ReadNumber | null;
  vatTotal: ReadNumber | null;
  rounding: ReadNumber | null;
  finalAmount: ReadNumber | null;
  findings: Finding[];
  skipped: Array<{ at: SubmittedLine['content']['at']; text: string }>;
  cells: TableCells;
}

const SECTION_BY_ROMAN: Record<number, SectionId> = { 1: 'I', 2: 'II', 3: 'III' };

/** The book section (I chỉnh lý, II số hóa, III chi phí khác) of a section title: by its words, else its roman number. */
export function sectionIdOf(numbering: Numbering | null, folded: string): SectionId | null {
  for (const [id, words] of sectionKeywords) if (words.some((w) => folded.includes(w))) return id;
  if (numbering?.style === 'roman') return SECTION_BY_ROMAN[numbering.value] ?? null;
  return null;
}

/** Whether the row after `i` (notes skipped) is numbered as a child of row i's numbering. */
function hasChildren(rows: readonly TableRow[], i: number): boolean {
  const n = rows[i]!.numbering;
  for (let j = i + 1; j < rows.length; j++) {
    const r = rows[j]!;
    if (r.kind === 'note') continue;
    if (r.kind !== 'line' && r.kind !== 'amount') return false;
    const m = r.numbering;
    if (!m) return false;
    if (n?.style === 'digits') return m.text.startsWith(n.text.replace(/\.$/, '') + '.') || m.style === 'lower' || m.style === 'bullet';
    return false;
  }
  return false;
}

/** The numbering style of the table's sections, from its first heading. */
function sectionStyle(rows: readonly TableRow[]): Numbering['style'] | 'keyword' | null {
  for (const r of rows) {
    if ((r.kind === 'heading' || r.kind === 'amount') && r.numbering && (r.numbering.style === 'roman' || r.numbering.style === 'letter')) return r.numbering.style;
  }
  for (const [i, r] of rows.entries()) {
    if (r.numbering?.style !== 'digits' || r.numbering.depth !== 1) continue;
    if ((r.kind === 'heading' && rows[i + 1]?.kind === 'line') || ((r.kind === 'heading' || r.kind === 'amount') && hasChildren(rows, i))) return 'digits';
  }
  for (const [i, r] of rows.entries()) {
    if (r.kind === 'note' && !r.stt && sectionKeywords.some(([, ws]) => ws.some((w) => r.folded.startsWith(w) || r.folded.includes(' ' + w))) && rows[i + 1]?.kind === 'line') return 'keyword';
  }
  return null;
}

export function readTableStructure(cells: SheetCells, header: TableHeader, table: ClassifiedTable, opts: TableReadOptions): TableRead {
  const tc = new TableCells(cells, opts.template);
  const findings: Finding[] = [];
  const skipped: TableRead['skipped'] = table.skipped.map((s) => ({ at: cells.at(s.row, s.col), text: s.text }));
  const contentCol = header.content.col;
  const priceScale = opts.priceScale ?? opts.scale;
  const amountScale = opts.amountScale ?? opts.scale;
  const rows = table.rows;
  const style = sectionStyle(rows);

  const state: ScopeState = {
    amountCol: header.amount.col,
    atoms: [],
    sections: [],
    resolved: [],
    vats: [],
    findings,
    named: opts.named,
    sheet: cells.name,
  };
  const cur: {
    section: SectionState | null;
    group: { atoms: number[]; heading: { label: ReadText; amount: ReadNumber; row: number } | null; section: SectionState } | null;
  } = { section: null, group: null };
  let rounding: ReadNumber | null = null;
  let finalAmount: ReadNumber | null = null;
  let breakdown = false;

  const label = (r: TableRow): ReadText => ({ at: cells.at(r.row, r.labelCol), text: r.label });
  const amountOf = (r: TableRow, formulaExpected = true): ReadNumber => tc.number(r.row, header.amount.col, contentCol, { scale: amountScale, formulaExpected });

  const closeGroup = () => {
    if (cur.group?.heading) {
      resolveSum(state, {
        label: cur.group.heading.label,
        amount: cur.group.heading.amount,
        row: cur.group.heading.row,
        heading: 'group',
        groupAtoms: cur.group.atoms,
        section: cur.group.section,
      });
    }
    cur.group = null;
  };
  /** A section title with an amount and nothing under it is a lump sum (a summary's "I. Chỉnh lý … 55.994.640"). */
  const settleLumpSum = () => {
    const sec = cur.section;
    if (sec?.heading && sec.atoms.length === 0) {
      // A numbered row with an amount and nothing under it is a lump sum (a summary's "I. Chỉnh lý … 55.994.640").
      const adj: SubmittedAdjustment = { label: sec.heading.label, amount: sec.heading.amount };
      sec.adjustments.push(adj);
      const atom: Atom = { id: state.atoms.length, kind: 'adjustment', num: adj.amount, value: adj.amount.value === null ? null : new Decimal(adj.amount.value), section: sec, hidden: false, ref: adj, row: sec.heading.row };
      state.atoms.push(atom);
      sec.atoms.push(atom.id);
      sec.heading = null;
    }
  };
  const closeSection = () => {
    closeGroup();
    settleLumpSum();
    if (cur.section?.heading) {
      resolveSum(state, { label: cur.section.heading.label, amount: cur.section.heading.amount, row: cur.section.heading.row, heading: 'section', section: cur.section });
      cur.section.heading = null;
    }
  };
  const openSection = (r: TableRow, withAmount: boolean) => {
    closeSection();
    const lab = label(r);
    const numberingText = r.numbering && r.numbering.style !== 'bullet' ? r.numbering.text : '';
    cur.section = {
      index: state.sections.length,
      label: numberingText || (style === 'keyword' ? String(state.sections.length + 1) : ''),
      id: sectionIdOf(r.numbering, r.folded),
      title: lab,
      lines: [],
      adjustments: [],
      atoms: [],
      heading: withAmount ? { label: lab, amount: amountOf(r), row: r.row } : null,
    };
    state.sections.push(cur.section);
  };
  const ensureSection = (r: TableRow): SectionState => {
    if (cur.section) return cur.section;
    cur.section = { index: state.sections.length, label: '', id: null, title: { at: cells.at(r.row, contentCol), text: '' }, lines: [], adjustments: [], atoms: [], heading: null };
    state.sections.push(cur.section);
    return cur.section;
  };
  const addAtom = (kind: Atom['kind'], num: ReadNumber, ref: Atom['ref'], r: TableRow, sec: SectionState) => {
    const atom: Atom = { id: state.atoms.length, kind, num, value: num.value === null ? null : new Decimal(num.value), section: sec, hidden: r.hidden, ref, row: r.row };
    state.atoms.push(atom);
    sec.atoms.push(atom.id);
    if (cur.group && cur.group.section === sec && kind !== 'vat') cur.group.atoms.push(atom.id);
    return atom;
  };

  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const topLevel = r.numbering !== null && style !== null && style !== 'keyword' && r.numbering.style === style && (style !== 'digits' || r.numbering.depth === 1);
    if (breakdown && (r.kind === 'sum' || r.kind === 'vat' || r.kind === 'heading' || r.kind === 'rounding' || r.kind === 'final' || (r.numbering && r.numbering.style !== 'bullet' && r.numbering.style !== 'lower'))) breakdown = false;
    if (breakdown && (r.kind === 'line' || r.kind === 'amount' || r.kind === 'note')) {
      skipped.push({ at: label(r).at, text: r.label });
      continue;
    }
    switch (r.kind) {
      case 'heading': {
        if (topLevel) openSection(r, r.amount.kind !== 'empty');
        else if (style === null && !cur.section && r.numbering?.style === 'digits' && r.numbering.depth === 1 && !hasChildren(rows, i)) openSection(r, r.amount.kind !== 'empty');
        else {
          closeGroup();
          const sec = ensureSection(r);
          cur.group = { atoms: [], heading: r.amount.kind !== 'empty' ? { label: label(r), amount: amountOf(r), row: r.row } : null, section: sec };
        }
        break;
      }
      case 'note': {
        if (style === 'keyword' && !r.stt && sectionKeywords.some(([, ws]) => ws.some((w) => r.folded.startsWith(w) || r.folded.includes(' ' + w))) && rows[i + 1]?.kind === 'line') {
          openSection(r, false);
        }
        break;
      }
      case 'amount': {
        // Under the totals — after a rounding row, or equal to the grand total within the rounding — a row with an
        // amount and a label of its own ("Số tiền đề nghị", "Kinh phí thực hiện") is the final amount, not a new part.
        if (finalAmount === null && !topLevel && (rounding !== null || (cur.section === null && looksLikeFinal(amountOf(r), state.resolved)))) {
          finalAmount = amountOf(r);
          break;
        }
        if (topLevel) {
          openSection(r, true);
          break;
        }
        if (hasChildren(rows, i)) {
          closeGroup();
          const sec = ensureSection(r);
          cur.group = { atoms: [], heading: { label: label(r), amount: amountOf(r), row: r.row }, section: sec };
          break;
        }
        const sec = ensureSection(r);
        const adj: SubmittedAdjustment = { label: label(r), amount: amountOf(r, false) };
        sec.adjustments.push(adj);
        addAtom('adjustment', adj.amount, adj, r, sec);
        break;
      }
      case 'line': {
        const sec = ensureSection(r);
        const line = buildLine(tc, cells, header, r, sec.id, { priceScale, amountScale, ...(opts.codeCol !== undefined ? { codeCol: opts.codeCol } : {}) });
        sec.lines.push(line);
        addAtom('line', line.amount, line, r, sec);
        // Rows right under a line whose amounts add up to it exactly are its breakdown (Nhân công, Vật tư …).
        const parts = breakdownRows(rows, i, line.amount.value, tc, header, amountScale);
        if (parts > 0) {
          for (let k = 1; k <= parts; k++) skipped.push({ at: label(rows[i + k]!).at, text: rows[i + k]!.label });
          i += parts;
        }
        break;
      }
      case 'breakdown':
        breakdown = true;
        skipped.push({ at: label(r).at, text: r.label });
        break;
      case 'sum': {
        const sl = r.sumLabel!;
        const named = opts.named.get(cellAddress(r.row, header.amount.col));
        if (sl.kind === 'total' || (sl.sections && cur.section && !sl.sections.includes(cur.section.label)) || named?.kind === 'grandTotal') closeSection();
        else {
          closeGroup();
          settleLumpSum();
        }
        resolveSum(state, { label: label(r), amount: amountOf(r), row: r.row, sumLabel: sl, section: cur.section });
        break;
      }
      case 'vat': {
        closeGroup();
        settleLumpSum();
        const vat = readVatRow(tc, cells, header, r, label(r), amountScale);
        const sec = ensureSection(r);
        const atom = addAtom('vat', vat.amount, vat, r, sec);
        resolveVat(state, vat, atom, cur.section);
        break;
      }
      case 'rounding':
      case 'final': {
        closeSection();
        const n = amountOf(r);
        const isFinal = r.kind === 'final' || looksLikeFinal(n, state.resolved);
        if (isFinal) finalAmount = n;
        else rounding = n;
        break;
      }
    }
  }
  closeSection();

  // Hidden lines that no sum counts are not part of the estimate.
  const counted = new Set<number>();
  for (const s of state.resolved) for (const a of s.atoms) counted.add(a);
  if (state.resolved.length > 0) {
    for (const a of state.atoms) {
      if (!a.hidden || counted.has(a.id) || a.kind === 'vat') continue;
      const sec = a.section;
      if (a.kind === 'line') sec.lines = sec.lines.filter((l) => l !== a.ref);
      else sec.adjustments = sec.adjustments.filter((x) => x !== a.ref);
      findings.push(readFinding('ROW_NOT_COUNTED', cells.at(a.row, contentCol), { row: a.row, label: cells.text(a.row, contentCol) }));
    }
  }
  const read = assemble(state, tc, findings, skipped, rounding, finalAmount);
  // A section without a VAT row may state its basis on its own rows (the Ghi chú of its "Cộng").
  const noteCols = [header.note?.col, header.explanation?.col].filter((c): c is number => c !== undefined);
  state.sections.forEach((sec, i) => {
    const out = read.sections[i]!;
    if (out.vat || !noteCols.length || sec.atoms.some((id) => state.atoms[id]!.kind === 'vat')) return;
    const own = new Set(sec.atoms);
    const rows = new Set(sec.atoms.map((id) => state.atoms[id]!.row));
    for (const r of state.resolved) if (r.atoms.size > 0 && [...r.atoms].every((id) => own.has(id))) rows.add(r.row);
    for (const row of [...rows].sort((a, b) => a - b)) {
      for (const c of noteCols) {
        const text = cells.text(row, c);
        if (text && isVatStatement(text)) {
          out.vatNote = { at: cells.at(row, c), text };
          return;
        }
      }
    }
  });
  return read;
}

/** A note about VAT: "thuế" (tax — not "thuê", hire: compared before folding), "GTGT", "giá trị gia tăng", "VAT". */
function isVatStatement(text: string): boolean {
  const t = text.toLowerCase();
  return t.length < 300 && (/thuế|gtgt|giá trị gia tăng/.test(t) || /(^|[^\p{L}])vat([^\p{L}]|$)/u.test(t));
}

/** A "Làm tròn" row that states the rounded amount itself (within 1.000 đ of the total) rather than the adjustment. */
function looksLikeFinal(n: ReadNumber, resolved: readonly Resolved[]): boolean {
  const total = [...resolved].reverse().find((s) => s.sum.role === 'total');
  if (n.value === null || total?.sum.amount.value == null) return false;
  const v = new Decimal(n.value);
  return v.abs().gte(1000) && v.sub(total.sum.amount.value).abs().lt(1000);
}

function buildLine(
  tc: TableCells,
  cells: SheetCells,
  header: TableHeader,
  r: TableRow,
  section: SectionId | null,
  o: { priceScale: number; amountScale: number; codeCol?: number },
): SubmittedLine {
  const contentCol = header.content.col;
  const quantityAlt = useAlternative(tc, r.row, header, o);
  const quantity = tc.number(r.row, header.quantity?.col, contentCol, { alternative: quantityAlt.quantity });
  const unitPrice = tc.number(r.row, header.price?.col, contentCol, { scale: o.priceScale, alternative: quantityAlt.price });
  const amount = tc.number(r.row, header.amount.col, contentCol, { scale: o.amountScale, formulaExpected: true });
  const unit = tc.text(r.row, header.unit?.col, contentCol);
  const coefficients: ReadFactor[] = header.coefficients.map((h) => ({ name: h.name, value: tc.number(r.row, h.col, contentCol) }));
  const parts: ReadFactor[] = header.parts.map((h) => ({ name: h.name, value: tc.number(r.row, h.col, contentCol, { scale: h.scale ?? o.priceScale }) }));
  const line: SubmittedLine = {
    section,
    stt: tc.text(r.row, header.stt?.col, contentCol),
    content: { at: cells.at(r.row, contentCol), text: cells.text(r.row, contentCol) },
    unit,
    unitCode: readUnit(unit.text).code,
    quantity,
    unitPrice,
    amount,
    note: tc.text(r.row, header.note?.col, contentCol),
    itemCode: o.codeCol !== undefined ? tc.text(r.row, o.codeCol, contentCol) : null,
  };
  if (coefficients.length) line.coefficients = coefficients;
  if (parts.length) line.parts = parts;
  if (r.hidden) line.hidden = true;
  return line;
}

/**
 * For an ambiguous text number ("1,234") in the quantity or price: take its other reading when that one, and not
 * the Vietnamese one, explains the amount.
 */
function useAlternative(tc: TableCells, row: number, header: TableHeader, o: { priceScale: number; amountScale: number }): { quantity: boolean; price: boolean } {
  const none = { quantity: false, price: false };
  if (!header.quantity || !header.price) return none;
  const q = tc.reading(row, header.quantity.col);
  const p = tc.reading(row, header.price.col);
  const a = tc.reading(row, header.amount.col);
  if (q.kind !== 'number' || p.kind !== 'number' || a.kind !== 'number') return none;
  if (q.alternative === undefined && p.alternative === undefined) return none;
  const amount = new Decimal(a.value).mul(o.amountScale);
  const fits = (qv: string, pv: string) => new Decimal(qv).mul(pv).mul(o.priceScale).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).eq(amount);
  if (fits(q.value, p.value)) return none;
  if (q.alternative !== undefined && fits(q.alternative, p.value)) return { quantity: true, price: false };
  if (p.alternative !== undefined && fits(q.value, p.alternative)) return { quantity: false, price: true };
  if (q.alternative !== undefined && p.alternative !== undefined && fits(q.alternative, p.alternative)) return { quantity: true, price: true };
  return none;
}

/** How many rows right under line i break it down: unnumbered (or bulleted) rows whose amounts add up to it. */
function breakdownRows(rows: readonly TableRow[], i: number, amount: string | null, tc: TableCells, header: TableHeader, scale: number): number {
  if (amount === null) return 0;
  let sum = new Decimal(0);
  let k = 0;
  for (let j = i + 1; j < rows.length && j <= i + 8; j++) {
    const r = rows[j]!;
    const n = r.numbering;
    if ((r.kind !== 'line' && r.kind !== 'amount') || (n !== null && n.style !== 'bullet' && n.style !== 'lower') || r.amount.kind !== 'number') break;
    sum = sum.add(new Decimal(r.amount.value).mul(scale));
    k++;
    if (k >= 2 && sum.eq(amount)) return k;
  }
  void tc;
  void header;
  return 0;
}

/** The percentage a VAT formula multiplies by: =ROUND(F12*10%,0), =F12*0,1 / 0.08, =F12*8/100; null otherwise. */
function formulaRate(formula: string): string | null {
  const f = formula.replace(/\s+/g, '');
  const pct = /\*(\d+(?:[.,]\d+)?)%/.exec(f) ?? /^=?(?:ROUND\()?(\d+(?:[.,]\d+)?)%\*/i.exec(f);
  if (pct) return new Decimal(pct[1]!.replace(',', '.')).toString();
  const div = /\*(\d+(?:[.,]\d+)?)\/100(?![\d.])/.exec(f);
  if (div) return new Decimal(div[1]!.replace(',', '.')).toString();
  const frac = /\*(0[.,]\d+)(?![\d.%])/.exec(f);
  if (frac) return new Decimal(frac[1]!.replace(',', '.')).mul(100).toString();
  return null;
}

/** A VAT row: its rate (a rate cell — Excel keeps 10% as 0,1 —, "10%" typed, the label "Thuế GTGT 10%"), basis and amount. */
function readVatRow(tc: TableCells, cells: SheetCells, header: TableHeader, r: TableRow, lab: ReadText, scale: number): SubmittedVat {
  const contentCol = header.content.col;
  const amount = tc.number(r.row, header.amount.col, contentCol, { scale, formulaExpected: true });
  const noted = tc.text(r.row, header.note?.col, contentCol);
  // The basis is the Ghi chú; without one, the Diễn giải column of the VAT row ("Thuê đơn vị dịch vụ thực hiện").
  const explained = noted.text.trim() === '' && header.explanation ? tc.text(r.row, header.explanation.col, contentCol) : null;
  const basis = explained && explained.text.trim() !== '' ? explained : noted;
  const rateCols = [header.quantity?.col, ...header.coefficients.map((h) => h.col), header.price?.col, header.unit?.col].filter((c): c is number => c !== undefined);
  for (const c of rateCols) {
    const t = cells.text(r.row, c);
    const v = cells.value(r.row, c);
    if (typeof v === 'number' && v >= 0 && v <= 1 && Number.isFinite(v)) {
      const n = tc.number(r.row, c, contentCol);
      return { label: lab, rate: { at: n.at, value: new Decimal(n.value!).mul(100).toString(), raw: n.raw }, basis, amount };
    }
    const pm = /^(\d+(?:[.,]\d+)?)\s*%$/.exec(t);
    if (pm) return { label: lab, rate: { at: cells.at(r.row, c), value: new Decimal(pm[1]!.replace(',', '.')).toString(), raw: t }, basis, amount };
  }
  const m = /(\d+(?:[.,]\d+)?)\s*%/.exec(lab.text);
  if (m) return { label: lab, rate: { at: lab.at, value: new Decimal(m[1]!.replace(',', '.')).toString(), raw: `${m[1]}%` }, basis, amount };
  // A bare "Thuế" label: the rate written beside it ("GTGT 10%" in Ghi chú), else the one its formula multiplies by.
  const nm = /(\d+(?:[.,]\d+)?)\s*%/.exec(basis.text);
  if (nm) return { label: lab, rate: { at: basis.at, value: new Decimal(nm[1]!.replace(',', '.')).toString(), raw: `${nm[1]}%` }, basis, amount };
  const fr = amount.formula ? formulaRate(amount.formula) : null;
  if (fr !== null) return { label: lab, rate: { at: amount.at, value: fr, raw: amount.formula! }, basis, amount };
  for (const c of rateCols) {
    const v = cells.value(r.row, c);
    if (typeof v === 'number' && Number.isFinite(v) && v > 1 && v <= 100) return { label: lab, rate: { at: cells.at(r.row, c), value: tc.number(r.row, c, contentCol).value, raw: cells.text(r.row, c) }, basis, amount };
  }
  return { label: lab, rate: { at: lab.at, value: null, raw: '' }, basis, amount };
}

function assemble(
  state: ScopeState,
  tc: TableCells,
  findings: Finding[],
  skipped: TableRead['skipped'],
  rounding: ReadNumber | null,
  finalAmount: ReadNumber | null,
): TableRead {
  const sums = state.resolved.map((r) => r.sum);
  const allLines = new Set(state.atoms.filter((a) => a.kind !== 'vat').map((a) => a.id));
  const allAtoms = new Set(state.atoms.map((a) => a.id));
  const sameSet = (a: ReadonlySet<number>, b: ReadonlySet<number>) => a.size === b.size && [...a].every((x) => b.has(x));
  const hasVat = state.atoms.some((a) => a.kind === 'vat');
  let grandTotal: ReadNumber | null = null;
  let totalBeforeVat: ReadNumber | null = null;
  let vatTotal: ReadNumber | null = null;
  for (const r of state.resolved) {
    if (r.heading) continue;
    if (r.sum.role === 'vatTotal') vatTotal = r.sum.amount;
    else if (allAtoms.size > 0 && sameSet(r.atoms, allAtoms) && (r.sum.role === 'total' || state.sections.length <= 1)) grandTotal = r.sum.amount;
    else if (hasVat && sameSet(r.atoms, allLines) && r.sum.role === 'total') totalBeforeVat = r.sum.amount;
  }
  if (grandTotal && finalAmount && grandTotal === finalAmount) finalAmount = null;
  const sections: SubmittedSection[] = state.sections.map((s) => {
    const lineIds = new Set(s.atoms.filter((id) => state.atoms[id]!.kind !== 'vat'));
    const all = new Set(s.atoms);
    let subtotal: ReadNumber | null = null;
    let total: ReadNumber | null = null;
    for (const r of state.resolved) {
      if (lineIds.size > 0 && sameSet(r.atoms, lineIds) && !r.heading && r.sum.role === 'subtotal' && !subtotal) subtotal = r.sum.amount;
      else if (lineIds.size > 0 && sameSet(r.atoms, lineIds) && r.heading && !subtotal && !s.atoms.some((id) => state.atoms[id]!.kind === 'vat')) subtotal = r.sum.amount;
      if (all.size > lineIds.size && sameSet(r.atoms, all) && !total) total = r.sum.amount;
    }
    const vat = state.vats.find((v) => s.atoms.includes(v.atom.id))?.vat ?? null;
    return {
      id: s.id,
      label: s.label,
      title: s.title,
      lines: s.lines,
      ...(s.adjustments.length ? { adjustments: s.adjustments } : {}),
      subtotal,
      vat,
      total,
    };
  });
  return {
    sheet: state.sheet,
    sections,
    sums,
    vats: state.vats.map((v) => v.vat),
    grandTotal,
    totalBeforeVat,
    vatTotal,
    rounding,
    finalAmount,
    findings: [...tc.findings, ...findings],
    skipped,
    cells: tc,
  };
}

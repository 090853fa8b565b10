import { foldText } from '../util/fold-text.ts';
import type { AgencyKind, AgencyMatch, AgencyRegistry, AgencyUnit, FormerUnit } from './types.ts';

interface Index {
  /** Folded name → current units (all kinds). */
  current: Map<string, AgencyUnit[]>;
  /** Folded former name → the former units and the units they were merged into. */
  former: Map<string, Array<{ unit: AgencyUnit; former: FormerUnit }>>;
}

const indexes = new WeakMap<AgencyRegistry, Index>();

function indexOf(registry: AgencyRegistry): Index {
  let ix = indexes.get(registry);
  if (ix) return ix;
  ix = { current: new Map(), former: new Map() };
  const add = <T>(m: Map<string, T[]>, k: string, v: T) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  for (const u of registry.units) {
    const names = new Set([foldText(u.name), stripped(u.label).name, ...u.aliases.map((a) => foldText(a))]);
    for (const n of names) add(ix.current, n, u);
    for (const f of u.formerUnits) add(ix.former, foldText(f.name), { unit: u, former: f });
  }
  indexes.set(registry, ix);
  return ix;
}

/** Words before the name: "UBND", "Ủy ban nhân dân" (any spelling), then the kind. Folded forms. */
const BODY = /^(?:ubnd|uy ban nhan dan|u ban nhan dan)\s+/;
const KINDS: ReadonlyArray<[RegExp, AgencyKind]> = [
  [/^(?:thi tran|tt\.?)\s+/, 'thi-tran'],
  [/^(?:phuong|p\.)\s*/, 'phuong'],
  [/^(?:xa|x\.)\s+/, 'xa'],
];
/** Words after the name that do not tell units apart: ", tỉnh Lào Cai". */
const PROVINCE = /\s+tinh lao cai$/;

/** The folded name of a typed unit, the kind word typed, and the bracketed qualifier. */
function stripped(typed: string): { name: string; kind?: AgencyKind; qualifier?: string } {
  let s = typed.normalize('NFC').trim();
  let qualifier: string | undefined;
  const q = /\(([^)]*)\)\s*$/u.exec(s);
  if (q) {
    qualifier = foldText(q[1]);
    s = s.slice(0, q.index);
  }
  let f = foldText(s).replace(BODY, '').replace(PROVINCE, '');
  let kind: AgencyKind | undefined;
  for (const [re, k] of KINDS) {
    if (re.test(f)) {
      kind = k;
      f = f.replace(re, '');
      break;
    }
  }
  return { name: f.replace(/^[.\s]+|[.\s]+$/g, ''), ...(kind ? { kind } : {}), ...(qualifier ? { qualifier } : {}) };
}

const distinct = (list: readonly AgencyUnit[]) => [...new Map(list.map((u) => [u.id, u])).values()];

/**
 * Match a typed unit name against a registry (đối chiếu tên đơn vị): with or without "UBND" / "Ủy ban nhân dân",
 * with or without "xã" / "phường", with or without diacritics, NFC or NFD, any case. A current unit's name wins;
 * else a former unit's name (a unit merged on 01/7/2025) gives the unit it was merged into, flagged `former`;
 * a name that stands for several units is `ambiguous`; anything else `unknown`. Departments match by their name
 * or one of the user's other spellings. Pure; the registry's index is built once.
 */
export function matchAgency(typed: string, registry: AgencyRegistry): AgencyMatch {
  const raw = typed.normalize('NFC').trim();
  const s = stripped(raw);
  if (!s.name) return { status: 'unknown', text: raw };
  const m = matchStripped(raw, s, indexOf(registry));
  // A name that itself starts like a kind word ("Xà Hồ" folds to "xa ho"): read it again without taking the kind.
  if (m.status === 'unknown' && s.kind) {
    const whole = { name: foldText(raw).replace(BODY, '').replace(PROVINCE, ''), ...(s.qualifier ? { qualifier: s.qualifier } : {}) };
    return matchStripped(raw, whole, indexOf(registry));
  }
  return m;
}

function matchStripped(raw: string, s: { name: string; kind?: AgencyKind; qualifier?: string }, ix: Index): AgencyMatch {
  const spelling = (u: AgencyUnit): 'exact' | 'folded' => ([u.name, ...u.aliases].some((n) => raw.toLowerCase().includes(n.toLowerCase())) ? 'exact' : 'folded');
  const current = ix.current.get(s.name) ?? [];
  const former = (ix.former.get(s.name) ?? []).filter((f) => !s.qualifier || !f.former.qualifier || foldText(f.former.qualifier) === s.qualifier);

  const ofKind = s.kind ? current.filter((u) => u.kind === s.kind) : current;
  if (ofKind.length === 1) return { status: 'current', unit: ofKind[0]!, spelling: spelling(ofKind[0]!) };
  if (ofKind.length > 1) return { status: 'ambiguous', candidates: distinct(ofKind) };

  const formerOfKind = s.kind ? former.filter((f) => f.former.kind === s.kind) : former;
  const targets = distinct(formerOfKind.map((f) => f.unit));
  if (targets.length === 1) return { status: 'former', unit: targets[0]!, former: formerOfKind[0]!.former };
  if (targets.length > 1) return { status: 'ambiguous', candidates: targets };

  // A kind word that does not fit ("phường Bảo Hà"): the unit of that name, with the kind typed noted.
  if (current.length === 1) return { status: 'current', unit: current[0]!, spelling: spelling(current[0]!), kindTyped: s.kind! };
  if (current.length > 1) return { status: 'ambiguous', candidates: distinct(current) };
  return { status: 'unknown', text: raw };
}

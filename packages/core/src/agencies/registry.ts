import * as z from 'zod';
import { laoCaiCommunes2025, laoCaiCommunes2025Source } from '../data/agencies/lao-cai-2025.ts';
import { render } from '../locale/render.ts';
import { provenanceSchema, type Provenance } from '../model/provenance.ts';
import { text } from '../model/fields.ts';
import { foldText } from '../util/fold-text.ts';
import { validate } from '../util/validate.ts';
import { parseFormerUnits } from './former-units.ts';
import type { AgencyKind, AgencyRegistry, AgencyUnit, FormerUnit } from './types.ts';

/** The kind word shown before a name: "xã Bảo Hà"; departments carry their own ("Sở Nội vụ"). */
export const kindWords: Record<AgencyKind, string> = { xa: 'xã', phuong: 'phường', 'thi-tran': 'thị trấn', 'co-quan': '' };

const labelOf = (kind: AgencyKind, name: string) => (kindWords[kind] ? `${kindWords[kind]} ${name}` : name);
const idOf = (kind: AgencyKind, name: string) => `${kind}-${foldText(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

function unit(kind: AgencyKind, name: string, provenance: Provenance, extra: { aliases?: readonly string[]; formerUnits?: readonly FormerUnit[]; formedFrom?: string } = {}): AgencyUnit {
  const n = name.normalize('NFC').trim();
  return {
    id: idOf(kind, n),
    kind,
    name: n,
    label: labelOf(kind, n),
    aliases: (extra.aliases ?? []).map((a) => a.normalize('NFC').trim()).filter(Boolean),
    formerUnits: extra.formerUnits ?? [],
    ...(extra.formedFrom ? { formedFrom: extra.formedFrom } : {}),
    provenance,
  };
}

let laoCai: AgencyRegistry | undefined;

/**
 * The 99 commune-level units of Lào Cai from 01/7/2025 (89 xã, 10 phường), each with the former units merged
 * into it, from NQ 1673/NQ-UBTVQH15 (data/agencies/lao-cai-2025.ts). Built once.
 */
export function laoCaiRegistry(): AgencyRegistry {
  if (laoCai) return laoCai;
  const s = laoCaiCommunes2025Source;
  laoCai = {
    id: 'lao-cai-cap-xa-2025',
    title: render('AGENCY_REGISTRY_LAO_CAI', {}),
    sample: false,
    provenance: { doc: s.doc, where: 'Điều 1, khoản 1–92', status: s.status, note: s.note },
    units: laoCaiCommunes2025.map((r) =>
      unit(r.kind, r.name, { doc: s.doc, where: r.clause === null ? 'Điều 1, khoản 92 (xã không thực hiện sắp xếp)' : `Điều 1, khoản ${r.clause}`, status: s.status }, {
        formerUnits: r.formedFrom ? parseFormerUnits(r.formedFrom) : [],
        ...(r.formedFrom ? { formedFrom: r.formedFrom } : {}),
      }),
    ),
  };
  return laoCai;
}

const kindSchema = z.enum(['xa', 'phuong', 'thi-tran', 'co-quan']);
const formerSchema = z.object({ kind: z.enum(['xa', 'phuong', 'thi-tran']), name: text(1, 120), qualifier: text(1, 120).optional() });

/** A list of units given by the user as JSON (danh sách đơn vị tự khai): a fictional province, another province. */
export const registryFileSchema = z.object({
  id: text(1, 80),
  title: text(1, 300),
  sample: z.boolean().default(false),
  provenance: provenanceSchema,
  units: z
    .array(z.object({ kind: kindSchema, name: text(1, 200), aliases: z.array(text(1, 200)).default([]), formerUnits: z.array(formerSchema).default([]) }))
    .min(1)
    .max(100_000),
});
export type RegistryFile = z.input<typeof registryFileSchema>;

/** A registry from a user's JSON list (validated; Vietnamese messages with the field path). */
export function registryFromJson(data: unknown): AgencyRegistry {
  const r = validate(registryFileSchema, data, render('AGENCY_REGISTRY_WHAT', {}));
  const prov: Provenance = r.sample ? { ...r.provenance, status: 'sample' } : r.provenance;
  return {
    id: r.id,
    title: r.sample && !r.title.includes('MẪU') ? `MẪU — ${r.title}` : r.title,
    sample: r.sample,
    provenance: prov,
    units: r.units.map((x) => unit(x.kind, x.name, prov, { aliases: x.aliases, formerUnits: x.formerUnits.map((f) => ({ ...f })) })),
  };
}

/**
 * Departments and other bodies (sở, ban, ngành) from a text the user gives: one per line, other spellings after
 * "|" ("Sở Văn hóa, Thể thao và Du lịch | Sở VHTTDL"); empty lines and lines starting with "#" are skipped.
 */
export function departmentsFromText(textContent: string, source: string): AgencyUnit[] {
  const prov: Provenance = { doc: source, where: 'danh sách do người dùng nhập', status: 'user' };
  const out: AgencyUnit[] = [];
  for (const line of textContent.normalize('NFC').split(/\r?\n/)) {
    const s = line.trim();
    if (!s || s.startsWith('#')) continue;
    const [name, ...aliases] = s.split('|').map((x) => x.trim());
    if (name) out.push(unit('co-quan', name, prov, { aliases }));
  }
  return out;
}

/** The registry with more units added (departments from the user's list). */
export function withUnits(registry: AgencyRegistry, more: readonly AgencyUnit[]): AgencyRegistry {
  return { ...registry, units: [...registry.units, ...more] };
}

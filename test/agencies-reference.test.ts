/**
 * The list of units in the code (packages/core/src/data/agencies) against the reference copy of NQ
 * 1673/NQ-UBTVQH15 (../shared/reference/lao-cai-don-vi-cap-xa.md), read here by its own simple parsing: the same
 * 99 names in the same order, the same kind, the same "sắp xếp từ" words. In CI the reference must be there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { laoCaiCommunes2025 } from '../packages/core/src/index.ts';

const repoRoot = resolve(new URL('.', import.meta.url).pathname, '..');
const candidates = ['../shared/reference/lao-cai-don-vi-cap-xa.md', '../../shared/reference/lao-cai-don-vi-cap-xa.md'].map((p) => resolve(repoRoot, p));
const reference = candidates.find((p) => existsSync(p));
if (!reference && process.env.CI === 'true') throw new Error(`Thiếu ${candidates[0]} trên máy CI.`);

describe.skipIf(!reference)('the 99 units against the reference copy of NQ 1673/NQ-UBTVQH15', () => {
  const text = reference ? readFileSync(reference, 'utf8').normalize('NFC') : '';
  const section = (title: string) => text.split('\n## ').find((s) => s.startsWith(title)) ?? '';
  const listed = (title: string) => [...section(title).matchAll(/^\d+\. (xã|phường) (.+)$/gm)].map((m) => `${m[1]} ${m[2]!.trim()}`);
  const table = new Map([...text.matchAll(/^\| (\d+) \| (?:xã|phường) ([^|]+?) \| ([^|]+?) \|$/gm)].map((m) => [Number(m[1]), m[3]!.trim()]));

  it('the same units, in the order of the clauses', () => {
    const ref = [...listed('Xã hình thành'), ...listed('Phường hình thành'), ...listed('Xã không thực hiện')];
    expect(ref).toHaveLength(99);
    expect(laoCaiCommunes2025.map((u) => `${u.kind === 'xa' ? 'xã' : 'phường'} ${u.name}`)).toEqual(ref);
  });

  it('the same words for what each unit was formed from, clause by clause', () => {
    expect(table.size).toBe(91);
    for (const u of laoCaiCommunes2025) {
      if (u.clause === null) expect(u.formedFrom).toBeNull();
      else expect(u.formedFrom, `khoản ${u.clause}`).toBe(table.get(u.clause));
    }
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areas, catalogue, render, type Locale, type MessageCode } from '../../src/index.ts';
import { samples, samplesOf } from './samples.ts';

const codes = Object.keys(catalogue.vi) as MessageCode[];
const locales: Locale[] = ['vi', 'en'];

describe('message catalogue', () => {
  it('every code has a sentence in every locale, and nothing else', () => {
    for (const l of locales) expect(Object.keys(catalogue[l]).sort()).toEqual([...codes].sort());
    for (const a of areas) expect(Object.keys(a.en).sort(), a.name).toEqual(Object.keys(a.vi).sort());
    for (const l of locales) for (const c of codes) expect(typeof catalogue[l][c], `${l}.${c}`).toBe('function');
  });

  it('no code is declared by two areas', () => {
    const owner = new Map<string, string>();
    for (const a of areas) {
      for (const c of Object.keys(a.vi)) {
        expect(owner.get(c), `${c} in ${a.name}`).toBeUndefined();
        owner.set(c, a.name);
      }
    }
    expect(owner.size).toBe(codes.length);
  });

  it('codes are UPPER_SNAKE_CASE', () => {
    for (const c of codes) expect(c).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
  });

  it('every code has sample parameters (the samples table lists no stale code)', () => {
    expect(Object.keys(samples).sort()).toEqual([...codes].sort());
  });

  it('every sentence renders in every locale, non-empty, NFC, without a placeholder left unfilled', () => {
    for (const c of codes) {
      for (const p of samplesOf(c)) {
        for (const l of locales) {
          const s = render(c, p as never, l);
          expect(s.trim(), `${l}.${c}`).not.toBe('');
          expect(s, `${l}.${c}`).toBe(s.normalize('NFC'));
          expect(s, `${l}.${c}`).not.toMatch(/undefined|\[object Object\]|NaN|\$\{/);
        }
      }
    }
  });
});

/** Words of Vietnamese typed without diacritics; none may appear in a Vietnamese sentence. */
// Only words that are never correct without their marks ("ghi", "cho", "trang", "sai", "hai" are correct as they are).
const unaccented = [
  'khong', 'duoc', 'tien', 'don gia', 'so tien', 'hang muc', 'phai', 'nhap', 'loi', 'cua', 'chua', 'thieu', 'khac',
  'thue', 'tep', 'neu', 'hoac', 'mot', 'nhieu', 'ho so', 'van ban', 'khoi luong', 'thanh tien', 'du toan', 'lam tron',
  'nguoi', 'ngay', 'gia tri', 'vi tri', 'du lieu', 'hop le', 'doc', 'viet', 'chinh ly', 'so hoa', 'bang chu',
];
const unaccentedRe = new RegExp(`(^|[^\\p{L}])(${unaccented.map((w) => w.replace(' ', '\\s+')).join('|')})(?=$|[^\\p{L}])`, 'iu');

/** Text inside quotes or «» is what the user typed or a code (kept as given), not our wording. */
function ownWording(s: string): string {
  return s.replace(/"[^"]*"|«[^»]*»|`[^`]*`/g, ' ').replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, ' ').replace(/\bdutoan\b[^;,.]*/g, ' ');
}

describe('Vietnamese sentences', () => {
  it('have full diacritics: no word of the unaccented-Vietnamese list', () => {
    const bad: string[] = [];
    for (const c of codes) for (const p of samplesOf(c)) {
      const s = ownWording(render(c, p as never, 'vi'));
      const m = unaccentedRe.exec(s);
      if (m) bad.push(`${c}: "${m[2]}" in ${s}`);
    }
    expect(bad).toEqual([]);
  });

  it('the word list itself catches an unaccented sentence (the check can fail)', () => {
    expect(unaccentedRe.test(ownWording('Don gia khong duoc de trong.'))).toBe(true);
    expect(unaccentedRe.test(ownWording('Đơn giá không được để trống.'))).toBe(false);
  });
});

/** Source files outside the locale tables (where a code is raised or handled). */
function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'locale' || name === 'test') continue;
    if (statSync(p).isDirectory()) sources(p, out);
    else if (/\.ts$/.test(name)) out.push(p);
  }
  return out;
}

describe('every message is used', () => {
  const root = new URL('../../../', import.meta.url).pathname; // packages/
  const text = ['core', 'xlsx', 'cli', 'excel-addin']
    .flatMap((p) => sources(join(root, p, 'src')))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  /** Codes used only by the locale layer itself (composing an error's lines, zod's own issues). */
  const usedByLocale = new Set<string>(['ISSUE_AT', 'INPUT_SCHEMA']);

  it('each code appears as a string literal in the sources (no dead key)', () => {
    const dead = codes.filter((c) => !usedByLocale.has(c) && !new RegExp(`['"\`]${c}['"\`]`).test(text));
    expect(dead).toEqual([]);
  });

  it('the codes used by the locale layer are really used there', () => {
    const locale = readdirSync(join(root, 'core/src/locale')).map((f) => readFileSync(join(root, 'core/src/locale', f), 'utf8')).join('\n');
    for (const c of usedByLocale) expect(locale.match(new RegExp(`['"]${c}['"]`, 'g'))?.length ?? 0, c).toBeGreaterThan(0);
  });
});

describe('the lower layers import no text', () => {
  const src = new URL('../../src/', import.meta.url).pathname;
  const files = [
    ...['money', 'model'].flatMap((d) => readdirSync(join(src, d)).map((f) => join(src, d, f))),
    join(src, 'errors.ts'),
    join(src, 'render-hook.ts'),
    join(src, 'util/validate.ts'),
  ].filter((f) => f.endsWith('.ts'));

  it('money/, model/, errors.ts, util/validate.ts import nothing from locale/ or messages/ at run time (types only)', () => {
    const bad: string[] = [];
    for (const f of files) {
      for (const m of readFileSync(f, 'utf8').matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
        if (!m[1] && /\/(locale|messages)\//.test(m[2]!)) bad.push(`${f.slice(src.length)} → ${m[2]}`);
      }
    }
    expect(files.length).toBeGreaterThan(10);
    expect(bad).toEqual([]);
  });
});

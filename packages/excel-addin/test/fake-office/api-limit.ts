/**
 * The fake host as an older Excel: every member of the adapter's subset (src/office/excel-api.ts) that belongs to
 * a requirement set above the Excel's version fails, with Office's error code ApiNotFound — so a browser test
 * run "as Excel 2019" proves the pane never touches an ExcelApi 1.8 member there. (Real Excel fails at the next
 * sync; the fake fails at once, which names the member.) The map of members to sets comes from Microsoft's
 * typings (test/support/api-sets.ts, run in Node and handed to the page as JSON). Runs in Node and the browser.
 */
import { compareApiVersions as compare } from '../../src/office/requirements.ts';
import { FakeOfficeError } from './fake-excel.ts';

/** Per subset interface: its Office.js class, each member's set, parameter sets, and the interface a member leads to. */
export type ApiSetMap = Record<string, {
  office: string;
  members: Record<string, string>;
  params: Record<string, Array<string | null>>;
  types: Record<string, string>;
}>;

export interface ApiLimit {
  /** Highest ExcelApi version the Excel reports, e.g. "1.7". */
  version: string;
  map: ApiSetMap;
}

/** The requirement-set version `version` supports `set`. */
export function versionCovers(version: string, set: string): boolean {
  return compare(set, version) <= 0;
}

/** `root` (a fake RequestContext) seen through the limit: members above `limit.version` throw ApiNotFound. */
export function limitApi<T extends object>(root: T, limit: ApiLimit, rootIface = 'XlRequestContext'): T {
  const cache = new WeakMap<object, unknown>();
  const check = (iface: string, member: string, set: string | undefined | null) => {
    if (!set || versionCovers(limit.version, set)) return;
    const office = limit.map[iface]?.office ?? iface;
    throw new FakeOfficeError('ApiNotFound', `${office}.${member} belongs to ExcelApi ${set}; this Excel reports ExcelApi ${limit.version}.`);
  };
  const wrap = (value: unknown, iface: string | undefined): unknown => {
    if (!iface || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((v) => wrap(v, iface));
    return proxy(value, iface);
  };
  const checkLoad = (iface: string, arg: unknown) => {
    const names: string[] = typeof arg === 'string' ? arg.split(',') : Array.isArray(arg) ? arg.flatMap((a) => String(a).split(',')) : [];
    for (const path of names) {
      let at: string | undefined = iface;
      for (const prop of path.trim().split('/')) {
        if (!at) break;
        check(at, prop, limit.map[at]?.members[prop]);
        at = limit.map[at]?.types[prop];
      }
    }
  };
  const proxy = (target: object, iface: string): object => {
    const known = cache.get(target);
    if (known) return known as object;
    const entry = limit.map[iface];
    const p = new Proxy(target, {
      get(t, prop) {
        const value = Reflect.get(t, prop, t) as unknown;
        if (typeof prop !== 'string' || !entry || !(prop in entry.members)) return value;
        check(iface, prop, entry.members[prop]);
        if (typeof value !== 'function') return wrap(value, entry.types[prop]);
        return (...args: unknown[]) => {
          (entry.params[prop] ?? []).forEach((set, i) => {
            if (i < args.length && args[i] !== undefined) check(iface, `${prop}(parameter ${i + 1})`, set);
          });
          if (prop === 'load') checkLoad(iface, args[0]);
          return wrap((value as (...a: unknown[]) => unknown).apply(t, args), entry.types[prop]);
        };
      },
      set(t, prop, value) {
        if (typeof prop === 'string' && entry && prop in entry.members) check(iface, prop, entry.members[prop]);
        return Reflect.set(t, prop, value, t);
      },
    });
    cache.set(target, p);
    return p;
  };
  return proxy(root, rootIface) as T;
}

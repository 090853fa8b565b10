/**
 * Bundled (esbuild, IIFE) and served in place of Microsoft's office.js in the browser tests: installs
 * `Office`, `Excel` and `OfficeRuntime` globals backed by the fake host, and exposes the host as
 * `window.__fakeExcel` so the test can inspect syncs and cells, or prepare and tamper with the workbook.
 */
import { limitApi, versionCovers, type ApiSetMap } from './api-limit.ts';
import { FakeExcelHost } from './fake-excel.ts';

/** Set by page.addInitScript to play an older Excel (harness.ts): what isSetSupported reports, members limited. */
interface FakeExcelApi {
  excelApi: string;
  /** CustomFunctionsRuntime version, or null when the Excel has no custom functions. */
  customFunctions: string | null;
  map: ApiSetMap;
}

interface FakeWindow {
  __fakeExcel: FakeExcelHost;
  __fakeExcelApi?: FakeExcelApi;
  /** Optional: set by page.addInitScript before office.js loads, to prepare the workbook. */
  __fakeExcelInit?: (host: FakeExcelHost) => void;
  Office: unknown;
  Excel: unknown;
  OfficeRuntime: unknown;
}

const w = window as unknown as FakeWindow;
const host = new FakeExcelHost();
w.__fakeExcel = host;
w.__fakeExcelInit?.(host);
const api = w.__fakeExcelApi;
if (api) host.contextView = (ctx) => limitApi(ctx, { version: api.excelApi, map: api.map });

const storage = new Map<string, string>();
const info = { host: 'Excel', platform: 'OfficeOnline' };
w.Office = {
  HostType: { Excel: 'Excel', Word: 'Word' },
  PlatformType: { OfficeOnline: 'OfficeOnline' },
  context: {
    displayLanguage: 'vi-VN',
    requirements: {
      // the fake implements ExcelApi up to 1.17 and CustomFunctionsRuntime 1.1, unless told to be an older Excel
      isSetSupported: (name: string, version: string | number = '1.1') => {
        const wanted = String(version);
        if (name === 'ExcelApi') return versionCovers(api?.excelApi ?? '1.17', wanted);
        if (name === 'CustomFunctionsRuntime') {
          const cf = api ? api.customFunctions : '1.1';
          return cf !== null && versionCovers(cf, wanted);
        }
        return false;
      },
    },
  },
  onReady: (cb?: (i: typeof info) => void) =>
    new Promise((resolve) => setTimeout(() => {
      cb?.(info);
      resolve(info);
    }, 0)),
};
w.Excel = { run: host.run };
w.OfficeRuntime = {
  storage: {
    getItem: async (k: string) => storage.get(k) ?? null,
    setItem: async (k: string, v: string) => void storage.set(k, v),
  },
};

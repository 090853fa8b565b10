/**
 * Bundled (esbuild, IIFE) and served in place of Microsoft's office.js in the browser tests: installs
 * `Office`, `Excel` and `OfficeRuntime` globals backed by the fake host, and exposes the host as
 * `window.__fakeExcel` so the test can inspect syncs and cells, or prepare and tamper with the workbook.
 */
import { FakeExcelHost } from './fake-excel.ts';

interface FakeWindow {
  __fakeExcel: FakeExcelHost;
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

const storage = new Map<string, string>();
const info = { host: 'Excel', platform: 'OfficeOnline' };
w.Office = {
  HostType: { Excel: 'Excel', Word: 'Word' },
  PlatformType: { OfficeOnline: 'OfficeOnline' },
  context: {
    displayLanguage: 'vi-VN',
    requirements: {
      // the fake implements ExcelApi up to 1.17 (versions compare part by part: 1.9 < 1.17)
      isSetSupported: (name: string, version = '1.1') => {
        const [major = 0, minor = 0] = version.split('.').map(Number);
        return name === 'ExcelApi' && (major < 1 || (major === 1 && minor <= 17));
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

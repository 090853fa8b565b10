/** Test entry to the fake Office host: the fake Excel API plus the Office/OfficeRuntime globals. */
import type { XlRequestContext, XlRun } from '../../src/office/excel-api.ts';
import { FakeExcelHost } from './fake-excel.ts';

export * from './fake-excel.ts';

/** The fake's `run`, typed as the adapter's Excel.run (the fake implements the subset structurally). */
export function fakeRun(host: FakeExcelHost): XlRun {
  return (batch) => host.run((ctx) => batch(ctx as unknown as XlRequestContext));
}

/// <reference types="office-js" />
// Compile-time proof that the real Office.js types satisfy the adapter's subset (src/office/excel-api.ts):
// if Microsoft's typings and our subset drift apart, `npm run typecheck` fails here.
import { describe, expect, it } from 'vitest';
import type { XlRequestContext, XlRun } from '../src/office/excel-api.ts';

function assertAssignable(ctx: Excel.RequestContext): XlRequestContext {
  return ctx;
}
function assertRun(run: typeof Excel.run): XlRun {
  return (batch) => run((ctx) => batch(ctx));
}

describe('Office.js type subset', () => {
  it('is structurally satisfied by Excel.RequestContext (checked by tsc)', () => {
    expect(typeof assertAssignable).toBe('function');
    expect(typeof assertRun).toBe('function');
  });
});

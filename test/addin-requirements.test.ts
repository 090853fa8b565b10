// The add-in's reach: the requirement sets it declares (packages/excel-addin/src/office/requirements.ts and
// manifest.xml) are exactly what its code needs — recomputed here from the sources and Microsoft's typings
// (packages/excel-addin/test/support/api-sets.ts) — and the fake host, playing an older Excel, refuses members
// above that Excel's version, so the limited runs (here and in test/addin-reach.test.ts) can fail.
import { builtinBooks, computeEstimate, loadPriceBook, planEstimateSheet, type EstimateInputJson } from '@dutoan/core';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOps } from '../packages/excel-addin/src/office/operations.ts';
import {
  compareApiVersions,
  CUSTOM_FUNCTIONS_SET,
  FEATURE_SETS,
  MANIFEST_EXCEL_API,
  OPERATION_SETS,
  PERPETUAL_EXCEL,
  type ExcelFeature,
  type OperationName,
} from '../packages/excel-addin/src/office/requirements.ts';
import { detectReach } from '../packages/excel-addin/src/taskpane/reach.ts';
import { limitApi, versionCovers } from '../packages/excel-addin/test/fake-office/api-limit.ts';
import { FakeExcelHost, fakeRun } from '../packages/excel-addin/test/fake-office/index.ts';
import { apiSetMap, apiUsage, maxVersion, officeApiSets, requiredSet, setOfUse } from '../packages/excel-addin/test/support/api-sets.ts';

const repoRoot = resolve(import.meta.dirname, '..');
const manifest = readFileSync(join(repoRoot, 'manifest.xml'), 'utf8');

/** The entry function of each operation (file relative to packages/excel-addin/src). */
const OPERATIONS: Record<OperationName, string> = {
  fillEstimate: 'office/fill-estimate.ts#fillEstimate',
  checkWorkbook: 'office/check-workbook.ts#checkWorkbook',
  writeWords: 'office/write-words.ts#writeWords',
  selectCell: 'office/navigate.ts#selectCell',
  listSheets: 'office/navigate.ts#listSheets',
  readEstimateSheet: 'office/read-estimate-sheet.ts#readEstimateSheet',
  readPriceSheet: 'office/read-price-sheet.ts#readPriceSheetBook',
};

/** The functions that implement each feature; the operations call them only when `supports(feature)`. */
const FEATURES: Record<ExcelFeature, string[]> = {
  usedValuesOnly: ['office/read-workbook.ts#usedValuesOnly'],
  protection: ['office/read-workbook.ts#queueProtection', 'office/read-workbook.ts#protectionState'],
  names: ['office/read-workbook.ts#queueNames', 'office/read-workbook.ts#sheetNamesOf', 'office/read-workbook.ts#namesOf'],
  marks: ['office/check-workbook.ts#queueMarks'],
  calcSuspend: ['office/write-plan.ts#suspendCalculation'],
  freezeAndTab: ['office/write-plan.ts#queueFreezeAndTab'],
  validation: ['office/write-plan.ts#queueValidation', 'office/write-plan.ts#hideGridlines'],
  print: ['office/write-plan.ts#queuePrint', 'office/write-plan.ts#applyIndent'],
};
const featureFunctions = Object.values(FEATURES).flat();

const book = loadPriceBook(builtinBooks['mau-2026']!);
const example = JSON.parse(readFileSync(join(repoRoot, 'examples', 'xa-bao-ha.json'), 'utf8')) as EstimateInputJson;

function attr(xml: string, name: string): string | undefined {
  return new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1];
}

describe('Office.js requirement sets, read from @types/office-js', () => {
  it('pairs every interface of the adapter subset with its Office.js class and finds each member’s set', () => {
    const sets = officeApiSets();
    expect(sets.get('XlRange')!.office).toBe('Range');
    expect(sets.get('XlWorksheet')!.office).toBe('Worksheet');
    expect(sets.get('XlPageLayout')!.office).toBe('PageLayout');
    // independent facts, as Microsoft's API reference lists them (learn.microsoft.com/javascript/api/excel)
    const m = (iface: string, member: string) => sets.get(iface)!.members.get(member);
    expect(m('XlRange', 'values')).toBe('1.1');
    expect(m('XlRange', 'merge')).toBe('1.2');
    expect(m('XlRange', 'conditionalFormats')).toBe('1.6');
    expect(m('XlRange', 'dataValidation')).toBe('1.8');
    expect(m('XlWorksheet', 'names')).toBe('1.4');
    expect(m('XlWorksheet', 'freezePanes')).toBe('1.7');
    expect(m('XlWorksheet', 'pageLayout')).toBe('1.9');
    expect(m('XlNamedItem', 'formula')).toBe('1.7');
    expect(m('XlRangeFormat', 'indentLevel')).toBe('1.9');
    expect(m('XlApplication', 'suspendApiCalculationUntilNextSync')).toBe('1.6');
    // a parameter with its own set: getUsedRange is 1.1, its valuesOnly parameter 1.2
    expect(m('XlWorksheet', 'getUsedRange')).toBe('1.1');
    expect(sets.get('XlWorksheet')!.params.get('getUsedRange')).toEqual(['1.2']);
    expect(setOfUse(sets, { iface: 'XlWorksheet', member: 'getUsedRange', args: 0, at: '' })).toBe('1.1');
    expect(setOfUse(sets, { iface: 'XlWorksheet', member: 'getUsedRange', args: 1, at: '' })).toBe('1.2');
  });

  it('follows the calls: the read of the active sheet touches the used range, names and protection', () => {
    const uses = apiUsage(['office/read-workbook.ts#queueActiveSheetRead']);
    const touched = new Set(uses.map((u) => `${u.iface}.${u.member}`));
    for (const m of ['XlWorksheet.getUsedRange', 'XlRange.values', 'XlRange.formulas', 'XlNamedItem.formula', 'XlWorksheetProtection.protected']) expect(touched, m).toContain(m);
    // and the usage names its place in the sources
    expect(uses.find((u) => u.member === 'getUsedRange')!.at).toMatch(/^office\/read-workbook\.ts:\d+$/);
  });
});

describe('what the add-in declares is what its code needs', () => {
  for (const [op, entry] of Object.entries(OPERATIONS) as Array<[OperationName, string]>) {
    it(`operation ${op}: ExcelApi ${OPERATION_SETS[op]} (its features aside)`, () => {
      const r = requiredSet(apiUsage([entry], featureFunctions));
      expect(r.set, `needed by ${r.because.map((u) => `${u.iface}.${u.member} (${u.at})`).join(', ')}`).toBe(OPERATION_SETS[op]);
    });
  }

  for (const [feature, fns] of Object.entries(FEATURES) as Array<[ExcelFeature, string[]]>) {
    it(`feature ${feature}: ExcelApi ${FEATURE_SETS[feature]}`, () => {
      const r = requiredSet(apiUsage(fns));
      expect(r.set, `needed by ${r.because.map((u) => `${u.iface}.${u.member} (${u.at})`).join(', ')}`).toBe(FEATURE_SETS[feature]);
    });
  }

  it('every feature is reached from an operation (the table lists live code)', () => {
    const reached = new Set(apiUsage(Object.values(OPERATIONS)).map((u) => u.at.split(':')[0]));
    for (const fns of Object.values(FEATURES)) for (const fn of fns) expect(reached, fn).toContain(fn.split('#')[0]);
    const all = maxVersion(Object.values(FEATURE_SETS));
    expect(requiredSet(apiUsage(Object.values(OPERATIONS))).set).toBe(maxVersion([all, ...Object.values(OPERATION_SETS)]));
  });

  it('manifest.xml: the base <Requirements> asks only the least an operation needs; custom functions only in <VersionOverrides>', () => {
    const base = manifest.slice(0, manifest.indexOf('<VersionOverrides'));
    const overrides = manifest.slice(manifest.indexOf('<VersionOverrides'));
    const baseReq = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(base)![1]!;
    const sets = [...baseReq.matchAll(/<Set [^>]*\/>/g)].map((s) => ({ name: attr(s[0], 'Name'), min: attr(s[0], 'MinVersion') }));
    expect(sets).toEqual([{ name: 'ExcelApi', min: MANIFEST_EXCEL_API }]);
    const least = Object.values(OPERATION_SETS).reduce((a, b) => (compareApiVersions(a, b) <= 0 ? a : b));
    expect(MANIFEST_EXCEL_API).toBe(least);
    const ovReq = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(overrides)![1]!;
    expect([...ovReq.matchAll(/<bt:Set [^>]*\/>/g)].map((s) => ({ name: attr(s[0], 'Name'), min: attr(s[0], 'MinVersion') })))
      .toEqual([{ name: CUSTOM_FUNCTIONS_SET.name, min: CUSTOM_FUNCTIONS_SET.version }]);
    // the <Requirements> of <VersionOverrides> comes before its <Hosts> (schema order)
    expect(overrides.indexOf('<Requirements>')).toBeLessThan(overrides.indexOf('<Hosts>'));
  });
});

describe('detecting what an Excel can do', () => {
  const isSet = (excelApi: string, cf: string | null) => (name: string, v: string) =>
    name === 'ExcelApi' ? versionCovers(excelApi, v) : name === 'CustomFunctionsRuntime' ? cf !== null && versionCovers(cf, v) : false;

  it('Excel 2016, 2019, 2021 and Microsoft 365', () => {
    const e16 = detectReach(isSet(PERPETUAL_EXCEL['Excel 2016'].excelApi, PERPETUAL_EXCEL['Excel 2016'].customFunctions));
    expect(e16.excelApi).toBe('1.1');
    expect(e16.customFunctions).toBe(false);
    expect(e16.missingOperations.map((m) => m.op).sort()).toEqual(['fillEstimate', 'readEstimateSheet']);
    expect(e16.can('checkWorkbook') && e16.can('writeWords') && e16.can('readPriceSheet')).toBe(true);
    expect(e16.missingFeatures.map((m) => m.feature).sort()).toEqual(['marks', 'names', 'protection', 'usedValuesOnly']);

    const e19 = detectReach(isSet(PERPETUAL_EXCEL['Excel 2019'].excelApi, PERPETUAL_EXCEL['Excel 2019'].customFunctions));
    expect(e19.excelApi).toBe('1.7');
    expect(e19.missingOperations).toEqual([]);
    expect(e19.missingFeatures).toEqual([{ feature: 'validation', set: '1.8' }, { feature: 'print', set: '1.9' }]);
    expect(e19.customFunctions).toBe(false);

    const e21 = detectReach(isSet(PERPETUAL_EXCEL['Excel 2021'].excelApi, PERPETUAL_EXCEL['Excel 2021'].customFunctions));
    expect(e21.excelApi).toBe('1.14');
    expect([e21.missingOperations, e21.missingFeatures, e21.customFunctions]).toEqual([[], [], true]);

    const m365 = detectReach(isSet('1.20', '1.5'));
    expect(m365.excelApi).toBe('1.20'); // 1.20 > 1.9: versions compare part by part
  });
});

describe('the fake host as an older Excel (members above its version fail)', () => {
  const estimate = computeEstimate(example, book);

  function hostAs(excelApi: string): FakeExcelHost {
    const host = new FakeExcelHost();
    const map = apiSetMap();
    host.contextView = (ctx) => limitApi(ctx, { version: excelApi, map });
    return host;
  }

  it('writing every feature in Excel 2019 fails with ApiNotFound (the limit is real)', async () => {
    await expect(createOps(fakeRun(hostAs('1.7'))).fillEstimate(estimate)).rejects.toMatchObject({ code: 'ApiNotFound' });
    await expect(createOps(fakeRun(hostAs('1.1'))).checkWorkbook(book)).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('with the detected features, Lập dự toán runs in Excel 2019 and Kiểm tra, Ghi bằng chữ in Excel 2016', async () => {
    const e19 = detectReach((n, v) => n === 'ExcelApi' && versionCovers('1.7', v));
    const h19 = hostAs('1.7');
    const r = await createOps(fakeRun(h19), e19.supports).fillEstimate(estimate);
    const snap = h19.state.snapshot(r.sheetName);
    const { sheet } = planEstimateSheet(estimate);
    for (const c of sheet.cells.filter((x) => x.kind === 'formula')) expect(snap.cells[c.address]!.computed, c.address).toBe(Number(c.value));
    expect(snap.validations).toEqual([]); // left out (ExcelApi 1.8)
    expect(snap.pageLayout).toEqual({ orientation: 'Portrait', paperSize: 'Letter' }); // the fake's default: untouched (1.9)
    expect(snap.frozenRows).toBeGreaterThan(0); // 1.7 is there

    // the same cells typed into an Excel 2016 workbook, one amount typed over its formula
    const e16 = detectReach((n, v) => n === 'ExcelApi' && versionCovers('1.1', v));
    const h16 = hostAs('1.1');
    h16.state.sheets[0]!.name = 'Dự toán';
    h16.state.activeSheet = 'Dự toán';
    for (const [addr, c] of Object.entries(snap.cells)) if (c.formula ?? c.value !== null) h16.state.setCell('Dự toán', addr, (c.formula ?? c.value) as string | number);
    const { rows } = planEstimateSheet(estimate);
    const line = rows.sections[1]!.firstLine;
    h16.state.setCell('Dự toán', `F${line}`, 12_345);
    const ops16 = createOps(fakeRun(h16), e16.supports);
    const checked = await ops16.checkWorkbook(book);
    expect(checked.kind).toBe('checked');
    if (checked.kind !== 'checked') return;
    // without the template's names (ExcelApi 1.7) the sheet is read by its header row: the typed amount is wrong
    expect(checked.findings.filter((f) => f.severity === 'error').map((f) => [f.code, 'cell' in f.location ? f.location.cell : null])).toContainEqual(['ARITHMETIC', `F${line}`]);
    expect(checked.marked).toBe(0);
    expect(checked.marksUnavailable).toBe(true);
    const words = await ops16.writeWords({});
    expect(words.kind).toBe('written');
  });
});

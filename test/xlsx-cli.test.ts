import { beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from './support/cli.ts';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEstimateWorkbook } from '@dutoan/xlsx';

const examples = new URL('../examples/', import.meta.url).pathname;


let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dutoan-xlsx-cli-'));
});

describe('dutoan demo / compute → standard workbook', () => {
  it('demo writes out/du-toan-mau.xlsx next to the JSON, and the workbook reads back to the same estimate', async () => {
    const out = join(dir, 'out');
    const r = await run(['demo', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Đã ghi ${join(out, 'du-toan-mau.xlsx')}`);
    const json = JSON.parse(readFileSync(join(out, 'du-toan-mau.json'), 'utf8'));
    const { estimate, findings } = await readEstimateWorkbook(new Uint8Array(readFileSync(join(out, 'du-toan-mau.xlsx'))));
    expect(findings).toEqual([]);
    expect(JSON.parse(JSON.stringify(estimate))).toEqual(json);
    // Run again: the demo regenerates its own outputs.
    expect((await run(['demo', '-o', out])).code).toBe(0);
  });

  it('compute -o file.xlsx writes the workbook, and refuses to overwrite it without --force', async () => {
    const file = join(dir, 'so-van-hoa.xlsx');
    const r = await run(['compute', join(examples, 'so-van-hoa.json'), '-o', file]);
    expect(r.code).toBe(0);
    const { estimate } = await readEstimateWorkbook(new Uint8Array(readFileSync(file)));
    // 116.655.000 + 11.665.500 + 105.166.897 + 10.516.690 + 10.245.000 = 254.249.087 (test/examples.test.ts)
    expect(estimate?.total).toBe('254249087');
    writeFileSync(join(dir, 'keep.xlsx'), 'giữ nguyên');
    const again = await run(['compute', join(examples, 'so-van-hoa.json'), '-o', join(dir, 'keep.xlsx')]);
    expect(again.code).toBe(2);
    expect(readFileSync(join(dir, 'keep.xlsx'), 'utf8')).toBe('giữ nguyên');
  });
});

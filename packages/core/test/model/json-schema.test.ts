import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { jsonSchemas } from '../../src/model/json-schemas.ts';

describe('generated JSON Schemas', () => {
  it.each(Object.keys(jsonSchemas()))('%s is up to date (run: npm run schema -w @dutoan/core)', (name) => {
    const onDisk = JSON.parse(readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8'));
    expect(onDisk).toEqual(jsonSchemas()[name]);
  });
});

/**
 * functions.json for Excel's custom functions runtime, generated from the JSDoc tags of
 * src/functions/functions.ts by custom-functions-metadata (its library API: no telemetry, no network).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FUNCTIONS_SOURCE = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'functions', 'functions.ts');

interface GenerateResult {
  metadataJson: string;
  associate: Array<{ id: string; functionName: string }>;
  errors: string[];
}

export async function generateFunctionsJson(source = FUNCTIONS_SOURCE): Promise<{ json: string; associate: GenerateResult['associate'] }> {
  const require = createRequire(import.meta.url);
  const cfm = require('custom-functions-metadata') as { generateCustomFunctionsMetadata(input: string, console?: boolean): Promise<GenerateResult> };
  const r = await cfm.generateCustomFunctionsMetadata(source, false);
  if (r.errors.length) throw new Error(`custom-functions-metadata:\n${r.errors.join('\n')}`);
  if (!r.metadataJson) throw new Error('custom-functions-metadata produced no functions');
  return { json: `${r.metadataJson}\n`, associate: r.associate };
}

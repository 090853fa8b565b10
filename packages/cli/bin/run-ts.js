#!/usr/bin/env node
// Runs a TypeScript file of this repository (benchmarks, scripts) from the sources: node packages/cli/bin/run-ts.js FILE [args]
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { registerSources } from './register-sources.js';

registerSources();
const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error('Cách dùng: node packages/cli/bin/run-ts.js TỆP.ts [tham số...]');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(file), ...rest];
await import(pathToFileURL(resolve(file)).href);

// For running this repository's TypeScript directly (scripts, benchmarks, tests' workers — never the published
// command): tsx compiles .ts on the fly, and the export condition "dutoan-source" makes @dutoan/* resolve to their
// sources (packages/*/src) instead of the built packages/*/dist.
import { register as registerTsx } from 'tsx/esm/api';
import { register } from 'node:module';

const hook = `export async function resolve(specifier, context, next) {
  return next(specifier, { ...context, conditions: ['dutoan-source', ...context.conditions] });
}`;

export function registerSources() {
  registerTsx();
  // registered last, so it runs first: tsx and Node's resolver then see the condition
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
}

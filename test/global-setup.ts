// Before any test: the built packages (packages/*/dist) brought up to date — the commands the tests spawn
// (packages/cli/bin/dutoan.js) run them. Incremental: nothing to do when no source changed.
import { buildPackages } from '../scripts/build.mjs';

export default function setup(): void {
  const failure = buildPackages();
  if (failure) throw new Error(`npm run build failed:\n${failure}`);
}

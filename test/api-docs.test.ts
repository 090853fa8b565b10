// The API reference (issue 18, item 3): TypeDoc reads the public entries of @dutoan/core (its subpaths) and
// @dutoan/xlsx (typedoc.json) and warns about every exported function, class, interface, type, enum and variable
// without a doc comment (validation.notDocumented), and about broken {@link}s. This test runs it without writing
// the HTML (`npm run docs` writes docs/api/) and fails on any warning other than the names still listed in
// docs/api-undocumented.txt — a list that may only shrink: a name documented since must leave the list too.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const run = promisify(execFile);

describe('API reference (TypeDoc)', () => {
  it('every exported function and type of core and xlsx is documented (or still on the shrinking list); no broken link', { timeout: 600_000 }, async () => {
    const typedoc = resolve(root, 'node_modules/typedoc/bin/typedoc'); // its exports map hides bin/
    const r = await run(process.execPath, [typedoc, '--emit', 'none', '--logLevel', 'Warn', '--disableSources'], { cwd: root, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, maxBuffer: 16 * 1024 * 1024 })
      .then((x) => x.stdout + x.stderr, (e: { stdout: string; stderr: string }) => e.stdout + e.stderr);
    const text = r.replace(/\x1b\[[0-9;]*m/g, '');
    const lines = text.split('\n').filter((l) => /\[(warning|error)\]/.test(l) && !/Found \d+ errors and \d+ warnings/.test(l));
    const undocumented = lines.map((l) => /\] (.+?), defined in .* does not have any documentation/.exec(l)?.[1]).filter((n): n is string => !!n);
    const other = lines.filter((l) => !/does not have any documentation/.test(l));
    expect(other).toEqual([]);
    const listed = readFileSync(resolve(root, 'docs/api-undocumented.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    expect(undocumented.filter((n) => !listed.includes(n)), 'exported without a doc comment').toEqual([]);
    expect(listed.filter((n) => !undocumented.includes(n)), 'documented now: remove from docs/api-undocumented.txt').toEqual([]);
  });
});

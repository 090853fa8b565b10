import { execFile } from 'node:child_process';

const bin = new URL('../packages/cli/bin/dutoan.js', import.meta.url).pathname;

/** Run the dutoan command in a child process. */
export function dutoan(args: string[], cwd?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd, env: { ...process.env, DUTOAN_DEBUG: '' } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 99) : 0, stdout, stderr });
    });
  });
}

export const fixture = (name: string) => new URL(`./fixtures/price-sheet/${name}`, import.meta.url).pathname;
export const example = (name: string) => new URL(`../examples/${name}.json`, import.meta.url).pathname;

import { execFile } from 'node:child_process';

/** The built command as users run it (packages/cli/bin/dutoan.js → dist/bundle). */
export const dutoanBin = new URL('../../packages/cli/bin/dutoan.js', import.meta.url).pathname;

/** Run the dutoan command in a child process; its exit code (99 when it did not exit normally) and output. */
export function runCli(args: string[], cwd?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [dutoanBin, ...args], { cwd, env: { ...process.env, DUTOAN_DEBUG: '' } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 99) : 0, stdout, stderr });
    });
  });
}

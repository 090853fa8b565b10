/** Run the dutoan command in a child process (test/support/cli.ts). */
export { runCli as dutoan } from './support/cli.ts';

export const fixture = (name: string) => new URL(`./fixtures/price-sheet/${name}`, import.meta.url).pathname;
export const example = (name: string) => new URL(`../examples/${name}.json`, import.meta.url).pathname;

export { main, type Io } from './main.ts';
export { ExitCode } from './exit-codes.ts';
export { writeOutput } from './io/write-output.ts';

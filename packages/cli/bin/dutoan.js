#!/usr/bin/env node
// Entry point of the `dutoan` command: the built JavaScript (dist/), no TypeScript at run time.
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));

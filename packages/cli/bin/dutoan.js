#!/usr/bin/env node
// Entry point of the `dutoan` command: the built and bundled JavaScript (dist/bundle, made by `npm run build`,
// scripts/build.mjs), no TypeScript at run time.
import { main } from '../dist/bundle/main.js';

process.exitCode = await main(process.argv.slice(2));

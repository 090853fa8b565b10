import { defineConfig } from 'vitest/config';

// Tests import the packages' TypeScript sources (export condition "dutoan-source"); the commands they spawn run the
// built JavaScript, which test/global-setup.ts brings up to date first (tsc -b, incremental).
const conditions = ['dutoan-source', 'module', 'node', 'import', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['dutoan-source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});

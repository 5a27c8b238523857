import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure modules, the importer, and builds of small fixture archives.
        test: { name: 'unit', include: ['tests/{text,reading,import,content,archive,render,search,checks,build}/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        // Checks of the built sites and browser tests: the sites are built once, first.
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/bench/**/*.test.ts'],
          globalSetup: ['tests/setup/build-sites.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

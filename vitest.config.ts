import { configDefaults, defineConfig } from 'vitest/config';

/** The benchmark run end to end: it builds sites, so it runs with the site tests. */
const BENCH_END_TO_END = 'tests/bench/bench.test.ts';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure modules, the importer, the command lines, and builds of small fixture archives.
        test: {
          name: 'unit',
          include: [
            'tests/{text,reading,import,content,archive,render,search,checks,build}/**/*.test.ts',
            'tests/bench/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, BENCH_END_TO_END],
          testTimeout: 60_000,
        },
      },
      {
        // Checks of the built sites and browser tests: the sites are built once, first.
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts', BENCH_END_TO_END],
          globalSetup: ['tests/setup/build-sites.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

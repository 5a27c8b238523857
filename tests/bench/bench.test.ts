/**
 * The benchmark end to end on a small archive: every figure it prints is measured (present, a
 * finite number, positive where the stage ran), for every stage it claims to have run. No
 * figure is held to a time: the machine's speed is not what this test checks.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/build.ts';
import type { BenchFigures } from '../../scripts/bench/bench.ts';

/** Matches a finite number above zero: a figure that was measured. */
const measured = {
  asymmetricMatch: (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n > 0,
  toString: () => 'a measured (finite, positive) number',
  toAsymmetricMatcher: () => 'measured',
};
/** The number query: the first central directive's, whatever the seed made it. */
/** Matches a finite number of zero or more: a count, or a time that may round to 0.0 s. */
const counted = {
  asymmetricMatch: (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0,
  toString: () => 'a finite number, zero or more',
  toAsymmetricMatcher: () => 'counted',
};

/** Paths of the leaves of `value` that are neither finite numbers, booleans, strings nor null. */
function malformedLeaves(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => malformedLeaves(v, `${at}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => malformedLeaves(v, at ? `${at}.${k}` : k));
  }
  const fine = value === null || ['boolean', 'string'].includes(typeof value) || Number.isFinite(value);
  return fine ? [] : [`${at}: ${typeof value === 'number' ? value : typeof value}`];
}

/** An incremental build's figures. */
const scenario = {
  seconds: measured,
  pagesSeconds: measured,
  indexSeconds: measured,
  rebuilt: measured,
  kept: measured,
  removed: counted,
  reusedShards: counted,
  peakMB: measured,
  ratio: measured,
};

describe('the benchmark', () => {
  it('measures every stage it runs on a small archive and prints them as one JSON line', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'bench-'));
    // Small shards, so the rebuild after one change shows shards being reused.
    const run = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'scripts/bench/bench.ts'),
        '--docs',
        '150',
        '--work',
        work,
        '--rebuild',
        '--add',
        '--change-title',
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 300_000,
        env: { ...process.env, SEARCH_SHARD_PAGES: '40', BENCH_QUERY_RUNS: '1' },
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const figures = JSON.parse(lines[0]!) as BenchFigures;

    expect(malformedLeaves(figures)).toEqual([]);
    expect(figures).toEqual({
      docs: 150,
      seed: 1,
      corpus: { bytes: measured, files: measured, generateSeconds: counted, reused: false },
      stages: { build: { seconds: measured, peakMB: measured }, pagefind: { seconds: measured, peakMB: measured } },
      total: { seconds: measured, peakMB: measured },
      pagesPerSecond: measured,
      pages: measured,
      dist: { bytes: measured, files: measured },
      index: { bytes: measured, files: measured, shards: measured },
      rebuild: scenario,
      add: scenario,
      changeTitle: scenario,
      plainAstro: { seconds: measured, peakMB: measured, pages: 150, buildRatio: measured, totalRatio: measured },
      // Search figures are measured, not judged: cold and warm time to first results, bytes to
      // first results, bytes of a later query, reorders after the first paint, the phrase's rank.
      queries: ['number', 'common', 'rare', 'phrase'].map((kind) => ({
        kind,
        query: expect.any(String) as string,
        results: measured,
        cold: { ms: measured, bytes: measured },
        warm: { ms: counted, bytes: counted },
        laterBytes: counted,
        reorders: counted,
        ...(kind === 'phrase' ? { rank: measured } : {}),
        runs: 1,
      })),
    });
    // Every document has its page, beside the browse, list and search pages.
    expect(figures.pages).toBeGreaterThan(150);
    // Our totals add up from the stages.
    expect(figures.total.seconds).toBeCloseTo(figures.stages.build.seconds + figures.stages.pagefind.seconds, 1);
    expect(figures.index.shards).toBeGreaterThan(2);
    // One document's body changed: only its page is rendered again, only its shard indexed again.
    expect(figures.rebuild).toMatchObject({ rebuilt: 1, removed: 0, reusedShards: figures.index.shards - 1 });
    // A new plan: its page and the pages that list it; nothing removed.
    expect(figures.add!.rebuilt).toBeGreaterThan(1);
    expect(figures.add!.removed).toBe(0);
    // Every page is rendered again or kept, in each scenario.
    for (const s of [figures.rebuild!, figures.changeTitle!])
      expect(s.rebuilt + s.kept).toBe(figures.add!.rebuilt + figures.add!.kept - 1);
  }, 300_000);
});

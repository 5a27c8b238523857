import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/build.ts';
import { planArchive } from '../../scripts/bench/synthetic.ts';

describe('planArchive', () => {
  it('is deterministic for a seed and chains plans three levels deep', () => {
    const a = planArchive(500, 3);
    expect(planArchive(500, 3)).toEqual(a);
    expect(planArchive(500, 4)).not.toEqual(a);
    const district = a.find((d) => d.level === 2)!;
    const provincial = a[district.implementsIdx[0]!]!;
    expect(provincial.level).toBe(1);
    expect(a[provincial.implementsIdx[0]!]!.level).toBe(0);
    expect(district.date > provincial.date).toBe(true);
  });

  it('repeats union plan numbers across issuers, never within one issuer and year', () => {
    const docs = planArchive(3000, 1);
    const identities = new Set(docs.map((d) => `${d.number}|${d.date.slice(0, 4)}|${d.issuer}`));
    expect(identities.size).toBe(docs.length);
    const numbers = docs.filter((d) => d.number.endsWith('KH-LĐLĐ')).map((d) => `${d.number}|${d.date.slice(0, 4)}`);
    expect(new Set(numbers).size).toBeLessThan(numbers.length);
  });
});

describe('the benchmark', () => {
  it('runs end to end on a small archive and prints one JSON line of figures', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'bench-'));
    // Small shards, so the rebuild after one change shows shards being reused.
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/bench/bench.ts'), '--docs', '150', '--work', work, '--rebuild'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 300_000,
      env: { ...process.env, SEARCH_SHARD_PAGES: '40', BENCH_QUERY_RUNS: '1' },
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const figures = JSON.parse(lines[0]!);
    expect(figures.docs).toBe(150);
    expect(figures.stages.build.seconds).toBeGreaterThan(0);
    expect(figures.stages.pagefind.peakMB).toBeGreaterThan(0);
    expect(figures.pages).toBeGreaterThan(150);
    expect(figures.index.bytes).toBeGreaterThan(0);
    expect(figures.index.shards).toBeGreaterThan(2);
    // One document changed: only its shard is indexed again.
    expect(figures.rebuild.reusedShards).toBe(figures.index.shards - 1);
    expect(figures.rebuild.ratio).toBeGreaterThan(0);
    expect(figures.plainAstro.pages).toBe(150);
    // Search figures are measured (not judged): cold and warm time to first results, bytes
    // to first results, bytes of a later query, reorders after the first paint.
    expect(figures.queries.map((q: { kind: string }) => q.kind)).toEqual(['number', 'common', 'rare', 'phrase']);
    for (const q of figures.queries) {
      expect(q.results, q.query).toBeGreaterThan(0);
      expect(q.cold.bytes, q.query).toBeGreaterThan(0);
      for (const figure of [q.cold.ms, q.warm.ms, q.warm.bytes, q.laterBytes, q.reorders]) {
        expect(figure, JSON.stringify(q)).toBeGreaterThanOrEqual(0);
        expect(figure, JSON.stringify(q)).toBeLessThan(Infinity);
      }
    }
    expect(figures.queries.at(-1).rank, 'the phrase query reports its document\'s place').toBeGreaterThanOrEqual(0);
    // As long as the benchmark itself may run (spawnSync's timeout): the search page is opened
    // cold and typed into warm for each of four queries.
  }, 300_000);
});

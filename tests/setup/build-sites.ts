/**
 * Vitest global setup for the site and browser tests: import the corpus, build the bundled
 * archive (at the root and under a sub-path) and the imported corpus, each with its search
 * index, once per test run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, ROOT } from '../helpers/build.ts';

export interface BuiltSite {
  dist: string;
  base: string;
  origin: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: { seeds: BuiltSite; seedsSubPath: BuiltSite; corpus: BuiltSite };
  }
}

function run(command: string[], what: string): void {
  const result = spawnSync(process.execPath, command, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${what} thất bại:\n${result.stdout}\n${result.stderr}`);
}

function build(contentDir: string, base = '/', origin = 'http://localhost:4321', shardPages?: number): BuiltSite {
  const env = { BASE_PATH: base, SITE_URL: origin };
  const result = buildSite(contentDir, env);
  if (result.status !== 0) throw new Error(`Dựng trang từ ${contentDir} thất bại:\n${result.output}`);
  const shards = shardPages ? ['--shard-pages', String(shardPages)] : [];
  run(['scripts/index-search.ts', result.outDir, ...shards], 'Lập chỉ mục tìm kiếm');
  return { dist: result.outDir, base, origin };
}

export default function setup(project: TestProject): void {
  const corpusContent = path.join(ROOT, 'tmp/test-corpus-content');
  rmSync(corpusContent, { recursive: true, force: true });
  mkdirSync(corpusContent, { recursive: true });
  run(['scripts/import.ts', 'tests/fixtures/corpus/raw', '--out', corpusContent], 'Nhập kho thử nghiệm');
  project.provide('sites', {
    seeds: build(path.join(ROOT, 'content')),
    seedsSubPath: build(path.join(ROOT, 'content'), '/luu-tru/', 'https://example.gov.vn'),
    // The corpus is indexed in several small shards, so the search tests run on the split design.
    corpus: build(corpusContent, '/', 'http://localhost:4321', 12),
  });
}

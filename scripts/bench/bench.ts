/**
 * Benchmark the whole build on a synthetic archive and print one JSON line.
 *
 *   npm run bench -- --docs N [--seed S] [--work DIR] [--rebuild] [--skip-plain] [--skip-browser]
 *
 * Stages: generate (or reuse) N documents; our build (astro build, then pagefind) with
 * CONTENT_DIR; a plain Astro build of the same Markdown (no graph, links, browse pages or
 * search) for the cost ratio; then headless Chromium on loopback measures the search page
 * (queries.ts: cold and warm time to first results, bytes, reorders, for a number, a common
 * phrase, a rare word and six words of one document). Wall time and peak memory (resident set of the whole process tree, sampled)
 * are measured per stage.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateArchive } from './gen.ts';
import { benchQueries, measureQueries, urlFromSite, type QueryFigures } from './queries.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface StageResult {
  seconds: number;
  peakMB: number;
  exitCode: number | null;
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): number {
  let total = 0;
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* process ended */
    }
  }
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      /* ended */
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** Run a command, sampling the memory of its process tree. */
function measure(command: string, args: string[], env: Record<string, string>, cwd = ROOT): Promise<StageResult & { output: string }> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output = (output + d).slice(-20_000)));
    child.stderr.on('data', (d) => (output = (output + d).slice(-20_000)));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ seconds: round((performance.now() - start) / 1000), peakMB: Math.round(peak / 1048576), exitCode: code, output });
    });
  });
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        bytes += statSync(p).size;
        files++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { bytes, files };
}

/** A minimal Astro project that renders the same Markdown with nothing of ours. */
function writePlainProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/pages/van-ban'), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(path.join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
export const collections = {
  documents: defineCollection({ loader: glob({ pattern: '**/*.md', base: pathToFileURL(process.env.CONTENT_DIR + '/') }) }),
};
`,
  );
  writeFileSync(
    path.join(dir, 'src/pages/van-ban/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('documents')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="vi"><head><meta charset="utf-8"><title>{String(entry.data.title)}</title></head><body><h1>{String(entry.data.title)}</h1><Content /></body></html>
`,
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (name: string, fallback?: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const docs = Number(value('--docs'));
  if (!Number.isInteger(docs) || docs < 1) {
    console.error('Cách dùng: npm run bench -- --docs N [--seed S] [--work THƯ_MỤC] [--rebuild] [--skip-plain] [--skip-browser]');
    process.exit(2);
  }
  const seed = Number(value('--seed', '1'));
  const work = path.resolve(value('--work', path.join(ROOT, 'tmp/bench'))!);
  const corpus = path.join(work, `corpus-${docs}-${seed}`);
  const log = (s: string) => console.error(s);

  const generate = { seconds: 0, reused: existsSync(path.join(corpus, '.complete')) };
  if (!generate.reused) {
    log(`Tạo kho thử ${docs} văn bản…`);
    const start = performance.now();
    generateArchive(docs, corpus, seed, log);
    writeFileSync(path.join(corpus, '.complete'), '');
    generate.seconds = round((performance.now() - start) / 1000);
  }
  const corpusSize = folderSize(corpus);

  const node = process.execPath;
  const heap = { NODE_OPTIONS: `--max-old-space-size=${Math.min(8192, 2048 + docs)}` };
  const dist = path.join(work, `dist-${docs}`);
  log('Dựng trang (astro build)…');
  const astroCache = path.join(work, 'cache');
  // A full build starts from nothing: no content store or search shards from earlier runs.
  rmSync(astroCache, { recursive: true, force: true });
  const buildPages = () =>
    measure(node, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], { CONTENT_DIR: corpus, ASTRO_CACHE_DIR: astroCache, ...heap });
  const build = await buildPages();
  if (build.exitCode !== 0) throw new Error(`astro build thất bại:\n${build.output}`);
  log('Lập chỉ mục tìm kiếm (pagefind, chia mảnh)…');
  const searchCache = path.join(work, 'search-cache');
  rmSync(searchCache, { recursive: true, force: true });
  const indexArgs = [path.join(ROOT, 'scripts/index-search.ts'), dist, '--cache', searchCache];
  const index = await measure(node, indexArgs, {});
  if (index.exitCode !== 0) throw new Error(`Lập chỉ mục thất bại:\n${index.output}`);
  const shards = Number(/(\d+) mảnh \(/.exec(index.output)?.[1] ?? 0);
  let rebuild: { seconds: number; build: number; index: number; reusedShards: number; ratio: number } | null = null;
  if (args.includes('--rebuild')) {
    // Change one document (a sentence added to its body), build again with the caches the
    // full build left, then put the document back.
    log('Sửa một văn bản rồi dựng lại…');
    const files = readdirSync(corpus, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort();
    const changed = path.join(corpus, files[Math.floor(files.length / 2)]!);
    const original = readFileSync(changed, 'utf8');
    try {
      writeFileSync(changed, `${original.trimEnd()}\n\nVăn bản được bổ sung một câu để đo thời gian dựng lại.\n`);
      const b = await buildPages();
      if (b.exitCode !== 0) throw new Error(`astro build (dựng lại) thất bại:\n${b.output}`);
      const i = await measure(node, indexArgs, {});
      if (i.exitCode !== 0) throw new Error(`Lập chỉ mục (dựng lại) thất bại:\n${i.output}`);
      const reusedShards = Number(/\((\d+) dùng lại/.exec(i.output)?.[1] ?? 0);
      rebuild = { seconds: round(b.seconds + i.seconds), build: b.seconds, index: i.seconds, reusedShards, ratio: round((b.seconds + i.seconds) / (build.seconds + index.seconds), 2) };
    } finally {
      writeFileSync(changed, original);
    }
  }
  const distSize = folderSize(dist);
  const indexSize = folderSize(path.join(dist, 'pagefind'));
  const pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;

  let plain: (StageResult & { pages: number; error?: string }) | null = null;
  if (!args.includes('--skip-plain')) {
    log('Dựng bản Astro thuần để so sánh…');
    const project = path.join(work, 'plain-astro');
    writePlainProject(project);
    const plainDist = path.join(work, `plain-dist-${docs}`);
    const r = await measure(node, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', plainDist], { CONTENT_DIR: corpus, ...heap }, project);
    // Plain Astro may not get through a large archive at all: that is a figure too.
    // The most telling line: Astro wraps the cause ("Invalid string length") in a generic error.
    const error = r.exitCode === 0
      ? undefined
      : ([/Invalid string length/, /heap out of memory/, /\w*Error[^\n]*/].map((re) => re.exec(r.output)?.[0]).find(Boolean) ?? 'failed');
    plain = { seconds: r.seconds, peakMB: r.peakMB, exitCode: r.exitCode, pages: r.exitCode === 0 ? folderSize(plainDist).files : 0, ...(error ? { error } : {}) };
  }

  let queries: QueryFigures[] = [];
  if (!args.includes('--skip-browser')) {
    log('Đo tìm kiếm trong Chromium…');
    queries = await measureQueries(dist, benchQueries(corpus, urlFromSite(dist)));
  }

  const ours = build.seconds + index.seconds;
  console.log(
    JSON.stringify({
      docs,
      seed,
      corpus: { bytes: corpusSize.bytes, files: corpusSize.files, generateSeconds: generate.seconds, reused: generate.reused },
      stages: { build: { seconds: build.seconds, peakMB: build.peakMB }, pagefind: { seconds: index.seconds, peakMB: index.peakMB } },
      total: { seconds: round(ours), peakMB: Math.max(build.peakMB, index.peakMB) },
      pagesPerSecond: round(pages / build.seconds),
      pages,
      dist: { bytes: distSize.bytes, files: distSize.files },
      index: { bytes: indexSize.bytes, files: indexSize.files, shards },
      rebuild,
      plainAstro: plain && {
        seconds: plain.seconds,
        peakMB: plain.peakMB,
        pages: plain.pages,
        ...(plain.error ? { error: plain.error } : { buildRatio: round(build.seconds / plain.seconds, 2) }),
      },
      queries,
    }),
  );
}

if (import.meta.main) await main();

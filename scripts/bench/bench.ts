/**
 * Benchmark the whole build on a synthetic archive and print one JSON line.
 *
 *   npm run bench -- --docs N [--seed S] [--work DIR] [--rebuild] [--skip-plain] [--skip-browser] [--browser-runs N]
 *   npm run bench -- --help
 *
 * Stages: generate (or reuse) N documents; our build (astro build, then pagefind) with
 * CONTENT_DIR; a plain Astro build of the same Markdown (no graph, links, browse pages or
 * search) for the cost ratio; then headless Chromium on loopback runs a number query, a common
 * two-word query and a rare-word query through Pagefind, counting transferred bytes and time to
 * first results. Wall time and peak memory (resident set of the whole process tree, sampled)
 * are measured per stage.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parseCommandLine, readWholeNumber, runCommand, UsageError } from '../cli.ts';
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
function measure(
  command: string,
  args: string[],
  env: Record<string, string>,
  cwd = ROOT,
): Promise<StageResult & { output: string }> {
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
      resolve({
        seconds: round((performance.now() - start) / 1000),
        peakMB: Math.round(peak / 1048576),
        exitCode: code,
        output,
      });
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
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
  );
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

export const USAGE = `Cách dùng: npm run bench -- --docs N [--seed S] [--work THƯ_MỤC] [--rebuild] [--skip-plain] [--skip-browser] [--browser-runs N]

Đo toàn bộ quá trình dựng trên một kho văn bản tổng hợp, rồi in một dòng JSON các số đo.

  --docs N          số văn bản của kho thử (bắt buộc, từ 1 trở lên)
  --seed S          hạt giống tạo kho (mặc định: 1); cùng hạt giống cho cùng các tệp
  --work THƯ_MỤC    thư mục làm việc (mặc định: tmp/bench); kho đã tạo được dùng lại
  --rebuild         đo thêm lần dựng lại sau khi sửa một văn bản
  --skip-plain      bỏ qua bản Astro thuần dùng để so sánh
  --skip-browser    bỏ qua phép đo tìm kiếm trong Chromium
  --browser-runs N  số lần đo mỗi truy vấn trong Chromium (mặc định: BENCH_QUERY_RUNS hoặc 3; lấy trung vị);
                    đo lại trên trang đã dựng: node scripts/bench/queries.ts THƯ_MỤC_TRANG --corpus THƯ_MỤC_KHO --runs N
  -h, --help        in hướng dẫn này`;

/** What the command line asks for. */
export interface BenchOptions {
  help: boolean;
  docs: number;
  seed: number;
  work: string;
  rebuild: boolean;
  skipPlain: boolean;
  skipBrowser: boolean;
  /** Runs of each browser query (the median is reported); undefined: BENCH_QUERY_RUNS or 3. */
  browserRuns?: number;
}

/**
 * Read the command line (strict: unknown options and stray arguments are UsageErrors).
 * @example readBenchOptions(['--docs', '150', '--rebuild']).rebuild // true
 */
export function readBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseCommandLine({
    args: argv,
    options: {
      docs: { type: 'string' },
      seed: { type: 'string', default: '1' },
      work: { type: 'string', default: path.join(ROOT, 'tmp/bench') },
      rebuild: { type: 'boolean', default: false },
      'skip-plain': { type: 'boolean', default: false },
      'skip-browser': { type: 'boolean', default: false },
      'browser-runs': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help)
    return { help: true, docs: 0, seed: 1, work: '', rebuild: false, skipPlain: false, skipBrowser: false };
  if (values.docs === undefined) throw new UsageError('Thiếu --docs N: số văn bản của kho thử.');
  return {
    help: false,
    docs: readWholeNumber(values.docs, '--docs', 1),
    seed: readWholeNumber(values.seed, '--seed'),
    work: path.resolve(values.work),
    rebuild: values.rebuild,
    skipPlain: values['skip-plain'],
    skipBrowser: values['skip-browser'],
    ...(values['browser-runs'] === undefined
      ? {}
      : { browserRuns: readWholeNumber(values['browser-runs'], '--browser-runs', 1) }),
  };
}

/** The figures the benchmark prints, as one JSON line. */
export interface BenchFigures {
  docs: number;
  seed: number;
  corpus: { bytes: number; files: number; generateSeconds: number; reused: boolean };
  stages: { build: { seconds: number; peakMB: number }; pagefind: { seconds: number; peakMB: number } };
  total: { seconds: number; peakMB: number };
  pagesPerSecond: number;
  pages: number;
  dist: { bytes: number; files: number };
  index: { bytes: number; files: number; shards: number };
  /** After one document changed, with the caches of the full build; null without --rebuild. */
  rebuild: { seconds: number; build: number; index: number; reusedShards: number; ratio: number } | null;
  /** The plain Astro build of the same Markdown; null with --skip-plain. */
  plainAstro: { seconds: number; peakMB: number; pages: number; buildRatio?: number; error?: string } | null;
  /** Empty with --skip-browser. */
  queries: QueryFigures[];
}

/** Where one run works and what it builds with. */
interface BenchRun {
  options: BenchOptions;
  corpus: string;
  dist: string;
  heap: Record<string, string>;
  log: (s: string) => void;
}

const ASTRO_BIN = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Generate the corpus, or reuse the one a finished earlier run left. */
function prepareCorpus(run: BenchRun): BenchFigures['corpus'] {
  const reused = existsSync(path.join(run.corpus, '.complete'));
  let generateSeconds = 0;
  if (!reused) {
    run.log(`Tạo kho thử ${run.options.docs} văn bản…`);
    const start = performance.now();
    generateArchive(run.options.docs, run.corpus, run.options.seed, run.log);
    writeFileSync(path.join(run.corpus, '.complete'), '');
    generateSeconds = round((performance.now() - start) / 1000);
  }
  const size = folderSize(run.corpus);
  return { bytes: size.bytes, files: size.files, generateSeconds, reused };
}

/** Our build: astro build with CONTENT_DIR, then the sharded Pagefind index. */
function makeBuildSteps(run: BenchRun) {
  const astroCache = path.join(run.options.work, 'cache');
  const searchCache = path.join(run.options.work, 'search-cache');
  const indexArgs = [path.join(ROOT, 'scripts/index-search.ts'), run.dist, '--cache', searchCache];
  return {
    /** A full build starts from nothing: no content store or search shards from earlier runs. */
    clearCaches: () => {
      rmSync(astroCache, { recursive: true, force: true });
      rmSync(searchCache, { recursive: true, force: true });
    },
    pages: (what: string) =>
      checked(
        measure(process.execPath, [ASTRO_BIN, 'build', '--outDir', run.dist], {
          CONTENT_DIR: run.corpus,
          ASTRO_CACHE_DIR: astroCache,
          ...run.heap,
        }),
        what,
      ),
    index: (what: string) => checked(measure(process.execPath, indexArgs, {}), what),
  };
}

/** A stage's result, or an error with its output when it failed. */
async function checked<T extends StageResult & { output: string }>(stage: Promise<T>, what: string): Promise<T> {
  const result = await stage;
  if (result.exitCode !== 0) throw new Error(`${what} thất bại:\n${result.output}`);
  return result;
}

/** The corpus's Markdown files, sorted. */
function listDocuments(corpus: string): string[] {
  return readdirSync(corpus, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .sort();
}

/**
 * Change one document (a sentence added to its body), build again with the caches the full
 * build left, then put the document back.
 */
async function measureRebuild(
  run: BenchRun,
  steps: ReturnType<typeof makeBuildSteps>,
  fullSeconds: number,
): Promise<NonNullable<BenchFigures['rebuild']>> {
  run.log('Sửa một văn bản rồi dựng lại…');
  const files = listDocuments(run.corpus);
  const changed = path.join(run.corpus, files[Math.floor(files.length / 2)]!);
  const original = readFileSync(changed, 'utf8');
  try {
    writeFileSync(changed, `${original.trimEnd()}\n\nVăn bản được bổ sung một câu để đo thời gian dựng lại.\n`);
    const b = await steps.pages('astro build (dựng lại)');
    const i = await steps.index('Lập chỉ mục (dựng lại)');
    const reusedShards = Number(/\((\d+) dùng lại/.exec(i.output)?.[1] ?? 0);
    const seconds = b.seconds + i.seconds;
    return {
      seconds: round(seconds),
      build: b.seconds,
      index: i.seconds,
      reusedShards,
      ratio: round(seconds / fullSeconds, 2),
    };
  } finally {
    writeFileSync(changed, original);
  }
}

/** The plain Astro build of the same Markdown, for the cost ratio. */
async function measurePlainAstro(
  run: BenchRun,
  buildSeconds: number,
): Promise<NonNullable<BenchFigures['plainAstro']>> {
  run.log('Dựng bản Astro thuần để so sánh…');
  const project = path.join(run.options.work, 'plain-astro');
  writePlainProject(project);
  const plainDist = path.join(run.options.work, `plain-dist-${run.options.docs}`);
  const env = { CONTENT_DIR: run.corpus, ...run.heap };
  const r = await measure(process.execPath, [ASTRO_BIN, 'build', '--outDir', plainDist], env, project);
  // Plain Astro may not get through a large archive at all: that is a figure too.
  // The most telling line: Astro wraps the cause ("Invalid string length") in a generic error.
  const error =
    r.exitCode === 0
      ? undefined
      : ([/Invalid string length/, /heap out of memory/, /\w*Error[^\n]*/]
          .map((re) => re.exec(r.output)?.[0])
          .find(Boolean) ?? 'failed');
  const pages = r.exitCode === 0 ? folderSize(plainDist).files : 0;
  return {
    seconds: r.seconds,
    peakMB: r.peakMB,
    pages,
    ...(error ? { error } : { buildRatio: round(buildSeconds / r.seconds, 2) }),
  };
}

/** A number that exists (the first central directive), a common two-word phrase, a rare word. */
function measureSearch(run: BenchRun): Promise<QueryFigures[]> {
  return measureQueries(run.dist, benchQueries(run.corpus, urlFromSite(run.dist)), run.options.browserRuns);
}

/** Run every stage the options ask for and gather the figures. */
export async function runBenchmark(options: BenchOptions, log: (s: string) => void): Promise<BenchFigures> {
  const { docs, seed, work } = options;
  const run: BenchRun = {
    options,
    corpus: path.join(work, `corpus-${docs}-${seed}`),
    dist: path.join(work, `dist-${docs}`),
    heap: { NODE_OPTIONS: `--max-old-space-size=${Math.min(8192, 2048 + docs)}` },
    log,
  };
  const corpus = prepareCorpus(run);
  const steps = makeBuildSteps(run);
  steps.clearCaches();
  log('Dựng trang (astro build)…');
  const build = await steps.pages('astro build');
  log('Lập chỉ mục tìm kiếm (pagefind, chia mảnh)…');
  const index = await steps.index('Lập chỉ mục');
  const shards = Number(/(\d+) mảnh \(/.exec(index.output)?.[1] ?? 0);
  const ours = build.seconds + index.seconds;
  const rebuild = options.rebuild ? await measureRebuild(run, steps, ours) : null;
  const distSize = folderSize(run.dist);
  const indexSize = folderSize(path.join(run.dist, 'pagefind'));
  const pages = readdirSync(run.dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  const plainAstro = options.skipPlain ? null : await measurePlainAstro(run, build.seconds);
  const queries = options.skipBrowser ? [] : await measureSearch(run);
  return {
    docs,
    seed,
    corpus,
    stages: {
      build: { seconds: build.seconds, peakMB: build.peakMB },
      pagefind: { seconds: index.seconds, peakMB: index.peakMB },
    },
    total: { seconds: round(ours), peakMB: Math.max(build.peakMB, index.peakMB) },
    pagesPerSecond: round(pages / build.seconds),
    pages,
    dist: { bytes: distSize.bytes, files: distSize.files },
    index: { bytes: indexSize.bytes, files: indexSize.files, shards },
    rebuild,
    plainAstro,
    queries,
  };
}

if (import.meta.main) {
  await runCommand(USAGE, async () => {
    const options = readBenchOptions(process.argv.slice(2));
    if (options.help) return console.log(USAGE);
    console.log(JSON.stringify(await runBenchmark(options, (s) => console.error(s))));
  });
}

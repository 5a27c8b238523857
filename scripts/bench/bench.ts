/**
 * Benchmark the whole build on a synthetic archive and print one JSON line.
 *
 *   npm run bench -- --docs N [--seed S] [--work DIR] [--jobs N] [--rebuild] [--add] [--change-title] [--skip-plain] [--skip-browser] [--browser-runs N]
 *   npm run bench -- --help
 *
 * Stages: generate (or reuse) N documents; our full build (scripts/build.ts --full: pages,
 * then the search index) with CONTENT_DIR; incremental builds after one change each
 * (--rebuild: a document's body, --add: a new plan implementing the most implemented
 * directive, --change-title: that directive's title); a plain Astro build of the same
 * Markdown (no graph, links, browse pages or search) for the cost ratio; then headless
 * Chromium on loopback runs a number query, a common two-word query and a rare-word query
 * through Pagefind, counting transferred bytes and time to first results. Wall time and peak
 * memory (resident set of the whole process tree, sampled) are measured per stage.
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
import { changeFor, readBuildOutput, type Scenario } from './incremental.ts';
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

/** The part of a run before a line of its output: its seconds and peak memory. */
interface Split {
  seconds: number;
  peakMB: number;
}

/**
 * Run a command, sampling the memory of its process tree. With `splitAt`, the run is also
 * measured in two parts, before and after the first output line that matches it.
 */
function measure(
  command: string,
  args: string[],
  env: Record<string, string>,
  cwd = ROOT,
  splitAt?: RegExp,
): Promise<StageResult & { output: string; split: Split | null; afterPeakMB: number }> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let output = '';
    let peak = 0;
    let split: Split | null = null;
    let afterPeak = 0;
    const sample = () => {
      const rss = treeRss(child.pid!);
      peak = Math.max(peak, rss);
      if (split) afterPeak = Math.max(afterPeak, rss);
    };
    const read = (d: string) => {
      output = (output + d).slice(-20_000);
      if (splitAt && !split && splitAt.test(output)) {
        sample();
        split = { seconds: round((performance.now() - start) / 1000), peakMB: Math.round(peak / 1048576) };
      }
    };
    // Whole characters: a Vietnamese letter may be split between two chunks of bytes.
    child.stdout.setEncoding('utf8').on('data', read);
    child.stderr.setEncoding('utf8').on('data', read);
    const timer = setInterval(sample, 250);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        seconds: round((performance.now() - start) / 1000),
        peakMB: Math.round(peak / 1048576),
        exitCode: code,
        output,
        split,
        afterPeakMB: Math.round(afterPeak / 1048576),
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

export const USAGE = `Cách dùng: npm run bench -- --docs N [--seed S] [--work THƯ_MỤC] [--jobs N] [--rebuild] [--add] [--change-title] [--skip-plain] [--skip-browser] [--browser-runs N]

Đo toàn bộ quá trình dựng trên một kho văn bản tổng hợp, rồi in một dòng JSON các số đo.

  --docs N          số văn bản của kho thử (bắt buộc, từ 1 trở lên)
  --seed S          hạt giống tạo kho (mặc định: 1); cùng hạt giống cho cùng các tệp
  --work THƯ_MỤC    thư mục làm việc (mặc định: tmp/bench); kho đã tạo được dùng lại
  --jobs N          số tiến trình Astro của lần dựng toàn bộ (như npm run build -- --jobs; mặc định:
                    như npm run build, theo cỡ kho)
  --rebuild         đo thêm lần dựng tăng dần sau khi sửa nội dung một văn bản
  --add             đo thêm lần dựng tăng dần sau khi thêm một kế hoạch thực hiện văn bản chỉ đạo
                    có nhiều văn bản thực hiện nhất
  --change-title    đo thêm lần dựng tăng dần sau khi sửa trích yếu của văn bản chỉ đạo đó
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
  /** Astro processes of the full build; null: scripts/build.ts's default. */
  jobs: number | null;
  rebuild: boolean;
  add: boolean;
  changeTitle: boolean;
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
      jobs: { type: 'string' },
      rebuild: { type: 'boolean', default: false },
      add: { type: 'boolean', default: false },
      'change-title': { type: 'boolean', default: false },
      'skip-plain': { type: 'boolean', default: false },
      'skip-browser': { type: 'boolean', default: false },
      'browser-runs': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help)
    return {
      help: true,
      docs: 0,
      seed: 1,
      work: '',
      jobs: null,
      rebuild: false,
      add: false,
      changeTitle: false,
      skipPlain: false,
      skipBrowser: false,
    };
  if (values.docs === undefined) throw new UsageError('Thiếu --docs N: số văn bản của kho thử.');
  return {
    help: false,
    docs: readWholeNumber(values.docs, '--docs', 1),
    seed: readWholeNumber(values.seed, '--seed'),
    work: path.resolve(values.work),
    jobs: values.jobs === undefined ? null : readWholeNumber(values.jobs, '--jobs', 1),
    rebuild: values.rebuild,
    add: values.add,
    changeTitle: values['change-title'],
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
  /** Incremental builds after one change each (null where not asked for). */
  rebuild: ScenarioFigures | null;
  add: ScenarioFigures | null;
  changeTitle: ScenarioFigures | null;
  /**
   * The plain Astro build of the same Markdown; null with --skip-plain. `buildRatio`: our
   * pages against it; `totalRatio`: our pages and search index against it.
   */
  plainAstro: {
    seconds: number;
    peakMB: number;
    pages: number;
    buildRatio?: number;
    totalRatio?: number;
    error?: string;
  } | null;
  /** Empty with --skip-browser. */
  queries: QueryFigures[];
}

/** An incremental build after one change: its time, what it rendered and kept, its memory. */
export interface ScenarioFigures {
  seconds: number;
  pagesSeconds: number;
  indexSeconds: number;
  /** Pages rendered again, kept from the previous output, and deleted. */
  rebuilt: number;
  kept: number;
  removed: number;
  reusedShards: number;
  peakMB: number;
  /** Its seconds over the full build's. */
  ratio: number;
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

/** Our build: scripts/build.ts with CONTENT_DIR and caches of its own, split where its pages are done. */
function makeBuildSteps(run: BenchRun) {
  const astroCache = path.join(run.options.work, 'cache');
  const searchCache = path.join(run.options.work, 'search-cache');
  const env = { CONTENT_DIR: run.corpus, ASTRO_CACHE_DIR: astroCache, SEARCH_CACHE_DIR: searchCache, ...run.heap };
  return {
    /** A full build starts from nothing: no content store or search shards from earlier runs. */
    clearCaches: () => {
      rmSync(astroCache, { recursive: true, force: true });
      rmSync(searchCache, { recursive: true, force: true });
    },
    build: (args: string[], what: string) =>
      checked(
        measure(
          process.execPath,
          [path.join(ROOT, 'scripts/build.ts'), '--out', run.dist, ...args],
          env,
          ROOT,
          /Dựng trang xong sau/,
        ),
        what,
      ),
  };
}

/** A stage's result, or an error with its output when it failed. */
async function checked<T extends StageResult & { output: string }>(stage: Promise<T>, what: string): Promise<T> {
  const result = await stage;
  if (result.exitCode !== 0) throw new Error(`${what} thất bại:\n${result.output}`);
  return result;
}

/**
 * Make one change (incremental.ts changeFor), build incrementally over the full build's output
 * and caches, then undo the change and build again (unmeasured), so the next scenario starts
 * from the same site.
 */
async function measureScenario(
  run: BenchRun,
  steps: ReturnType<typeof makeBuildSteps>,
  scenario: Scenario,
  fullSeconds: number,
): Promise<ScenarioFigures> {
  run.log(`Dựng tăng dần sau thay đổi "${scenario}"…`);
  const change = changeFor(scenario, run.corpus, 1);
  change.apply();
  let result;
  try {
    result = await steps.build([], `Dựng tăng dần (${scenario})`);
  } finally {
    change.undo();
  }
  await steps.build([], `Dựng lại sau khi hoàn tác (${scenario})`);
  const told = readBuildOutput(result.output);
  const pagesSeconds = result.split?.seconds ?? result.seconds;
  return {
    seconds: result.seconds,
    pagesSeconds,
    indexSeconds: round(result.seconds - pagesSeconds),
    rebuilt: told.rebuilt,
    kept: told.kept,
    removed: told.removed,
    reusedShards: Number(/\((\d+) dùng lại/.exec(result.output)?.[1] ?? 0),
    peakMB: result.peakMB,
    ratio: round(result.seconds / fullSeconds, 2),
  };
}

/** The plain Astro build of the same Markdown, for the cost ratio. */
async function measurePlainAstro(
  run: BenchRun,
  buildSeconds: number,
  totalSeconds: number,
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
    ...(error
      ? { error }
      : { buildRatio: round(buildSeconds / r.seconds, 2), totalRatio: round(totalSeconds / r.seconds, 2) }),
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
  const jobs = options.jobs === null ? [] : ['--jobs', String(options.jobs)];
  log(`Dựng toàn bộ (scripts/build.ts --full ${jobs.join(' ')})…`);
  const full = await steps.build(['--full', ...jobs], 'Dựng toàn bộ');
  const build = { seconds: full.split?.seconds ?? full.seconds, peakMB: full.split?.peakMB ?? full.peakMB };
  const index = { seconds: round(full.seconds - build.seconds), peakMB: full.afterPeakMB };
  const shards = Number(/(\d+) mảnh \(/.exec(full.output)?.[1] ?? 0);
  const ours = full.seconds;
  const scenario = (asked: boolean, name: Scenario) =>
    asked ? measureScenario(run, steps, name, ours) : Promise.resolve(null);
  const rebuild = await scenario(options.rebuild, 'body');
  const add = await scenario(options.add, 'add');
  const changeTitle = await scenario(options.changeTitle, 'title');
  const distSize = folderSize(run.dist);
  const indexSize = folderSize(path.join(run.dist, 'pagefind'));
  const pages = readdirSync(run.dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  const plainAstro = options.skipPlain ? null : await measurePlainAstro(run, build.seconds, ours);
  const queries = options.skipBrowser ? [] : await measureSearch(run);
  return {
    docs,
    seed,
    corpus,
    stages: {
      build: { seconds: build.seconds, peakMB: build.peakMB },
      pagefind: { seconds: index.seconds, peakMB: index.peakMB },
    },
    total: { seconds: round(ours), peakMB: full.peakMB },
    pagesPerSecond: round(pages / build.seconds),
    pages,
    dist: { bytes: distSize.bytes, files: distSize.files },
    index: { bytes: indexSize.bytes, files: indexSize.files, shards },
    rebuild,
    add,
    changeTitle,
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

/**
 * Benchmark the incremental build (scripts/build.ts) on a synthetic archive and print one JSON
 * line: a full build, then each scenario of issue 15 built incrementally over it, each the
 * median of several runs (the change is undone and built again, unmeasured, between runs).
 *
 *   node scripts/bench/incremental.ts --docs N [--seed S] [--work THƯ_MỤC] [--runs R] [--jobs N] [--scenarios add,body,title]
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseCommandLine, readWholeNumber, runCommand, UsageError } from './cli.ts';
import { generateArchive } from './gen.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

export const USAGE = `Cách dùng: node scripts/bench/incremental.ts --docs N [tùy chọn]

Đo bản dựng tăng dần (scripts/build.ts) trên một kho văn bản tổng hợp: dựng toàn bộ, rồi từng
tình huống dựng lại, mỗi số đo là trung vị của nhiều lần chạy; in một dòng JSON.

  --docs N            số văn bản của kho thử (bắt buộc, từ 1 trở lên)
  --seed S            hạt giống tạo kho (mặc định: 1)
  --work THƯ_MỤC      thư mục làm việc (mặc định: tmp/bench); kho đã tạo được dùng lại
  --runs R            số lần chạy mỗi tình huống (mặc định: 3)
  --jobs N            số tiến trình Astro của lần dựng toàn bộ (mặc định: 2)
  --scenarios DS      các tình huống, cách nhau bằng dấu phẩy (mặc định: add,body,title; rỗng: chỉ dựng toàn bộ):
                        add    thêm một kế hoạch thực hiện văn bản chỉ đạo có nhiều văn bản thực hiện nhất
                        body   sửa nội dung một văn bản
                        title  sửa trích yếu của văn bản chỉ đạo được dẫn nhiều nhất
  -h, --help          in hướng dẫn này`;

export const SCENARIOS = ['add', 'body', 'title'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** One build's figures, read from the build's output. */
export interface BuildFigures {
  seconds: number;
  pagesSeconds: number;
  rebuilt: number;
  kept: number;
  removed: number;
  astroPages: number;
}

/** A change to the corpus and the way back. */
export interface Change {
  apply: () => void;
  undo: () => void;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;

/** Run scripts/build.ts and read its figures. */
function runBuild(out: string, env: Record<string, string>, args: string[] = []): Promise<BuildFigures> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/build.ts'), '--out', out, ...args], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output = (output + d).slice(-200_000)));
    child.stderr.on('data', (d) => (output = (output + d).slice(-200_000)));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`scripts/build.ts thất bại (mã ${code}):\n${output.slice(-5000)}`));
      resolve({ seconds: round((performance.now() - start) / 1000), ...readBuildOutput(output) });
    });
  });
}

/**
 * What a run of scripts/build.ts says it did: seconds until its pages were done, pages rebuilt
 * (all of them for a full build), kept and removed, and pages Astro rendered.
 * @example readBuildOutput('Dựng lại 3 trang … Giữ nguyên 97 trang …').rebuilt // 3
 */
export function readBuildOutput(output: string): Omit<BuildFigures, 'seconds'> {
  const num = (re: RegExp) => Number(re.exec(output)?.[1] ?? 0);
  const full = /Dựng toàn bộ (\d+) trang/.exec(output);
  return {
    pagesSeconds: num(/Dựng trang xong sau ([\d.]+) giây/),
    rebuilt: full ? Number(full[1]) : num(/Dựng lại (\d+) trang/),
    kept: num(/Giữ nguyên (\d+) trang/),
    removed: num(/xóa (\d+) trang/),
    astroPages: num(/(\d+) page\(s\) built/),
  };
}

/** The corpus's Markdown files, relative, sorted. */
const listDocuments = (corpus: string) =>
  readdirSync(corpus, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .sort();

/** The archived document (its number held by no other file) implemented by the most documents, and one of its implementers. */
function mostImplemented(corpus: string): { file: string; number: string; count: number; implementer: string } {
  const files = listDocuments(corpus);
  const texts = new Map(files.map((f) => [f, readFileSync(path.join(corpus, f), 'utf8')]));
  // Only a number one file holds: in a large archive "28/KH-UBND" is printed by many issuers, and
  // retitling one of them would not touch the documents that implement another.
  const owners = new Map<string, string[]>();
  for (const [f, t] of texts) {
    const number = /^number: (.+)$/m.exec(t)?.[1]?.trim() ?? '';
    owners.set(number, [...(owners.get(number) ?? []), f]);
  }
  const own = new Map([...owners].filter(([, fs]) => fs.length === 1).map(([n, fs]) => [n, fs[0]!]));
  const counts = new Map<string, string[]>();
  for (const [f, t] of texts) {
    const block = /^implements:\n((?: {2}.*\n)*)/m.exec(t)?.[1] ?? '';
    for (const m of block.matchAll(/^ {2}- number: (.+)$/gm))
      counts.set(m[1]!.trim(), [...(counts.get(m[1]!.trim()) ?? []), f]);
  }
  const [number, implementers] =
    [...counts].filter(([n]) => own.has(n)).sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!number) throw new Error(`Kho ${corpus} không có văn bản chỉ đạo nào được thực hiện`);
  return { file: own.get(number)!, number, count: implementers!.length, implementer: implementers![0]! };
}

/**
 * The change each scenario makes; `run` makes each run's change its own, so that no run finds
 * the pages or search shards of an earlier run's identical change in the caches.
 */
export function changeFor(scenario: Scenario, corpus: string, run: number): Change {
  const target = mostImplemented(corpus);
  if (scenario === 'add') {
    const added = path.join(corpus, path.dirname(target.implementer), 'them-moi.md');
    const text = readFileSync(path.join(corpus, target.implementer), 'utf8').replace(
      /^number: .*$/m,
      `number: ${99990 + run}/KH-THEMMOI`,
    );
    return { apply: () => writeFileSync(added, text), undo: () => unlinkSync(added) };
  }
  const files = listDocuments(corpus);
  const file = path.join(corpus, scenario === 'body' ? files[Math.floor(files.length / 2)]! : target.file);
  const original = readFileSync(file, 'utf8');
  const changed =
    scenario === 'body'
      ? `${original.trimEnd()}\n\nVăn bản được bổ sung một câu để đo thời gian dựng lại (lần ${run}).\n`
      : original.replace(
          /^title: (?:>-?\n(?: {2}.*\n)+|.*\n)/m,
          `title: Về một trích yếu đã được sửa để đo thời gian dựng lại lần ${run}\n`,
        );
  if (changed === original) throw new Error(`Không sửa được ${file}`);
  return { apply: () => writeFileSync(file, changed), undo: () => writeFileSync(file, original) };
}

/** What the command line asks for. */
export interface IncrementalOptions {
  help: boolean;
  docs: number;
  seed: number;
  work: string;
  runs: number;
  /** Astro processes of a full build (scripts/build.ts --jobs). */
  jobs: number;
  scenarios: Scenario[];
}

/**
 * Read the command line (strict: unknown options and stray arguments are UsageErrors).
 * @example readIncrementalOptions(['--docs', '1000', '--scenarios', 'add']).scenarios // ['add']
 */
export function readIncrementalOptions(argv: string[]): IncrementalOptions {
  const { values } = parseCommandLine({
    args: argv,
    options: {
      docs: { type: 'string' },
      seed: { type: 'string', default: '1' },
      work: { type: 'string', default: path.join(ROOT, 'tmp/bench') },
      runs: { type: 'string', default: '3' },
      jobs: { type: 'string', default: '2' },
      scenarios: { type: 'string', default: SCENARIOS.join(',') },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return { help: true, docs: 0, seed: 1, work: '', runs: 0, jobs: 0, scenarios: [] };
  if (values.docs === undefined) throw new UsageError('Thiếu --docs N: số văn bản của kho thử.');
  const scenarios = values.scenarios
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = scenarios.find((s) => !(SCENARIOS as readonly string[]).includes(s));
  if (bad !== undefined) throw new UsageError(`Không có tình huống "${bad}" (chọn trong: ${SCENARIOS.join(', ')}).`);
  return {
    help: false,
    docs: readWholeNumber(values.docs, '--docs', 1),
    seed: readWholeNumber(values.seed, '--seed'),
    work: path.resolve(values.work),
    runs: readWholeNumber(values.runs, '--runs', 1),
    jobs: readWholeNumber(values.jobs, '--jobs', 1),
    scenarios: scenarios as Scenario[],
  };
}

/** The median of each figure over runs. */
function medianOf(runs: BuildFigures[]): BuildFigures & { runs: number[] } {
  const pick = (k: keyof BuildFigures) => median(runs.map((r) => r[k]));
  return {
    seconds: pick('seconds'),
    pagesSeconds: pick('pagesSeconds'),
    rebuilt: pick('rebuilt'),
    kept: pick('kept'),
    removed: pick('removed'),
    astroPages: pick('astroPages'),
    runs: runs.map((r) => r.seconds),
  };
}

/** Generate (or reuse) the corpus, build it in full, then run each scenario; the figures. */
export async function runIncrementalBenchmark(options: IncrementalOptions, log: (s: string) => void) {
  const corpus = path.join(options.work, `corpus-${options.docs}-${options.seed}`);
  if (!existsSync(path.join(corpus, '.complete'))) {
    log(`Tạo kho thử ${options.docs} văn bản…`);
    generateArchive(options.docs, corpus, options.seed, log);
    writeFileSync(path.join(corpus, '.complete'), '');
  }
  const out = path.join(options.work, `dist-incremental-${options.docs}`);
  const caches = {
    astro: path.join(options.work, 'cache-incremental'),
    search: path.join(options.work, 'search-cache-incremental'),
  };
  const env = {
    CONTENT_DIR: corpus,
    ASTRO_CACHE_DIR: caches.astro,
    SEARCH_CACHE_DIR: caches.search,
    NODE_OPTIONS: `--max-old-space-size=${Math.min(8192, 2048 + options.docs)}`,
  };
  const fullRuns: BuildFigures[] = [];
  for (let i = 0; i < options.runs; i++) {
    // A full build starts from nothing: no content store or search shards from earlier runs.
    rmSync(caches.astro, { recursive: true, force: true });
    rmSync(caches.search, { recursive: true, force: true });
    log(`Dựng toàn bộ (lần ${i + 1}/${options.runs})…`);
    fullRuns.push(await runBuild(out, env, ['--full', '--jobs', String(options.jobs)]));
  }
  const target = mostImplemented(corpus);
  const scenarios: Record<string, ReturnType<typeof medianOf>> = {};
  for (const scenario of options.scenarios) {
    const runs: BuildFigures[] = [];
    for (let i = 0; i < options.runs; i++) {
      const change = changeFor(scenario, corpus, i + 1);
      change.apply();
      try {
        log(`Tình huống ${scenario} (lần ${i + 1}/${options.runs})…`);
        runs.push(await runBuild(out, env));
      } finally {
        change.undo();
      }
      await runBuild(out, env);
    }
    scenarios[scenario] = medianOf(runs);
  }
  return {
    docs: options.docs,
    seed: options.seed,
    jobs: options.jobs,
    directive: { number: target.number, implementedBy: target.count },
    full: medianOf(fullRuns),
    scenarios,
  };
}

if (import.meta.main) {
  await runCommand(USAGE, async () => {
    const options = readIncrementalOptions(process.argv.slice(2));
    if (options.help) return console.log(USAGE);
    console.log(JSON.stringify(await runIncrementalBenchmark(options, (s) => console.error(s))));
  });
}

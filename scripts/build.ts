/**
 * `npm run build`: build the site, incrementally when it can, then its search index.
 *
 *   node scripts/build.ts [--full] [--out THƯ_MỤC] [--jobs N]
 *
 * With a previous output and its manifest (src/build/manifest.ts) built from the same code and
 * configuration, only the pages whose inputs changed are rendered (by Astro, into a temporary
 * folder, src/build/select-routes.ts), then merged into the output (src/build/merge.ts); the
 * pages of removed documents are deleted and the sitemap written again for the whole site.
 * Otherwise, or with --full, everything is built. The search index follows (its shard cache
 * reuses the shards whose pages did not change). With --jobs N a full build renders in N Astro
 * processes side by side, each its share of the pages; without it, two on a large archive
 * (src/build/plan.ts renderJobs).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  decideBuild,
  diffRoutes,
  MANIFEST_FILE,
  MANIFEST_VERSION,
  serializeManifest,
  type BuildManifest,
  type RouteEntry,
} from '../src/build/manifest.ts';
import { listFiles, mergeOutput, otherFiles, sameAssets } from '../src/build/merge.ts';
import {
  CACHE_ENV,
  DEFAULT_CACHE_DIR,
  partCacheDirs,
  PLAN_ENV,
  PREVIOUS_FILE,
  renderJobs,
  ROUTES_DIR,
  SHARE_ENV,
  TWO_PROCESS_DOCUMENTS,
} from '../src/build/plan.ts';
import { listDocuments } from '../src/content/document-files.ts';
import { computeSiteDigest } from '../src/build/site-digest.ts';
import { loadProjectConfig, readSitemapPages, writeSitemap } from '../src/build/sitemap.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

const USAGE = `Cách dùng: npm run build -- [--full] [--out THƯ_MỤC] [--jobs N]

Dựng trang rồi lập chỉ mục tìm kiếm. Khi đã có bản dựng trước (cùng mã nguồn và cấu hình)
cùng tệp kê khai ${MANIFEST_FILE} của nó, chỉ dựng lại các trang có dữ liệu đổi, xóa trang
của văn bản đã bỏ và giữ nguyên các trang còn lại; nếu không thì dựng toàn bộ.

Tùy chọn:
  --full            dựng toàn bộ, không dùng bản dựng trước
  --out THƯ_MỤC     thư mục trang (mặc định: dist)
  --jobs N          số tiến trình Astro dựng song song khi dựng toàn bộ (mặc định: 2 khi kho có từ
                    ${TWO_PROCESS_DOCUMENTS} văn bản và máy có từ 2 lõi, nếu không thì 1)
  -h, --help        in hướng dẫn này
  --                kết thúc tùy chọn`;

const log = (line: string) => console.log(line);

function fail(message: string, code: number): never {
  console.error(code === 2 ? `${message}\n\n${USAGE}` : message);
  process.exit(code);
}

/** Run a Node script of the project; its output goes straight to ours (Astro's progress). */
function runNode(args: string[], env: Record<string, string>, what: string): void {
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (run.status !== 0) fail(`${what} thất bại (mã ${run.status ?? run.signal}).`, 1);
}

/** Run Astro in the background, each line of its output prefixed; `done` resolves with its exit code. */
function runAstro(
  outDir: string,
  env: Record<string, string>,
  prefix: string,
): { child: ChildProcess; done: Promise<number | null> } {
  const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => console.log(`${prefix}${line}`));
  }
  return { child, done: new Promise((resolve) => child.on('close', resolve)) };
}

/** The RouteEntry files the selector wrote into a plan folder, as one record. */
function readRoutes(plan: string): Record<string, RouteEntry> {
  const routes: Record<string, RouteEntry> = {};
  const dir = path.join(plan, ROUTES_DIR);
  for (const file of existsSync(dir) ? readdirSync(dir) : [])
    Object.assign(routes, JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
  return routes;
}

/**
 * Render with Astro, in `outDirs.length` processes side by side, each its share of the pages
 * (plan.ts SHARE_ENV); returns every filtered route's entries.
 */
async function renderPages(
  outDirs: string[],
  work: string,
  previous: BuildManifest | null,
): Promise<Record<string, RouteEntry>> {
  const count = outDirs.length;
  const plans = outDirs.map((_, i) => path.join(work, `plan-${i}`));
  for (const plan of plans) {
    rmSync(plan, { recursive: true, force: true });
    mkdirSync(plan, { recursive: true });
    if (previous) writeFileSync(path.join(plan, PREVIOUS_FILE), serializeManifest(previous));
  }
  // One Astro cache folder per process (plan.ts partCacheDirs), the others seeded with the
  // project's content store so that they too find unchanged files already parsed.
  const projectCache = path.resolve(ROOT, process.env[CACHE_ENV] || DEFAULT_CACHE_DIR);
  const caches = partCacheDirs(projectCache, work, count);
  for (const cache of caches.slice(1)) {
    mkdirSync(cache, { recursive: true });
    const store = path.join(projectCache, 'data-store.json');
    if (existsSync(store)) copyFileSync(store, path.join(cache, 'data-store.json'));
  }
  const runs = outDirs.map((out, i) =>
    runAstro(
      out,
      {
        [PLAN_ENV]: plans[i]!,
        [CACHE_ENV]: caches[i]!,
        ...(count > 1 ? { [SHARE_ENV]: `${i}/${count}` } : {}),
      },
      count > 1 ? `[${i + 1}/${count}] ` : '',
    ),
  );
  // A part that fails stops the others: the build fails anyway, and at 100,000 documents the
  // others would render for half an hour first.
  let failed: { part: number; code: number | null } | null = null;
  runs.forEach((run, part) => {
    void run.done.then((code) => {
      if (code === 0 || failed) return;
      failed = { part, code };
      for (const other of runs) if (other !== run) other.child.kill();
    });
  });
  await Promise.all(runs.map((run) => run.done));
  const failure = failed as { part: number; code: number | null } | null;
  if (failure)
    fail(
      `Dựng trang (astro build${count > 1 ? `, phần ${failure.part + 1}/${count}` : ''}) thất bại (mã ${failure.code}).`,
      1,
    );
  return readRoutes(plans[0]!);
}

/** The filtered routes' pages, as paths under the site's base ("van-ban/2023/43-nq-tw/"). */
const pagePaths = (routes: Record<string, RouteEntry>) =>
  Object.entries(routes)
    .filter(([, e]) => e.page)
    .map(([file]) => file.replace(/index\.html$/, ''));

/** A few names of a list, for the summary. */
const sample = (files: string[]) =>
  files.length === 0 ? '' : `: ${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}`;

/** What a build rendered: its filtered routes' entries and every other file it wrote (the manifest's). */
interface Built {
  routes: Record<string, RouteEntry>;
  others: string[];
}

/** Incremental: render the changed pages into a temporary folder, merge them into `dist`; null if it cannot. */
async function buildIncrementally(dist: string, work: string, previous: BuildManifest): Promise<Built | null> {
  const partial = path.join(work, 'out-0');
  // Loaded while Astro renders: the sitemap is written with the project's configuration.
  const config = loadProjectConfig(ROOT);
  const routes = await renderPages([partial], work, previous);
  await config;
  if (!sameAssets(partial, dist)) {
    log(
      'Tệp giao diện dùng chung (_astro/) khác bản dựng trước: dựng toàn bộ để các trang giữ lại không trỏ tới tệp cũ.',
    );
    return null;
  }
  const changes = diffRoutes(previous.routes, routes);
  rmSync(path.join(dist, MANIFEST_FILE), { force: true });
  const partialUrls = readSitemapPages(partial);
  const written = mergeOutput(partial, dist, [...Object.keys(previous.routes), ...previous.others], changes.kept);
  await writeSitemap(ROOT, dist, partialUrls, pagePaths(routes));
  const isPage = (file: string) => routes[file]?.page ?? previous.routes[file]?.page ?? false;
  const split = (files: string[]) => ({ pages: files.filter(isPage), others: files.filter((f) => !isPage(f)).length });
  const [added, changed, kept, removed] = [
    split(changes.added),
    split(changes.changed),
    split(changes.kept),
    split(changes.removed),
  ];
  log(
    `Dựng lại ${added.pages.length + changed.pages.length} trang theo dữ liệu (${added.pages.length} mới${sample(added.pages)}; ${changed.pages.length} có dữ liệu đổi${sample(changed.pages)}) và ${added.others + changed.others} tệp đi kèm (nguồn tin, JSON, CSV, bản gốc).`,
  );
  log(
    `Giữ nguyên ${kept.pages.length} trang và ${kept.others} tệp đi kèm; xóa ${removed.pages.length} trang của văn bản đã bỏ${sample(removed.pages)} và ${removed.others} tệp đi kèm.`,
  );
  log(
    `Ghi ${written.length} tệp vào ${dist} (gồm các trang luôn dựng lại: trang chủ, duyệt, báo cáo, tìm kiếm, 404, nguồn tin chung, bản ghi tìm kiếm) và sơ đồ trang của toàn bộ trang.`,
  );
  return { routes, others: otherFiles(written, routes) };
}

/** Full: render everything, in `jobs` processes side by side, into `dist`. */
async function buildFully(dist: string, work: string, jobs: number): Promise<Built> {
  if (jobs === 1) {
    const routes = await renderPages([dist], work, null);
    return { routes, others: otherFiles(listFiles(dist), routes) };
  }
  const outs = Array.from({ length: jobs }, (_, i) => path.join(work, `out-${i}`));
  const routes = await renderPages(outs, work, null);
  const odd = outs.find((out) => !sameAssets(out, outs[0]!));
  if (odd) fail(`Các phần của bản dựng có tệp giao diện (_astro/) khác nhau (${odd}); hãy dựng lại với --jobs 1.`, 1);
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const partialUrls = outs.flatMap((out) => readSitemapPages(out));
  // Each part adds to what the parts before it wrote.
  const written = outs.flatMap((out) => mergeOutput(out, dist, [], []));
  await writeSitemap(ROOT, dist, partialUrls, pagePaths(routes));
  return { routes, others: otherFiles(new Set(written), routes) };
}

/** Astro processes for a full build without --jobs: by the archive's size and the cores (plan.ts). */
async function defaultJobs(): Promise<number> {
  const dir = path.resolve(ROOT, process.env['CONTENT_DIR'] || 'content');
  const documents = existsSync(dir) ? (await listDocuments(dir)).files.length : 0;
  return renderJobs(documents, availableParallelism());
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      strict: true,
      allowPositionals: false,
      options: {
        full: { type: 'boolean', default: false },
        out: { type: 'string' },
        // By default by the archive's size (plan.ts renderJobs).
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    fail(`Tham số không hợp lệ (${(error as Error).message})`, 2);
  }
  if (values.help) return log(USAGE);
  const jobs = values.jobs === undefined ? null : Number(values.jobs);
  if (jobs !== null && (!Number.isInteger(jobs) || jobs < 1))
    fail(`--jobs phải là số nguyên dương, không phải "${values.jobs}"`, 2);
  const start = performance.now();
  const dist = path.resolve(values.out ?? 'dist');
  const manifestPath = path.join(dist, MANIFEST_FILE);
  const site = computeSiteDigest(ROOT, process.env);
  const decision = decideBuild({
    full: values.full,
    site,
    previous: {
      hasOutput: existsSync(dist),
      manifestText: existsSync(manifestPath) ? readFileSync(manifestPath, 'utf8') : null,
    },
  });
  // Inside the project, so that each Astro process keeps its server bundle in its own output
  // folder (Astro puts it in <cwd>/.astro for an output outside the project, one folder for
  // all processes), and under node_modules, which Tailwind does not scan for class names.
  const work = path.join(ROOT, 'node_modules/.cache/luu-tru-build', `run-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  // Also when a failed step exits the process (fail() does not return through `finally`).
  process.on('exit', () => rmSync(work, { recursive: true, force: true }));
  log(`Cách dựng: ${decision.mode === 'full' ? 'toàn bộ' : 'tăng dần'} (${decision.reason}).`);
  try {
    let built = decision.mode === 'incremental' ? await buildIncrementally(dist, work, decision.previous) : null;
    if (!built) {
      const parts = jobs ?? (await defaultJobs());
      built = await buildFully(dist, work, parts);
      const { routes } = built;
      log(
        `Dựng toàn bộ ${pagePaths(routes).length} trang theo dữ liệu, ${Object.keys(routes).length - pagePaths(routes).length} tệp đi kèm và mọi trang chung${parts > 1 ? ` (${parts} tiến trình song song)` : ''}.`,
      );
    }
    writeFileSync(manifestPath, serializeManifest({ version: MANIFEST_VERSION, site, ...built }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  log(`Dựng trang xong sau ${((performance.now() - start) / 1000).toFixed(1)} giây; lập chỉ mục tìm kiếm…`);
  runNode([path.join(ROOT, 'scripts/index-search.ts'), dist], {}, 'Lập chỉ mục tìm kiếm');
  log(`Xong sau ${((performance.now() - start) / 1000).toFixed(1)} giây.`);
}

await main();

/**
 * `npm run build`: build the site, incrementally when it can, then its search index.
 *
 *   node scripts/build.ts [--full] [--out THƯ_MỤC]
 *
 * With a previous output and its manifest (src/build/manifest.ts) built from the same code and
 * configuration, only the pages whose inputs changed are rendered (by Astro, into a temporary
 * folder, src/build/select-routes.ts), then merged into the output (src/build/merge.ts); the
 * pages of removed documents are deleted and the sitemap written again for the whole site.
 * Otherwise, or with --full, everything is built. The search index follows (its shard cache
 * reuses the shards whose pages did not change).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decideBuild, diffRoutes, MANIFEST_FILE, MANIFEST_VERSION, serializeManifest, type BuildManifest, type RouteEntry } from '../src/build/manifest.ts';
import { mergeOutput, sameAssets } from '../src/build/merge.ts';
import { PLAN_ENV, PREVIOUS_FILE, ROUTES_DIR } from '../src/build/plan.ts';
import { computeSiteDigest } from '../src/build/site-digest.ts';
import { readSitemapPages, writeSitemap } from '../src/build/sitemap.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

const USAGE = `Cách dùng: npm run build -- [--full] [--out THƯ_MỤC]

Dựng trang rồi lập chỉ mục tìm kiếm. Khi đã có bản dựng trước (cùng mã nguồn và cấu hình)
cùng tệp kê khai ${MANIFEST_FILE} của nó, chỉ dựng lại các trang có dữ liệu đổi, xóa trang
của văn bản đã bỏ và giữ nguyên các trang còn lại; nếu không thì dựng toàn bộ.

Tùy chọn:
  --full            dựng toàn bộ, không dùng bản dựng trước
  --out THƯ_MỤC     thư mục trang (mặc định: dist)
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

/** Render with Astro into `outDir`; the plan folder gets every filtered route's digests. */
function renderPages(outDir: string, plan: string, previous: BuildManifest | null): Record<string, RouteEntry> {
  rmSync(plan, { recursive: true, force: true });
  mkdirSync(plan, { recursive: true });
  if (previous) writeFileSync(path.join(plan, PREVIOUS_FILE), serializeManifest(previous));
  runNode([ASTRO, 'build', '--outDir', outDir], { [PLAN_ENV]: plan }, 'Dựng trang (astro build)');
  const routes: Record<string, RouteEntry> = {};
  const dir = path.join(plan, ROUTES_DIR);
  for (const file of existsSync(dir) ? readdirSync(dir) : []) Object.assign(routes, JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
  return routes;
}

/** A few names of a list, for the summary. */
const sample = (files: string[]) => (files.length === 0 ? '' : `: ${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}`);

/** Incremental: render the changed pages into `partial`, merge them into `dist`. False if it cannot. */
async function buildIncrementally(dist: string, work: string, previous: BuildManifest): Promise<Record<string, RouteEntry> | null> {
  const partial = path.join(work, 'out');
  const routes = renderPages(partial, path.join(work, 'plan'), previous);
  if (!sameAssets(partial, dist)) {
    log('Tệp giao diện dùng chung (_astro/) khác bản dựng trước: dựng toàn bộ để các trang giữ lại không trỏ tới tệp cũ.');
    return null;
  }
  const changes = diffRoutes(previous.routes, routes);
  rmSync(path.join(dist, MANIFEST_FILE), { force: true });
  const partialUrls = readSitemapPages(partial);
  const written = mergeOutput(partial, dist, changes.removed);
  const pagePaths = Object.entries(routes)
    .filter(([, e]) => e.page)
    .map(([file]) => file.replace(/index\.html$/, ''));
  await writeSitemap(ROOT, dist, partialUrls, pagePaths);
  log(`Dựng lại ${changes.added.length + changes.changed.length} trang theo dữ liệu (${changes.added.length} mới${sample(changes.added)}; ${changes.changed.length} có dữ liệu đổi${sample(changes.changed)}).`);
  log(`Giữ nguyên ${changes.kept.length} trang; xóa ${changes.removed.length} trang của văn bản đã bỏ${sample(changes.removed)}.`);
  log(`Ghi ${written} tệp vào ${dist} (gồm các trang luôn dựng lại: trang chủ, duyệt, báo cáo, tìm kiếm, 404, nguồn tin, bản ghi tìm kiếm) và sơ đồ trang của toàn bộ trang.`);
  return routes;
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      strict: true,
      allowPositionals: false,
      options: { full: { type: 'boolean', default: false }, out: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    }));
  } catch (error) {
    fail(`Tham số không hợp lệ (${(error as Error).message})`, 2);
  }
  if (values.help) return log(USAGE);
  const start = performance.now();
  const dist = path.resolve(values.out ?? 'dist');
  const manifestPath = path.join(dist, MANIFEST_FILE);
  const site = computeSiteDigest(ROOT, process.env);
  const decision = decideBuild({
    full: values.full,
    site,
    previous: { hasOutput: existsSync(dist), manifestText: existsSync(manifestPath) ? readFileSync(manifestPath, 'utf8') : null },
  });
  const work = path.join(ROOT, 'node_modules/.cache/luu-tru-build', `run-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  log(`Cách dựng: ${decision.mode === 'full' ? 'toàn bộ' : 'tăng dần'} (${decision.reason}).`);
  try {
    let routes = decision.mode === 'incremental' ? await buildIncrementally(dist, work, decision.previous) : null;
    if (!routes) {
      routes = renderPages(dist, path.join(work, 'plan'), null);
      log(`Dựng toàn bộ ${Object.keys(routes).length} trang theo dữ liệu và mọi trang chung.`);
    }
    writeFileSync(manifestPath, serializeManifest({ version: MANIFEST_VERSION, site, routes }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  log(`Dựng trang xong sau ${((performance.now() - start) / 1000).toFixed(1)} giây; lập chỉ mục tìm kiếm…`);
  runNode([path.join(ROOT, 'scripts/index-search.ts'), dist], {}, 'Lập chỉ mục tìm kiếm');
  log(`Xong sau ${((performance.now() - start) / 1000).toFixed(1)} giây.`);
}

await main();

/**
 * Build the search index of a built site, split into shards (src/search/build/shards.ts).
 *
 *   node scripts/index-search.ts [DIST] [--shard-pages N] [--jobs N] [--cache DIR]
 *
 * Each shard is one Pagefind run through its Node API, so no run holds the whole archive; two
 * runs go side by side on a two-core machine. A shard whose pages did not change since an
 * earlier build is taken from the cache instead of being indexed again. The result is
 * dist/pagefind/<shard>/ per shard and dist/pagefind/shards.json, which the search page reads,
 * and the number index dist/pagefind/so-hieu/<bucket>.json (src/search/number-index.ts), written
 * again each time (it takes seconds).
 */
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { buildNumberIndex, readSearchHead, serializeBucket, type PageSearchHead } from '../src/search/number-index.ts';
import { DEFAULT_SHARD_PAGES, planShards, shardSize, shardDigest, type Shard } from '../src/search/build/shards.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
/** Bump when the way shards are built changes, so cached shards are not reused. */
const FORMAT = '1';
/** Pagefind files the search page does not use. */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;
/** Cache entries unused for this long are removed. */
const CACHE_DAYS = 3;

interface Job {
  shard: Shard;
  digest: string;
  dist: string;
  cache: string;
}

interface Options {
  dist: string;
  shardPages: number;
  jobs: number;
  cache: string;
  log: (line: string) => void;
}

export interface IndexSummary {
  shards: number;
  reused: number;
  pages: number;
  seconds: number;
}

function pagefindVersion(): string {
  return JSON.parse(readFileSync(path.join(ROOT, 'node_modules/pagefind/package.json'), 'utf8')).version;
}

interface DocumentPage extends Omit<PageSearchHead, 'sort'> {
  file: string;
  hash: string;
  date: string;
}

/** URL of a page under the site's root, as Pagefind and the number index give it. */
const pageUrl = (file: string) => file.replace(/index\.html$/, '');

/** Every document page of the site: HTML files under van-ban/ that mark a search body. */
function documentPages(dist: string): DocumentPage[] {
  const dir = path.join(dist, 'van-ban');
  if (!existsSync(dir)) return [];
  const out: DocumentPage[] = [];
  for (const rel of readdirSync(dir, { recursive: true })) {
    const file = `van-ban/${String(rel).split(path.sep).join('/')}`;
    if (!file.endsWith('.html')) continue;
    const content = readFileSync(path.join(dist, file));
    if (!content.includes('data-pagefind-body')) continue;
    const head = content.subarray(0, content.indexOf('</head>') + 1).toString('utf8');
    const { meta, filters, sort } = readSearchHead(head);
    out.push({ file, hash: createHash('sha1').update(content).digest('hex'), date: sort['date'] ?? '', meta, filters });
  }
  return out;
}

/** Put a folder's files into another: hard links where possible (no copy), else copies. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(src, dst);
    else {
      try {
        linkSync(src, dst);
      } catch {
        copyFileSync(src, dst);
      }
    }
  }
}

/** Index one shard with Pagefind (in a worker process) into the cache, under its digest. */
async function indexShard(pagefind: typeof import('pagefind'), job: Job): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind không khởi tạo được chỉ mục: ${errors.join('; ')}`);
  for (const file of job.shard.files) {
    const content = readFileSync(path.join(job.dist, file), 'utf8');
    const added = await index.addHTMLFile({ url: `/${pageUrl(file)}`, content });
    if (added.errors.length > 0) throw new Error(`${file}: Pagefind không đọc được trang: ${added.errors.join('; ')}`);
  }
  const tmp = path.join(job.cache, `${job.digest}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: tmp });
  if (written.errors.length > 0) throw new Error(`Pagefind không ghi được mảnh ${job.shard.name}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  for (const f of readdirSync(tmp)) if (UNUSED.test(f)) rmSync(path.join(tmp, f));
  rmSync(path.join(job.cache, job.digest), { recursive: true, force: true });
  renameSync(tmp, path.join(job.cache, job.digest));
}

/** Worker side: take jobs from the parent until it says stop. */
async function worker(): Promise<void> {
  const pagefind = await import('pagefind');
  process.on('message', async ({ job }: { job: Job | null }) => {
    if (!job) {
      await pagefind.close();
      process.exit(0);
    }
    try {
      const start = performance.now();
      await indexShard(pagefind, job);
      process.send!({ ok: true, name: job.shard.name, seconds: (performance.now() - start) / 1000 });
    } catch (error) {
      process.send!({ ok: false, name: job.shard.name, error: (error as Error).message });
    }
  });
  process.send!({ ready: true });
}

/** Run the jobs on `jobs` worker processes. */
function runJobs(queue: Job[], jobs: number, log: (line: string) => void): Promise<void> {
  const total = queue.length;
  let done = 0;
  let failed: string | null = null;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const child = fork(import.meta.filename, ['--worker'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      const next = () => {
        const job = failed ? undefined : queue.shift();
        child.send({ job: job ?? null });
      };
      child.on('message', (m: { ready?: true; ok?: boolean; name?: string; seconds?: number; error?: string }) => {
        if (m.ready) return next();
        if (m.ok) log(`  [${++done}/${total}] mảnh ${m.name}: ${m.seconds!.toFixed(1)} giây`);
        else failed ??= m.error!;
        next();
      });
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(failed ?? `Tiến trình lập chỉ mục dừng với mã ${code}`))));
    });
  return Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, queue.length)) }, one)).then(() => {
    if (failed) throw new Error(failed);
  });
}

function pruneCache(cache: string, keep: Set<string>): void {
  const limit = Date.now() - CACHE_DAYS * 86_400_000;
  for (const entry of readdirSync(cache)) {
    const p = path.join(cache, entry);
    if (entry.includes('.tmp-') || (!keep.has(entry) && statSync(p).mtimeMs < limit)) rmSync(p, { recursive: true, force: true });
  }
}

export async function buildSearchIndex(options: Options): Promise<IndexSummary> {
  const start = performance.now();
  const { dist, cache, log } = options;
  if (!existsSync(dist)) throw new Error(`Không có thư mục trang đã dựng: ${dist} (hãy chạy astro build trước)`);
  mkdirSync(cache, { recursive: true });
  const pages = documentPages(dist);
  const hashes = new Map(pages.map((p) => [p.file, p.hash]));
  const size = shardSize(pages.length, options.shardPages, options.jobs);
  const shards = planShards(pages, size);
  const settings = `${FORMAT}\0${pagefindVersion()}\0${size}`;
  const digests = shards.map((s) => shardDigest(s, hashes, settings));
  const queue: Job[] = [];
  shards.forEach((shard, i) => {
    if (!existsSync(path.join(cache, digests[i]!, 'pagefind-entry.json'))) queue.push({ shard, digest: digests[i]!, dist, cache });
  });
  const reused = shards.length - queue.length;
  log(`Chỉ mục tìm kiếm: ${pages.length} trang, ${shards.length} mảnh (${reused} dùng lại, ${queue.length} lập mới).`);
  if (queue.length > 0) await runJobs(queue, options.jobs, log);

  const out = path.join(dist, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const now = new Date();
  shards.forEach((shard, i) => {
    linkTree(path.join(cache, digests[i]!), path.join(out, shard.name));
    utimesSync(path.join(cache, digests[i]!), now, now);
  });
  const manifest = { version: 1, shards: shards.map((s) => ({ name: s.name, pages: s.files.length, oldest: s.oldest })) };
  writeFileSync(path.join(out, 'shards.json'), `${JSON.stringify(manifest)}\n`);
  const numbers = buildNumberIndex(pages.map((p) => ({ url: pageUrl(p.file), meta: p.meta, filters: p.filters })));
  mkdirSync(path.join(out, 'so-hieu'));
  for (const [bucket, hits] of numbers) writeFileSync(path.join(out, 'so-hieu', `${bucket}.json`), serializeBucket(hits));
  log(`Chỉ mục số ký hiệu: ${numbers.size} tệp.`);
  pruneCache(cache, new Set(digests));
  const seconds = (performance.now() - start) / 1000;
  log(`Đã lập chỉ mục ${pages.length} trang trong ${shards.length} mảnh sau ${seconds.toFixed(1)} giây.`);
  return { shards: shards.length, reused, pages: pages.length, seconds };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  if (args.includes('--worker')) await worker();
  else {
    const value = (name: string) => {
      const i = args.indexOf(name);
      return i >= 0 ? args[i + 1] : undefined;
    };
    const withValue = new Set(['--shard-pages', '--jobs', '--cache']);
    const dist = path.resolve(args.find((a, i) => !a.startsWith('--') && !withValue.has(args[i - 1] ?? '')) ?? 'dist');
    const shardPages = Number(value('--shard-pages') ?? process.env.SEARCH_SHARD_PAGES ?? DEFAULT_SHARD_PAGES);
    const jobs = Number(value('--jobs') ?? Math.min(2, availableParallelism()));
    if (!Number.isInteger(shardPages) || shardPages < 1 || !Number.isInteger(jobs) || jobs < 1) {
      console.error('Cách dùng: node scripts/index-search.ts [THƯ_MỤC_TRANG] [--shard-pages N] [--jobs N] [--cache THƯ_MỤC]');
      process.exit(2);
    }
    const cache = path.resolve(value('--cache') ?? process.env.SEARCH_CACHE_DIR ?? path.join(ROOT, 'node_modules/.cache/luu-tru-search'));
    try {
      await buildSearchIndex({ dist, shardPages, jobs, cache, log: (line) => console.log(line) });
    } catch (error) {
      console.error(`Lỗi lập chỉ mục tìm kiếm: ${(error as Error).message}`);
      process.exit(1);
    }
  }
}

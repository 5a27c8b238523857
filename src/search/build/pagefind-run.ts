/**
 * Pagefind runs in worker processes: each shard is one Pagefind run through its Node API, so
 * no run holds the whole archive, and two runs go side by side on a two-core machine. This
 * module is both the parent's job runner and, started with `--worker`, the worker.
 *
 * Node only.
 */
import { fork } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Shard } from './shards.ts';
import { countShardWords, writeShardWords } from './word-tables.ts';

/** One shard to index into the cache, under its digest. */
export interface Job {
  shard: Shard;
  digest: string;
  dist: string;
  cache: string;
}

/** Pagefind files the search page does not use. */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

/**
 * URL of a page under the site's root, as Pagefind and the number index give it.
 * @example pageUrl('van-ban/2019/a/index.html') === 'van-ban/2019/a/'
 */
export const pageUrl = (file: string): string => file.replace(/index\.html$/, '');

/** Index one shard with Pagefind into the cache, under its digest (written whole or not at all). */
async function indexShard(pagefind: typeof import('pagefind'), job: Job): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind không khởi tạo được chỉ mục: ${errors.join('; ')}`);
  const pages: string[] = [];
  for (const file of job.shard.files) {
    const content = readFileSync(path.join(job.dist, file), 'utf8');
    pages.push(content);
    const added = await index.addHTMLFile({ url: `/${pageUrl(file)}`, content });
    if (added.errors.length > 0) throw new Error(`${file}: Pagefind không đọc được trang: ${added.errors.join('; ')}`);
  }
  const tmp = path.join(job.cache, `${job.digest}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  const writing = index.writeFiles({ outputPath: tmp });
  // The shard's word tables, from the pages already read, while Pagefind's own process writes the index.
  const words = countShardWords(pages);
  const written = await writing;
  if (written.errors.length > 0)
    throw new Error(`Pagefind không ghi được mảnh ${job.shard.name}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  for (const f of readdirSync(tmp)) if (UNUSED.test(f)) rmSync(path.join(tmp, f));
  rmSync(path.join(job.cache, job.digest), { recursive: true, force: true });
  renameSync(tmp, path.join(job.cache, job.digest));
  writeShardWords(job.cache, job.digest, words);
}

/** Worker side: take jobs from the parent until it says stop. */
async function worker(): Promise<void> {
  const pagefind = await import('pagefind');
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- a job's failure is reported to the parent inside the handler
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

interface WorkerMessage {
  ready?: true;
  ok?: boolean;
  name?: string;
  seconds?: number;
  error?: string;
}

/** Run the jobs on `jobs` worker processes; the first failure stops the queue and is thrown. */
export function runJobs(queue: Job[], jobs: number, log: (line: string) => void): Promise<void> {
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
      child.on('message', (m: WorkerMessage) => {
        if (m.ready) return next();
        if (m.ok) log(`  [${++done}/${total}] mảnh ${m.name}: ${m.seconds!.toFixed(1)} giây`);
        else failed ??= m.error!;
        next();
      });
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(failed ?? `Tiến trình lập chỉ mục dừng với mã ${code}`)),
      );
    });
  return Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, queue.length)) }, one)).then(() => {
    if (failed) throw new Error(failed);
  });
}

if (import.meta.main && process.argv.includes('--worker')) await worker();

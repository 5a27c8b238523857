/**
 * Pagefind's own program indexes each shard: the shard's pages are linked into a folder of
 * their own, at their paths in the site (which give Pagefind their URLs), and the program
 * reads, parses and writes them on every core. Two shards go side by side. Measured against
 * Pagefind's Node API (one message per page to the same program, then one write) on 1,000
 * documents in 3 shards: 8.1 s instead of 12.5 s one shard at a time, 6.7 s instead of 9.1 s
 * two at a time.
 *
 * Pagefind numbers a shard's pages in the order it walks their folder, which follows the
 * file system (names, or creation order); the folder is made the same way on every build, so
 * the same pages give the same index on the same machine.
 *
 * Node only.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { linkOrCopy } from './cache.ts';
import {
  type ChunkRef,
  ENTRY_FILE,
  encodeChunk,
  encodeMeta,
  readChunk,
  readMeta,
  runBounds,
  splitWords,
} from './index-chunks.ts';
import { quickerStartWait } from './pagefind-script.ts';
import type { Shard } from './shards.ts';
import { countShardWords, writeShardWords } from './word-tables.ts';

/** One shard to index into the cache, under its digest. */
export interface Job {
  shard: Shard;
  digest: string;
  dist: string;
  cache: string;
}

/** Pagefind files the search page does not use (it runs Pagefind on the page's own thread). */
const UNUSED = /^(pagefind-(component-ui|modular-ui|ui|highlight|worker)\.(js|css)|playground)$/;

/**
 * URL of a page under the site's root, as Pagefind and the number index give it.
 * @example pageUrl('van-ban/2019/a/index.html') === 'van-ban/2019/a/'
 */
export const pageUrl = (file: string): string => file.replace(/index\.html$/, '');

/**
 * Pagefind's program, found the way the `pagefind` package finds it: PAGEFIND_BINARY_PATH
 * (or PAGEFIND_EXTENDED_BINARY_PATH), else the program of its package for this platform.
 */
export function pagefindProgram(): string {
  const fromEnv = process.env['PAGEFIND_EXTENDED_BINARY_PATH'] || process.env['PAGEFIND_BINARY_PATH'];
  if (fromEnv) return fromEnv;
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const require = createRequire(import.meta.url);
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      return require.resolve(`@pagefind/${platform}-${arch()}/bin/${name}${platform === 'windows' ? '.exe' : ''}`);
    } catch {
      /* the next name */
    }
  }
  throw new Error(
    `Không tìm thấy chương trình Pagefind cho ${platform}-${arch()}: hãy chạy lại npm install (gói @pagefind/${platform}-${arch()}).`,
  );
}

/** Run Pagefind's program over a folder of pages into `out`; rejects with the end of its output when it fails. */
export function runPagefind(site: string, out: string, cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // In `cwd` (the cache), where no pagefind.yml of the project's applies.
    const child = spawn(pagefindProgram(), ['--site', site, '--output-path', out, '--quiet'], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (d: string) => (output = (output + d).slice(-4000));
    child.stdout.setEncoding('utf8').on('data', keep);
    child.stderr.setEncoding('utf8').on('data', keep);
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`Pagefind dừng với mã ${code ?? 'null'}: ${output.trim()}`)),
    );
  });
}

/** Raw bytes a cut index chunk holds at most (Pagefind's own are about 56 KB); see index-chunks.ts. */
export const CHUNK_LIMIT = 8 * 1024;

/**
 * A name for a file of `bytes`: the language's prefix and the shortest start, 7 hex digits at
 * least as in Pagefind's own names ("vi_7d26bfa"), of the bytes' SHA-256 not yet in `taken`.
 */
function fileHash(prefix: string, bytes: Uint8Array, taken: Set<string>): string {
  const hex = createHash('sha256').update(bytes).digest('hex');
  for (let n = 7; ; n++) {
    const name = `${prefix}${hex.slice(0, n)}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** The files a cut of a shard folder's index chunks removes and writes. */
export interface Cut {
  removes: string[];
  writes: [string, Uint8Array][];
}

/**
 * How to cut the index chunks of a shard folder Pagefind wrote into chunks of at most `limit`
 * raw bytes (index-chunks.ts): new chunk files, a new metadata file, and the entry file naming
 * it. Reads and checks every file and changes none; throws for a shard of another shape.
 */
export function planCut(dir: string, limit = CHUNK_LIMIT): Cut {
  const entryFile = path.join(dir, ENTRY_FILE);
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
  const writes: [string, Uint8Array][] = [];
  const removes: string[] = [];
  const taken = new Set<string>();
  for (const language of Object.values(entry.languages)) {
    const metaFile = path.join(dir, `pagefind.${language.hash}.pf_meta`);
    const meta = readMeta(gunzipSync(readFileSync(metaFile)));
    const runs = meta.chunks.flatMap((chunk) => {
      const file = path.join(dir, 'index', `${chunk.hash}.pf_index`);
      removes.push(file);
      return splitWords(readChunk(gunzipSync(readFileSync(file))), limit);
    });
    const prefix = language.hash.replace(/[^_]*$/, '');
    const bounds = runBounds(runs);
    const chunks: ChunkRef[] = runs.map((run, i) => {
      const bytes = gzipSync(encodeChunk(run), { level: 9 });
      const hash = fileHash(prefix, bytes, taken);
      writes.push([path.join(dir, 'index', `${hash}.pf_index`), bytes]);
      return { ...bounds[i]!, hash };
    });
    const bytes = gzipSync(encodeMeta(meta, chunks), { level: 9 });
    language.hash = fileHash(prefix, bytes, taken);
    writes.push([path.join(dir, `pagefind.${language.hash}.pf_meta`), bytes]);
    removes.push(metaFile);
  }
  writes.push([entryFile, new TextEncoder().encode(JSON.stringify(entry))]);
  return { removes, writes };
}

/** Carry out a cut. */
export function applyCut(cut: Cut): void {
  for (const file of cut.removes) rmSync(file);
  for (const [file, bytes] of cut.writes) writeFileSync(file, bytes);
}

/** Link (or copy, across file systems) the shard's pages into `site`, at their paths, in the shard's order. */
function linkPages(job: Job, site: string): void {
  for (const file of job.shard.files) {
    const to = path.join(site, file);
    mkdirSync(path.dirname(to), { recursive: true });
    linkOrCopy(path.join(job.dist, file), to);
  }
}

/**
 * Index one shard into the cache, under its digest (written whole or not at all), with its
 * word tables; returns a warning when its index chunks were kept as Pagefind wrote them.
 */
async function indexShard(job: Job): Promise<string | undefined> {
  const site = path.join(job.cache, `${job.digest}.tmp-site-${process.pid}`);
  const tmp = path.join(job.cache, `${job.digest}.tmp-${process.pid}`);
  const clear = () => {
    for (const dir of [site, tmp]) rmSync(dir, { recursive: true, force: true });
  };
  clear();
  try {
    linkPages(job, site);
    const indexing = runPagefind(site, tmp, job.cache);
    // The shard's word tables, while Pagefind's program indexes the pages.
    const words = countShardWords(job.shard.files.map((file) => readFileSync(path.join(job.dist, file), 'utf8')));
    await indexing;
    for (const f of readdirSync(tmp)) if (UNUSED.test(f)) rmSync(path.join(tmp, f), { recursive: true });
    const script = path.join(tmp, 'pagefind.js');
    writeFileSync(script, quickerStartWait(readFileSync(script, 'utf8')));
    let warning: string | undefined;
    let cut: Cut | undefined;
    try {
      cut = planCut(tmp);
    } catch (error) {
      warning = `  Cảnh báo: mảnh ${job.shard.name} giữ nguyên các khối chỉ mục của Pagefind (không đọc được: ${(error as Error).message}); tìm kiếm vẫn chạy nhưng tải nhiều hơn.`;
    }
    if (cut) applyCut(cut);
    rmSync(path.join(job.cache, job.digest), { recursive: true, force: true });
    renameSync(tmp, path.join(job.cache, job.digest));
    writeShardWords(job.cache, job.digest, words);
    return warning;
  } catch (error) {
    throw new Error(`Mảnh ${job.shard.name}: ${(error as Error).message}`, { cause: error });
  } finally {
    clear();
  }
}

/** Index the shards, `jobs` at a time, printing progress; the first failure stops the queue and is thrown. */
export async function runJobs(queue: Job[], jobs: number, log: (line: string) => void): Promise<void> {
  const total = queue.length;
  let done = 0;
  const failures: Error[] = [];
  const lane = async () => {
    for (let job = queue.shift(); job && failures.length === 0; job = queue.shift()) {
      const start = performance.now();
      try {
        const warning = await indexShard(job);
        if (warning) log(warning);
        log(`  [${++done}/${total}] mảnh ${job.shard.name}: ${((performance.now() - start) / 1000).toFixed(1)} giây`);
      } catch (error) {
        failures.push(error as Error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, queue.length)) }, lane));
  if (failures.length > 0) throw failures[0]!;
}

/**
 * Build the search index of a built site: plan shards from the page records, index the shards
 * that changed (pagefind-worker.ts), take the others from the cache, and write what the search
 * page reads: INDEX_DIR/<shard>/ per shard, the shard manifest, the number index and the table
 * of the archive's d/đ words (names in contract.ts).
 *
 * Shards are as large as the browser's first search batch (contract.ts SHARD_PAGES): a
 * query reads one shard's Pagefind files (each shard loads its own engine files), not one per
 * core the indexer had.
 *
 * Node only.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  D_WORDS_FILE,
  INDEX_DIR,
  NUMBER_INDEX_DIR,
  numberIndexFile,
  SHARD_MANIFEST,
  type ShardManifest,
} from '../contract.ts';
import { addPageDWords, pageDWords, parseDWords, serializeDWords, type DWords } from '../d-words.ts';
import { MANIFEST_FILE, parseManifest } from '../../build/manifest.ts';
import { buildNumberIndex, serializeBucket } from '../number-index.ts';
import { linkTree, pruneCache } from './cache.ts';
import { pageUrl, runJobs, type Job } from './pagefind-worker.ts';
import { readDocumentPages, type DocumentPage } from './records.ts';
import { planShards, shardDigest, type Shard } from './shards.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Bump when the way shards are built changes, so cached shards are not reused. */
const FORMAT = '2';

export interface IndexOptions {
  /** The built site. */
  dist: string;
  /** Most pages in one shard. */
  shardPages: number;
  /** Pagefind runs side by side. */
  jobs: number;
  /** Folder of cached shards. */
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
  return (
    JSON.parse(readFileSync(path.join(ROOT, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }
  ).version;
}

/**
 * The shard manifest the browser reads: each shard's name, page count and oldest year.
 * @example shardManifest([{ name: '2024', files: ['a', 'b'], oldest: '2024' }]) // { version: 1, shards: [{ name: '2024', pages: 2, oldest: '2024' }] }
 */
export function shardManifest(shards: Shard[]): ShardManifest {
  return { version: 1, shards: shards.map((s) => ({ name: s.name, pages: s.files.length, oldest: s.oldest })) };
}

/** Link every shard from the cache into the index folder and write the manifest. */
function writeShards(out: string, cache: string, shards: Shard[], digests: string[]): void {
  const now = new Date();
  shards.forEach((shard, i) => {
    linkTree(path.join(cache, digests[i]!), path.join(out, shard.name));
    utimesSync(path.join(cache, digests[i]!), now, now);
  });
  writeFileSync(path.join(out, SHARD_MANIFEST), `${JSON.stringify(shardManifest(shards))}\n`);
}

/** Write the number index files; returns how many. */
function writeNumberIndex(out: string, pages: DocumentPage[]): number {
  const numbers = buildNumberIndex(pages.map((p) => ({ url: pageUrl(p.file), meta: p.meta, filters: p.filters })));
  mkdirSync(path.join(out, NUMBER_INDEX_DIR));
  for (const [bucket, hits] of numbers) writeFileSync(path.join(out, numberIndexFile(bucket)), serializeBucket(hits));
  return numbers.size;
}

/**
 * The text of a page for the d/đ table: its HTML without scripts, styles and tags.
 * @example pageText('<p>Đoàn <b>viên</b></p><script>x</script>') === ' Đoàn  viên  '
 */
export function pageText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ');
}

/** Where the cache keeps a shard's d/đ words: beside its Pagefind files, named after its digest. */
const D_WORDS_SUFFIX = '.tu-d.json';
const dWordsCacheFile = (cache: string, digest: string) => path.join(cache, `${digest}${D_WORDS_SUFFIX}`);

/** A shard's d/đ words: from the cache, or read from its pages and kept in the cache. */
function shardDWords(dist: string, cache: string, shard: Shard, digest: string): DWords {
  const cached = dWordsCacheFile(cache, digest);
  if (existsSync(cached)) {
    utimesSync(cached, new Date(), new Date());
    return parseDWords(JSON.parse(readFileSync(cached, 'utf8')));
  }
  const table: DWords = new Map();
  for (const file of shard.files)
    addPageDWords(table, pageDWords(pageText(readFileSync(path.join(dist, file), 'utf8'))));
  writeFileSync(cached, serializeDWords(table));
  return table;
}

/** Write the table of the archive's d/đ words, the sum of its shards'; returns how many words. */
function writeDWords(out: string, dist: string, cache: string, shards: Shard[], digests: string[]): number {
  const table: DWords = new Map();
  shards.forEach((shard, i) => {
    for (const [word, [d, dd]] of shardDWords(dist, cache, shard, digests[i]!)) {
      const counts = table.get(word) ?? [0, 0];
      table.set(word, [counts[0] + d, counts[1] + dd]);
    }
  });
  writeFileSync(path.join(out, D_WORDS_FILE), serializeDWords(table));
  return table.size;
}

/**
 * The build manifest's page digests, each with the digest of the code that built it, by
 * file; empty when the site was not built by scripts/build.ts.
 */
function manifestDigests(dist: string): Map<string, string> {
  const file = path.join(dist, MANIFEST_FILE);
  const manifest = existsSync(file) ? parseManifest(readFileSync(file, 'utf8')) : null;
  if (!manifest) return new Map();
  return new Map(
    Object.entries(manifest.routes)
      .filter(([, e]) => e.page)
      .map(([f, e]) => [f, `${manifest.site}:${e.digest}`]),
  );
}

/** Index a built site (see the module comment). */
export async function buildSearchIndex(options: IndexOptions): Promise<IndexSummary> {
  const start = performance.now();
  const { dist, cache, log } = options;
  if (!existsSync(dist)) throw new Error(`Không có thư mục trang đã dựng: ${dist} (hãy chạy astro build trước)`);
  mkdirSync(cache, { recursive: true });
  const pages = readDocumentPages(dist, manifestDigests(dist));
  const hashes = new Map(pages.map((p) => [p.file, p.hash]));
  const size = options.shardPages;
  const shards = planShards(pages, size);
  const settings = `${FORMAT}\0${pagefindVersion()}\0${size}`;
  const digests = shards.map((s) => shardDigest(s, hashes, settings));
  const queue: Job[] = [];
  shards.forEach((shard, i) => {
    if (!existsSync(path.join(cache, digests[i]!, 'pagefind-entry.json')))
      queue.push({ shard, digest: digests[i]!, dist, cache });
  });
  const reused = shards.length - queue.length;
  log(`Chỉ mục tìm kiếm: ${pages.length} trang, ${shards.length} mảnh (${reused} dùng lại, ${queue.length} lập mới).`);
  if (queue.length > 0) await runJobs(queue, options.jobs, log);

  const out = path.join(dist, INDEX_DIR);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeShards(out, cache, shards, digests);
  log(`Chỉ mục số ký hiệu: ${writeNumberIndex(out, pages)} tệp.`);
  log(`Bảng từ d/đ: ${writeDWords(out, dist, cache, shards, digests)} từ.`);
  pruneCache(cache, new Set(digests.flatMap((d) => [d, `${d}${D_WORDS_SUFFIX}`])));
  const seconds = (performance.now() - start) / 1000;
  log(`Đã lập chỉ mục ${pages.length} trang trong ${shards.length} mảnh sau ${seconds.toFixed(1)} giây.`);
  return { shards: shards.length, reused, pages: pages.length, seconds };
}

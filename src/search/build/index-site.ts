/**
 * Build the search index of a built site: plan shards from the page records, index the shards
 * that changed (pagefind-run.ts), take the others from the cache, and write what the search
 * page reads: INDEX_DIR/<shard>/ per shard, the shard manifest (also written into the search
 * page: inline-manifest.ts), the number index, and the tables of the archive's d/đ words and
 * of its most frequent words (names in contract.ts).
 *
 * Shards are as large as the browser's first search batch (contract.ts SHARD_PAGES): a
 * query reads one shard's Pagefind files (each shard loads its own engine files), not one per
 * core the indexer had.
 *
 * Node only.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import {
  D_WORDS_FILE,
  INDEX_DIR,
  NUMBER_INDEX_DIR,
  numberIndexFile,
  PRELOAD_FILE,
  SEARCH_PAGE_FILE,
  SHARD_MANIFEST,
  type ShardManifest,
} from '../contract.ts';
import { inlineManifest, preloadFiles, preloadScript, type ShardStart } from './inline-manifest.ts';
import { manifestHead } from '../shard-batches.ts';
import { serializeDWords, type DWords } from '../d-words.ts';
import { COMMON_WORDS_FILE, COMMON_WORDS_KEPT, serializeCommonWords, type CommonWords } from '../common-words.ts';
import { MANIFEST_FILE, parseManifest } from '../../build/manifest.ts';
import { countShardWords, readShardWords, writeShardWords, WORDS_SUFFIX, type ShardWords } from './word-tables.ts';
import { buildNumberIndex, serializeBucket } from '../number-index.ts';
import { linkTree, pruneCache } from './cache.ts';
import { CHUNK_LIMIT, pageUrl, runJobs, type Job } from './pagefind-run.ts';
import { ENTRY_FILE } from './index-chunks.ts';
import { readDocumentPages, type DocumentPage } from './records.ts';
import { planShards, shardDigest, type Shard } from './shards.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Bump when the way shards are built changes, so cached shards are not reused. */
const FORMAT = '5';

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

/** Characters of a shard's digest kept as its tag (contract.ts ManifestShard.tag). */
const TAG_LENGTH = 12;

/**
 * The shard manifest the browser reads: each shard's name, page count, oldest year and tag.
 * @example shardManifest([{ name: '2024', files: ['a', 'b'], oldest: '2024' }], ['0123456789abcdef']) // { version: 1, shards: [{ name: '2024', pages: 2, oldest: '2024', tag: '0123456789ab' }] }
 */
export function shardManifest(shards: Shard[], digests: string[]): ShardManifest {
  return {
    version: 1,
    shards: shards.map((s, i) => ({
      name: s.name,
      pages: s.files.length,
      oldest: s.oldest,
      tag: digests[i]!.slice(0, TAG_LENGTH),
    })),
  };
}

/** Whether `folder` was linked whole from the cache entry `entry` (see writeShards): the same entry file, same inode. */
function linkedFrom(folder: string, entry: string): boolean {
  try {
    const a = statSync(path.join(folder, ENTRY_FILE));
    const b = statSync(path.join(entry, ENTRY_FILE));
    return a.ino === b.ino && a.dev === b.dev;
  } catch {
    return false;
  }
}

/**
 * Put every shard into the index folder from the cache and write the manifest. A shard folder
 * already linked from the same cache entry is kept (an incremental build of a large archive
 * links one shard, not a few hundred thousand files); the others are linked into a temporary
 * folder renamed into place, so a kept folder is always whole. Anything else in the index
 * folder but the files written after this is removed.
 */
function writeShards(out: string, cache: string, shards: Shard[], digests: string[]): ShardManifest {
  const now = new Date();
  mkdirSync(out, { recursive: true });
  const names = new Set(shards.map((s) => s.name));
  for (const entry of readdirSync(out)) if (!names.has(entry)) rmSync(path.join(out, entry), { recursive: true });
  shards.forEach((shard, i) => {
    const entry = path.join(cache, digests[i]!);
    const folder = path.join(out, shard.name);
    if (!linkedFrom(folder, entry)) {
      const tmp = `${folder}.tmp`;
      rmSync(tmp, { recursive: true, force: true });
      linkTree(entry, tmp);
      rmSync(folder, { recursive: true, force: true });
      renameSync(tmp, folder);
    }
    utimesSync(entry, now, now);
  });
  const manifest = shardManifest(shards, digests);
  writeFileSync(path.join(out, SHARD_MANIFEST), `${JSON.stringify(manifest)}\n`);
  return manifest;
}

/** The files of a shard folder Pagefind fetches first (null when it has no metadata file). */
function shardStart(folder: string): ShardStart | null {
  const metaFile = existsSync(folder) ? readdirSync(folder).find((f) => f.endsWith('.pf_meta')) : undefined;
  return metaFile ? { metaFile } : null;
}

/**
 * Write the newest shard's preload script (an empty one when there is no shard) and the
 * manifest's first batch into the search page, when the site has one (inline-manifest.ts).
 */
function writeInlineManifest(dist: string, manifest: ShardManifest): boolean {
  const first = manifest.shards[0];
  const start = first ? shardStart(path.join(dist, INDEX_DIR, first.name)) : null;
  writeFileSync(
    path.join(dist, INDEX_DIR, PRELOAD_FILE),
    first && start ? preloadScript(preloadFiles(first, start)) : '',
  );
  const file = path.join(dist, SEARCH_PAGE_FILE);
  if (!existsSync(file)) return false;
  const html = inlineManifest(readFileSync(file, 'utf8'), manifestHead(manifest));
  if (html === null) return false;
  // A new file, not a write through a link another build may share.
  writeFileSync(`${file}.tmp`, html);
  renameSync(`${file}.tmp`, file);
  return true;
}

/** Write the number index files; returns how many. */
function writeNumberIndex(out: string, pages: DocumentPage[]): number {
  const numbers = buildNumberIndex(pages.map((p) => ({ url: pageUrl(p.file), meta: p.meta, filters: p.filters })));
  mkdirSync(path.join(out, NUMBER_INDEX_DIR));
  for (const [bucket, hits] of numbers) writeFileSync(path.join(out, numberIndexFile(bucket)), serializeBucket(hits));
  return numbers.size;
}

/** A shard's word tables: from the cache (its Pagefind worker wrote them), or read from its pages now. */
function shardWords(dist: string, cache: string, shard: Shard, digest: string): ShardWords {
  const cached = readShardWords(cache, digest);
  if (cached) return cached;
  const words = countShardWords(shard.files.map((file) => readFileSync(path.join(dist, file), 'utf8')));
  writeShardWords(cache, digest, words);
  return words;
}

/**
 * Write the tables of the archive's d/đ words and of its most frequent words, the sums of its
 * shards'; returns their sizes.
 */
function writeWordTables(
  out: string,
  dist: string,
  cache: string,
  shards: Shard[],
  digests: string[],
): { dWords: number; common: number } {
  const table: DWords = new Map();
  const counts: CommonWords = new Map();
  shards.forEach((shard, i) => {
    const words = shardWords(dist, cache, shard, digests[i]!);
    for (const [word, [d, dd]] of words.dWords) {
      const sum = table.get(word) ?? [0, 0];
      table.set(word, [sum[0] + d, sum[1] + dd]);
    }
    for (const [word, n] of words.common) counts.set(word, (counts.get(word) ?? 0) + n);
  });
  writeFileSync(path.join(out, D_WORDS_FILE), serializeDWords(table));
  writeFileSync(path.join(out, COMMON_WORDS_FILE), serializeCommonWords(counts));
  return { dWords: table.size, common: Math.min(counts.size, COMMON_WORDS_KEPT) };
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
  const settings = `${FORMAT}\0${pagefindVersion()}\0${size}\0${CHUNK_LIMIT}`;
  const digests = shards.map((s) => shardDigest(s, hashes, settings));
  const queue: Job[] = [];
  shards.forEach((shard, i) => {
    if (!existsSync(path.join(cache, digests[i]!, ENTRY_FILE))) queue.push({ shard, digest: digests[i]!, dist, cache });
  });
  const reused = shards.length - queue.length;
  log(`Chỉ mục tìm kiếm: ${pages.length} trang, ${shards.length} mảnh (${reused} dùng lại, ${queue.length} lập mới).`);
  if (queue.length > 0) await runJobs(queue, options.jobs, log);

  const out = path.join(dist, INDEX_DIR);
  const manifest = writeShards(out, cache, shards, digests);
  if (writeInlineManifest(dist, manifest)) log(`Danh sách mảnh đã ghi vào trang tìm kiếm (${SEARCH_PAGE_FILE}).`);
  log(`Chỉ mục số ký hiệu: ${writeNumberIndex(out, pages)} tệp.`);
  const words = writeWordTables(out, dist, cache, shards, digests);
  log(`Bảng từ d/đ: ${words.dWords} từ; bảng từ phổ biến: ${words.common} từ.`);
  pruneCache(cache, new Set(digests.flatMap((d) => [d, `${d}${WORDS_SUFFIX}`])));
  const seconds = (performance.now() - start) / 1000;
  log(`Đã lập chỉ mục ${pages.length} trang trong ${shards.length} mảnh sau ${seconds.toFixed(1)} giây.`);
  return { shards: shards.length, reused, pages: pages.length, seconds };
}

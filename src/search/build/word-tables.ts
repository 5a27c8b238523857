/**
 * A shard's word tables: its d/đ words (d-words.ts) and its most frequent words with their
 * counts (common-words.ts), counted from its pages' HTML and kept in the shard cache beside its
 * Pagefind files. The Pagefind worker counts them while it reads the pages for the index, so
 * an incremental build does not read a changed shard's pages a second time; the archive's
 * tables are the sums of its shards'.
 *
 * Node only (files).
 */
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  COMMON_WORDS_KEPT,
  countWords,
  parseCommonWords,
  serializeCommonWords,
  type CommonWords,
} from '../common-words.ts';
import { addPageDWords, pageDWords, parseDWords, serializeDWords, type DWords } from '../d-words.ts';

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

/**
 * The part of a page Pagefind indexes: from its `data-pagefind-body` element on (the whole
 * page when it has none). An estimate for word counts: ignored parts inside are kept.
 * @example indexedPart('<nav>menu</nav><main data-pagefind-body>Đoàn</main>') === 'data-pagefind-body>Đoàn</main>'
 */
export function indexedPart(html: string): string {
  const at = html.indexOf('data-pagefind-body');
  return at < 0 ? html : html.slice(at);
}

/** One shard's word tables: its d/đ words, and its most frequent words with their counts. */
export interface ShardWords {
  dWords: DWords;
  common: CommonWords;
}

/**
 * Most frequent words a shard keeps for the archive's table: far more than the table's
 * COMMON_WORDS_KEPT, so the sum over shards ranks the archive's top words as a full count
 * would. Full and incremental builds sum the same shard tables, so they give the same file.
 */
const SHARD_COMMON_KEPT = 5 * COMMON_WORDS_KEPT;

/** Where the cache keeps a shard's word tables: beside its Pagefind files, named after its digest. */
export const WORDS_SUFFIX = '.tu.json';
const wordsCacheFile = (cache: string, digest: string) => path.join(cache, `${digest}${WORDS_SUFFIX}`);

/**
 * Count the word tables of a shard's pages, as the cache keeps them (common words cut to SHARD_COMMON_KEPT).
 * @example countShardWords(['<p data-pagefind-body>Đoàn viên</p>']).dWords.get('doan') // [0, 1]
 */
export function countShardWords(htmls: Iterable<string>): ShardWords {
  const dWords: DWords = new Map();
  const counts: CommonWords = new Map();
  for (const html of htmls) {
    addPageDWords(dWords, pageDWords(pageText(html)));
    countWords(counts, pageText(indexedPart(html)));
  }
  return { dWords, common: parseCommonWords(JSON.parse(serializeCommonWords(counts, SHARD_COMMON_KEPT))) };
}

/** Keep a shard's word tables in the cache under its digest. */
export function writeShardWords(cache: string, digest: string, words: ShardWords): void {
  writeFileSync(
    wordsCacheFile(cache, digest),
    `{"dWords":${serializeDWords(words.dWords)},"common":${serializeCommonWords(words.common, SHARD_COMMON_KEPT)}}`,
  );
}

/** A shard's word tables from the cache (marked as used), or null when the cache has none. */
export function readShardWords(cache: string, digest: string): ShardWords | null {
  const file = wordsCacheFile(cache, digest);
  if (!existsSync(file)) return null;
  utimesSync(file, new Date(), new Date());
  const { dWords, common } = JSON.parse(readFileSync(file, 'utf8')) as { dWords: unknown; common: unknown };
  return { dWords: parseDWords(dWords), common: parseCommonWords(common) };
}

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
import { COMMON_WORDS_KEPT, parseCommonWords, serializeCommonWords, type CommonWords } from '../common-words.ts';
import { addPageDWords, isDTableKey, parseDWords, serializeDWords, type DWords } from '../d-words.ts';
import { keptAnswers } from '../../text/memo.ts';
import { stripDiacritics } from '../../text/vietnamese.ts';

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
 * Where the part of a page Pagefind indexes begins: after the tag that carries
 * `data-pagefind-body` (0, the whole page, when it has none). An estimate for word counts:
 * ignored parts inside are kept.
 * @example indexedStart('<nav>menu</nav><main data-pagefind-body>Đoàn</main>') === 40
 */
export function indexedStart(html: string): number {
  const at = html.indexOf('data-pagefind-body');
  if (at < 0) return 0;
  const end = html.indexOf('>', at);
  return end < 0 ? html.length : end + 1;
}

/** A character of a word, as Pagefind splits words: a letter, a mark or a digit. */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** WORD_CHAR of each UTF-16 unit of the Basic Multilingual Plane (1 = a word character), made on first use. */
let bmpWordChars: Uint8Array | null = null;
function wordChars(): Uint8Array {
  if (!bmpWordChars) {
    bmpWordChars = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) bmpWordChars[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
  }
  return bmpWordChars;
}

/**
 * Call `word` for each word of a text, as written: runs of letters, marks and digits, as
 * Pagefind splits words. Read one character at a time through WORD_CHAR's table: the pattern
 * `[\p{L}\p{M}\p{N}]+` over a whole shard was most of the index step's own time.
 * @example const seen: string[] = []; eachWord('Đoàn viên, 2024', (w) => seen.push(w)); seen // ['Đoàn', 'viên', '2024']
 */
export function eachWord(text: string, word: (w: string) => void): void {
  const table = wordChars();
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let isWord: boolean;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A character outside the BMP: its two units together.
      isWord = WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
      if (isWord) {
        if (start < 0) start = i;
        i++;
        continue;
      }
    } else isWord = table[c] === 1;
    if (isWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      word(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) word(text.slice(start));
}

/** What the tables need of a word as written: its folded form and whether it is a d/đ word (which). */
interface WordReading {
  folded: string;
  /** 'd' or 'đ' for a word of the d/đ table (d-words.ts isDTableKey), else ''. */
  initial: '' | 'd' | 'đ';
}

/** Readings of the words seen so far, by the word as written. */
const readings = keptAnswers<WordReading>(200_000);
function readWord(written: string): WordReading {
  return readings(written, () => {
    const lower = written.normalize('NFC').toLowerCase();
    const folded = stripDiacritics(lower);
    const first = lower[0];
    const initial = (first === 'd' || first === 'đ') && isDTableKey(folded) ? first : '';
    return { folded, initial };
  });
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
 * Count the word tables of a shard's pages, as the cache keeps them (common words cut to
 * SHARD_COMMON_KEPT): the d/đ words of each page's whole text (d-words.ts), the common words
 * of the part Pagefind indexes, each page's text read once (the tests hold it to the
 * whole-text patterns it replaced).
 * @example countShardWords(['<p data-pagefind-body>Đoàn viên</p>']).dWords.get('doan') // [0, 1]
 */
export function countShardWords(htmls: Iterable<string>): ShardWords {
  const dWords: DWords = new Map();
  const counts: CommonWords = new Map();
  for (const html of htmls) {
    const at = indexedStart(html);
    const page = new Map<string, { d: boolean; dd: boolean }>();
    const written = new Map<string, number>();
    const noteD = (reading: WordReading) => {
      const entry = page.get(reading.folded) ?? { d: false, dd: false };
      if (reading.initial === 'đ') entry.dd = true;
      else entry.d = true;
      page.set(reading.folded, entry);
    };
    eachWord(pageText(html.slice(0, at)), (w) => {
      const reading = readWord(w);
      if (reading.initial) noteD(reading);
    });
    eachWord(pageText(html.slice(at)), (w) => written.set(w, (written.get(w) ?? 0) + 1));
    for (const [w, n] of written) {
      const reading = readWord(w);
      if (reading.initial) noteD(reading);
      counts.set(reading.folded, (counts.get(reading.folded) ?? 0) + n);
    }
    addPageDWords(dWords, page);
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

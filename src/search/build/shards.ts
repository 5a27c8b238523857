/**
 * How the search index is split. One Pagefind run over a whole large archive needs more memory
 * than a small machine has (about 0.6 GB per 1,000 pages), so the document pages are indexed in
 * shards of at most `maxPages` pages, grouped by year: neighbouring small years share a shard,
 * a large year is cut into parts by date. Shards are newest first and each covers a span of
 * dates that does not overlap the next, so the browser, which merges them (Pagefind's
 * mergeIndex) and gets each shard's results sorted on its own, has them sorted as a whole. A
 * shard is named after its years, and its digest (of its pages' contents) lets an unchanged
 * shard be reused from the previous build.
 */
import { createHash } from 'node:crypto';
import { SHARD_PAGES } from '../contract.ts';

export interface ShardPage {
  /** Path of the HTML file inside dist/, e.g. "van-ban/2019/44-kh-ubnd/index.html". */
  file: string;
  /** The date the page gives Pagefind to sort by (YYYY-MM-DD), or "" when it has none. */
  date: string;
}

export interface Shard {
  /** Folder name under dist/pagefind/, e.g. "2024", "2024.2", "2019_2021". */
  name: string;
  files: string[];
  /** Oldest year in the shard ("" for undated pages): how far back a search has gone. */
  oldest: string;
}

/**
 * Default shard size: the browser's first search batch (contract.ts SHARD_PAGES), so a query
 * reads one shard; an index run of this many pages needs well under 1 GB.
 */
export const DEFAULT_SHARD_PAGES = SHARD_PAGES;

/**
 * Group pages into shards, newest years first. Every page is in exactly one shard; the same
 * pages always give the same shards.
 */
export function planShards(pages: ShardPage[], maxPages = DEFAULT_SHARD_PAGES): Shard[] {
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new Error(`Kích thước mảnh chỉ mục không hợp lệ: ${maxPages}`);
  const byYear = new Map<string, ShardPage[]>();
  for (const p of pages) {
    const year = p.date.slice(0, 4);
    const list = byYear.get(year);
    if (list) list.push(p);
    else byYear.set(year, [p]);
  }
  // Newest first; pages with no year last.
  const years = [...byYear.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : b.localeCompare(a)));
  const label = (y: string) => y || 'khac';
  const shards: Shard[] = [];
  let group: { years: string[]; files: string[] } | null = null;
  const flush = () => {
    if (!group) return;
    const hi = label(group.years[0]!);
    const lo = label(group.years.at(-1)!);
    shards.push({ name: hi === lo ? hi : `${hi}_${lo}`, files: group.files, oldest: group.years.at(-1)! });
    group = null;
  };
  for (const year of years) {
    // Newest first, as Pagefind sorts by date; the path breaks ties.
    const files = byYear
      .get(year)!
      .sort((a, b) => b.date.localeCompare(a.date) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
      .map((p) => p.file);
    if (files.length > maxPages) {
      flush();
      const parts = Math.ceil(files.length / maxPages);
      const size = Math.ceil(files.length / parts);
      for (let i = 0; i < parts; i++)
        shards.push({ name: `${label(year)}.${i + 1}`, files: files.slice(i * size, (i + 1) * size), oldest: year });
      continue;
    }
    if (group && group.files.length + files.length > maxPages) flush();
    group ??= { years: [], files: [] };
    group.years.push(year);
    group.files.push(...files);
  }
  flush();
  return shards;
}

/** Digest of a shard: its name, the indexer's settings and each page's path and content hash. */
export function shardDigest(shard: Shard, contentHashes: Map<string, string>, settings: string): string {
  const hash = createHash('sha256').update(settings).update('\0').update(shard.name);
  for (const file of shard.files)
    hash
      .update('\0')
      .update(file)
      .update('\0')
      .update(contentHashes.get(file) ?? '');
  return hash.digest('hex').slice(0, 32);
}

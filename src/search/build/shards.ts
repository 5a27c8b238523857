/**
 * How the search index is split. One Pagefind run over a whole large archive needs more memory
 * than a small machine has (about 0.6 GB per 1,000 pages), so the document pages are indexed in
 * shards of at most `maxPages` pages, grouped by year: neighbouring small years share a shard,
 * a large year is cut into parts by date (cutParts: where a part ends depends on the pages
 * around the cut only, so one page added re-indexes its own part, not every part of its year).
 * Shards are newest first and each covers a span of
 * dates that does not overlap the next, so the browser, which merges them (Pagefind's
 * mergeIndex) and gets each shard's results sorted on its own, has them sorted as a whole. A
 * shard is named after its years (a part of a large year also after its newest page), and its digest (of its pages' contents) lets an unchanged
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
  /** Folder name under dist/pagefind/, e.g. "2024", "2024.1x2f9k" (a part of a large year), "2021_2019". */
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
  const least = leastPart(maxPages);
  for (const year of years) {
    // Newest first, as Pagefind sorts by date; the path breaks ties.
    const files = byYear
      .get(year)!
      .sort((a, b) => b.date.localeCompare(a.date) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
      .map((p) => p.file);
    const open = group;
    if (open && open.files.length + files.length <= maxPages) {
      open.years.push(year);
      open.files.push(...files);
      continue;
    }
    // A group of small years that this year does not fit beside, and that fills less than a
    // part, is carried into this year's first part rather than left a shard of a few pages:
    // the newest year of a large archive, a few weeks old, would otherwise be the browser's
    // first batch with the year before it, two shards and two sets of engine files.
    const carried = open && open.files.length < least ? open : null;
    if (!carried) flush();
    group = null;
    if (!carried && files.length <= maxPages) {
      group = { years: [year], files };
      continue;
    }
    const cut = carried ? [...carried.files, ...files] : files;
    const spanned = carried ? `${label(carried.years[0]!)}_${label(year)}` : label(year);
    cutParts(cut, maxPages).forEach((part, i) => {
      const base = i === 0 ? spanned : label(year);
      // Two parts of a year whose newest pages hash alike: the later one is numbered.
      let name = partName(base, part);
      for (let n = 2; shards.some((x) => x.name === name); n++) name = `${partName(base, part)}-${n}`;
      shards.push({ name, files: part, oldest: year });
    });
  }
  flush();
  return shards;
}

/**
 * 32-bit FNV-1a of a text: a cheap, stable hash for choosing cuts and naming parts.
 * @example fnv1a('') === 2166136261
 */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The fewest pages of a part that is not a year's last: three quarters of the most. */
const leastPart = (maxPages: number) => Math.max(1, Math.floor((maxPages * 3) / 4));

/**
 * Cut a large year's pages (newest first) into parts of at most `maxPages`. A part ends after
 * a page whose path hashes to a multiple of `every`, once it has `3/4 · maxPages` pages (or at
 * `maxPages`): where a part ends is chosen by the pages at that place alone, so a page added
 * to a year changes its own part (at most splitting it in two), and the parts after it keep
 * their pages and their digests. Cutting into equal parts moved every cut of the year and
 * re-indexed all its parts for one new page (12 shards, 106 s of a 284 s incremental build at
 * 100,000 documents). A short last part joins the one before it when both fit.
 * @example cutParts(['a', 'b', 'c'], 2).flat() // ['a', 'b', 'c']
 */
export function cutParts(files: string[], maxPages: number): string[][] {
  const least = leastPart(maxPages);
  const every = Math.max(2, Math.round(maxPages / 16));
  const parts: string[][] = [];
  let part: string[] = [];
  for (const file of files) {
    part.push(file);
    if (part.length >= maxPages || (part.length >= least && fnv1a(file) % every === 0)) {
      parts.push(part);
      part = [];
    }
  }
  if (part.length > 0) {
    const before = parts.at(-1);
    if (before && before.length + part.length <= maxPages) before.push(...part);
    else parts.push(part);
  }
  return parts;
}

/**
 * A part's name: its year (or years, "2024_2023", for a part a small newer year was carried
 * into) and a hash of its newest page, so a part keeps its name (and its
 * cached index) when a part before it is cut again.
 * @example partName('2015', ['van-ban/2015/a/index.html']) // '2015.' + fnv1a('van-ban/2015/a/index.html').toString(36)
 */
function partName(year: string, files: string[]): string {
  return `${year}.${fnv1a(files[0]!).toString(36)}`;
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

/**
 * The search engine in the browser: the shard manifest, Pagefind with the newest shards merged
 * (and more when asked), the archive's d/đ words, the number index files, and the caches of
 * what Pagefind answers without terms (filter values, date order, every page). `warm()` starts
 * loading the engine and the newest shard while the page loads; `preload()` fetches a term's
 * index chunks while the reader types.
 *
 * Browser only (fetch, dynamic import).
 */
import {
  FILTER_NAMES,
  INDEX_DIR,
  numberIndexFile,
  SHARD_MANIFEST,
  SORT_FIELD,
  type ManifestShard,
  type PageMeta,
  type ShardManifest,
} from '../contract.ts';
import { parseBucket, type NumberHit } from '../number-index.ts';
import { D_WORDS_FILE, parseDWords, type DWords } from '../d-words.ts';
import { COMMON_WORDS_FILE, parseCommonWords, type CommonWords } from '../common-words.ts';
import { batchEnd, coverageOf, listsEveryShard, type Coverage } from '../shard-batches.ts';
import type { FilterIds } from './filters.ts';

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: PageMeta;
  /** The page's indexed text (Pagefind's fragment). */
  content?: string;
}
export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the page. */
  words: number[];
  data(): Promise<PagefindData>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** A synthetic filter naming each merged shard (for the date order, shard by shard). */
const SHARD_FILTER = 's';

/**
 * Make the page's first grapheme segmenter. Pagefind splits every query with one (in the
 * page's language), and the first a page makes costs 20–30 ms while the break rules load. Made
 * when the page is first idle (on a slow network, while Pagefind's files are on their way),
 * that cost is off the way to the first results; on a fast one the page is seldom idle before
 * its first search, and Pagefind pays it as before.
 */
function warmSegmenter(): void {
  if (typeof Intl.Segmenter !== 'function') return;
  const language = document.documentElement.lang || 'vi';
  for (const part of new Intl.Segmenter(language, { granularity: 'grapheme' }).segment('Tìm')) void part;
}

/** Run `task` when the page is idle; after the current task in a browser without idle callbacks. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 0);
}

export class SearchEngine {
  private manifestLoad: Promise<ShardManifest> | undefined;
  /** The first batch of shards, written into the search page (shard-batches.ts manifestHead). */
  private head: ShardManifest | null;
  private pagefindLoad: Promise<Pagefind> | undefined;
  private buckets = new Map<string, Promise<NumberHit[]>>();
  /** Shards merged so far. */
  private loadedShards = 0;
  /** Merges of older shards, one after the other. */
  private merging: Promise<unknown> = Promise.resolve();
  private dWordsLoad: Promise<DWords> | undefined;
  private commonWordsLoad: Promise<CommonWords> | undefined;
  private filterIds: Promise<FilterIds> | undefined;
  private dateRank: Promise<Map<string, number>> | undefined;
  private everyPage: Promise<Map<string, PagefindResult>> | undefined;
  /**
   * Data of results, per result object: a result's excerpt belongs to its query, and Pagefind
   * gives the same page the same id in every query.
   */
  private dataCache = new WeakMap<PagefindResult, Promise<PagefindData>>();

  /** The site's base path, ending in "/". */
  readonly base: string;

  /**
   * `head`: the shard list written into the search page (src/search/build/inline-manifest.ts),
   * its first batch; the whole list is fetched when a search goes further back, or at once
   * without it (a page the index step has not filled).
   */
  constructor(base: string, head: ShardManifest | null = null) {
    this.base = base;
    this.head = head;
    if (head && listsEveryShard(head)) this.manifestLoad = Promise.resolve(head);
  }

  private indexPath(file: string): string {
    return `${this.base}${INDEX_DIR}/${file}`;
  }

  /** The whole shard list, fetched when first needed. */
  manifest(): Promise<ShardManifest> {
    this.manifestLoad ??= fetch(this.indexPath(SHARD_MANIFEST)).then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${SHARD_MANIFEST}`);
      return r.json() as Promise<ShardManifest>;
    });
    return this.manifestLoad;
  }

  /** A shard list holding at least the first `count` shards: the page's head when it does. */
  private shardsUpTo(count: number): Promise<ShardManifest> {
    return this.head && count <= this.head.shards.length ? Promise.resolve(this.head) : this.manifest();
  }

  /** Pagefind with the newest shards merged, loaded when a query first needs full text. */
  pagefind(): Promise<Pagefind> {
    this.pagefindLoad ??= this.shardsUpTo(1).then(async (manifest) => {
      const first = manifest.shards[0]!;
      const pf = (await import(/* @vite-ignore */ this.indexPath(`${first.name}/pagefind.js`))) as Pagefind;
      // On the page's own thread: Pagefind's web worker costs one more script and a start-up
      // round trip before the first search, for searches that take milliseconds.
      await pf.options({
        ...this.shardOptions(first),
        noWorker: true,
        mergeFilter: { [SHARD_FILTER]: first.name },
      });
      await pf.init();
      this.loadedShards = 1;
      await this.mergeShards(pf, manifest, batchEnd(manifest.shards, 0));
      return pf;
    });
    return this.pagefindLoad;
  }

  /** Hits of one number-index file (none when the archive has no such number). */
  bucket(name: string): Promise<NumberHit[]> {
    let cached = this.buckets.get(name);
    if (!cached) {
      const file = numberIndexFile(name);
      cached = fetch(this.indexPath(file)).then(async (r) => {
        if (r.status === 404) return [];
        if (!r.ok) throw new Error(`${r.status} ${file}`);
        return parseBucket((await r.json()) as Parameters<typeof parseBucket>[0]);
      });
      this.buckets.set(name, cached);
    }
    return cached;
  }

  /**
   * Options of every merged index: result URLs under the site's base path; the shard's tag
   * names its entry file's URL (the one the search page preloads), else Pagefind adds the time.
   */
  private shardOptions(shard: ManifestShard): Record<string, unknown> {
    return {
      baseUrl: this.base,
      excerptLength: 30,
      ranking: { termSimilarity: 5 },
      ...(shard.tag ? { metaCacheTag: shard.tag } : {}),
    };
  }

  /** Merge the shards up to `end`. */
  private async mergeShards(pf: Pagefind, manifest: ShardManifest, end: number): Promise<void> {
    const shards = manifest.shards.slice(this.loadedShards, end);
    this.loadedShards = Math.max(this.loadedShards, end);
    for (const shard of shards)
      await pf.mergeIndex(this.indexPath(`${shard.name}/`), {
        ...this.shardOptions(shard),
        mergeFilter: { [SHARD_FILTER]: shard.name },
      });
  }

  /**
   * Start loading what every text query needs: Pagefind and the newest shards. Called when the
   * page opens, so the first keystroke does not wait for them. The word tables are fetched by
   * the queries that read them (ranking.ts queryTables).
   */
  warm(): void {
    void this.pagefind().catch((error) => console.error(error));
    whenIdle(warmSegmenter);
  }

  /** The archive's d/đ words (contract: d-words.ts), fetched once; empty when absent. */
  dWords(): Promise<DWords> {
    this.dWordsLoad ??= fetch(this.indexPath(D_WORDS_FILE)).then(async (r) =>
      r.ok ? parseDWords(await r.json()) : new Map(),
    );
    return this.dWordsLoad;
  }

  /** The archive's most frequent words (contract: common-words.ts), fetched once; empty when absent. */
  commonWords(): Promise<CommonWords> {
    this.commonWordsLoad ??= fetch(this.indexPath(COMMON_WORDS_FILE)).then(async (r) =>
      r.ok ? parseCommonWords(await r.json()) : new Map(),
    );
    return this.commonWordsLoad;
  }

  /** Fetch the index chunks of a term being typed (no search is run). */
  async preload(term: string): Promise<void> {
    if (term.trim()) await (await this.pagefind()).preload(term);
  }

  /** Results of a term in the merged shards. */
  async search(term: string): Promise<PagefindResult[]> {
    const pf = await this.pagefind();
    await this.merging;
    return (await pf.search(term))?.results ?? [];
  }

  /** Pages searched so far and in the whole archive. */
  async coverage(): Promise<Coverage> {
    return coverageOf(await this.shardsUpTo(this.loadedShards), this.loadedShards);
  }

  /**
   * Merge shards up to the index `end` returns; true when new shards were merged (then every
   * cached answer is dropped, and the caller's own caches must be too).
   */
  async loadShards(end: (manifest: ShardManifest) => number): Promise<boolean> {
    const [pf, manifest] = await Promise.all([this.pagefind(), this.manifest()]);
    await this.merging;
    const target = end(manifest);
    if (target <= this.loadedShards) return false;
    const merge = this.mergeShards(pf, manifest, target);
    this.merging = merge.catch(() => undefined);
    await merge;
    this.filterIds = undefined;
    this.dateRank = undefined;
    this.everyPage = undefined;
    return true;
  }

  /** Merge the whole archive. */
  loadAllShards(): Promise<boolean> {
    return this.loadShards((manifest) => manifest.shards.length);
  }

  /** Merge the next, older batch of shards. */
  loadOlderShards(): Promise<boolean> {
    return this.loadShards((manifest) => batchEnd(manifest.shards, this.loadedShards));
  }

  /** A result's data, fetched once. */
  data(result: PagefindResult): Promise<PagefindData> {
    let cached = this.dataCache.get(result);
    if (!cached) this.dataCache.set(result, (cached = result.data()));
    return cached;
  }

  /** Page ids of every value of every filter, from searches with no terms (no fragment loads). */
  allFilterIds(): Promise<FilterIds> {
    this.filterIds ??= this.pagefind().then(async (pf) => {
      const all = await pf.filters();
      const out: FilterIds = new Map();
      for (const filter of FILTER_NAMES) {
        const values = new Map<string, Set<string>>();
        await Promise.all(
          Object.keys(all[filter] ?? {}).map(async (value) => {
            const res = await pf.search(null, { filters: { [filter]: value } });
            values.set(value, new Set(res?.results.map((r) => r.id) ?? []));
          }),
        );
        out.set(filter, values);
      }
      return out;
    });
    return this.filterIds;
  }

  /**
   * Every dated page's place, newest first. Pagefind sorts each shard on its own and then
   * mixes them; shards cover spans of dates newest first, so one sorted list per shard put end
   * to end is the whole order.
   */
  dates(): Promise<Map<string, number>> {
    this.dateRank ??= this.pagefind().then(async (pf) => {
      const manifest = await this.shardsUpTo(this.loadedShards);
      const names = manifest.shards.slice(0, this.loadedShards).map((s) => s.name);
      const lists = await Promise.all(
        names.map((s) => pf.search(null, { sort: { [SORT_FIELD]: 'desc' }, filters: { [SHARD_FILTER]: s } })),
      );
      return new Map(lists.flatMap((res) => res?.results ?? []).map((r, i) => [r.id, i]));
    });
    return this.dateRank;
  }

  /** Every indexed page (for filters with no query). */
  allPages(): Promise<Map<string, PagefindResult>> {
    this.everyPage ??= this.pagefind().then(
      async (pf) => new Map(((await pf.search(null))?.results ?? []).map((r) => [r.id, r])),
    );
    return this.everyPage;
  }
}

/**
 * The search engine in the browser: the shard manifest, Pagefind with the newest shards merged
 * (and more when asked), the exact-diacritics twins, the number index files, and the caches of
 * what Pagefind answers without terms (filter values, date order, every page).
 *
 * Browser only for loading (fetch, dynamic import); `batchEnd` and `coverageOf` are pure.
 */
import {
  FILTER_NAMES, INDEX_DIR, numberIndexFile, SHARD_MANIFEST, SORT_FIELD, type ManifestShard, type PageMeta, type ShardManifest,
} from '../contract.ts';
import { parseBucket, type NumberHit } from '../number-index.ts';
import type { FilterIds } from './filters.ts';

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: PageMeta;
}
export interface PagefindResult {
  id: string;
  score: number;
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
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * A large archive's index is split into shards, newest years first (src/search/build/). A
 * search starts with the newest shards holding about this many pages and goes further back
 * when asked, so a query does not fetch the whole archive's index.
 */
export const SHARD_BATCH_PAGES = 2500;
/**
 * Every shard is merged twice into one Pagefind instance: tolerant of diacritics, and exact
 * (for the exact-diacritics tier). A synthetic filter tells the two apart, since Pagefind's
 * options() reaches only the first index; "s" names the shard.
 */
const LOOSE = { v: 'l' };
const EXACT = { v: 'x' };
const SHARD_FILTER = 's';

/**
 * Index of the shard after the batch that starts at `from`: at least one shard, then as many
 * as fit in `limit` pages.
 * @example batchEnd([{ name: 'a', pages: 2000, oldest: '' }, { name: 'b', pages: 2000, oldest: '' }], 0) === 1
 */
export function batchEnd(shards: ManifestShard[], from: number, limit = SHARD_BATCH_PAGES): number {
  let pages = 0;
  let end = from;
  while (end < shards.length && (end === from || pages + shards[end]!.pages <= limit)) pages += shards[end++]!.pages;
  return end;
}

/** How much of the archive a search has covered. */
export interface Coverage {
  searched: number;
  total: number;
  /** Oldest year in the shards searched. */
  oldestYear: string;
}

/**
 * Pages searched with the first `loaded` shards, of all.
 * @example coverageOf([{ name: '2024', pages: 3, oldest: '2024' }, { name: '2019', pages: 2, oldest: '2019' }], 1) // { searched: 3, total: 5, oldestYear: '2024' }
 */
export function coverageOf(shards: ManifestShard[], loaded: number): Coverage {
  const sum = (list: ManifestShard[]) => list.reduce((n, s) => n + s.pages, 0);
  const searched = shards.slice(0, loaded);
  return { searched: sum(searched), total: sum(shards), oldestYear: searched.at(-1)?.oldest ?? '' };
}

export class SearchEngine {
  private manifestLoad: Promise<ShardManifest> | undefined;
  private pagefindLoad: Promise<Pagefind> | undefined;
  private buckets = new Map<string, Promise<NumberHit[]>>();
  /** Shards merged so far (tolerant), and how many of them also have their exact twin. */
  private loadedShards = 0;
  private exactShards = 0;
  private filterIds: Promise<FilterIds> | undefined;
  private dateRank: Promise<Map<string, number>> | undefined;
  private everyPage: Promise<Map<string, PagefindResult>> | undefined;
  private dataCache = new Map<string, Promise<PagefindData>>();

  /** The site's base path, ending in "/". */
  readonly base: string;

  constructor(base: string) {
    this.base = base;
  }

  private indexPath(file: string): string {
    return `${this.base}${INDEX_DIR}/${file}`;
  }

  /** The shard list, fetched when first needed. */
  manifest(): Promise<ShardManifest> {
    this.manifestLoad ??= fetch(this.indexPath(SHARD_MANIFEST)).then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${SHARD_MANIFEST}`);
      return r.json() as Promise<ShardManifest>;
    });
    return this.manifestLoad;
  }

  /** Pagefind with the newest shards merged, loaded when a query first needs full text. */
  pagefind(): Promise<Pagefind> {
    this.pagefindLoad ??= this.manifest().then(async (manifest) => {
      const first = manifest.shards[0]!.name;
      const pf = (await import(/* @vite-ignore */ this.indexPath(`${first}/pagefind.js`))) as Pagefind;
      await pf.options({ ...this.shardOptions(), mergeFilter: { ...LOOSE, [SHARD_FILTER]: first } });
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
        return parseBucket(await r.json());
      });
      this.buckets.set(name, cached);
    }
    return cached;
  }

  /** Options of every merged index: result URLs under the site's base path. */
  private shardOptions(): Record<string, unknown> {
    return { baseUrl: this.base, excerptLength: 30, ranking: { termSimilarity: 5 } };
  }

  private shardPath(name: string, exact = false): string {
    // The exact twin of the first shard needs a path that differs from the first index's, or
    // Pagefind skips it; "./" keeps the same files (and the browser's cache of them).
    return this.indexPath(`${name}/${exact ? './' : ''}`);
  }

  /** Merge the tolerant shards up to `end` (and their exact twins once those are in use). */
  private async mergeShards(pf: Pagefind, manifest: ShardManifest, end: number): Promise<void> {
    const names = manifest.shards.slice(this.loadedShards, end).map((s) => s.name);
    this.loadedShards = Math.max(this.loadedShards, end);
    for (const name of names) await pf.mergeIndex(this.shardPath(name), { ...this.shardOptions(), mergeFilter: { ...LOOSE, [SHARD_FILTER]: name } });
    if (this.exactShards > 0) await this.mergeExact(pf, manifest);
  }

  private async mergeExact(pf: Pagefind, manifest: ShardManifest): Promise<void> {
    const names = manifest.shards.slice(this.exactShards, this.loadedShards).map((s) => s.name);
    this.exactShards = this.loadedShards;
    for (const name of names) await pf.mergeIndex(this.shardPath(name, true), { ...this.shardOptions(), exactDiacritics: true, mergeFilter: EXACT });
  }

  /** Make sure every loaded shard has its exact-diacritics twin. */
  async prepareExact(): Promise<void> {
    const pf = await this.pagefind();
    if (this.exactShards < this.loadedShards) await this.mergeExact(pf, await this.manifest());
  }

  /** Results of a term in the tolerant index, or in the exact one. */
  async search(term: string, exact = false): Promise<PagefindResult[]> {
    const pf = await this.pagefind();
    return (await pf.search(term, { filters: exact ? EXACT : LOOSE }))?.results ?? [];
  }

  /** Pages searched so far and in the whole archive. */
  async coverage(): Promise<Coverage> {
    return coverageOf((await this.manifest()).shards, this.loadedShards);
  }

  /**
   * Merge shards up to the index `end` returns; true when new shards were merged (then every
   * cached answer is dropped, and the caller's own caches must be too).
   */
  async loadShards(end: (manifest: ShardManifest) => number): Promise<boolean> {
    const [pf, manifest] = await Promise.all([this.pagefind(), this.manifest()]);
    const target = end(manifest);
    if (target <= this.loadedShards) return false;
    await this.mergeShards(pf, manifest, target);
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
    let cached = this.dataCache.get(result.id);
    if (!cached) this.dataCache.set(result.id, (cached = result.data()));
    return cached;
  }

  /** Page ids of every value of every filter, from searches with no terms (no fragment loads). */
  allFilterIds(): Promise<FilterIds> {
    this.filterIds ??= this.pagefind().then(async (pf) => {
      const all = await pf.filters();
      const out: FilterIds = new Map();
      for (const filter of FILTER_NAMES) {
        const values = new Map<string, Set<string>>();
        await Promise.all(Object.keys(all[filter] ?? {}).map(async (value) => {
          const res = await pf.search(null, { filters: { [filter]: value, ...LOOSE } });
          values.set(value, new Set(res?.results.map((r) => r.id) ?? []));
        }));
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
    this.dateRank ??= Promise.all([this.pagefind(), this.manifest()]).then(async ([pf, manifest]) => {
      const names = manifest.shards.slice(0, this.loadedShards).map((s) => s.name);
      const lists = await Promise.all(names.map((s) => pf.search(null, { sort: { [SORT_FIELD]: 'desc' }, filters: { ...LOOSE, [SHARD_FILTER]: s } })));
      return new Map(lists.flatMap((res) => res?.results ?? []).map((r, i) => [r.id, i]));
    });
    return this.dateRank;
  }

  /** Every indexed page (for filters with no query). */
  allPages(): Promise<Map<string, PagefindResult>> {
    this.everyPage ??= this.pagefind().then(async (pf) => new Map(((await pf.search(null, { filters: LOOSE }))?.results ?? []).map((r) => [r.id, r])));
    return this.everyPage;
  }
}

/**
 * The search contract: every name shared by the page metadata (SearchMeta.astro), the page
 * records (src/pages/tim-kiem/ban-ghi.json.ts), the index builder (src/search/build/), the
 * number index (number-index.ts) and the browser script (src/search/client/). No other module
 * writes one of these names as a bare string.
 *
 * The wire names of the metadata stay short (`imp`, `so`…): Pagefind stores them in every
 * fragment and the number index in every file, so the clear names below are TypeScript names
 * only, and the index the build writes is the same as before the contract existed.
 *
 * Browser-safe: no Node or Astro APIs.
 */

/** The filters a search offers, as Pagefind filter names and URL parameters (the same word). */
export const FILTER = {
  /** The document's kind ("Kế hoạch"), or `doc.unknownKind`. */
  kind: 'loai',
  /** The issuer's label, one per issuer however it is printed, or `doc.unknown`. */
  issuer: 'co-quan',
  /** The year of the document's date, or `doc.unknown`. */
  year: 'nam',
} as const;
export type FilterName = (typeof FILTER)[keyof typeof FILTER];
/** Filters in the order the page shows them. */
export const FILTER_NAMES: readonly FilterName[] = [FILTER.kind, FILTER.issuer, FILTER.year];

/** A page's value for each filter (every filter has a value on every document page). */
export type PageFilters = Record<FilterName, string>;

/** Sort orders offered on the search page. */
export const SORT = {
  /** Ranking tiers, then Pagefind's score. */
  relevance: 'relevance',
  /** By date, newest first; relevance breaks ties, undated pages last. */
  newest: 'newest',
  /** By date, oldest first. */
  oldest: 'oldest',
} as const;
export type SortOrder = (typeof SORT)[keyof typeof SORT];
/** Sort orders in the order the page lists them. */
export const SORT_ORDERS: readonly SortOrder[] = [SORT.relevance, SORT.newest, SORT.oldest];
/** The order used when the URL names none. */
export const DEFAULT_SORT: SortOrder = SORT.relevance;

/** URL parameters of the search page (`/tim-kiem/?q=…&loai=…&sap-xep=moi-nhat`). */
export const URL_PARAM = { query: 'q', sort: 'sap-xep' } as const;
/** How each sort order is written in the URL; the default is left out. */
export const SORT_URL_VALUE: Record<SortOrder, string> = {
  [SORT.relevance]: '',
  [SORT.newest]: 'moi-nhat',
  [SORT.oldest]: 'cu-nhat',
};

/** The Pagefind sort field: the document's date, YYYY-MM-DD. */
export const SORT_FIELD = 'date';

/**
 * Metadata keys of a document page, as Pagefind stores them and a result (or a number-index
 * hit) gives them back. Number keys are folded (document-number.ts `numberKey`), number tokens
 * are those of tokens.ts; lists are separated by single spaces.
 */
export const META = {
  /** The title, or "kind number" for a document known only from citations. */
  title: 'title',
  /** The kind as printed ("Kế hoạch"); '' when unknown. */
  kind: 'kind',
  /** The number as printed ("27/KH-LĐLĐ"). */
  number: 'number',
  /** The date, YYYY-MM-DD. */
  date: 'date',
  /** The issuer's label (the browse facet's). */
  issuer: 'issuer',
  /** "1" when the archive knows the document only from citations. */
  citedOnly: 'cited',
  /** The page's own number key ("43-NQ/TW"). */
  key: 'key',
  /** Keys of the numbers the page implements. */
  implementsKeys: 'imp',
  /** Keys of the numbers the page mentions (and does not implement). */
  mentionsKeys: 'men',
  /** Tokens of the page's own number: what a number query finds in the full-text index. */
  ownTokens: 'so',
  /** Tokens of the numbers the page implements. */
  implementsTokens: 'th',
  /** Tokens of the numbers the page mentions. */
  mentionsTokens: 'nh',
} as const;
export type MetaKey = (typeof META)[keyof typeof META];
/** Metadata in the order SearchMeta.astro writes it (empty values are left out). */
export const META_KEYS: readonly MetaKey[] = Object.values(META);
/** A page's metadata: every key is a string, absent when empty. */
export type PageMeta = Partial<Record<MetaKey, string>>;

/** What a number-index hit keeps: what a result shows and what the number ranking reads. */
export const HIT_META: readonly MetaKey[] = [
  META.title,
  META.kind,
  META.number,
  META.date,
  META.issuer,
  META.citedOnly,
  META.key,
  META.implementsKeys,
  META.mentionsKeys,
];

/**
 * What the build writes for the index builder about one document page
 * (src/pages/tim-kiem/ban-ghi.json.ts), the same values SearchMeta.astro puts in its <head>.
 */
export interface PageRecord {
  /** The page's URL under the site's base, e.g. "van-ban/2019/44-kh-ubnd/". */
  url: string;
  /** The date Pagefind sorts by (YYYY-MM-DD), '' when the page has none. */
  date: string;
  meta: PageMeta;
  filters: PageFilters;
}

/** The file of page records, under the built site (one JSON array of PageRecord). */
export const RECORDS_FILE = 'tim-kiem/ban-ghi.json';

/** The search index folder under the built site, and its files. */
export const INDEX_DIR = 'pagefind';
/** The shard list the browser reads first (newest shard first). */
export const SHARD_MANIFEST = 'shards.json';
/** The archive's d/đ words inside INDEX_DIR (d-words.ts). */
export const D_WORDS_FILE = 'tu-d.json';
/** The archive's most frequent words inside INDEX_DIR (common-words.ts). */
export const COMMON_WORDS_FILE = 'tu-pho-bien.json';
/**
 * Pages in one shard of the index, and in the browser's first search batch. Sized for the
 * query (issue 14): Pagefind's index chunks hold each word's positions on every page of the
 * shard, so a common word's chunk grows with the shard; at this size a three-word query of
 * common words reads about 70 KB of chunks, and opening the search page to its first results
 * stays near 250 KB. Older shards are searched when the reader asks.
 */
export const SHARD_PAGES = 500;
/** The search page's file under the built site; the index step writes the manifest into it. */
export const SEARCH_PAGE_FILE = 'tim-kiem/index.html';
/**
 * Attribute of a hidden element of the search page that holds the shard manifest as JSON
 * ("null" until the index step fills it).
 */
export const MANIFEST_ATTRIBUTE = 'data-search-manifest';
/** The script inside INDEX_DIR that preloads the newest shard (src/search/build/inline-manifest.ts). */
export const PRELOAD_FILE = 'preload.js';
/** The folder of the number index inside INDEX_DIR. */
export const NUMBER_INDEX_DIR = 'so-hieu';

/**
 * Path of one number-index file inside INDEX_DIR.
 * @example numberIndexFile('vb43nqtw') === 'so-hieu/vb43nqtw.json'
 */
export function numberIndexFile(bucket: string): string {
  return `${NUMBER_INDEX_DIR}/${bucket}.json`;
}

/** One shard in the manifest (src/search/build/shards.ts). */
export interface ManifestShard {
  name: string;
  pages: number;
  /** Oldest year the shard holds ('' for undated pages). */
  oldest: string;
  /**
   * Digest of the shard's contents, given to Pagefind as its `metaCacheTag`: the shard's entry
   * file then has a URL that changes only with the shard, which the search page can preload.
   */
  tag?: string;
}
export interface ShardManifest {
  version: 1;
  /** Newest first. */
  shards: ManifestShard[];
  /**
   * Only on the copy written into the search page, which lists the first batch of shards alone
   * (src/search/shard-batches.ts): the whole archive's pages and shards.
   */
  whole?: { pages: number; shards: number };
}

/**
 * The number index: small JSON files listing every document page that carries a number as its
 * own, implements it or mentions it, with what a search result shows. Files are named by the
 * search tokens of tokens.ts: a full number ("43-NQ/TW") reads the file of its token
 * ("vb43nqtw"), a partial one ("NQ 43") the file of its partial token ("vb43nq", which holds
 * 43-NQ/TW, 43/NQ-CP…). A file may hold more than a query asks for; the browser keeps and
 * orders the hits with the same rules as before (rank.ts numberRole). A number search
 * fetches one of these files instead of the full-text index, so looking up "43-NQ/TW" costs a
 * few kilobytes whatever the size of the archive.
 *
 * Built from the page records the build writes (contract.ts RECORDS_FILE). Browser-safe: the
 * browser reads the files back with parseBucket.
 */
import {
  FILTER_NAMES,
  HIT_META,
  META,
  type FilterName,
  type MetaKey,
  type PageFilters,
  type PageMeta,
  type PageRecord,
} from './contract.ts';
import { keyParts, partialToken, tokensForNumber } from './tokens.ts';

/** One hit in a number file; `url` is relative to the site's base ("van-ban/2019/…/"). */
export interface NumberHit {
  url: string;
  meta: PageMeta;
  filters: Partial<PageFilters>;
}

/** The column of a filter in a number file ("filter:loai"), apart from metadata columns. */
const FILTER_COLUMN = 'filter:';

/**
 * Files of every number a page carries (its own, those it implements and mentions): the
 * number's tokens, and its serial and type code.
 */
function pageBuckets(meta: PageMeta): Set<string> {
  const out = new Set<string>();
  const listed = (key: MetaKey) => (meta[key] ?? '').split(/\s+/);
  for (const key of [meta[META.key] ?? '', ...listed(META.implementsKeys), ...listed(META.mentionsKeys)]) {
    const parts = key ? keyParts(key) : null;
    if (!parts) continue;
    out.add(partialToken(parts.serial, parts.kind));
    for (const token of tokensForNumber(key)) out.add(token);
  }
  return out;
}

/**
 * The files a number query reads: its tokens when the number is full, else serial and type.
 * @example queryBuckets(parseQuery('nq 43').numbers[0]) // ['vb43nq']
 */
export function queryBuckets(q: { full: boolean; tokens: string[]; serial: string; kinds: string[] }): string[] {
  return q.full ? q.tokens : q.kinds.map((k) => partialToken(q.serial, k));
}

/** The hit of a page: the metadata a result shows and the number ranking reads, its filters. */
function hitOf(page: Pick<PageRecord, 'url' | 'meta' | 'filters'>): NumberHit {
  const hit: NumberHit = { url: page.url, meta: {}, filters: {} };
  for (const f of HIT_META) if (page.meta[f]) hit.meta[f] = page.meta[f];
  for (const f of FILTER_NAMES) if (page.filters[f]) hit.filters[f] = page.filters[f];
  return hit;
}

/** Newest first, then by URL: a file is the same for the same pages. */
function compareHits(a: NumberHit, b: NumberHit): number {
  return (
    (b.meta[META.date] ?? '').localeCompare(a.meta[META.date] ?? '') || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)
  );
}

/**
 * Group pages by number bucket, hits newest first (then by URL).
 * @example buildNumberIndex([{ url: 'van-ban/2018/43-nq-tw/', meta: { key: '43-NQ/TW' }, filters }]).get('vb43nqtw')
 */
export function buildNumberIndex(pages: Array<Pick<PageRecord, 'url' | 'meta' | 'filters'>>): Map<string, NumberHit[]> {
  const buckets = new Map<string, NumberHit[]>();
  for (const page of pages) {
    const hit = hitOf(page);
    for (const bucket of pageBuckets(page.meta)) {
      let list = buckets.get(bucket);
      if (!list) buckets.set(bucket, (list = []));
      list.push(hit);
    }
  }
  for (const list of buckets.values()) list.sort(compareHits);
  return buckets;
}

/**
 * A number file's JSON: hits as arrays (field names once, in `fields`), which keeps the file
 * small before compression too.
 * @example serializeBucket([hit]) // '{"v":1,"fields":["url","title",…,"filter:nam"],"hits":[["van-ban/…",…]]}'
 */
export function serializeBucket(hits: NumberHit[]): string {
  const fields = [...HIT_META, ...FILTER_NAMES.map((f) => `${FILTER_COLUMN}${f}`)];
  const rows = hits.map((h) => [
    h.url,
    ...HIT_META.map((f) => h.meta[f] ?? ''),
    ...FILTER_NAMES.map((f) => h.filters[f] ?? ''),
  ]);
  return JSON.stringify({ v: 1, fields: ['url', ...fields], hits: rows });
}

/**
 * Read a number file back into hits (the browser side of serializeBucket).
 * @example parseBucket(JSON.parse(serializeBucket(hits))) // deep-equals hits
 */
export function parseBucket(json: { fields: string[]; hits: string[][] }): NumberHit[] {
  return json.hits.map((row) => {
    const hit: NumberHit = { url: row[0]!, meta: {}, filters: {} };
    json.fields.forEach((field, i) => {
      if (i === 0 || !row[i]) return;
      if (field.startsWith(FILTER_COLUMN)) hit.filters[field.slice(FILTER_COLUMN.length) as FilterName] = row[i];
      else hit.meta[field as MetaKey] = row[i];
    });
    return hit;
  });
}

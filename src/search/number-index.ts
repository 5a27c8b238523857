/**
 * The number index: small JSON files listing every document page that carries a number as its
 * own, implements it or mentions it, with what a search result shows. Files are named by the
 * search tokens of search-tokens.ts: a full number ("43-NQ/TW") reads the file of its token
 * ("vb43nqtw"), a partial one ("NQ 43") the file of its partial token ("vb43nq", which holds
 * 43-NQ/TW, 43/NQ-CP…). A file may hold more than a query asks for; the browser keeps and
 * orders the hits with the same rules as before (search-rank.ts numberRole). A number search
 * fetches one of these files instead of the full-text index, so looking up "43-NQ/TW" costs a
 * few kilobytes whatever the size of the archive.
 *
 * Built from the search metadata every document page carries in <head> (SearchMeta.astro).
 */
import { keyParts, partialToken, tokensForNumber } from './tokens.ts';

/** What a document page tells the search index, read from its <head>. */
export interface PageSearchHead {
  /** pagefind:title, kind, number, date, issuer, cited, key, imp, men… */
  meta: Record<string, string>;
  /** pagefind:filter:loai, co-quan, nam. */
  filters: Record<string, string>;
  /** pagefind:sort:date. */
  sort: Record<string, string>;
}

/** One hit in a number file; `url` is relative to the site's base ("van-ban/2019/…/"). */
export interface NumberHit {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string>;
}

/** Meta fields a number hit keeps: what a result shows and what numberRole reads. */
const HIT_META = ['title', 'kind', 'number', 'date', 'issuer', 'cited', 'key', 'imp', 'men'] as const;
const HIT_FILTERS = ['loai', 'co-quan', 'nam'] as const;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

/**
 * Read the search metadata of a page's <head>: `<meta name="pagefind:NAME" … content="…">`.
 * @example readSearchHead('<meta name="pagefind:key" content="43-NQ/TW">').meta.key === '43-NQ/TW'
 */
export function readSearchHead(head: string): PageSearchHead {
  const meta: Record<string, string> = {};
  const filters: Record<string, string> = {};
  const sort: Record<string, string> = {};
  for (const tag of head.match(/<meta\s[^>]*name="pagefind:[^"]+"[^>]*>/g) ?? []) {
    const name = /name="pagefind:([^"]+)"/.exec(tag)![1]!;
    const content = decodeEntities(/content="([^"]*)"/.exec(tag)?.[1] ?? '');
    if (name.startsWith('filter:')) filters[name.slice(7)] = content;
    else if (name.startsWith('sort:')) sort[name.slice(5)] = content;
    else meta[name] = content;
  }
  return { meta, filters, sort };
}

/**
 * Files of every number a page carries (its own, those it implements and mentions): the
 * number's tokens, and its serial and type code.
 */
function pageBuckets(meta: Record<string, string>): Set<string> {
  const out = new Set<string>();
  for (const key of [meta['key'] ?? '', ...(meta['imp'] ?? '').split(/\s+/), ...(meta['men'] ?? '').split(/\s+/)]) {
    const parts = key ? keyParts(key) : null;
    if (!parts) continue;
    out.add(partialToken(parts.serial, parts.kind));
    for (const token of tokensForNumber(key)) out.add(token);
  }
  return out;
}

/** The files a number query reads: its tokens when the number is full, else serial and type. */
export function queryBuckets(q: { full: boolean; tokens: string[]; serial: string; kinds: string[] }): string[] {
  return q.full ? q.tokens : q.kinds.map((k) => partialToken(q.serial, k));
}

/**
 * Group pages by number bucket. Hits in a bucket are ordered newest first (then by URL), so a
 * file is the same for the same pages.
 */
export function buildNumberIndex(pages: Array<{ url: string } & Omit<PageSearchHead, 'sort'>>): Map<string, NumberHit[]> {
  const buckets = new Map<string, NumberHit[]>();
  for (const page of pages) {
    const hit: NumberHit = { url: page.url, meta: {}, filters: {} };
    for (const f of HIT_META) if (page.meta[f]) hit.meta[f] = page.meta[f]!;
    for (const f of HIT_FILTERS) if (page.filters[f]) hit.filters[f] = page.filters[f]!;
    for (const bucket of pageBuckets(page.meta)) {
      let list = buckets.get(bucket);
      if (!list) buckets.set(bucket, (list = []));
      list.push(hit);
    }
  }
  const order = (a: NumberHit, b: NumberHit) => (b.meta['date'] ?? '').localeCompare(a.meta['date'] ?? '') || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
  for (const list of buckets.values()) list.sort(order);
  return buckets;
}

/**
 * A number file's JSON: hits as arrays (field names once, in `fields`), which keeps the file
 * small before compression too.
 */
export function serializeBucket(hits: NumberHit[]): string {
  const fields = [...HIT_META, ...HIT_FILTERS.map((f) => `filter:${f}`)];
  const rows = hits.map((h) => [h.url, ...HIT_META.map((f) => h.meta[f] ?? ''), ...HIT_FILTERS.map((f) => h.filters[f] ?? '')]);
  return JSON.stringify({ v: 1, fields: ['url', ...fields], hits: rows });
}

/** Read a number file back into hits (the browser side of serializeBucket). */
export function parseBucket(json: { fields: string[]; hits: string[][] }): NumberHit[] {
  return json.hits.map((row) => {
    const hit: NumberHit = { url: row[0]!, meta: {}, filters: {} };
    json.fields.forEach((field, i) => {
      if (i === 0 || !row[i]) return;
      if (field.startsWith('filter:')) hit.filters[field.slice(7)] = row[i]!;
      else hit.meta[field] = row[i]!;
    });
    return hit;
  });
}

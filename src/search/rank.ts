/**
 * Ranking of search results, on top of Pagefind's scores. Pagefind matches every term as a
 * prefix and folds tone marks, so "hoa" finds "hoạch" and "văn hóa" finds "vạn … hoạch"; results
 * are put in tiers:
 *
 * - number queries: the document itself, then its implementers, then those that mention it;
 * - text queries: the tiers of match.ts (exact diacritics phrase, folded phrase, every word
 *   whole, the rest), read from one search's results;
 *
 * and by Pagefind's score within a tier, or by date when asked.
 *
 * Pure: the browser script feeds it sets of page ids.
 */
import { DEFAULT_SORT, META, SORT, type PageMeta, type SortOrder } from './contract.ts';
import { numberMatches, type NumberQuery } from './query.ts';

export type { SortOrder } from './contract.ts';

/** Tiers of a number query, by how a page carries the number. */
export const NUMBER_TIER = { self: 0, implements: 1, mentions: 2, other: 3 } as const;
export type NumberRole = keyof typeof NUMBER_TIER;

/** What the ranking knows about one candidate page. */
export interface Candidate {
  id: string;
  /** Best Pagefind score over the query's spellings. */
  score: number;
  /** Lower is better. */
  tier: number;
}

/**
 * Order candidates: by tier then score (relevance), or by date with relevance breaking ties.
 * `dateRank` gives each dated page its place newest first; undated pages go last.
 * @example orderCandidates([{ id: 'a', score: 1, tier: 1 }, { id: 'b', score: 0.5, tier: 0 }], 'relevance').map((c) => c.id) // ['b', 'a']
 */
export function orderCandidates(
  candidates: Candidate[],
  order: SortOrder,
  dateRank: Map<string, number> = new Map(),
): Candidate[] {
  const byRelevance = (a: Candidate, b: Candidate) => a.tier - b.tier || b.score - a.score || a.id.localeCompare(b.id);
  if (order === DEFAULT_SORT) return [...candidates].sort(byRelevance);
  const sign = order === SORT.newest ? 1 : -1;
  const rank = (c: Candidate) => dateRank.get(c.id);
  return [...candidates].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    if (ra === undefined || rb === undefined)
      return (ra === undefined ? 1 : 0) - (rb === undefined ? 1 : 0) || byRelevance(a, b);
    return sign * (ra - rb) || byRelevance(a, b);
  });
}

/**
 * Count how many candidates carry each value of a filter, from the ids Pagefind gives for the
 * value (a search with no terms and that filter).
 * @example countValues(new Set(['a', 'b']), new Map([['Kế hoạch', new Set(['a'])]])) // Map { 'Kế hoạch' → 1 }
 */
export function countValues(ids: Set<string>, valueIds: Map<string, Set<string>>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [value, set] of valueIds) {
    let n = 0;
    for (const id of ids) if (set.has(id)) n++;
    counts.set(value, n);
  }
  return counts;
}

/** The number fields of a page's search metadata (contract.ts META): folded keys. */
export type NumberMeta = Pick<PageMeta, typeof META.key | typeof META.implementsKeys | typeof META.mentionsKeys>;

/**
 * How a page carries the numbers of a query: itself, implements, mentions, or other (found
 * by text only). With several numbers in the query, the closest role wins.
 * @example numberRole(parseQuery('43-NQ/TW').numbers, { key: '27/KH-LDLD', imp: '43-NQ/TW' }) === 'implements'
 */
export function numberRole(numbers: NumberQuery[], meta: NumberMeta): NumberRole {
  const split = (s?: string) => (s ?? '').split(/\s+/).filter(Boolean);
  let best: NumberRole = 'other';
  for (const q of numbers) {
    const own = meta[META.key];
    const role: NumberRole =
      own && numberMatches(q, own)
        ? 'self'
        : split(meta[META.implementsKeys]).some((k) => numberMatches(q, k))
          ? 'implements'
          : split(meta[META.mentionsKeys]).some((k) => numberMatches(q, k))
            ? 'mentions'
            : 'other';
    if (NUMBER_TIER[role] < NUMBER_TIER[best]) best = role;
  }
  return best;
}

/**
 * One ranked result list for a query, before filters: from the number index for a query of
 * numbers only, else from one Pagefind search (two when a d word may be spelled either way in
 * the archive: d-words.ts), tiered by the matched word positions (match.ts). The text tiers
 * that need a page's text are applied by the search page to the results it shows.
 *
 * Pure given its source: the browser passes the engine (engine.ts), unit tests a fake.
 */
import { FILTER_NAMES, META, type PageMeta } from '../contract.ts';
import type { NumberHit } from '../number-index.ts';
import type { ParsedQuery } from '../query.ts';
import { numberRole, NUMBER_TIER, type Candidate, type NumberRole } from '../rank.ts';
import { readsDTable, spellingCombos, type DWords } from '../d-words.ts';
import { MATCH_TIER, positionTier } from '../match.ts';
import { ENGINE_WORDS, engineWordPlaces, hasPhraseAt, type CommonWords } from '../common-words.ts';
import type { FilterIds } from './filters.ts';

/** What ranking needs of a search result: its id and Pagefind score, and its data on demand. */
export interface ResultLike {
  id: string;
  score: number;
  /** Positions of the matched words (Pagefind results have them; number-index hits do not). */
  words?: number[];
  data(): Promise<{ url: string; excerpt: string; meta: PageMeta }>;
}

/** One ranked result list. */
export interface Ranked<R extends ResultLike = ResultLike> {
  parsed: ParsedQuery;
  candidates: Candidate[];
  roles: Map<string, NumberRole>;
  results: Map<string, R>;
  /** Answered from the number index: filter values and date order of its hits. */
  numberIndex?: { filterIds: FilterIds; dateRank: Map<string, number> };
}

/** Where text ranking gets its answers (engine.ts in the browser). */
export interface TextSource<R extends ResultLike> {
  search(term: string): Promise<R[]>;
  /** The archive's d/đ words. */
  dWords(): Promise<DWords>;
  /** The archive's most frequent words (common-words.ts); without them every word is searched. */
  commonWords?(): Promise<CommonWords>;
  meta(result: R): Promise<PageMeta>;
}

/** Number queries check the metadata of this many candidates at most. */
export const NUMBER_CHECK_LIMIT = 60;
/** Pagefind searches of one text query, at most: one, and one more for an ambiguous d word. */
const MAX_SEARCHES = 2;

/**
 * A query that is only numbers with a type code ("43-NQ/TW", "nq 43") is answered from the
 * number index (src/search/number-index.ts), without Pagefind.
 * @example isNumberIndexQuery(parseQuery('nq 43')) === true
 */
export function isNumberIndexQuery(parsed: ParsedQuery): boolean {
  return parsed.words.length === 0 && parsed.numbers.length > 0 && parsed.numbers.every((n) => n.kinds.length > 0);
}

/** How many numbers a page implements (or mentions): fewer means more about this one. */
function focusOf(hit: NumberHit, role: NumberRole): number {
  const field =
    role === 'implements' ? hit.meta[META.implementsKeys] : role === 'mentions' ? hit.meta[META.mentionsKeys] : '';
  return (field ?? '').split(/\s+/).filter(Boolean).length;
}

/**
 * Rank a number query from number-index hits (newest first): the same roles and tiers as
 * with Pagefind; within a tier, a page about fewer numbers first, then newest first.
 * @example rankNumberHits(parseQuery('43-NQ/TW'), hits, '/').candidates.map((c) => c.id) // ['van-ban/2023/43-nq-tw/', …]
 */
export function rankNumberHits(parsed: ParsedQuery, hits: NumberHit[], base: string): Ranked {
  const results = new Map<string, ResultLike>();
  const roles = new Map<string, NumberRole>();
  const candidates: Candidate[] = [];
  const filterIds: FilterIds = new Map(FILTER_NAMES.map((f) => [f, new Map<string, Set<string>>()]));
  const dates: Array<[id: string, date: string]> = [];
  hits.forEach((hit, i) => {
    const role = numberRole(parsed.numbers, hit.meta);
    if (role === 'other' || results.has(hit.url)) return;
    const data = { url: `${base}${hit.url}`, excerpt: '', meta: hit.meta };
    const score = -(focusOf(hit, role) * 1_000_000 + i);
    results.set(hit.url, { id: hit.url, score, data: () => Promise.resolve(data) });
    roles.set(hit.url, role);
    candidates.push({ id: hit.url, score, tier: NUMBER_TIER[role] * 10 });
    const date = hit.meta[META.date];
    if (date) dates.push([hit.url, date]);
    for (const [filter, value] of Object.entries(hit.filters)) {
      const values = filterIds.get(filter);
      if (!values) continue;
      if (!values.has(value)) values.set(value, new Set());
      values.get(value)!.add(hit.url);
    }
  });
  const dateRank = new Map(
    dates.sort((a, b) => b[1].localeCompare(a[1]) || a[0].localeCompare(b[0])).map(([id], i) => [id, i]),
  );
  return { parsed, candidates, roles, results, numberIndex: { filterIds, dateRank } };
}

/**
 * The Pagefind queries for a parsed query: every combination of the numbers' token
 * alternatives with the kept word spellings.
 * @example spellingQueries([['vb43nqtw']], [['doan', 'vien'], ['đoan', 'vien']]) // ['vb43nqtw doan vien', 'vb43nqtw đoan vien']
 */
export function spellingQueries(numberTokens: string[][], wordCombos: string[][]): string[] {
  const numberAlternatives = numberTokens.reduce<string[][]>(
    (acc, tokens) => acc.flatMap((a) => tokens.map((t) => [...a, t])),
    [[]],
  );
  return numberAlternatives
    .flatMap((nums) => (wordCombos.length ? wordCombos : [[]]).map((words) => [...nums, ...words].join(' ')))
    .filter(Boolean);
}

/** Put number roles over text tiers: the document itself, then implementers, then mentions. */
async function withNumberRoles<R extends ResultLike>(
  parsed: ParsedQuery,
  candidates: Candidate[],
  results: Map<string, R>,
  source: TextSource<R>,
): Promise<{ candidates: Candidate[]; roles: Map<string, NumberRole> }> {
  const roles = new Map<string, NumberRole>();
  const top = [...candidates].sort((a, b) => b.score - a.score).slice(0, NUMBER_CHECK_LIMIT);
  await Promise.all(
    top.map(async (c) => roles.set(c.id, numberRole(parsed.numbers, await source.meta(results.get(c.id)!)))),
  );
  const ranked = candidates
    .map((c) => ({ ...c, tier: NUMBER_TIER[roles.get(c.id) ?? 'other'] * 10 + c.tier }))
    // A number query with no words: only pages that really carry the number.
    .filter((c) => parsed.words.length > 0 || (roles.get(c.id) ?? 'other') !== 'other');
  return { candidates: ranked, roles };
}

/**
 * The places of the query words Pagefind is asked for: of a long query of words only, its
 * rarest (common-words.ts); else every word (numbers need their words, a quoted phrase all).
 * @example searchedPlaces('bo may trong do luu y', parseQuery('bo may trong do luu y'), table) // [0, 1, 4]
 */
export function searchedPlaces(q: string, parsed: ParsedQuery, table: CommonWords): number[] {
  const all = parsed.words.map((_, i) => i);
  return parsed.numbers.length > 0 || isQuoted(q) ? all : engineWordPlaces(parsed.words, table);
}

/** A query in quotes asks for its phrase only. */
const isQuoted = (q: string) => /^\s*".+"\s*$/.test(q);

/**
 * The archive tables a text query reads, each fetched only when the query needs it (an empty
 * table otherwise): the d/đ words for a d word typed without diacritics (d-words.ts), the
 * common words for a query that may leave some out (searchedPlaces: more than ENGINE_WORDS
 * words, no number, not in quotes). "người lao động" needs neither: the first answer of a
 * query of a few words costs no table.
 * @example await queryTables('dang uy', parseQuery('dang uy'), source) // [the d/đ words, an empty map]
 */
export function queryTables(
  q: string,
  parsed: ParsedQuery,
  source: Pick<TextSource<ResultLike>, 'dWords' | 'commonWords'>,
): Promise<[DWords, CommonWords]> {
  const long = parsed.words.length > ENGINE_WORDS && parsed.numbers.length === 0 && !isQuoted(q);
  return Promise.all([
    parsed.words.some(readsDTable) ? source.dWords() : Promise.resolve<DWords>(new Map()),
    long && source.commonWords ? source.commonWords() : Promise.resolve<CommonWords>(new Map()),
  ]);
}

/**
 * Rank a text query (words, and numbers Pagefind must find in text) with one Pagefind search
 * per spelling (d-words.ts: one, or two for a d word the archive spells both ways). A page
 * found only with the less likely spelling is kept when it holds the words in a row ("dang
 * uy" is "đảng ủy"; a page with "dạng" and "ủy" apart is not an answer). A page holds the
 * phrase when the positions Pagefind gives for the searched words are in a row; a query of
 * more than four words asks for its rarest words only (common-words.ts), and a page holds the
 * phrase when those words sit at the phrase's places: six common words held apart by many
 * pages must not hide the page holding them in order. `q` is the query as typed: in quotes, it
 * asks for the phrase only.
 */
export async function rankText<R extends ResultLike>(
  q: string,
  parsed: ParsedQuery,
  source: TextSource<R>,
): Promise<Ranked<R>> {
  const [dWords, common] = await queryTables(q, parsed, source);
  const places = searchedPlaces(q, parsed, common);
  const dropped = places.length < parsed.words.length;
  const combos = spellingCombos(
    places.map((i) => parsed.words[i]!),
    dWords,
    MAX_SEARCHES,
  );
  const queries = spellingQueries(
    parsed.numbers.map((n) => n.tokens),
    combos,
  ).slice(0, MAX_SEARCHES);
  // A query in quotes asks for the phrase only (Pagefind's exact search, tone-insensitive).
  const phraseOnly = isQuoted(q) && parsed.numbers.length === 0;
  const lists = await Promise.all(queries.map((query) => source.search(phraseOnly ? `"${query}"` : query)));
  // One search per spelling: a page holds the phrase when its positions of the searched words
  // sit at the phrase's places (the page's exact text orders the first results: displayOrder).
  const tierOf = (r: R) =>
    dropped
      ? hasPhraseAt(r.words ?? [], places)
        ? MATCH_TIER.phrase
        : MATCH_TIER.words
      : positionTier(r.words ?? [], parsed.words.length);
  const results = new Map<string, R>();
  lists.forEach((list, i) => {
    for (const r of list) {
      if (i > 0 && !results.has(r.id) && parsed.words.length > 1 && tierOf(r) !== MATCH_TIER.phrase) continue;
      if (!results.has(r.id) || r.score > results.get(r.id)!.score) results.set(r.id, r);
    }
  });
  const candidates: Candidate[] = [...results.values()].map((r) => ({ id: r.id, score: r.score, tier: tierOf(r) }));
  if (parsed.numbers.length === 0) return { parsed, candidates, roles: new Map(), results };
  return { parsed, results, ...(await withNumberRoles(parsed, candidates, results, source)) };
}

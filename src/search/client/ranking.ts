/**
 * One ranked result list for a query, before filters: from the number index for a query of
 * numbers only, else from Pagefind with the spellings of text.ts and the tiers of rank.ts.
 *
 * Pure given its source: the browser passes the engine (engine.ts), unit tests a fake.
 */
import { FILTER_NAMES, META, type PageMeta } from '../contract.ts';
import type { NumberHit } from '../number-index.ts';
import type { ParsedQuery } from '../query.ts';
import { intersect, mergeScores, numberRole, NUMBER_TIER, textTier, type Candidate, type NumberRole } from '../rank.ts';
import { hasDiacritics, queryVariants, tonePlacements, wordVariants } from '../text.ts';
import type { FilterIds } from './filters.ts';

/** What ranking needs of a search result: its id and Pagefind score, and its data on demand. */
export interface ResultLike {
  id: string;
  score: number;
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
  search(term: string, exact?: boolean): Promise<R[]>;
  /** Called before the first exact-diacritics search. */
  prepareExact(): Promise<void>;
  meta(result: R): Promise<PageMeta>;
}

/** Number queries check the metadata of this many candidates at most. */
export const NUMBER_CHECK_LIMIT = 60;
/** Pagefind searches of one text query's spellings, at most. */
const MAX_SPELLING_QUERIES = 8;
/** Tone-placement spellings of a marked query, at most. */
const MAX_TONE_SPELLINGS = 4;

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
  const field = role === 'implements' ? hit.meta[META.implementsKeys] : role === 'mentions' ? hit.meta[META.mentionsKeys] : '';
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
  const filterIds: FilterIds = new Map(FILTER_NAMES.map((f) => [f, new Map()]));
  const dates: Array<[id: string, date: string]> = [];
  hits.forEach((hit, i) => {
    const role = numberRole(parsed.numbers, hit.meta);
    if (role === 'other' || results.has(hit.url)) return;
    const data = { url: `${base}${hit.url}`, excerpt: '', meta: hit.meta };
    const score = -(focusOf(hit, role) * 1_000_000 + i);
    results.set(hit.url, { id: hit.url, score, data: async () => data });
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
  const dateRank = new Map(dates.sort((a, b) => b[1].localeCompare(a[1]) || a[0].localeCompare(b[0])).map(([id], i) => [id, i]));
  return { parsed, candidates, roles, results, numberIndex: { filterIds, dateRank } };
}

/**
 * The Pagefind queries for a parsed query: every combination of the numbers' token
 * alternatives with the kept word spellings.
 * @example spellingQueries([['vb43nqtw']], [['doan', 'vien'], ['đoan', 'vien']]) // ['vb43nqtw doan vien', 'vb43nqtw đoan vien']
 */
export function spellingQueries(numberTokens: string[][], wordCombos: string[][]): string[] {
  const numberAlternatives = numberTokens.reduce<string[][]>((acc, tokens) => acc.flatMap((a) => tokens.map((t) => [...a, t])), [[]]);
  return numberAlternatives.flatMap((nums) => (wordCombos.length ? wordCombos : [[]]).map((words) => [...nums, ...words].join(' '))).filter(Boolean);
}

/**
 * Every combination of tone placements of the words, at most `limit`.
 * @example toneSpellings(['hòa', 'bình']) // [['hòa', 'bình'], ['hoà', 'bình']]
 */
export function toneSpellings(words: string[], limit = MAX_TONE_SPELLINGS): string[][] {
  return words.reduce<string[][]>((acc, w) => acc.flatMap((a) => tonePlacements(w).map((s) => [...a, s])), [[]]).slice(0, limit);
}

/** Whole-word matches of each spelling of each word, and the spellings worth asking for. */
async function wordMatches<R extends ResultLike>(words: string[], source: TextSource<R>): Promise<{ wordSets: Array<Set<string>>; combos: string[][] }> {
  const ids = (list: R[]) => new Set(list.map((r) => r.id));
  const wordSets: Array<Set<string>> = [];
  const keep = new Map<string, string[]>();
  for (const word of words) {
    // A đ spelling nobody wrote is dropped (Pagefind would fall back to the prefix "đ" and match noise).
    const variants = wordVariants(word);
    const found = await Promise.all(variants.map(async (v) => ids(await source.search(`"${v}"`))));
    keep.set(word, variants.filter((_, i) => i === 0 || found[i]!.size > 0));
    wordSets.push(new Set(found.flatMap((set) => [...set])));
  }
  const combos = queryVariants(words).filter((combo) => combo.every((v, i) => keep.get(words[i]!)!.includes(v)));
  return { wordSets, combos };
}

/** Pages with the words as a phrase, and with exactly the typed diacritics (a marked query). */
async function phraseSets<R extends ResultLike>(
  words: string[], combos: string[][], allWords: Set<string>, source: TextSource<R>,
): Promise<{ phrase: Set<string>; exactPhrase: Set<string> }> {
  let phrase = new Set<string>();
  const exactPhrase = new Set<string>();
  if (words.length > 1) {
    for (const found of await Promise.all(combos.map((combo) => source.search(`"${combo.join(' ')}"`)))) for (const r of found) phrase.add(r.id);
  } else phrase = allWords;
  if (hasDiacritics(words.join(' '))) {
    // A fully marked query: pages with exactly these diacritics first (either tone placement).
    await source.prepareExact();
    for (const s of toneSpellings(words)) for (const r of await source.search(`"${s.join(' ')}"`, true)) exactPhrase.add(r.id);
  }
  return { phrase, exactPhrase };
}

/** Put number roles over text tiers: the document itself, then implementers, then mentions. */
async function withNumberRoles<R extends ResultLike>(
  parsed: ParsedQuery, candidates: Candidate[], results: Map<string, R>, source: TextSource<R>,
): Promise<{ candidates: Candidate[]; roles: Map<string, NumberRole> }> {
  const roles = new Map<string, NumberRole>();
  const top = [...candidates].sort((a, b) => b.score - a.score).slice(0, NUMBER_CHECK_LIMIT);
  await Promise.all(top.map(async (c) => roles.set(c.id, numberRole(parsed.numbers, await source.meta(results.get(c.id)!)))));
  const ranked = candidates
    .map((c) => ({ ...c, tier: NUMBER_TIER[roles.get(c.id) ?? 'other'] * 10 + c.tier }))
    // A number query with no words: only pages that really carry the number.
    .filter((c) => parsed.words.length > 0 || (roles.get(c.id) ?? 'other') !== 'other');
  return { candidates: ranked, roles };
}

/**
 * Rank a text query (words, and numbers Pagefind must find in text) with Pagefind's answers.
 * `q` is the query as typed: in quotes, it asks for the phrase only.
 */
export async function rankText<R extends ResultLike>(q: string, parsed: ParsedQuery, source: TextSource<R>): Promise<Ranked<R>> {
  const { wordSets, combos } = await wordMatches(parsed.words, source);
  const queries = spellingQueries(parsed.numbers.map((n) => n.tokens), combos);
  // A query in quotes asks for the phrase only (Pagefind's exact search, tone-insensitive).
  const phraseOnly = /^\s*".+"\s*$/.test(q) && parsed.numbers.length === 0;
  const lists = await Promise.all(queries.slice(0, MAX_SPELLING_QUERIES).map((query) => source.search(phraseOnly ? `"${query}"` : query)));
  const results = new Map<string, R>();
  for (const list of lists) for (const r of list) if (!results.has(r.id) || r.score > results.get(r.id)!.score) results.set(r.id, r);
  const scores = mergeScores(lists);
  // Pagefind falls back to prefixes for a word one index lacks; with the index in shards, a
  // shard without the word would add pages the whole archive would not. A word found whole
  // somewhere must be found whole.
  for (const id of [...scores.keys()]) if (wordSets.some((set) => set.size > 0 && !set.has(id))) scores.delete(id);

  let sets = { exactPhrase: new Set<string>(), phrase: new Set<string>(), allWords: new Set<string>() };
  if (parsed.words.length > 0) {
    const allWords = intersect(wordSets);
    sets = { allWords, ...(await phraseSets(parsed.words, combos, allWords, source)) };
  }
  const candidates: Candidate[] = [...scores].map(([id, score]) => ({ id, score, tier: textTier(id, sets) }));
  if (parsed.numbers.length === 0) return { parsed, candidates, roles: new Map(), results };
  return { parsed, results, ...(await withNumberRoles(parsed, candidates, results, source)) };
}

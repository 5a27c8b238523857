/**
 * The archive's most frequent words, in one small table shipped with the index (contract.ts
 * COMMON_WORDS_FILE), so a long query asks Pagefind for its rarer words only (issue 14: a
 * phrase within 250 KB). Pagefind loads, for each query word, the index chunk that holds it,
 * and a frequent word's positions on every page fill a chunk of 10–40 KB (gzip) alone
 * (build/index-chunks.ts). Six common words typed as a phrase ("bo may trong do luu y") read
 * six such chunks; the first, the last and the two rarest between read four, and whether a
 * page holds the whole phrase is read from the positions of the words searched
 * (`hasPhraseAt`) and, for the results shown, from their text (match.ts).
 *
 * Keys are words folded (diacritics stripped, đ→d, lower case); values count their
 * occurrences in the indexed text of the whole archive.
 *
 * Pure: the index builder and the browser use it.
 */
import { stripDiacritics } from '../text/vietnamese.ts';

export { COMMON_WORDS_FILE } from './contract.ts';

/** Folded word → occurrences in the archive. */
export type CommonWords = Map<string, number>;

/** Words the table keeps: the most frequent, enough to cover what makes a chunk large. */
export const COMMON_WORDS_KEPT = 400;
/**
 * Words of a long query Pagefind is asked for. Three let pages of common words pass the
 * positions check by chance (any searched word at three places of six) and push the page
 * holding the phrase out of the results checked on their text: on the 49 real documents of
 * the test corpora, six common words of each found their document in the top 3 for 46 with
 * three searched words and 48 with four, for one more chunk (about 16 KB at 1,000 documents).
 */
export const ENGINE_WORDS = 4;

/**
 * The table as the file holds it: pairs of the `kept` most frequent words and their counts,
 * most frequent first (ties by the word, so the same archive gives the same bytes).
 * @example serializeCommonWords(new Map([['va', 9], ['doan', 2], ['x', 1]]), 2) === '[["va",9],["doan",2]]'
 */
export function serializeCommonWords(counts: CommonWords, kept = COMMON_WORDS_KEPT): string {
  const top = [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0)).slice(0, kept);
  return JSON.stringify(top);
}

/**
 * Read the table from the file's JSON; entries of another shape are skipped.
 * @example parseCommonWords([['va', 9], ['x', 'y']]) // Map { 'va' → 9 }
 */
export function parseCommonWords(json: unknown): CommonWords {
  const table: CommonWords = new Map();
  if (!Array.isArray(json)) return table;
  for (const entry of json as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2) continue;
    const [word, count] = entry as unknown[];
    if (typeof word === 'string' && Number.isInteger(count) && (count as number) >= 0) table.set(word, count as number);
  }
  return table;
}

/**
 * What a query word costs Pagefind: the occurrences of the table's words it begins (0 for a
 * word the table does not hold: a rare word).
 * @example wordCost('do', new Map([['do', 5], ['doan', 3], ['va', 9]])) === 8
 */
export function wordCost(word: string, table: CommonWords): number {
  const key = stripDiacritics(word.normalize('NFC')).toLowerCase();
  let cost = 0;
  for (const [k, n] of table) if (k.startsWith(key)) cost += n;
  return cost;
}

/**
 * The places (in the query) of the words to ask Pagefind for: all of a short query; of a long
 * one, its first and last words and the cheapest (rarest; a longer word first when two cost
 * the same) of the words between, `limit` in all, in the query's order. The first and last
 * words make the positions check (`hasPhraseAt`) span the whole phrase: "thuc hien cong tac
 * dan so" checked on its three rarest words, "hien cong tac", would take every page with
 * "thực hiện công tác" for the phrase.
 * @example engineWordPlaces(['bo', 'may', 'trong', 'do', 'luu', 'y'], new Map([['trong', 90], ['do', 80], ['luu', 20]])) // [0, 1, 5]
 */
export function engineWordPlaces(words: string[], table: CommonWords, limit = ENGINE_WORDS): number[] {
  const places = words.map((_, i) => i);
  if (words.length <= limit) return places;
  const costs = words.map((w) => wordCost(w, table));
  const middle = places
    .slice(1, -1)
    .sort((a, b) => costs[a]! - costs[b]! || words[b]!.length - words[a]!.length || a - b)
    .slice(0, Math.max(0, limit - 2));
  return [0, ...middle, words.length - 1].slice(0, Math.max(limit, 2)).sort((a, b) => a - b);
}

/**
 * Does a page hold the searched words where the phrase puts them? `positions` are the page's
 * positions of every searched word (a Pagefind result's `words`), `places` the searched words'
 * places in the phrase: true when some position p has p + (place − first place) among the
 * positions for every place.
 * @example hasPhraseAt([3, 7, 10, 12], [0, 1, 4]) === false
 * @example hasPhraseAt([3, 7, 8, 11], [0, 1, 4]) === true
 */
export function hasPhraseAt(positions: number[], places: number[]): boolean {
  if (places.length === 0) return false;
  const at = new Set(positions);
  const first = places[0]!;
  return positions.some((p) => places.every((place) => at.has(p + place - first)));
}

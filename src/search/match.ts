/**
 * How well a page matches a text query, read from what one Pagefind search already brings:
 * the positions of the matched words (every result has them) and, for the results about to be
 * shown, the page's text and title (the fragment the result's excerpt comes from). No second
 * search and no twin index: exact diacritics, phrases and whole words are checked here.
 *
 * Tiers, lower first: 0 the query's exact spelling as a phrase (a query typed with
 * diacritics; either tone placement), 1 the words as a phrase once folded ("tang cuong cong
 * tac" finds "tăng cường công tác"), 2 every word whole, 3 the rest (prefix matches: "hoa"
 * in "hoạch").
 *
 * Pure: runs in the browser and in unit tests.
 */
import { normalizeTonePlacement, stripDiacritics } from '../text/vietnamese.ts';

export const MATCH_TIER = { exact: 0, phrase: 1, words: 2, other: 3 } as const;

/** Words as Pagefind splits them (white space, then letters and digits only). */
const WORD_CHARS = '\\p{L}\\p{M}\\p{N}';
const WORD = new RegExp(`[${WORD_CHARS}]+`, 'gu');

/**
 * The words of a text in their exact spelling (NFC, lower case, one tone placement).
 * @example exactWords('Hoà Bình, 2024') // ['hòa', 'bình', '2024']
 */
export function exactWords(text: string): string[] {
  return [...normalizeTonePlacement(text.normalize('NFC')).toLowerCase().matchAll(WORD)].map((m) => m[0]);
}

/**
 * The words of a text folded (diacritics stripped, đ→d, lower case).
 * @example foldedWords('Đoàn viên') // ['doan', 'vien']
 */
export function foldedWords(text: string): string[] {
  return exactWords(stripDiacritics(text));
}

/**
 * Does `needle` occur in `hay` as consecutive words?
 * @example hasRun(['a', 'b', 'c'], ['b', 'c']) === true
 */
export function hasRun(hay: string[], needle: string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The tier of a page's text for the query's words, from the lists of its words (see the module
 * comment): the definition `textMatchTier` answers faster, and its answer for a text whose
 * folded form does not line up with it letter for letter.
 * @example textMatchTierByWords('Kế hoạch tăng cường công tác', ['tang', 'cuong']) === 1
 */
export function textMatchTierByWords(text: string, words: string[]): number {
  if (words.length === 0) return MATCH_TIER.other;
  const query = words.join(' ');
  const foldedQuery = foldedWords(query);
  if (stripDiacritics(query) !== query && hasRun(exactWords(text), exactWords(query))) return MATCH_TIER.exact;
  const folded = foldedWords(text);
  if (hasRun(folded, foldedQuery)) return MATCH_TIER.phrase;
  const present = new Set(folded);
  return foldedQuery.every((w) => present.has(w)) ? MATCH_TIER.words : MATCH_TIER.other;
}

/** A letter, mark or digit: a character of a word (WORD). */
const WORD_CHAR = `[${WORD_CHARS}]`;

/** What a query asks of every page: its folded words, its exact words, and their patterns. */
interface QueryPatterns {
  key: string;
  /** The query's exact words when it carries diacritics (the exact tier), else null. */
  exact: string[] | null;
  /** The folded words in a row, as whole words: anything but word characters between them. */
  run: RegExp;
  /** Each folded word as a whole word. */
  each: RegExp[];
}

/** The first match of a global pattern at or after `from`. */
function execAt(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  return pattern.exec(text);
}

/** The last query's patterns: one query orders every page shown. */
let lastQuery: QueryPatterns | undefined;

function queryPatterns(words: string[]): QueryPatterns {
  const key = words.join(' ');
  if (lastQuery?.key === key) return lastQuery;
  // Folded words are letters and digits only: nothing in them needs escaping.
  const folded = foldedWords(key);
  const whole = (body: string) => new RegExp(`(?<!${WORD_CHAR})${body}(?!${WORD_CHAR})`, 'gu');
  lastQuery = {
    key,
    exact: stripDiacritics(key) !== key ? exactWords(key) : null,
    run: whole(folded.join(`[^${WORD_CHARS}]+`)),
    each: folded.map((w) => whole(w)),
  };
  return lastQuery;
}

/**
 * The tier of a page's text for the query's words (see the module comment). The query's
 * exact tier counts only when the query carries diacritics. The same answer as
 * `textMatchTierByWords`, read by patterns from the folded text instead of from lists of its
 * words: a page's text is 5–25 KB and its word lists took 2–4 ms a page, for each of the first
 * results before they are shown. The exact spelling is checked where the folded phrase is.
 * @example textMatchTier('Kế hoạch tăng cường công tác', ['tang', 'cuong']) === 1
 */
export function textMatchTier(text: string, words: string[]): number {
  if (words.length === 0) return MATCH_TIER.other;
  const q = queryPatterns(words);
  if (q.each.length === 0) return textMatchTierByWords(text, words);
  const written = text.normalize('NFC').toLowerCase();
  const folded = stripDiacritics(written);
  let found = false;
  // Every place of the folded phrase, overlapping ones too ("hoa hoa" in "hoa hoa hòa hoa").
  for (let match = execAt(q.run, folded, 0); match; match = execAt(q.run, folded, match.index + 1)) {
    found = true;
    if (!q.exact) break;
    // Folding keeps each letter in its place unless the text holds loose marks: read the
    // written phrase at the folded one's place, or the whole text by its words when the two
    // do not line up.
    const at = written.slice(match.index, match.index + match[0].length);
    if (folded.length !== written.length || stripDiacritics(at) !== match[0]) return textMatchTierByWords(text, words);
    if (hasRun(exactWords(at), q.exact)) return MATCH_TIER.exact;
  }
  if (found) return MATCH_TIER.phrase;
  return q.each.every((pattern) => execAt(pattern, folded, 0) !== null) ? MATCH_TIER.words : MATCH_TIER.other;
}

/**
 * The rank of a shown page in its window: its best text tier, title or body, and within a
 * tier a page whose title matches that well before one whose body alone does. Pagefind's
 * scores, which order a tier otherwise, come from each shard's own word statistics and move
 * when the shards are cut otherwise: "thanh hoa" put a page with "Thanh Hóa" six times in its
 * body above the page titled "…Tỉnh ủy Thanh Hóa" with it twenty times.
 * @example pageMatchRank('… Thanh Hóa …', 'Làm việc với Thanh Hóa', ['thanh', 'hoa']) < pageMatchRank('… Thanh Hóa …', 'Kế hoạch', ['thanh', 'hoa'])
 */
export function pageMatchRank(content: string, title: string, words: string[]): number {
  const body = textMatchTier(content, words);
  const head = textMatchTier(title, words);
  return Math.min(body, head) * 2 + (head <= body ? 0 : 1);
}

/**
 * A first tier from the matched word positions of a search result, before its text is
 * loaded: `count` matched words in a row look like the phrase (1), else 2. Pagefind gives the
 * positions of every query word's matches in one list.
 * @example positionTier([4, 9, 10, 11], 3) === 1
 */
export function positionTier(positions: number[], count: number): number {
  if (count <= 1) return MATCH_TIER.phrase;
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  let run = 1;
  for (let i = 1; i < sorted.length; i++) {
    run = sorted[i] === sorted[i - 1]! + 1 ? run + 1 : 1;
    if (run >= count) return MATCH_TIER.phrase;
  }
  return MATCH_TIER.words;
}

/**
 * Order one window of results by their text tier, keeping the given order within a tier.
 * Applied window by window (the first page before it is shown, each later page as it is
 * appended), so what is on screen never moves.
 * @example orderWindow(['a', 'b'], new Map([['a', 2], ['b', 0]])) // ['b', 'a']
 */
export function orderWindow<T>(window: T[], tiers: Map<T, number>): T[] {
  return window
    .map((item, i) => ({ item, i, tier: tiers.get(item) ?? MATCH_TIER.other }))
    .sort((a, b) => a.tier - b.tier || a.i - b.i)
    .map((x) => x.item);
}

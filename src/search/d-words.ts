/**
 * The archive's own words that begin with d or đ, in one small table shipped once with the
 * index (contract.ts D_WORDS_FILE). Pagefind folds tone marks but not đ (pagefind-notes.md):
 * "doan" does not find "đoàn". A reader types "doan vien" for "đoàn viên"; the table says
 * which spelling the archive holds ("đoan" only, so one search with it), and only when it
 * holds both ("dang": "dạng" and "đảng") does a query cost a second search.
 *
 * Keys are the words folded (diacritics stripped, đ→d, lower case); values count the pages
 * holding the word spelled with d and with đ. Vietnamese has a few hundred such syllables, so
 * the table stays a few kilobytes.
 *
 * Pure: the index builder and the browser use it.
 */
import { stripDiacritics } from '../text/vietnamese.ts';

export { D_WORDS_FILE } from './contract.ts';

/** Folded word → [pages with it spelled d…, pages with it spelled đ…]. */
export type DWords = Map<string, [d: number, dd: number]>;

/**
 * Whether a folded d/đ word belongs in the table: words of a few letters only (a long token
 * is a code or a run of syllables, not a word typed).
 * @example isDTableKey('doan') === true
 * @example isDTableKey('d2024') === false
 */
export function isDTableKey(key: string): boolean {
  return key.length <= 8 && /^[a-z]+$/.test(key);
}

/**
 * Add one page's words (folded word → the spellings the page uses) to the archive's table.
 * @example addPageDWords(new Map(), new Map([['doan', { d: false, dd: true }]])) // Map { 'doan' → [0, 1] }
 */
export function addPageDWords(table: DWords, page: Map<string, { d: boolean; dd: boolean }>): DWords {
  for (const [key, { d, dd }] of page) {
    const counts = table.get(key) ?? [0, 0];
    table.set(key, [counts[0] + (d ? 1 : 0), counts[1] + (dd ? 1 : 0)]);
  }
  return table;
}

/**
 * The table as the file holds it: keys sorted, so the same archive gives the same bytes.
 * @example serializeDWords(new Map([['doan', [0, 3]]])) === '{"doan":[0,3]}'
 */
export function serializeDWords(table: DWords): string {
  return JSON.stringify(Object.fromEntries([...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}

/**
 * Read the table from the file's JSON; entries of another shape are skipped.
 * @example parseDWords({ doan: [0, 3] }).get('doan') // [0, 3]
 */
export function parseDWords(json: unknown): DWords {
  const table: DWords = new Map();
  if (typeof json !== 'object' || json === null) return table;
  for (const [key, value] of Object.entries(json)) {
    if (Array.isArray(value) && value.length === 2 && value.every((n) => Number.isInteger(n) && n >= 0))
      table.set(key, [value[0], value[1]]);
  }
  return table;
}

/**
 * Does a query word need the table to be spelled: a d word typed without diacritics? A reader
 * who types diacritics types đ too ("dương" means dương), and other words have one spelling.
 * @example [readsDTable('dang'), readsDTable('Doan'), readsDTable('đang'), readsDTable('dương'), readsDTable('lao')] // [true, true, false, false, false]
 */
export function readsDTable(word: string): boolean {
  const w = word.normalize('NFC').toLowerCase();
  return w[0] === 'd' && stripDiacritics(w) === w;
}

/** A spelling of a word and how many pages hold it (for choosing which to search first). */
export interface Spelling {
  word: string;
  pages: number;
}

/**
 * The spellings of one query word worth searching: a word typed with đ, or not starting with
 * d, as typed; a d word in the spellings the archive holds, most pages first. The word being
 * typed (`prefix`) counts every archive word it begins. An archive without the table (or a
 * word it lacks) gives the typed spelling.
 * @example wordSpellings('doan', new Map([['doan', [0, 3]]]), false) // [{ word: 'đoan', pages: 3 }]
 */
export function wordSpellings(word: string, table: DWords, prefix: boolean): Spelling[] {
  const w = word.normalize('NFC').toLowerCase();
  const key = stripDiacritics(w);
  if (!readsDTable(w)) return [{ word: w, pages: 1 }];
  let d = 0;
  let dd = 0;
  if (prefix) {
    for (const [k, counts] of table) if (k.startsWith(key)) [d, dd] = [d + counts[0], dd + counts[1]];
  } else [d, dd] = table.get(key) ?? [0, 0];
  const spellings = [
    { word: w, pages: d },
    { word: `đ${w.slice(1)}`, pages: dd },
  ].filter((s) => s.pages > 0);
  return spellings.length > 0 ? spellings.sort((a, b) => b.pages - a.pages) : [{ word: w, pages: 0 }];
}

/**
 * The word spellings of a query to search, at most `limit` combinations, the likeliest first
 * (pages of each spelling multiplied). The last word counts as a prefix (the reader may be
 * typing it).
 * @example spellingCombos(['dang', 'uy'], new Map([['dang', [2, 9]]])) // [['đang', 'uy'], ['dang', 'uy']]
 */
export function spellingCombos(words: string[], table: DWords, limit = 2): string[][] {
  let combos: Array<{ words: string[]; weight: number }> = [{ words: [], weight: 1 }];
  words.forEach((word, i) => {
    const spellings = wordSpellings(word, table, i === words.length - 1);
    const total = spellings.reduce((n, s) => n + s.pages, 0) || 1;
    combos = combos.flatMap((c) =>
      spellings.map((s) => ({ words: [...c.words, s.word], weight: c.weight * ((s.pages || 1) / total) })),
    );
  });
  return combos
    .sort((a, b) => b.weight - a.weight)
    .slice(0, limit)
    .map((c) => c.words);
}

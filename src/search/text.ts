/**
 * Vietnamese text in search queries. Pagefind 1.6 folds tone marks but not đ
 * (pagefind-notes.md), and matches every term as a prefix: these helpers build the spellings
 * to ask for and say which results match exactly.
 *
 * Pure: runs in the browser and in unit tests.
 */
import { stripDiacritics } from '../text/vietnamese.ts';

/**
 * Does the text carry Vietnamese diacritics (tone marks, ă â ê ô ơ ư, or đ)?
 * @example hasDiacritics('văn hóa') === true; hasDiacritics('van hoa') === false
 */
export function hasDiacritics(text: string): boolean {
  return stripDiacritics(text.normalize('NFC')) !== text.normalize('NFC');
}

/**
 * Spellings of one query word for Pagefind: a word that starts with `d` may mean `đ` (people
 * type "doan vien" for "đoàn viên", "dang uy" for "đảng ủy"); đ is the only Vietnamese letter
 * Pagefind does not fold, and it only begins syllables.
 * @example wordVariants('doan') // ['doan', 'đoan']
 */
export function wordVariants(word: string): string[] {
  const w = word.normalize('NFC');
  if (/^d/i.test(w)) return [w, (w[0] === 'D' ? 'Đ' : 'đ') + w.slice(1)];
  return [w];
}

/**
 * Every combination of word spellings, as query strings; at most `limit` (the words beyond
 * the third with a `d` keep their typed spelling).
 * @example queryVariants(['dang', 'uy']) // ['dang uy', 'đang uy']
 */
export function queryVariants(words: string[], limit = 8): string[][] {
  let combos: string[][] = [[]];
  for (const word of words) {
    const variants = wordVariants(word);
    const next = combos.flatMap((c) => variants.map((v) => [...c, v]));
    combos = next.length <= limit ? next : combos.map((c) => [...c, word]);
  }
  return combos;
}

/** Old and new tone placement of a word: one rule, in vietnamese.ts. */
export { tonePlacementVariants as tonePlacements } from '../text/vietnamese.ts';

/**
 * Remove our number tokens (`vb43nqtw`) from an excerpt: they live in metadata, but keep any
 * that might reach text out of sight.
 * @example stripTokens('Kế hoạch vb27khldld thực hiện') === 'Kế hoạch thực hiện'
 */
export function stripTokens(text: string): string {
  return text.replace(/\s*\bvb\d[0-9a-z]*\b/g, '');
}

/**
 * Vietnamese text in search queries. Pagefind 1.6 folds tone marks but not đ
 * (pagefind-notes.md), and matches every term as a prefix: these helpers build the spellings
 * to ask for and say which results match exactly.
 *
 * Pure: runs in the browser and in unit tests.
 */
import { stripDiacritics } from './vietnamese.ts';

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

/**
 * Old and new tone placement of a word ("hoá" / "hóa", "uỷ" / "ủy", "thuỷ" / "thủy"): the same
 * word, Unicode-distinct in NFC. Returns the word and its other placement when it has one.
 * The tone moves between the two vowels of oa, oe, uy (Quy định 30/2020/NĐ-CP does not fix a
 * style; both are printed).
 * @example tonePlacements('hoá') // ['hoá', 'hóa']
 */
export function tonePlacements(word: string): string[] {
  const nfd = word.normalize('NFC').normalize('NFD');
  const TONES = '\u0300\u0301\u0303\u0309\u0323';
  // Tone on the second vowel (o a´) → on the first (o´ a), and back.
  const m = new RegExp(`(?<![qQ])([oOuU])([aAeEyY])([${TONES}])(?![\\p{L}\\p{M}]*[\\p{L}])`, 'u').exec(nfd);
  const n = new RegExp(`(?<![qQ])([oOuU])([${TONES}])([aAeEyY])(?![\\p{L}\\p{M}]*[\\p{L}])`, 'u').exec(nfd);
  const out = [word.normalize('NFC')];
  if (m) out.push((nfd.slice(0, m.index) + m[1] + m[3] + m[2] + nfd.slice(m.index + m[0].length)).normalize('NFC'));
  else if (n) out.push((nfd.slice(0, n.index) + n[1] + n[3] + n[2] + nfd.slice(n.index + n[0].length)).normalize('NFC'));
  return [...new Set(out)];
}

/**
 * Remove our number tokens (`vb43nqtw`) from an excerpt: they live in metadata, but keep any
 * that might reach text out of sight.
 * @example stripTokens('Kế hoạch vb27khldld thực hiện') === 'Kế hoạch thực hiện'
 */
export function stripTokens(text: string): string {
  return text.replace(/\s*\bvb\d[0-9a-z]*\b/g, '');
}

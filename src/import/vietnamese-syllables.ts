/**
 * Does a text read as Vietnamese? A check on the shape of its words, used to accept a guess at
 * a legacy encoding (TCVN3, VNI, Windows-1258): random bytes in 0x80–0xFF decode to letters
 * too, but not to Vietnamese syllables (issue 12, defect 14).
 *
 * A Vietnamese syllable (Đoàn Thiện Thuật, Ngữ âm tiếng Việt, ch. 4) is an optional onset, a
 * vowel nucleus of one to three vowel letters, an optional coda (c, ch, m, n, ng, nh, p, t),
 * and at most one tone mark. Pure and browser-safe.
 */
import { stripDiacritics, toNfc } from '../text/vietnamese.ts';

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])';
const SYLLABLE_RE = new RegExp(`^${ONSET}?[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?$`);
/** Tone marks in NFD: grave, acute, tilde, hook above, dot below. */
const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** Vowel modifiers in NFD: circumflex, breve, horn ("ươ" has two horns). */
const MODIFIER_RE = /[\u0302\u0306\u031b]/g;

/**
 * True when a word has the shape of one Vietnamese syllable.
 * @example isVietnameseSyllable('Nghiệp') === true; isVietnameseSyllable('ếọừ') === false
 */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = toNfc(word).toLowerCase().normalize('NFD');
  if ((nfd.match(TONE_RE)?.length ?? 0) > 1 || (nfd.match(MODIFIER_RE)?.length ?? 0) > 2) return false;
  return SYLLABLE_RE.test(stripDiacritics(word).toLowerCase());
}

/** Share of the words that must be Vietnamese syllables; codes ("NQ/TW") and names make the rest. */
const MIN_SHARE = 0.6;

/**
 * True when at least 60% of the words (runs of letters) of a text are Vietnamese syllables,
 * and there are three words at least.
 * @example isMostlyVietnamese('Kế hoạch thực hiện Nghị quyết số 43-NQ/TW') === true
 */
export function isMostlyVietnamese(text: string): boolean {
  const words = toNfc(text).match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return false;
  const syllables = words.filter(isVietnameseSyllable).length;
  return syllables >= MIN_SHARE * words.length;
}

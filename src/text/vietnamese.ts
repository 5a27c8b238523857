/**
 * Vietnamese text folding: the one place where diacritics, đ, case and Unicode
 * normalisation are handled. Importer, content loader, graph and search all call these.
 */

/**
 * Cyrillic letters that look like Latin ones and turn up inside Vietnamese words in
 * PDF-extracted text (e.g. "Сông" with a Cyrillic С). Unicode confusables (UTS #39).
 */
const CYRILLIC_LOOKALIKES: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Ԁ: 'd',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
};
const CYRILLIC_RE = /[\u0400-\u052F]/;
const CYRILLIC_LOOKALIKE_RE = new RegExp(`[${Object.keys(CYRILLIC_LOOKALIKES).join('')}]`, 'g');

/**
 * Normalise text to NFC, the form we store and index (DESIGN.md: "Store and index NFC").
 * @example toNfc('Nghi\u0323') === 'Nghị'
 */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * Replace Cyrillic look-alike letters by their Latin twins inside words that also hold Latin
 * letters or digits (a real Russian word is left alone).
 * @example repairCyrillic('Сông văn') === 'Công văn'
 */
export function repairCyrillic(text: string): string {
  if (!CYRILLIC_RE.test(text)) return text;
  return text.replace(/[^\s]+/g, (word) => {
    if (!CYRILLIC_RE.test(word)) return word;
    const mixed = /[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF]/.test(word);
    const onlyLookalikes = word.replace(/[^\u0400-\u052F]/g, '').replace(CYRILLIC_LOOKALIKE_RE, '') === '';
    return mixed || onlyLookalikes ? word.replace(CYRILLIC_LOOKALIKE_RE, (c) => CYRILLIC_LOOKALIKES[c] ?? c) : word;
  });
}

/**
 * Strip every Vietnamese diacritic and map đ→d, Đ→D; case is kept. Old and new tone
 * placement ("hoá"/"hóa") fold to the same string.
 * @example stripDiacritics('Đảng ủy hoá') === 'Dang uy hoa'
 */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Tone marks (NFD): grave, acute, tilde, hook above, dot below. */
const TONES = '\u0300\u0301\u0303\u0309\u0323';
/** An open oa, oe, uy syllable with the tone on the second vowel (old style), and on the first. */
const TONE_ON_SECOND = new RegExp(`(?<![qQ])([oOuU])([aAeEyY])([${TONES}])(?![\\p{L}\\p{M}])`, 'gu');
const TONE_ON_FIRST = new RegExp(`(?<![qQ])([oOuU])([${TONES}])([aAeEyY])(?![\\p{L}\\p{M}])`, 'gu');

/**
 * Old and new tone placement spell one word: "hoá"/"hóa", "uỷ"/"ủy", "thuỷ"/"thủy", "khoẻ"/"khỏe".
 * Put the mark the new way (on the first vowel of an open oa, oe, uy syllable), leaving "quý"
 * (qu + ý) and closed syllables ("hoàn") alone. Other diacritics are kept.
 * @example normalizeTonePlacement('Uỷ ban hoá') === 'Ủy ban hóa'
 */
export function normalizeTonePlacement(text: string): string {
  return text.normalize('NFD').replace(TONE_ON_SECOND, '$1$3$2').normalize('NFC');
}

/**
 * A word in both tone placements: itself and, when it has an open oa, oe or uy syllable, the
 * other spelling. Both are printed in real documents, so search looks for both.
 * @example tonePlacementVariants('hoá') // ['hoá', 'hóa']; tonePlacementVariants('hóa') // ['hóa', 'hoá']
 */
export function tonePlacementVariants(word: string): string[] {
  const nfc = word.normalize('NFC');
  const nfd = nfc.normalize('NFD');
  const other = TONE_ON_SECOND.test(nfd) ? nfd.replace(TONE_ON_SECOND, '$1$3$2') : nfd.replace(TONE_ON_FIRST, '$1$3$2');
  TONE_ON_SECOND.lastIndex = 0;
  return [...new Set([nfc, other.normalize('NFC')])];
}

/**
 * Fold a name for identity: NFC, tone placement unified, lower case, white space collapsed —
 * diacritics kept, since "Đông Hải" and "Đồng Hải" are two places.
 * @example foldName('UỶ BAN NHÂN DÂN  huyện Đồng Hải') === 'ủy ban nhân dân huyện đồng hải'
 */
export function foldName(text: string): string {
  return normalizeTonePlacement(toNfc(text)).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Fold text for comparison: NFC, diacritics stripped (đ→d), lower case, white space collapsed.
 * @example foldText('  Nghị   Quyết ') === 'nghi quyet'
 */
export function foldText(text: string): string {
  return stripDiacritics(toNfc(text)).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A URL slug free of diacritics: folded, lower case, runs of other characters become one "-".
 * @example slugify('Liên đoàn Lao động tỉnh') === 'lien-doan-lao-dong-tinh'
 */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Lower-case fold that keeps one character per character of the NFC input, so offsets found
 * in the folded text are offsets in the original (falls back to plain lower case when a
 * character would not fold to exactly one).
 * @example foldSameLength('Nghị quyết') === 'nghi quyet'
 */
export function foldSameLength(text: string): string {
  const folded = stripDiacritics(text).toLowerCase();
  return folded.length === text.length ? folded : text.toLowerCase();
}

/**
 * A type or issuer code compared without diacritics or case (Đ typed as D: DESIGN.md).
 * @example foldCode('QĐi') === 'QDI'
 */
export function foldCode(code: string): string {
  return stripDiacritics(code).toUpperCase();
}

/**
 * Lower-case ASCII letters and digits only, diacritics stripped and đ→d: the shape of a
 * search token (Pagefind drops every other character).
 * @example foldAlnum('43-NQ/TW') === '43nqtw'
 */
export function foldAlnum(text: string): string {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Dash look-alikes met in PDF and Word text (Unicode General Punctuation and Math). */
export const DASH_LOOKALIKES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/**
 * Every dash look-alike (– — ‑ − …) as an ASCII hyphen.
 * @example unifyDashes('43–NQ/TW') === '43-NQ/TW'
 */
export function unifyDashes(text: string): string {
  return text.replace(DASH_LOOKALIKES, '-');
}

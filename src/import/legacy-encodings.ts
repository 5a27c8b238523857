/**
 * Pre-Unicode Vietnamese encodings still found in old Word files and the text extracted from
 * them: TCVN3 (TCVN 5712:1993, the "ABC" fonts .VnTime) and VNI-Windows (VNI-Times). Both are
 * single-byte; text in them that was read as Windows-1252 shows as "KÕ ho¹ch" (TCVN3) or
 * "Keá hoaïch" (VNI) for "Kế hoạch". Detection and conversion live here so decode.ts stays small.
 */

/** A legacy encoding this module can detect and convert. */
export type LegacyEncoding = 'tcvn3' | 'vni';

/**
 * Byte → character of Windows-1252 (what a legacy file looks like when read as "ANSI"), built
 * from the platform decoder so it is exact; bytes 0x81, 0x8D… that 1252 leaves undefined decode
 * to the C1 control of the same value, which is also what a Latin-1 reader produces.
 */
const CP1252_CHARS: string[] = Array.from(
  new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, i) => i)),
);
const CP1252_BYTE = new Map<string, number>(CP1252_CHARS.map((c, i) => [c, i]));
for (let i = 0x80; i < 0xa0; i++) CP1252_BYTE.set(String.fromCharCode(i), i);

/**
 * TCVN3 (ABC) byte → letter, TCVN 5712:1993 table VN3. Only lower-case toned vowels and the
 * seven capitals Ă Â Ê Ô Ơ Ư Đ have codes: capital toned vowels were drawn by the ".VnTimeH"
 * upper-case fonts with the lower-case codes (see fixUpperCaseRuns).
 */
const TCVN3: Record<number, string> = {
  0xa1: 'Ă',
  0xa2: 'Â',
  0xa3: 'Ê',
  0xa4: 'Ô',
  0xa5: 'Ơ',
  0xa6: 'Ư',
  0xa7: 'Đ',
  0xa8: 'ă',
  0xa9: 'â',
  0xaa: 'ê',
  0xab: 'ô',
  0xac: 'ơ',
  0xad: 'ư',
  0xae: 'đ',
  0xb5: 'à',
  0xb6: 'ả',
  0xb7: 'ã',
  0xb8: 'á',
  0xb9: 'ạ',
  0xbb: 'ằ',
  0xbc: 'ẳ',
  0xbd: 'ẵ',
  0xbe: 'ắ',
  0xc6: 'ặ',
  0xc7: 'ầ',
  0xc8: 'ẩ',
  0xc9: 'ẫ',
  0xca: 'ấ',
  0xcb: 'ậ',
  0xcc: 'è',
  0xce: 'ẻ',
  0xcf: 'ẽ',
  0xd0: 'é',
  0xd1: 'ẹ',
  0xd2: 'ề',
  0xd3: 'ể',
  0xd4: 'ễ',
  0xd5: 'ế',
  0xd6: 'ệ',
  0xd7: 'ì',
  0xd8: 'ỉ',
  0xdc: 'ĩ',
  0xdd: 'í',
  0xde: 'ị',
  0xdf: 'ò',
  0xe1: 'ỏ',
  0xe2: 'õ',
  0xe3: 'ó',
  0xe4: 'ọ',
  0xe5: 'ồ',
  0xe6: 'ổ',
  0xe7: 'ỗ',
  0xe8: 'ố',
  0xe9: 'ộ',
  0xea: 'ờ',
  0xeb: 'ở',
  0xec: 'ỡ',
  0xed: 'ớ',
  0xee: 'ợ',
  0xef: 'ù',
  0xf1: 'ủ',
  0xf2: 'ũ',
  0xf3: 'ú',
  0xf4: 'ụ',
  0xf5: 'ừ',
  0xf6: 'ử',
  0xf7: 'ữ',
  0xf8: 'ứ',
  0xf9: 'ự',
  0xfa: 'ỳ',
  0xfb: 'ỷ',
  0xfc: 'ỹ',
  0xfd: 'ý',
  0xfe: 'ỵ',
};

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const CIRCUMFLEX = '\u0302';
const TILDE = '\u0303';
const BREVE = '\u0306';
const HOOK = '\u0309';
const DOT = '\u0323';

/**
 * VNI-Windows: a vowel is the ASCII base letter followed by one modifier byte carrying its
 * hat (circumflex/breve) and/or tone; ơ, ư, đ and the i-vowels have a byte of their own.
 * Upper-case text uses the upper-case twin of each modifier byte.
 */
const VNI_MODIFIERS: Record<string, string> = {
  ø: GRAVE,
  ù: ACUTE,
  û: HOOK,
  õ: TILDE,
  ï: DOT,
  â: CIRCUMFLEX,
  à: CIRCUMFLEX + GRAVE,
  á: CIRCUMFLEX + ACUTE,
  å: CIRCUMFLEX + HOOK,
  ã: CIRCUMFLEX + TILDE,
  ä: CIRCUMFLEX + DOT,
  ê: BREVE,
  è: BREVE + GRAVE,
  é: BREVE + ACUTE,
  ú: BREVE + HOOK,
  ü: BREVE + TILDE,
  ë: BREVE + DOT,
  Ø: GRAVE,
  Ù: ACUTE,
  Û: HOOK,
  Õ: TILDE,
  Ï: DOT,
  Â: CIRCUMFLEX,
  À: CIRCUMFLEX + GRAVE,
  Á: CIRCUMFLEX + ACUTE,
  Å: CIRCUMFLEX + HOOK,
  Ã: CIRCUMFLEX + TILDE,
  Ä: CIRCUMFLEX + DOT,
  Ê: BREVE,
  È: BREVE + GRAVE,
  É: BREVE + ACUTE,
  Ú: BREVE + HOOK,
  Ü: BREVE + TILDE,
  Ë: BREVE + DOT,
};
const VNI_LETTERS: Record<string, string> = {
  ô: 'ơ',
  ö: 'ư',
  ñ: 'đ',
  Ô: 'Ơ',
  Ö: 'Ư',
  Ñ: 'Đ',
  ì: 'ì',
  í: 'í',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  î: 'ỵ',
  Ì: 'Ì',
  Í: 'Í',
  Æ: 'Ỉ',
  Ó: 'Ĩ',
  Ò: 'Ị',
  Î: 'Ỵ',
};
/** Base letters a VNI modifier byte can follow (ơ/ư are already converted when it is read). */
const VNI_BASES = /[aeiouyAEIOUYơưƠƯ]/;
const HAT_BASES = /[aeoAEO]/;
const BREVE_BASES = /[aA]/;

/** Characters of Windows-1252 that TCVN3 uses for letters but that never occur inside a Unicode Vietnamese word. */
const TCVN3_ONLY_RE =
  /(?<=[A-Za-z\u00a1-\u00fe])[\u00a1-\u00ac\u00ae\u00b5-\u00b9\u00bb-\u00be]|[\u00a1-\u00ac\u00ae\u00b5-\u00b9\u00bb-\u00be](?=[A-Za-z])/g;
/** VNI modifier bytes that are not Vietnamese letters themselves, right after a vowel. */
const VNI_ONLY_RE = /[aeiouyAEIOUYôöÔÖ][øïûäåëüØÏÛÄÅËÜ]|[ñÑ](?=[a-zA-Z])/g;
/** Letters only Unicode Vietnamese has (outside Latin-1): their presence means the text is already Unicode. */
export const UNICODE_VIETNAMESE_RE = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/g;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/**
 * Tell whether text (bytes read as Windows-1252, or a UTF-8 file that already holds such
 * mojibake) is TCVN3 or VNI rather than Unicode Vietnamese, by counting characters that only the
 * legacy encoding puts inside words.
 * @example detectLegacyEncoding('KÕ ho¹ch cña §¶ng') === 'tcvn3'
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const unicode = count(text, UNICODE_VIETNAMESE_RE);
  const tcvn = count(text, TCVN3_ONLY_RE);
  const vni = count(text, VNI_ONLY_RE);
  // Two signals at least, and more than any Unicode Vietnamese letters, so that one stray "§"
  // or "µ" in a Unicode document never triggers a conversion.
  if (tcvn >= 2 && tcvn > unicode && tcvn >= vni / 2) return 'tcvn3';
  if (vni >= 2 && vni > unicode) return 'vni';
  return null;
}

/**
 * Capital toned vowels cannot be written in TCVN3 (upper-case fonts reuse the lower-case
 * codes), so "KÕ HO¹CH" decodes to "KếHOạCH"-like mixed case. A line whose ASCII letters are all
 * capitals is a capitals line: upper-case it; elsewhere upper-case words that have at least two
 * other capitals and no lower-case ASCII letter.
 */
function fixUpperCaseRuns(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const ascii = line.replace(/[^A-Za-z]/g, '');
      if (ascii.length >= 4 && !/[a-z]/.test(ascii)) return line.toUpperCase();
      const words = line.split(/(\p{L}+)/u);
      const capitals = (w: string) => w.replace(/[^A-Z\u0102\u00c2\u00ca\u00d4\u01a0\u01af\u0110]/g, '').length;
      const isMixed = (w: string, i: number) =>
        i % 2 === 1 && !/[a-z]/.test(w) && capitals(w) > 0 && w !== w.toUpperCase();
      // Odd indexes are the letter runs captured by split. First pass: words with two capitals.
      const first = words.map((w, i) => (isMixed(w, i) && capitals(w) >= 2 ? w.toUpperCase() : w));
      const isCapsWord = (w: string | undefined) =>
        w !== undefined && w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w);
      // Second pass: "KÕ" alone is the normal "Kế"; next to a capitals word ("KÕ HO¹CH") it is one too.
      return first
        .map((w, i) => (isMixed(w, i) && (isCapsWord(first[i - 2]) || isCapsWord(first[i + 2])) ? w.toUpperCase() : w))
        .join('');
    })
    .join('\n');
}

/**
 * Convert TCVN3 (ABC) text, as read through Windows-1252, to Unicode (NFC).
 * @example decodeTcvn3('Céng hoµ x· héi chñ nghÜa ViÖt Nam') === 'Cộng hoà xã hội chủ nghĩa Việt Nam'
 */
export function decodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text) {
    const byte = CP1252_BYTE.get(ch);
    out += byte !== undefined && byte >= 0x80 ? (TCVN3[byte] ?? ch) : ch;
  }
  return fixUpperCaseRuns(out).normalize('NFC');
}

/**
 * Convert VNI-Windows text, as read through Windows-1252, to Unicode (NFC).
 * @example decodeVni('Keá hoaïch cuûa Ñaûng') === 'Kế hoạch của Đảng'
 */
export function decodeVni(text: string): string {
  let out = '';
  let prev = '';
  for (const ch of text) {
    const marks = VNI_MODIFIERS[ch];
    const validAfter =
      marks === undefined
        ? false
        : marks.startsWith(CIRCUMFLEX)
          ? HAT_BASES.test(prev)
          : marks.startsWith(BREVE)
            ? BREVE_BASES.test(prev)
            : VNI_BASES.test(prev);
    if (marks !== undefined && validAfter) {
      out += marks;
      prev = '';
      continue;
    }
    const letter = VNI_LETTERS[ch] ?? ch;
    out += letter;
    prev = letter;
  }
  return out.normalize('NFC');
}

/**
 * Letter-spaced lines: PDF extraction sometimes prints a justified line one character at a time
 * ("đ ị n h s ố 4 0 / Q Đ - U B N D n g à y"). In such a line the characters of a number are
 * joined back ("40/QĐ-UBND") so the number finder sees it; everything else stays as it is.
 * The joined text comes with a map from each of its offsets to the original text's.
 */

/** A line is letter-spaced when it has many blank-separated tokens, nearly all one character. */
const MIN_TOKENS = 8;
const MIN_SINGLE_SHARE = 0.7;
/** Characters of a number: digits, capitals, separators. */
const NUMBER_CHAR_RE = /^[0-9A-ZĐ/\-–]$/u;

export interface JoinedText {
  text: string;
  /** Offset in the original text of each offset of `text` (one more entry for the end). */
  toOriginal: number[];
}

/**
 * Whether a line is letter-spaced: of its blank-separated tokens (the line trimmed, split at
 * runs of spaces), at least MIN_TOKENS, and MIN_SINGLE_SHARE of them one character (code point)
 * long. Counted in one pass without splitting: every text a page shows is read for numbers, and
 * splitting each line took a tenth of a 100,000-document build.
 */
function isLetterSpaced(line: string): boolean {
  const text = line.trim();
  let tokens = 0;
  let singles = 0;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (length > 0) {
        tokens++;
        if (length === 1) singles++;
      }
      length = 0;
    } else if (!(code >= 0xdc00 && code <= 0xdfff && isHighSurrogate(text.charCodeAt(i - 1)))) length++;
  }
  if (length > 0) {
    tokens++;
    if (length === 1) singles++;
  }
  return tokens >= MIN_TOKENS && singles / tokens >= MIN_SINGLE_SHARE;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * The text with the blanks between number characters of letter-spaced lines removed; the same
 * text (and an identity map) when no line is letter-spaced.
 * @example joinLetterSpacedNumbers('s ố 4 0 / Q Đ - U B N D n g à y 0 1').text === 's ố 40/QĐ-UBND n g à y 01'
 */
export function joinLetterSpacedNumbers(text: string): JoinedText | null {
  const lines = text.split('\n');
  if (!lines.some(isLetterSpaced)) return null;
  let out = '';
  const toOriginal: number[] = [];
  let offset = 0;
  for (const line of lines) {
    const spaced = isLetterSpaced(line);
    for (let i = 0; i < line.length; i++) {
      const c = line[i] ?? '';
      const dropped =
        spaced &&
        c === ' ' &&
        NUMBER_CHAR_RE.test(line[i - 1] ?? '') &&
        NUMBER_CHAR_RE.test(line[i + 1] ?? '') &&
        (line[i - 2] === undefined || line[i - 2] === ' ') &&
        (line[i + 2] === undefined || line[i + 2] === ' ');
      if (dropped) continue;
      out += c;
      toOriginal.push(offset + i);
    }
    out += '\n';
    toOriginal.push(offset + line.length);
    offset += line.length + 1;
  }
  out = out.slice(0, -1);
  toOriginal.pop();
  toOriginal.push(text.length);
  return { text: out, toOriginal };
}

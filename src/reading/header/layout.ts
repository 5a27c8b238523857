/**
 * Line-level helpers shared by the header readers: Markdown and table decoration, the column
 * pieces of a `pdftotext -layout` line or a one-line table row, upper-case tests.
 */

/** A 0-based line range [start, end) over `text.split('\n')`. */
export type LineRange = [number, number];

/** The text split into lines, with each line's character offset. */
export interface TextLines {
  lines: string[];
  offsets: number[];
}

/**
 * Split a text into lines and remember where each starts.
 * @example splitLines('a\nbc').offsets // [0, 2]
 */
export function splitLines(text: string): TextLines {
  const lines = text.split('\n');
  const offsets: number[] = [];
  let acc = 0;
  for (const l of lines) {
    offsets.push(acc);
    acc += l.length + 1;
  }
  return { lines, offsets };
}

/**
 * A line's content without Markdown and table decoration (bars, emphasis, "<br>"), white space collapsed.
 * @example clean('| **SỞ CÔNG THƯƠNG** |') === 'SỞ CÔNG THƯƠNG'
 */
export function clean(line: string): string {
  // "<br>" inside a Markdown table cell is a line break of the printed block.
  return line
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/[*_#|>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Raw columns of a line: split at runs of three blanks (pdftotext -layout) or a table bar.
 * @example columns('UBND   CỘNG HÒA') // ['UBND', 'CỘNG HÒA']
 */
export function columns(line: string): string[] {
  return line.split(/\s{3,}|\|/);
}

/**
 * Column pieces of a line, cleaned, empty ones dropped.
 * @example pieces('| SỞ |   Số: 1 |') // ['SỞ', 'Số: 1']
 */
export function pieces(line: string): string[] {
  return columns(line)
    .map((p) => clean(p))
    .filter((p) => p.length > 0);
}

/**
 * The last non-empty cleaned piece of a line ('' when none): the right-hand column.
 * @example lastPiece('- Như trên;      Nguyễn Văn A') === 'Nguyễn Văn A'
 */
export function lastPiece(line: string): string {
  return pieces(line).pop() ?? '';
}

/**
 * True when the text has an upper-case letter and no lower-case one.
 * @example isUpper('SỞ Y TẾ') === true
 */
export function isUpper(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/**
 * True when the letters of a piece are all capitals (digits and punctuation ignored).
 * @example isUpperLetters('T/M BAN') === true
 */
export function isUpperLetters(s: string): boolean {
  return isUpper(s.replace(/[^\p{L}]/gu, ''));
}

/**
 * An upper-case line of at least two capitals in a row: an organ or a title, not a stray letter.
 * @example isUpperBlock('CHỦ TỊCH') === true
 */
export function isUpperBlock(s: string): boolean {
  return isUpperLetters(s) && /\p{Lu}{2}/u.test(s);
}

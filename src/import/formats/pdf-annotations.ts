/**
 * Text that a PDF prints through annotations rather than the page's own content. The
 * e-signature systems of Vietnamese government offices stamp the number and the day of a
 * signed document ("Số: 224 /QĐ-UBND", "ngày 08 tháng 5") into signature fields placed over
 * the blanks of the printed form: the page's text layer has "Số: /QĐ-UBND" and the digits are
 * drawn by each field's appearance. The reader (pdf.ts) flattens a first page's annotations
 * into its content and reads their characters apart from the page's own; here each of their
 * runs is set on the printed line it covers. Only short texts with a digit that sit on a printed
 * line are taken (a number, a day, a month): the same systems also draw "Ký bởi: …, Thời gian
 * ký: …" in the signature's own box, which is not part of the document's text.
 *
 * Pure: the runs are passed in.
 */
import type { TextRun } from './pdf-layout.ts';

/** The longest annotation text that fills a blank of the form ("3743", "08", "12/2025"). */
const MAX_FILLED = 16;
/** A stamp sits on a printed line when their baselines are at most this many font sizes apart. */
const ON_LINE = 1;

/**
 * Does an annotation's text fill a blank of the printed form: short, with a digit?
 * @example isFilledBlank('224') === true
 * @example isFilledBlank('Ký bởi: Ủy ban nhân dân xã Nghĩa Lâm') === false
 */
export function isFilledBlank(text: string): boolean {
  return text.length <= MAX_FILLED && /\d/.test(text);
}

/**
 * The stamped runs that fill a blank (isFilledBlank), each set on the printed line it covers:
 * the baseline and size of the printed run whose baseline is nearest, so that the layout reads
 * "Số:", "224" and "/QĐ-UBND" as one line. A stamp over no printed line is left out.
 * @example stampRuns([{ x: 126, y: 93, width: 18, size: 12, text: '224' }], [{ x: 90, y: 91, width: 20, size: 13, text: 'Số:' }]) // [{ x: 126, y: 91, width: 18, size: 13, text: ' 224 ' }]
 */
export function stampRuns(stamps: TextRun[], printed: TextRun[]): TextRun[] {
  return stamps.flatMap((stamp) => {
    const text = stamp.text.replace(/\s+/g, ' ').trim();
    if (!isFilledBlank(text)) return [];
    const distance = (r: TextRun) => Math.abs(r.y - stamp.y);
    const line = printed
      .filter((r) => r.text.trim() !== '' && distance(r) <= ON_LINE * Math.max(r.size, stamp.size))
      .sort((a, b) => distance(a) - distance(b))[0];
    // A word of its own ("ngày 08 tháng"), however near the field sits to the printed words.
    return line ? [{ ...stamp, y: line.y, size: line.size, text: ` ${text} ` }] : [];
  });
}

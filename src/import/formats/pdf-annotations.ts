/**
 * Text that a PDF prints through annotations rather than the page's own content. The
 * e-signature systems of Vietnamese government offices stamp the number and the day of a
 * signed document ("Số: 224 /QĐ-UBND", "ngày 08 tháng 5") into signature fields placed over
 * the blanks of the printed form: the page's text layer has "Số: /QĐ-UBND" and the digits are
 * drawn by each field's appearance stream. pdf.js leaves those out of a page's text content, so
 * the importer takes them from the page's operator list (the glyphs drawn between an
 * annotation's begin and end) and sets each one on the printed line it covers. Only short
 * texts with a digit that sit on a printed line are taken (a number, a day, a month): the
 * same systems also draw "Ký bởi: …, Thời gian ký: …" in the signature's own box, which is
 * not part of the document's text.
 *
 * Pure: the operator list and the runs are passed in.
 */
import type { TextRun } from './pdf-layout.ts';

/** An annotation rectangle in PDF user space: [x1, y1, x2, y2], y upwards. */
export type Rect = [number, number, number, number];

/** The text one annotation's appearance draws, and where the annotation sits. */
export interface AnnotationText {
  rect: Rect;
  text: string;
}

/** The operator codes read here (pdf.js OPS). */
export interface AnnotationOps {
  beginAnnotation: number;
  endAnnotation: number;
  showText: number;
  showSpacedText: number;
}

/** A kerning adjustment wider than this (thousandths of an em, negative moves right) is a space. */
const SPACE_ADJUSTMENT = -250;
/** The longest annotation text that fills a blank of the form ("3743", "08", "12/2025"). */
const MAX_FILLED = 16;
/** About the width of a digit, in font sizes, in the serif faces of these forms. */
const DIGIT_WIDTH = 0.5;

/**
 * Does an annotation's text fill a blank of the printed form: short, with a digit?
 * @example isFilledBlank('224') === true
 * @example isFilledBlank('Ký bởi: Ủy ban nhân dân xã Nghĩa Lâm') === false
 */
export function isFilledBlank(text: string): boolean {
  return text.length <= MAX_FILLED && /\d/.test(text);
}

/** The characters of one text-showing operator's glyphs; wide kerning gaps become spaces. */
function glyphText(glyphs: unknown): string {
  if (!Array.isArray(glyphs)) return '';
  return glyphs
    .map((g: unknown) => {
      if (typeof g === 'number') return g <= SPACE_ADJUSTMENT ? ' ' : '';
      const unicode = (g as { unicode?: unknown } | null)?.unicode;
      return typeof unicode === 'string' ? unicode : '';
    })
    .join('');
}

const isRect = (value: unknown): value is Rect =>
  Array.isArray(value) && value.length === 4 && value.every((n) => typeof n === 'number' && Number.isFinite(n));

/**
 * The text each annotation draws, from a page's operator list (annotations enabled); annotations
 * that draw no text are left out.
 * @example annotationTexts([1, 3, 2], [['id', [126, 729, 157, 749]], [[{ unicode: '2' }, { unicode: '2' }, { unicode: '4' }]], []], { beginAnnotation: 1, endAnnotation: 2, showText: 3, showSpacedText: 4 }) // [{ rect: [126, 729, 157, 749], text: '224' }]
 */
export function annotationTexts(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ops: AnnotationOps,
): AnnotationText[] {
  const out: AnnotationText[] = [];
  let current: AnnotationText | null = null;
  let depth = 0;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.beginAnnotation) {
      // Annotations do not nest; a begin inside one (a malformed list) starts afresh.
      const rect = args?.[1];
      current = isRect(rect) ? { rect, text: '' } : null;
      depth = 1;
    } else if (fn === ops.endAnnotation && depth > 0) {
      const text = current?.text.replace(/\s+/g, ' ').trim();
      if (current && text) out.push({ rect: current.rect, text });
      current = null;
      depth = 0;
    } else if (current && (fn === ops.showText || fn === ops.showSpacedText)) {
      current.text += ` ${glyphText(args?.[0])}`;
    }
  }
  return out;
}

/** A point from PDF user space to the page's viewport (x right, y down), as pdf.js's viewport converts it. */
export type ToViewport = (x: number, y: number) => [number, number];

/**
 * Runs for the annotations' texts that fill a blank (isFilledBlank), each set on the printed line
 * it covers: the baseline and size of the page's run whose baseline lies inside the annotation's
 * rectangle and nearest its middle, so that the layout reads "Số:", "224" and "/QĐ-UBND" as one
 * line. An annotation over no printed line is left out.
 * @example annotationRuns([{ rect: [126, 729, 157, 749], text: '224' }], [{ x: 100, y: 58, width: 20, size: 13, text: 'Số:' }], (x, y) => [x, 800 - y]) // [{ x: 126, y: 58, width: 19.5, size: 13, text: ' 224 ' }]
 */
export function annotationRuns(texts: AnnotationText[], runs: TextRun[], toViewport: ToViewport): TextRun[] {
  return texts.flatMap(({ rect, text }) => {
    if (!isFilledBlank(text)) return [];
    const [ax, ay] = toViewport(rect[0], rect[1]);
    const [bx, by] = toViewport(rect[2], rect[3]);
    const left = Math.min(ax, bx);
    const width = Math.abs(bx - ax);
    const top = Math.min(ay, by);
    const bottom = Math.max(ay, by);
    const middle = (top + bottom) / 2;
    const line = runs
      .filter((r) => r.y >= top && r.y <= bottom)
      .sort((a, b) => Math.abs(a.y - middle) - Math.abs(b.y - middle))[0];
    if (!line) return [];
    // The field's box is wider than what it prints: the text's own width. It is a word of its own
    // ("ngày 08 tháng"), however near the box sits to the printed words: spaces around it.
    const own = Math.min(width, DIGIT_WIDTH * line.size * text.length);
    return [{ x: left, y: line.y, width: own, size: line.size, text: ` ${text} ` }];
  });
}

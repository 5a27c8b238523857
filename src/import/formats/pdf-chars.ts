/**
 * From a PDF page's characters, as the PDF engine reports them one by one, to the text runs the
 * layout reads (pdf-layout.ts). Pure: the characters are passed in.
 *
 * The engine gives each printed character its Unicode value, origin, advance box and font size,
 * and adds characters of its own between them (a space where two words sit apart without one, a
 * line break at the end of a line); it reports a hyphen that ends a line inside a word as U+0002.
 * A run is a stretch of characters on one baseline that follow each other closely; a gap wider
 * than a word space starts a new run, so that the layout can split columns at wide gaps.
 */
import type { TextRun } from './pdf-layout.ts';

/** One character of a page, in reading space: x along the text, y (baseline) down the lines. */
export interface PageChar {
  /** Unicode code point. */
  code: number;
  /** Added by the engine (a space between words, a line break), not printed. */
  generated: boolean;
  /** The origin (pen position) of the character. */
  x: number;
  /** Its baseline. */
  y: number;
  /** Where its advance ends (the next character's origin when set solid). */
  right: number;
  /** Font size, in page units. */
  size: number;
}

/** The engine's marker of a hyphen that breaks a word at the end of a line. */
const LINE_END_HYPHEN = 2;
/** Codes that end a run: line breaks and the engine's "no character" value. */
const BREAKS = new Set([10, 13, 0xfffe, 0xffff]);
/** A gap wider than this many font sizes between two characters is a space (pdf.js uses about the same). */
const SPACE_GAP = 0.1;
/** A gap at least this many font sizes wide starts a new run; the layout decides what it is. */
const RUN_GAP = 1;
/** A character this many font sizes left of the previous one's end is set elsewhere (a new run). */
const BACKWARDS = 0.5;

/**
 * The runs of a page's characters, in the order the engine gives them.
 * @example charRuns([{ code: 83, generated: false, x: 10, y: 50, right: 17, size: 13 }, { code: 7889, generated: false, x: 17, y: 50, right: 24, size: 13 }]) // [{ x: 10, y: 50, width: 14, size: 13, text: 'Số' }]
 */
export function charRuns(chars: readonly PageChar[]): TextRun[] {
  const runs: TextRun[] = [];
  let run: TextRun | null = null;
  let end = 0;
  for (const c of chars) {
    if (BREAKS.has(c.code) || (c.generated && c.code !== 32)) {
      run = null;
      continue;
    }
    const space = c.code === 32;
    if (c.generated || (space && run === null)) {
      if (run && !run.text.endsWith(' ')) run.text += ' ';
      continue;
    }
    const text = c.code === LINE_END_HYPHEN ? '-' : String.fromCodePoint(c.code);
    const gap = c.x - end;
    if (run && Math.abs(c.y - run.y) < 0.2 * c.size && gap < RUN_GAP * c.size && gap >= -BACKWARDS * c.size) {
      const spaced = gap > SPACE_GAP * c.size && !space && !run.text.endsWith(' ');
      run.text += (spaced ? ' ' : '') + text;
    } else {
      run = { x: c.x, y: c.y, width: 0, size: c.size, text };
      runs.push(run);
    }
    end = Math.max(c.right, c.x);
    run.width = end - run.x;
  }
  return runs;
}

/** A map [a, b, c, d, e, f] of points: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

/**
 * The quarter turn (0–3, counter-clockwise) most of a page's characters are set at: the
 * direction the page is read in, whatever the page's own rotation says. `angles` are the
 * characters' angles as PDFium gives them (radians, clockwise). A landscape table set sideways
 * on a portrait page and turned by /Rotate reads along its text, and so does a page whose
 * /Rotate turns horizontal text on its side.
 * @example readingTurn([0, 0, 4.712]) === 0
 * @example readingTurn([4.712, 4.712]) === 1
 */
export function readingTurn(angles: readonly number[]): number {
  const counts = [0, 0, 0, 0];
  for (const angle of angles) {
    const turn = ((Math.round((2 * Math.PI - angle) / (Math.PI / 2)) % 4) + 4) % 4;
    counts[turn]!++;
  }
  return counts.indexOf(Math.max(...counts));
}

/**
 * The map from PDF user space (y up) to reading space for a quarter turn (readingTurn): x along
 * the text, y down the lines. Only relative positions matter to the layout.
 * @example readingMatrix(0) // [1, 0, 0, -1, 0, 0]
 */
export function readingMatrix(turn: number): Matrix {
  switch (turn) {
    case 1:
      return [0, 1, 1, 0, 0, 0];
    case 2:
      return [-1, 0, 0, 1, 0, 0];
    case 3:
      return [0, -1, -1, 0, 0, 0];
    default:
      return [1, 0, 0, -1, 0, 0];
  }
}

/**
 * Text printed through annotations (the number and day an e-signature system stamps into the
 * blanks of a signed form): read from the operator list, set on the line it covers.
 */
import { describe, expect, it } from 'vitest';
import {
  annotationRuns,
  annotationTexts,
  isFilledBlank,
  type Rect,
} from '../../../src/import/formats/pdf-annotations.ts';
import { layoutPage, type TextRun } from '../../../src/import/formats/pdf-layout.ts';

const OPS = { beginAnnotation: 80, endAnnotation: 81, showText: 44, showSpacedText: 45 };
const SAVE = 10;
const glyphs = (text: string) => [...text].map((unicode) => ({ unicode }));

/** An operator list: [fn, args] pairs. */
function list(...ops: Array<[number, unknown[]]>): { fnArray: number[]; argsArray: unknown[][] } {
  return { fnArray: ops.map(([fn]) => fn), argsArray: ops.map(([, args]) => args) };
}

describe('annotationTexts', () => {
  it('gives the text each annotation draws with its rectangle, and skips the page text around them', () => {
    const { fnArray, argsArray } = list(
      [OPS.showText, [glyphs('Số: /QĐ-UBND')]],
      [OPS.beginAnnotation, ['a1', [126, 729, 157, 749], [1, 0, 0, 1, 0, 0], null, false]],
      [SAVE, []],
      [OPS.showText, [glyphs('224')]],
      [OPS.endAnnotation, []],
      [OPS.beginAnnotation, ['a2', [396, 729, 420, 749], [1, 0, 0, 1, 0, 0], null, false]],
      [OPS.showText, [glyphs('08')]],
      [OPS.endAnnotation, []],
    );
    expect(annotationTexts(fnArray, argsArray, OPS)).toEqual([
      { rect: [126, 729, 157, 749], text: '224' },
      { rect: [396, 729, 420, 749], text: '08' },
    ]);
  });

  it('leaves out annotations that draw no text (a signature image, an empty field)', () => {
    const { fnArray, argsArray } = list(
      [OPS.beginAnnotation, ['a1', [0, 0, 10, 10]]],
      [SAVE, []],
      [OPS.endAnnotation, []],
      [OPS.beginAnnotation, ['a2', [0, 0, 10, 10]]],
      [OPS.showText, [[{ unicode: ' ' }]]],
      [OPS.endAnnotation, []],
    );
    expect(annotationTexts(fnArray, argsArray, OPS)).toEqual([]);
  });

  it('joins several text operators of one annotation with spaces, and turns a wide kerning gap into a space', () => {
    const { fnArray, argsArray } = list(
      [OPS.beginAnnotation, ['a1', [0, 0, 100, 10]]],
      [OPS.showText, [glyphs('Ký bởi:')]],
      [OPS.showSpacedText, [[...glyphs('Nguyễn'), -300, ...glyphs('Văn'), -20, ...glyphs('A')]]],
      [OPS.endAnnotation, []],
    );
    expect(annotationTexts(fnArray, argsArray, OPS)).toEqual([{ rect: [0, 0, 100, 10], text: 'Ký bởi: Nguyễn VănA' }]);
  });

  it('ignores an annotation without a usable rectangle and text drawn outside any annotation', () => {
    const { fnArray, argsArray } = list(
      [OPS.beginAnnotation, ['a1', null]],
      [OPS.showText, [glyphs('99')]],
      [OPS.endAnnotation, []],
      [OPS.showText, [glyphs('12')]],
      [OPS.endAnnotation, []],
    );
    expect(annotationTexts(fnArray, argsArray, OPS)).toEqual([]);
  });
});

describe('isFilledBlank', () => {
  it('takes short texts with a digit: a number, a day, a month, a year', () => {
    expect(['224', '08', '6', '3743', '12/2025'].map(isFilledBlank)).toEqual([true, true, true, true, true]);
  });

  it("leaves the signature box's own text and texts without a digit", () => {
    expect(
      ['Ký bởi: Ủy ban nhân dân xã Nghĩa Lâm', 'Thời gian ký: 08.05.2026 10:36:17', 'Đã ký', ''].map(isFilledBlank),
    ).toEqual([false, false, false, false]);
  });
});

/** A page 800 units high: PDF y upwards to viewport y downwards. */
const toViewport = (x: number, y: number): [number, number] => [x, 800 - y];
const run = (x: number, y: number, text: string, size = 13): TextRun => ({
  x,
  y,
  width: 0.45 * size * text.length,
  size,
  text,
});

describe('annotationRuns', () => {
  // The header of a signed decision: "Số: /QĐ-UBND" and "ngày tháng 5 năm 2026" printed with blanks.
  const page: TextRun[] = [
    run(90, 91, 'Số:'),
    run(160, 91, '/QĐ-UBND'),
    run(330, 91, 'Nghĩa Lâm, ngày'),
    run(436, 91, 'tháng 5 năm 2026'),
    run(90, 140, 'QUYẾT ĐỊNH', 14),
  ];
  const stamped = (rect: Rect, text: string) => annotationRuns([{ rect, text }], page, toViewport);

  it('sets a stamped number on the line of its blank, a word of its own, so the layout reads the whole number', () => {
    const runs = [...page, ...stamped([126, 700, 157, 720], '224'), ...stamped([422, 700, 446, 720], '08')];
    expect(layoutPage(runs).slice(0, 1)).toEqual(['Số: 224 /QĐ-UBND Nghĩa Lâm, ngày 08 tháng 5 năm 2026']);
  });

  it("takes the size of the line's text and its own width, not its box's", () => {
    expect(stamped([126, 700, 157, 720], '224')).toEqual([{ x: 126, y: 91, width: 19.5, size: 13, text: ' 224 ' }]);
  });

  it('leaves out a stamp over no printed line, and a long text', () => {
    expect(stamped([126, 500, 157, 520], '224')).toEqual([]);
    expect(stamped([126, 700, 400, 720], 'Ký bởi: Ủy ban nhân dân xã Nghĩa Lâm')).toEqual([]);
  });

  it('picks the line nearest the middle of a box that covers two', () => {
    const tight = [run(90, 100, 'Dòng trên'), run(90, 112, 'Số:')];
    expect(annotationRuns([{ rect: [126, 683, 157, 703], text: '7' }], tight, toViewport)[0]!.y).toBe(112);
  });
});

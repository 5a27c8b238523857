/**
 * Text printed through annotations (the number and day an e-signature system stamps into the
 * blanks of a signed form): the stamped runs are set on the printed line they cover.
 */
import { describe, expect, it } from 'vitest';
import { isFilledBlank, stampRuns } from '../../../src/import/formats/pdf-annotations.ts';
import { layoutPage, type TextRun } from '../../../src/import/formats/pdf-layout.ts';

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

const run = (x: number, y: number, text: string, size = 13): TextRun => ({
  x,
  y,
  width: 0.45 * size * text.length,
  size,
  text,
});

describe('stampRuns', () => {
  // The header of a signed decision: "Số: /QĐ-UBND" and "ngày tháng 5 năm 2026" printed with blanks.
  const page: TextRun[] = [
    run(90, 91, 'Số:'),
    run(160, 91, '/QĐ-UBND'),
    run(330, 91, 'Nghĩa Lâm, ngày'),
    run(436, 91, 'tháng 5 năm 2026'),
    run(90, 140, 'QUYẾT ĐỊNH', 14),
  ];

  it('sets a stamped number on the line of its blank, a word of its own, so the layout reads the whole number', () => {
    // The fields draw their digits a little off the printed baseline, in their own size.
    const runs = [...page, ...stampRuns([run(128, 95, '224', 11), run(423, 88, '08', 11)], page)];
    expect(layoutPage(runs).slice(0, 1)).toEqual(['Số: 224 /QĐ-UBND Nghĩa Lâm, ngày 08 tháng 5 năm 2026']);
  });

  it("takes the baseline and size of the line's text, and keeps its own position and width", () => {
    expect(stampRuns([run(128, 95, '224', 11)], page)).toEqual([
      { x: 128, y: 91, width: 0.45 * 11 * 3, size: 13, text: ' 224 ' },
    ]);
  });

  it('leaves out a stamp over no printed line, a long text and a text without a digit', () => {
    expect(stampRuns([run(128, 300, '224')], page)).toEqual([]);
    expect(stampRuns([run(128, 91, 'Ký bởi: Ủy ban nhân dân xã Nghĩa Lâm')], page)).toEqual([]);
    expect(stampRuns([run(128, 91, 'Đã ký')], page)).toEqual([]);
  });

  it('picks the nearest of two printed lines, and ignores blank printed runs', () => {
    const tight = [run(90, 100, 'Dòng trên'), run(90, 112, 'Số:'), run(90, 109, '   ')];
    expect(stampRuns([run(126, 109, '7')], tight)[0]!.y).toBe(112);
  });

  it('tidies the spaces inside a stamp', () => {
    expect(stampRuns([run(128, 91, ' 12 /2025 ')], page)[0]!.text).toBe(' 12 /2025 ');
    expect(stampRuns([run(128, 91, '12  /  2025')], page)[0]!.text).toBe(' 12 / 2025 ');
  });
});

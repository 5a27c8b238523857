/**
 * A serial OCR is not sure of (handwritten after signing, as on the real scans b31 and b33) is
 * left blank and named in a review warning, rather than read as a confident wrong number.
 */
import { describe, expect, it } from 'vitest';
import { dropDoubtfulSerials, SERIAL_CONFIDENCE, serialWarning } from '../../../src/import/formats/ocr.ts';

const line = (...words: Array<[string, number]>) => ({
  words: words.map(([text, confidence]) => ({ text, confidence })),
});

describe('dropDoubtfulSerials', () => {
  it('takes the digits of a low-confidence serial after "Số:" out of the line, keeping its code', () => {
    const lines = [line(['Số:', 95], ['3374', 73], ['/QĐ-UBND', 90])];
    expect(dropDoubtfulSerials(lines)).toEqual([{ text: '3374', confidence: 73 }]);
    expect(lines[0]!.words.map((w) => w.text)).toEqual(['Số:', '', '/QĐ-UBND']);
  });

  it('keeps the code glued to a doubtful serial ("4836/QĐ-UBND" → "/QĐ-UBND")', () => {
    const lines = [line(['số:', 90], ['4836/QĐ-UBND', 78])];
    expect(dropDoubtfulSerials(lines)).toEqual([{ text: '4836/QĐ-UBND', confidence: 78 }]);
    expect(lines[0]!.words[1]!.text).toBe('/QĐ-UBND');
  });

  it('reads the label as OCR gives it: "Số", "số:", "Sô:"', () => {
    for (const label of ['Số', 'số:', 'Sô:', 'SỐ:'])
      expect(dropDoubtfulSerials([line([label, 90], ['12', 50])])).toHaveLength(1);
  });

  it('keeps a serial read with confidence, digits after other words, and a citation inside a sentence', () => {
    const lines = [
      line(['Số:', 95], ['224', SERIAL_CONFIDENCE]),
      line(['ngày', 95], ['20', 40], ['tháng', 95]),
      line(['Quyết', 95], ['định', 95], ['số', 95], ['1855/QĐ-UBND', 70]),
    ];
    expect(dropDoubtfulSerials(lines.slice(0, 2))).toEqual([]);
    expect(lines[0]!.words[1]!.text).toBe('224');
    // "số 1855/QĐ-UBND" inside a sentence is a citation's number, kept as read.
    expect(dropDoubtfulSerials(lines.slice(2))).toEqual([]);
    expect(lines[2]!.words[3]!.text).toBe('1855/QĐ-UBND');
  });

  it('leaves a label with no digits after it alone', () => {
    const lines = [line(['Số:', 95], ['/QĐ-UBND', 60])];
    expect(dropDoubtfulSerials(lines)).toEqual([]);
    expect(lines[0]!.words[1]!.text).toBe('/QĐ-UBND');
  });
});

describe('serialWarning', () => {
  it('names the file, the page, what OCR read and what to do', () => {
    expect(serialWarning('qd-3274.pdf', 1, { text: '3374', confidence: 73 })).toBe(
      'qd-3274.pdf: số hiệu ở trang 1 đọc bằng nhận dạng chữ (OCR) không chắc chắn ("3374", độ tin cậy 73%; số viết tay thường bị đọc sai) nên để trống — hãy xem bản gốc và điền số hiệu.',
    );
  });
});

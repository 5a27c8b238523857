/**
 * A serial OCR is not sure of (handwritten after signing, as on the real scans b31 and b33) is
 * left blank and named in a review warning, rather than read as a confident wrong number.
 */
import { describe, expect, it } from 'vitest';
import {
  blankDate,
  blankSerial,
  confirmFills,
  dropDoubtfulSerials,
  keptDate,
  keptSerial,
  SERIAL_CONFIDENCE,
  SERIAL_RECHECK_SCALES,
  serialWarning,
} from '../../../src/import/formats/ocr-fills.ts';
import type { OcrEngine, Recognition } from '../../../src/import/formats/ocr.ts';

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

  it('names the date line when its day and month were the doubt', () => {
    expect(serialWarning('b33.pdf', 1, { text: '5/9', confidence: 85, readings: ['15/9', '5/9'], field: 'date' })).toBe(
      'b33.pdf: ngày tháng ký ở trang 1 đọc bằng nhận dạng chữ (OCR) không chắc chắn ("5/9", đọc lại ở cỡ ảnh khác được "15/9", "5/9"; chữ số viết tay thường bị đọc sai) nên để trống — hãy xem bản gốc và điền ngày ký.',
    );
  });

  it('says what the other sizes read when they disagreed', () => {
    expect(serialWarning('b33.pdf', 1, { text: '4836', confidence: 88, readings: ['4336', ''] })).toContain(
      '("4836", đọc lại ở cỡ ảnh khác được "4336", "không rõ"; số viết tay',
    );
  });
});

describe('keptSerial and blankSerial', () => {
  const box = (y0: number, y1: number) => ({ y0, y1 });
  it('gives the first confident serial after a line\'s "Số", with its line\'s top and bottom', () => {
    const lines = [
      { ...line(['Quyết', 95], ['định', 95], ['số', 95], ['12', 95]), bbox: box(10, 40) },
      { ...line(['Số:', 95], ['2936/QĐ-UBND', 91]), bbox: box(300, 340) },
    ];
    expect(keptSerial(lines)).toEqual({ digits: '2936', confidence: 91, line: { top: 300, bottom: 340 } });
    expect(keptSerial([{ ...line(['Số:', 95], ['/QĐ-UBND', 91]), bbox: box(0, 1) }])).toBeUndefined();
  });

  it('takes the digits out of the "Số" line only, keeping the code', () => {
    expect(blankSerial('Căn cứ số 4836\nSố: 4836 /QĐ-UBND\nsố 4836', '4836')).toBe(
      'Căn cứ số 4836\nSố: /QĐ-UBND\nsố 4836',
    );
    expect(blankSerial('số:4836/QĐ-UBND', '4836')).toBe('số:/QĐ-UBND');
  });
});

describe('keptDate and blankDate', () => {
  const box = { y0: 120, y1: 150 };
  it('finds the first "ngày D tháng M" of a page, as OCR spelled its words', () => {
    const lines = [
      { ...line(['Số:', 95], ['27', 92]), bbox: { y0: 100, y1: 130 } },
      {
        ...line(['Nghệ', 95], ['An,', 95], ['ngảy', 70], ['15', 80], ['Tháng', 90], ['9', 91], ['năm', 95]),
        bbox: box,
      },
      { ...line(['ngày', 95], ['21', 95], ['tháng', 95], ['12', 95]), bbox: { y0: 900, y1: 930 } },
    ];
    expect(keptDate(lines)).toEqual({
      words: ['ngảy', '15', 'Tháng', '9'],
      confidence: 80,
      line: { top: 120, bottom: 150 },
    });
    expect(keptDate([{ ...line(['ngày', 95], ['tháng', 95], ['9', 95], ['năm', 95]), bbox: box }])).toBeUndefined();
  });

  it('takes the day and month out of that line only', () => {
    expect(blankDate('Nghệ An, ngày 5 tháng 9 năm 2025\nngày 5 tháng 9 năm 2024', ['ngày', '5', 'tháng', '9'])).toBe(
      'Nghệ An, ngày tháng năm 2025\nngày 5 tháng 9 năm 2024',
    );
  });
});

describe('confirmFills', () => {
  const first: Recognition = {
    text: 'ỦY BAN NHÂN DÂN\nSố: 4836 /QĐ-UBND',
    confidence: 90,
    doubtfulSerials: [],
    serial: { digits: '4836', confidence: 88, line: { top: 300, bottom: 340 } },
  };
  /** An OCR engine that reads, for each redrawn band, the next of `readings`; and the bands asked for. */
  function fake(readings: Array<Partial<Recognition>>) {
    const asked: Array<{ scale: number; band: { top: number; bottom: number } }> = [];
    let i = 0;
    const ocr: OcrEngine = {
      recognize: () => Promise.resolve({ text: '', confidence: 90, doubtfulSerials: [], ...readings[i++] }),
      terminate: () => Promise.resolve(),
    };
    const redraw = (scale: number, band: { top: number; bottom: number }) => {
      asked.push({ scale, band });
      return Promise.resolve(new Uint8Array());
    };
    return { ocr, redraw, asked };
  }
  const reads = (digits: string) => ({ serial: { digits, confidence: 90, line: { top: 0, bottom: 1 } } });

  it('keeps a serial every other size reads the same, and draws only the band around its line', async () => {
    const { ocr, redraw, asked } = fake([reads('4836'), reads('4836')]);
    expect(await confirmFills(first, 2000, redraw, ocr)).toBe(first);
    expect(asked).toEqual(SERIAL_RECHECK_SCALES.map((scale) => ({ scale, band: { top: 0.11, bottom: 0.21 } })));
  });

  it('leaves blank and flags a serial another size reads differently, or not at all', async () => {
    for (const other of [reads('4336'), {}, { doubtfulSerials: [{ text: '4336/QĐ', confidence: 40 }] }]) {
      const { ocr, redraw } = fake([reads('4836'), other]);
      const checked = await confirmFills(first, 2000, redraw, ocr);
      expect(checked.text).toBe('ỦY BAN NHÂN DÂN\nSố: /QĐ-UBND');
      expect(checked.serial).toBeUndefined();
      expect(checked.doubtfulSerials).toHaveLength(1);
      expect(checked.doubtfulSerials[0]!.text).toBe('4836');
    }
  });

  it('leaves blank and flags a date line whose day or month another size reads differently', async () => {
    const dated: Recognition = {
      text: 'Số: 27 /KH-LĐLĐ Nghệ An, ngày 5 tháng 9 năm 2025',
      confidence: 90,
      doubtfulSerials: [],
      serial: { digits: '27', confidence: 95, line: { top: 300, bottom: 340 } },
      date: { words: ['ngày', '5', 'tháng', '9'], confidence: 85, line: { top: 300, bottom: 340 } },
    };
    const again = (day: string) => ({
      ...reads('27'),
      date: { ...dated.date!, words: ['ngày', day, 'tháng', '9'] as [string, string, string, string] },
    });
    const { ocr, redraw } = fake([again('5'), again('15')]);
    const checked = await confirmFills(dated, 2000, redraw, ocr);
    expect(checked.text).toBe('Số: 27 /KH-LĐLĐ Nghệ An, ngày tháng năm 2025');
    expect(checked.serial?.digits).toBe('27');
    expect(checked.doubtfulSerials).toEqual([
      { text: '5/9', confidence: 85, readings: ['5/9', '15/9'], field: 'date' },
    ]);
    // The same readings at every size: kept.
    const same = fake([again('5'), again('5')]);
    expect(await confirmFills(dated, 2000, same.redraw, same.ocr)).toBe(dated);
  });

  it('does nothing for a page without a confident serial', async () => {
    const { ocr, redraw, asked } = fake([]);
    const { serial: _none, ...plain } = first;
    expect(await confirmFills(plain, 2000, redraw, ocr)).toBe(plain);
    expect(asked).toEqual([]);
  });
});

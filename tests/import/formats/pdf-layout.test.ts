import { describe, expect, it } from 'vitest';
import { isUsableText, layoutPage, type TextRun } from '../../../src/import/formats/pdf-layout.ts';

/** A run of text at (x, y) in a 13 pt font, 6 pt per character wide. */
const run = (x: number, y: number, text: string): TextRun => ({ x, y, width: text.length * 6, size: 13, text });

describe('layoutPage', () => {
  it('reads a two-column header column by column', () => {
    const runs = [
      run(90, 60, 'ỦY BAN NHÂN DÂN'),
      run(300, 60, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
      run(100, 76, 'XÃ NGHĨA LÂM'),
      run(320, 76, 'Độc lập - Tự do - Hạnh phúc'),
      run(95, 100, 'Số:'),
      run(140, 100, '/QĐ-UBND'),
      run(300, 100, 'Nghĩa Lâm, ngày tháng 5 năm 2026'),
      run(150, 140, 'QUYẾT ĐỊNH VỀ VIỆC PHÂN CÔNG CÔNG TÁC CỦA CHỦ TỊCH'),
    ];
    expect(layoutPage(runs)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'XÃ NGHĨA LÂM',
      'Số: /QĐ-UBND',
      '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Nghĩa Lâm, ngày tháng 5 năm 2026',
      '',
      'QUYẾT ĐỊNH VỀ VIỆC PHÂN CÔNG CÔNG TÁC CỦA CHỦ TỊCH',
      '',
    ]);
  });

  it('re-joins lines that run to the right margin into one paragraph', () => {
    const runs = [
      run(100, 200, 'Căn cứ Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy'),
      run(85, 218, 'định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành'),
      run(85, 236, 'phố trực thuộc trung ương;'),
      run(100, 254, 'Căn cứ Luật Tổ chức chính quyền địa phương;'),
    ];
    expect(layoutPage(runs)).toEqual([
      'Căn cứ Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương;',
      '',
      'Căn cứ Luật Tổ chức chính quyền địa phương;',
      '',
    ]);
  });

  it('joins a number broken after its hyphen without a space', () => {
    const runs = [
      run(85, 100, 'Thực hiện Công văn số 193- và các văn bản khác của Đảng ủy xã, huyện 193-'),
      run(85, 118, 'CV/ĐU ngày 5/5/2025;'),
    ];
    expect(layoutPage(runs)[0]).toContain('193-CV/ĐU');
  });

  it('does not join a list item to the line above it', () => {
    const runs = [
      run(85, 100, 'Nội dung của kế hoạch gồm các việc chính sau đây, làm theo thứ tự như sau đây:'),
      run(85, 118, '- Tuyên truyền.'),
    ];
    expect(layoutPage(runs)).toEqual([
      'Nội dung của kế hoạch gồm các việc chính sau đây, làm theo thứ tự như sau đây:',
      '',
      '- Tuyên truyền.',
      '',
    ]);
  });

  it('puts a space between items with a gap and none between touching items', () => {
    expect(
      layoutPage([
        run(85, 100, 'Kế'),
        run(85 + 12 + 4, 100, 'hoạch'),
        { x: 85 + 12 + 4 + 30, y: 100, width: 6, size: 13, text: 's' },
      ]),
    ).toEqual(['Kế hoạchs', '']);
  });
});

describe('isUsableText', () => {
  it('accepts Vietnamese text', () => {
    expect(isUsableText('Ủy ban nhân dân xã Nghĩa Lâm ban hành quyết định phân công công tác')).toBe(true);
  });

  it('refuses a page with almost no text (a scan with a stamp line)', () => {
    expect(isUsableText('SAO Y')).toBe(false);
  });

  it('refuses text from a font without a Unicode map', () => {
    expect(isUsableText('\uE001\uE002\uE003 '.repeat(20))).toBe(false);
  });
});

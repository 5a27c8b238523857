import { describe, it, expect } from 'vitest';
import { BOM, csvCell, toCsv } from '../../src/render/csv.ts';
import { parseCsv } from './read-csv.ts';

describe('csvCell', () => {
  it('leaves plain Vietnamese text as it is', () => {
    expect(csvCell('Liên đoàn Lao động huyện Phú Riềng')).toEqual('Liên đoàn Lao động huyện Phú Riềng');
  });

  it('quotes a field with a comma, a quote or a line break, doubling quotes', () => {
    expect([csvCell('a, b'), csvCell('say "hi"'), csvCell('a\nb'), csvCell('a\r\nb')]).toEqual([
      '"a, b"',
      '"say ""hi"""',
      '"a\nb"',
      '"a\r\nb"',
    ]);
  });

  it('guards text that a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      `"'\rx"`,
    ]);
  });

  it('does not guard numbers, nor text with a formula sign further in', () => {
    expect([csvCell(-3), csvCell('27/KH-LĐLĐ'), csvCell(null), csvCell(undefined)]).toEqual([
      '-3',
      '27/KH-LĐLĐ',
      '',
      '',
    ]);
  });
});

describe('toCsv', () => {
  it('starts with a byte order mark and ends every line with CRLF', () => {
    const csv = toCsv(['Số', 'Trích yếu'], [['27/KH-LĐLĐ', 'Thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('reads back as written, Vietnamese, quotes and line breaks included', () => {
    const rows = [['Kế hoạch', 'về "đổi mới", tổ chức\r\nhoạt động', 'Ủy ban nhân dân tỉnh Bình Phước']];
    expect(parseCsv(toCsv(['Loại', 'Trích yếu', 'Cơ quan'], rows).slice(1))).toEqual([
      ['Loại', 'Trích yếu', 'Cơ quan'],
      ...rows,
    ]);
  });
});

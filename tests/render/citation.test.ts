import { describe, it, expect } from 'vitest';
import { citationText, formatIssuedDate } from '../../src/render/citation.ts';

describe('formatIssuedDate', () => {
  it('writes a day under 10 with a leading zero and months from 3 on without', () => {
    expect([formatIssuedDate('2024-08-08'), formatIssuedDate('2023-11-24'), formatIssuedDate('2024-03-15')]).toEqual([
      '08/8/2024',
      '24/11/2023',
      '15/3/2024',
    ]);
  });

  it('keeps the leading zero of January and February', () => {
    expect([formatIssuedDate('2024-01-30'), formatIssuedDate('2024-02-05')]).toEqual(['30/01/2024', '05/02/2024']);
  });
});

describe('citationText', () => {
  it('gives the usual form with the canonical number and issuer', () => {
    expect(
      citationText(
        { kind: 'Kế hoạch', number: '27/KH-LĐLĐ', date: '2024-08-08' },
        'Liên đoàn Lao động huyện Phú Riềng',
      ),
    ).toEqual('Kế hoạch số 27/KH-LĐLĐ ngày 08/8/2024 của Liên đoàn Lao động huyện Phú Riềng');
  });

  it('cites a Party document by its number as printed in Party form', () => {
    expect(
      citationText({ kind: 'Nghị quyết', number: '43-NQ/TW', date: '2023-11-24' }, 'Ban Chấp hành Trung ương Đảng'),
    ).toEqual('Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng');
  });

  it('leaves out what is not known rather than writing placeholders', () => {
    expect(citationText({ kind: 'Kế hoạch', number: null, date: undefined }, null)).toEqual('Kế hoạch');
    expect(citationText({ kind: undefined, number: '5/KH-X', date: '2024-01-02' })).toEqual(
      'Văn bản số 5/KH-X ngày 02/01/2024',
    );
  });
});

import { describe, it, expect } from 'vitest';
import { findDates, formatVietnameseDate, parseVietnameseDate } from '../../src/text/dates.ts';

describe('parseVietnameseDate', () => {
  it('reads the written-out header form', () => {
    expect(parseVietnameseDate('Phú Riềng, ngày 08 tháng 8 năm 2024')).toMatchObject({ iso: '2024-08-08', index: 11 });
  });
  it('reads numeric forms with /, - and .', () => {
    expect(parseVietnameseDate('ngày 24/11/2023')?.iso).toBe('2023-11-24');
    expect(parseVietnameseDate('ngày 01-10-1997')?.iso).toBe('1997-10-01');
    expect(parseVietnameseDate('ngày 24.11.2023')?.iso).toBe('2023-11-24');
  });
  it('tolerates line breaks, wide gaps and a space inside a field', () => {
    expect(parseVietnameseDate('ngày 09\ntháng 3 năm 2026')?.iso).toBe('2026-03-09');
    expect(parseVietnameseDate('ngày 23 tháng               7    năm 2026')?.iso).toBe('2026-07-23');
    expect(parseVietnameseDate('ngày 26 tháng 0 6 năm 2018')?.iso).toBe('2018-06-26');
  });
  it('rejects impossible dates instead of guessing', () => {
    expect(parseVietnameseDate('ngày 31/02/2024')).toBeNull();
    expect(parseVietnameseDate('ngày 29 tháng 2 năm 2023')).toBeNull();
    expect(parseVietnameseDate('ngày 12/13/2024')).toBeNull();
    expect(parseVietnameseDate('ngày 29/02/2024')?.iso).toBe('2024-02-29');
  });
  it('does not read periods or fractions as dates', () => {
    expect(parseVietnameseDate('giai đoạn 2020 - 2025, 1/2 ngày, quý I/2025')).toBeNull();
  });
});

describe('findDates', () => {
  it('finds every date in order', () => {
    expect(findDates('ngày 24/11/2023 và ngày 01 tháng 10 năm 1997').map((d) => d.iso)).toEqual([
      '2023-11-24',
      '1997-10-01',
    ]);
  });
  it('reads the written form through OCR and typing slips: tone marks, no marks, capitals, a lost blank, l and O', () => {
    const text =
      'ngảy 2 thảng 3 năm 2024; ngay 5 thang 6 nam 2023; NGÀY 7 THÁNG 8 NĂM 2022; ngày 9tháng 10năm 2021; ngày l1 tháng 1 năm 2O20';
    expect(findDates(text).map((d) => d.iso)).toEqual([
      '2024-03-02',
      '2023-06-05',
      '2022-08-07',
      '2021-10-09',
      '2020-01-11',
    ]);
  });
  it('does not read a field with no digit or a word that ends in "ngày"-like letters', () => {
    expect(findDates('ngày lO tháng 3 năm 2024; hangngay 2 thang 3 nam 2024').map((d) => d.iso)).toEqual([]);
  });
});

describe('formatVietnameseDate', () => {
  it('formats ISO as dd/mm/yyyy', () => {
    expect(formatVietnameseDate('2002-11-08')).toBe('08/11/2002');
  });
});

import { describe, it, expect } from 'vitest';
import { findDocumentNumbers, numberKey, parseDocumentNumber } from '../../src/reading/document-number.ts';

const canonicals = (text: string): string[] => findDocumentNumbers(text).map((n) => n.canonical);

describe('findDocumentNumbers: old numbers with no type code, after a kind word', () => {
  it('reads a government decree and a Prime Minister decision of the old form', () => {
    expect(canonicals('Nghị định số 88/CP ngày 5/8/1995 và Quyết định số 131/TTg ngày 4/3/1995')).toEqual([
      '88/CP',
      '131/TTg',
    ]);
  });
  it('reads a Council of Ministers number with or without "số"', () => {
    expect(canonicals('theo Nghị định 235/HĐBT và Quyết định số 25-HĐBT')).toEqual(['235/HĐBT', '25-HĐBT']);
  });
  it('reads an old ministry circular with a blank between serial and code', () => {
    expect(canonicals('Thông tư 84 TC/CĐKT ngày 20/12/1991')).toEqual(['84 TC/CĐKT']);
  });
  it('reads a Prime Minister letter N/TTg without a kind word', () => {
    expect(canonicals('theo văn bản 205/TTg của Thủ tướng')).toEqual(['205/TTg']);
  });
  it('leaves the same shapes alone without a kind word in front', () => {
    expect(canonicals('tổ 88/CP, khu 235/HĐBT, mục 25-HĐBT')).toEqual([]);
  });
  it('reads a dash form only after "số"', () => {
    expect(canonicals('Quyết định 25-HĐBT')).toEqual([]);
  });
});

describe('findDocumentNumbers: type codes outside the list, after a kind word and "số"', () => {
  it('reads a Party action plan with its own code', () => {
    expect(canonicals('Kế hoạch hành động số 45-KHHĐ/TU ngày 1/3/2021')).toEqual(['45-KHHĐ/TU']);
  });
  it('leaves an unknown code alone without the kind word', () => {
    expect(canonicals('mã 45-KHHĐ/TU')).toEqual([]);
  });
});

describe('findDocumentNumbers: text that only looks like a number', () => {
  it('keeps periods, quarters and fractions out, even after a kind word', () => {
    expect(
      canonicals('Kế hoạch giai đoạn 2020 - 2025, Kế hoạch quý I/2025, Kế hoạch số 12/2025, Quyết định 1/2 ngày'),
    ).toEqual([]);
  });
  it('keeps a year followed by an organ out', () => {
    expect(canonicals('Kế hoạch số 2025 - UBND tỉnh giao; Kế hoạch năm 2025 - Sở Y tế')).toEqual([]);
  });
  it('keeps a known type code with no issuer out', () => {
    expect(canonicals('Kế hoạch số 5/KH, Quyết định số 25/QĐ')).toEqual([]);
  });
});

describe('findDocumentNumbers: joint circulars, letter suffixes, Latin eth', () => {
  it('reads a joint circular printed with a slash before the issuers', () => {
    expect(canonicals('Thông tư liên tịch số 69/2000/TTLT/BNN-TCTK ngày 23/6/2000')).toEqual(['69/2000/TTLT-BNN-TCTK']);
  });
  it('gives the slash and the dash printing of a joint circular one key', () => {
    expect(numberKey('69/2000/TTLT/BNN-TCTK')).toEqual(numberKey('69/2000/TTLT-BNN-TCTK'));
  });
  it('still reads a law number followed by a slash', () => {
    expect(canonicals('Luật số 85/2015/QH13/ sửa đổi')).toEqual(['85/2015/QH13']);
  });
  it('reads a serial with a letter suffix', () => {
    expect(canonicals('Nghị quyết số 30a/2008/NQ-CP và Quyết định 2074a/QĐ-TTTT')).toEqual([
      '30a/2008/NQ-CP',
      '2074a/QĐ-TTTT',
    ]);
  });
  it('does not take an upper-case letter or a word after the digits for a suffix', () => {
    expect(canonicals('điểm 3A/QĐ-UBND, 12ab/QĐ-UBND')).toEqual([]);
  });
  it('reads Ð (U+00D0) typed for Đ and keeps the printed form', () => {
    const [n] = findDocumentNumbers('Quyết định số 12/Q\u00D0-UBND');
    expect({ canonical: n?.canonical, printed: n?.printed }).toEqual({
      canonical: '12/QĐ-UBND',
      printed: '12/Q\u00D0-UBND',
    });
  });
  it('reads a Standing Committee number behind "Nghị quyết số:"', () => {
    expect(canonicals('Nghị quyết số: 101/2025/UBTVQH15 và Luật số 85/2015/QH13')).toEqual([
      '101/2025/UBTVQH15',
      '85/2015/QH13',
    ]);
  });
});

describe('parseDocumentNumber', () => {
  it('reads an old form given on its own, as a frontmatter value is', () => {
    expect([parseDocumentNumber('88/CP')?.canonical, parseDocumentNumber('Số: 45-KHHĐ/TU')?.canonical]).toEqual([
      '88/CP',
      '45-KHHĐ/TU',
    ]);
  });
  it('still refuses a year and a period given on their own', () => {
    expect([parseDocumentNumber('2025-UBND'), parseDocumentNumber('12/2025'), parseDocumentNumber('I/2025')]).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe('findDocumentNumbers: transcription and wrap noise', () => {
  it('reads a number with a Markdown escape and prints it without the backslash', () => {
    const [n] = findDocumentNumbers('Số 57\\-NQ/TW');
    expect({ canonical: n?.canonical, printed: n?.printed }).toEqual({ canonical: '57-NQ/TW', printed: '57-NQ/TW' });
  });
  it('joins a Standing Committee code split by a line wrap', () => {
    expect(canonicals('Nghị quyết số 101/2025/UBTV\nQH15 của Ủy ban')).toEqual(['101/2025/UBTVQH15']);
  });
  it('does not join a following word to another issuer code', () => {
    expect(canonicals('Luật số 85/2015/QH13 QH14 khóa')).toEqual(['85/2015/QH13']);
  });
});

import { describe, it, expect } from 'vitest';
import { findCitations } from '../../src/reading/citations.ts';
import { isVariantNumber } from '../../src/reading/citations/variants.ts';
import { parseDocumentNumber, type DocumentNumber } from '../../src/reading/document-number.ts';

const parse = (s: string): DocumentNumber => {
  const n = parseDocumentNumber(s);
  if (!n) throw new Error(`not a number: ${s}`);
  return n;
};

describe('isVariantNumber', () => {
  it('takes a decree or circular number without its year for the dated one', () => {
    expect([
      isVariantNumber(parse('88/2025/NĐ-CP'), parse('88/NĐ-CP')),
      isVariantNumber(parse('12/TT-BTC'), parse('12/2024/TT-BTC')),
    ]).toEqual([true, true]);
  });
  it('takes a number missing its type code, with the same year, for the same document', () => {
    expect(isVariantNumber(parse('193/2025/NQ-QH15'), parse('193/2025/QH15'))).toEqual(true);
  });
  it('takes issuer codes in another order for the same issuer', () => {
    expect(isVariantNumber(parse('16/KH-MTTQ-BTT'), parse('16/KH-BTT-MTTQ'))).toEqual(true);
  });
  it('keeps the two series of a decision or resolution apart (with and without a year)', () => {
    expect([
      isVariantNumber(parse('12/QĐ-UBND'), parse('12/2024/QĐ-UBND')),
      isVariantNumber(parse('5/NQ-HĐND'), parse('5/2024/NQ-HĐND')),
    ]).toEqual([false, false]);
  });
  it('keeps two years, two serials, two issuers and two kinds apart', () => {
    expect([
      isVariantNumber(parse('88/2019/NĐ-CP'), parse('88/2025/NĐ-CP')),
      isVariantNumber(parse('88/2025/NĐ-CP'), parse('89/NĐ-CP')),
      isVariantNumber(parse('5/KH-UBND'), parse('5/KH-UBND-VX')),
      isVariantNumber(parse('5/KH-UBND'), parse('5/BC-UBND')),
      isVariantNumber(parse('43-NQ/TW'), parse('43/NQ-TW')),
    ]).toEqual([false, false, false, false, false]);
  });
  it('does not take the year missing from a Party number for a variant', () => {
    expect(isVariantNumber(parse('05-NQ/TU'), parse('05/2024/NQ-TU'))).toEqual(false);
  });
});

describe('findCitations: one document cited under two spellings', () => {
  it("gives a later shortened spelling the first spelling's number and keeps what was printed", () => {
    const r = findCitations(
      'Căn cứ Nghị định số 88/2025/NĐ-CP ngày 1/4/2025 của Chính phủ; …\nTheo Nghị định 88/NĐ-CP, các bộ …',
    );
    expect(r.citations.map((c) => [c.number.canonical, c.number.printed])).toEqual([
      ['88/2025/NĐ-CP', '88/2025/NĐ-CP'],
      ['88/2025/NĐ-CP', '88/NĐ-CP'],
    ]);
    expect(r.issues.map((i) => [i.code, i.numbers])).toEqual([['variant-number', ['88/2025/NĐ-CP', '88/NĐ-CP']]]);
  });
  it('merges a permuted issuer and a dropped type code in one text', () => {
    const r = findCitations(
      'Thực hiện Kế hoạch số 16/KH-MTTQ-BTT và Nghị quyết số 193/2025/NQ-QH15.\nĐiều 2. Theo Kế hoạch số 16/KH-BTT-MTTQ và Nghị quyết 193/2025/QH15 …',
    );
    expect([...new Set(r.citations.map((c) => c.number.canonical))]).toEqual(['16/KH-MTTQ-BTT', '193/2025/NQ-QH15']);
  });
  it('leaves two different documents of the same serial apart', () => {
    const r = findCitations(
      'Quyết định số 12/QĐ-UBND ngày 3/1/2024 và Quyết định số 12/2024/QĐ-UBND ngày 9/5/2024 của UBND tỉnh',
    );
    expect({ numbers: r.citations.map((c) => c.number.canonical), issues: r.issues }).toEqual({
      numbers: ['12/QĐ-UBND', '12/2024/QĐ-UBND'],
      issues: [],
    });
  });
});

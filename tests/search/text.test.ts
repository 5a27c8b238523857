import { describe, it, expect } from 'vitest';
import { hasDiacritics, queryVariants, stripTokens, tonePlacements, wordVariants } from '../../src/search/text.ts';

describe('hasDiacritics', () => {
  it('tells marked text from plain text, đ included', () => {
    expect(hasDiacritics('văn hóa')).toBe(true);
    expect(hasDiacritics('đang')).toBe(true);
    expect(hasDiacritics('van hoa')).toBe(false);
  });
});

describe('wordVariants', () => {
  it('offers đ for a word that starts with d, keeping case', () => {
    expect(wordVariants('doan')).toEqual(['doan', 'đoan']);
    expect(wordVariants('Dang')).toEqual(['Dang', 'Đang']);
    expect(wordVariants('vien')).toEqual(['vien']);
  });
});

describe('queryVariants', () => {
  it('combines the spellings of every word', () => {
    expect(queryVariants(['dang', 'uy'])).toEqual([['dang', 'uy'], ['đang', 'uy']]);
    expect(queryVariants(['doan', 'dang'])).toHaveLength(4);
  });
  it('keeps at most the limit, later d-words as typed', () => {
    expect(queryVariants(['da', 'de', 'di', 'do', 'du'], 8)).toHaveLength(8);
  });
});

describe('tonePlacements', () => {
  it('gives the old and new placement of oa, oe and uy', () => {
    expect(tonePlacements('hoá')).toEqual(['hoá', 'hóa']);
    expect(tonePlacements('hóa')).toEqual(['hóa', 'hoá']);
    expect(tonePlacements('uỷ')).toEqual(['uỷ', 'ủy']);
    expect(tonePlacements('khoẻ')).toEqual(['khoẻ', 'khỏe']);
  });
  it('leaves closed syllables and qu alone', () => {
    expect(tonePlacements('hoàng')).toEqual(['hoàng']);
    expect(tonePlacements('quý')).toEqual(['quý']);
  });
});

describe('stripTokens', () => {
  it('removes number tokens from text', () => {
    expect(stripTokens('Kế hoạch vb27khldld thực hiện')).toBe('Kế hoạch thực hiện');
  });
});

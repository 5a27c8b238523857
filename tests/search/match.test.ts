import { describe, expect, it } from 'vitest';
import {
  exactWords,
  foldedWords,
  hasRun,
  MATCH_TIER,
  orderWindow,
  pageMatchRank,
  positionTier,
  textMatchTier,
} from '../../src/search/match.ts';

describe('exactWords', () => {
  it('splits on anything but letters and digits, lower case, one tone placement', () => {
    expect(exactWords('Hoà Bình, 2024 (đường)')).toEqual(['hòa', 'bình', '2024', 'đường']);
  });
});

describe('foldedWords', () => {
  it('strips every diacritic and folds đ to d', () => {
    expect(foldedWords('Đoàn viên ĐƯỜNG')).toEqual(['doan', 'vien', 'duong']);
  });
});

describe('hasRun', () => {
  it('finds consecutive words only', () => {
    expect(hasRun(['a', 'b', 'c'], ['b', 'c'])).toBe(true);
    expect(hasRun(['a', 'b', 'c'], ['a', 'c'])).toBe(false);
    expect(hasRun(['a'], [])).toBe(false);
  });
});

describe('textMatchTier', () => {
  const text = 'Kế hoạch tăng cường công tác tuyên truyền phổ biến giáo dục pháp luật về đường bộ';

  it('puts the exact spelling of a marked query first', () => {
    expect(textMatchTier(text, ['đường', 'bộ'])).toBe(MATCH_TIER.exact);
    expect(textMatchTier('Hoà Bình', ['hòa', 'bình'])).toBe(MATCH_TIER.exact);
  });

  it('gives a folded match of a marked query the phrase tier, not the exact one', () => {
    expect(textMatchTier('chức danh tương đương', ['đường'])).toBe(MATCH_TIER.phrase);
  });

  it('finds six words typed without diacritics as a phrase', () => {
    expect(textMatchTier(text, 'tang cuong cong tac tuyen truyen'.split(' '))).toBe(MATCH_TIER.phrase);
  });

  it('gives words present apart the words tier, and prefix matches the last', () => {
    expect(textMatchTier(text, ['truyen', 'tang'])).toBe(MATCH_TIER.words);
    expect(textMatchTier(text, ['van', 'hoa'])).toBe(MATCH_TIER.other);
    expect(textMatchTier(text, [])).toBe(MATCH_TIER.other);
  });
});

describe('positionTier', () => {
  it('reads as many matched words in a row as the query has as its phrase', () => {
    expect(positionTier([4, 9, 10, 11], 3)).toBe(MATCH_TIER.phrase);
    expect(positionTier([4, 9, 11], 2)).toBe(MATCH_TIER.words);
    expect(positionTier([], 1)).toBe(MATCH_TIER.phrase);
  });
});

describe('orderWindow', () => {
  it('orders by tier and keeps the given order within a tier', () => {
    expect(
      orderWindow(
        ['a', 'b', 'c', 'd'],
        new Map([
          ['a', 2],
          ['b', 0],
          ['c', 2],
          ['d', 0],
        ]),
      ),
    ).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('pageMatchRank', () => {
  const words = ['thanh', 'hoa'];
  it('puts a page whose title holds the phrase before one whose body alone does', () => {
    const titled = pageMatchRank('Tỉnh Thanh Hóa', 'Làm việc với Tỉnh ủy Thanh Hóa', words);
    const body = pageMatchRank('Tỉnh Thanh Hóa và các tỉnh', 'Chi trả trợ cấp', words);
    expect(titled).toBeLessThan(body);
  });

  it('keeps the text tiers first: a body phrase before a title with the words apart', () => {
    const phrase = pageMatchRank('Tỉnh Thanh Hóa', 'Kế hoạch', words);
    const apart = pageMatchRank('hoa và thanh', 'Hoa thanh', words);
    expect(phrase).toBeLessThan(apart);
  });

  it('ranks the exact spelling of a marked query before a folded phrase, title or not', () => {
    const marked = ['hòa', 'bình'];
    expect(pageMatchRank('tỉnh Hòa Bình', 'Kế hoạch', marked)).toBeLessThan(
      pageMatchRank('văn hóa bình dân', 'Văn hóa bình dân', marked),
    );
  });
});

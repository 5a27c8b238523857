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
  textMatchTierByWords,
} from '../../src/search/match.ts';
import { seededRandom } from '../build/random-frontmatter.ts';

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

describe('textMatchTier against its definition by word lists', () => {
  /** The cases where the two differ, with both answers. */
  const differences = (cases: Array<[string, string[]]>) =>
    cases
      .map(([text, words]) => ({
        text,
        words,
        fast: textMatchTier(text, words),
        lists: textMatchTierByWords(text, words),
      }))
      .filter((c) => c.fast !== c.lists);

  it('agrees on crafted texts: tone placements, đ, case, forms, repeats, loose marks', () => {
    const cases: Array<[string, string]> = [
      ['Xã Hoà Bình, huyện Hòa Vang', 'hòa bình'],
      ['Xã Hoà Bình, huyện Hòa Vang', 'hoà vang'],
      ['chức danh tương đương, ĐƯỜNG BỘ', 'đường bộ'],
      ['chức danh tương đương', 'duong'],
      ['hoa hoa hòa hoa', 'hòa hoa'],
      ['hoa hoa hoa hòa', 'hoa hòa'],
      ['hoa hoa hòa', 'hoa hòa'],
      ['Người lao động.Lao động—người', 'lao động người'],
      ['Nghe\u0300 nghiệp', 'nghề nghiệp'],
      ['Ngh\u00ea\u0300 nghi\u00ea\u0323p', 'nghề nghiệp'],
      ['a \u0301 b', 'a b'],
      ['a \u0301 b', 'á b'],
      ['İstanbul hòa bình', 'hòa bình'],
      ['İstanbul hòa bình', 'istanbul hoa'],
      ['𝐀 hòa 𝐁 bình', 'hòa bình'],
      ['số 43-NQ/TW ngày 2024', '43 nq tw'],
      ['Kế hoạch (tăng) cường; công tác', 'tăng cường công tác'],
      ['kế hoạchtăng cường', 'hoạch tăng'],
      ['', 'hoa'],
      ['hoa', 'hoa'],
    ];
    expect(differences(cases.map(([text, query]) => [text, query.split(' ')]))).toEqual([]);
    // The cases reach every tier.
    expect(new Set(cases.map(([text, query]) => textMatchTier(text, query.split(' '))))).toEqual(
      new Set(Object.values(MATCH_TIER)),
    );
  });

  it('agrees on random texts and queries of Vietnamese words in every spelling', () => {
    const random = seededRandom(2026);
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
    // Words as printed: marked, folded, upper case, old and new tone placement, NFD, đ and d.
    const forms = [
      ['hòa', 'hoà', 'hoa', 'HÒA', 'Hoa\u0300'],
      ['bình', 'binh', 'BÌNH', 'bi\u0300nh'],
      ['đường', 'duong', 'dương', 'Đường', 'ĐƯỜNG'],
      ['lao', 'Lao', 'LAO'],
      ['động', 'dong', 'đồng', 'Động'],
      ['người', 'nguoi', 'Người'],
      ['thủy', 'thuỷ', 'thuy'],
      ['2024', '43'],
    ];
    const separators = [' ', ' ', ' ', ', ', '. ', '-', '/', ' (', ') ', '\n', ' \u0301 ', '—'];
    const cases: Array<[string, string[]]> = [];
    for (let n = 0; n < 3000; n++) {
      const length = 1 + Math.floor(random() * 14);
      let text = '';
      for (let i = 0; i < length; i++) text += (i ? pick(separators) : '') + pick(pick(forms));
      const words = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(pick(forms)).toLowerCase());
      cases.push([text, words]);
    }
    expect(differences(cases)).toEqual([]);
    const tiers = cases.map(([text, words]) => textMatchTier(text, words));
    for (const tier of Object.values(MATCH_TIER)) expect(tiers.filter((t) => t === tier).length).toBeGreaterThan(100);
  });
});

import { describe, expect, it } from 'vitest';
import {
  engineWordPlaces,
  hasPhraseAt,
  parseCommonWords,
  serializeCommonWords,
  wordCost,
} from '../../src/search/common-words.ts';

describe('serializeCommonWords', () => {
  it('keeps the most frequent words, most frequent first, ties by the word', () => {
    const counts = new Map([
      ['x', 1],
      ['va', 9],
      ['doan', 2],
      ['cac', 9],
    ]);
    expect(serializeCommonWords(counts, 3)).toBe('[["cac",9],["va",9],["doan",2]]');
  });
});

describe('parseCommonWords', () => {
  it('reads the pairs the file holds and skips entries of another shape', () => {
    expect(parseCommonWords([['va', 9], ['x', 'y'], ['z'], 'w', ['doan', -1], ['cac', 3]])).toEqual(
      new Map([
        ['va', 9],
        ['cac', 3],
      ]),
    );
  });

  it('gives an empty table for a file that is not a list', () => {
    expect(parseCommonWords({ va: 9 })).toEqual(new Map());
    expect(parseCommonWords(null)).toEqual(new Map());
  });
});

describe('wordCost', () => {
  const table = new Map([
    ['do', 5],
    ['doan', 3],
    ['va', 9],
  ]);

  it('sums the occurrences of every table word the query word begins (Pagefind matches prefixes)', () => {
    expect(wordCost('do', table)).toBe(8);
    expect(wordCost('doan', table)).toBe(3);
  });

  it('folds the query word as the table does, and gives 0 for a word the table lacks', () => {
    expect(wordCost('Đoàn', table)).toBe(3);
    expect(wordCost('phồn', table)).toBe(0);
  });
});

describe('engineWordPlaces', () => {
  const table = new Map([
    ['trong', 90],
    ['do', 80],
    ['bo', 60],
    ['y', 70],
    ['luu', 20],
  ]);

  it('keeps every word of a short query', () => {
    expect(engineWordPlaces(['trong', 'do', 'bo'], table)).toEqual([0, 1, 2]);
  });

  it('keeps the first and last words of a long query and the rarest between, in the query order', () => {
    expect(engineWordPlaces(['bo', 'may', 'trong', 'do', 'luu', 'y'], table)).toEqual([0, 1, 4, 5]);
    expect(engineWordPlaces(['bo', 'may', 'trong', 'do', 'luu', 'y'], table, 3)).toEqual([0, 1, 5]);
    expect(engineWordPlaces(['trong', 'do', 'luu', 'bo', 'y'], table)).toEqual([0, 2, 3, 4]);
    // Four words or fewer: all of them.
    expect(engineWordPlaces(['trong', 'do', 'luu', 'y'], table)).toEqual([0, 1, 2, 3]);
  });

  it('prefers the longer word of two the table does not hold', () => {
    expect(engineWordPlaces(['trong', 'ab', 'abcd', 'abc', 'do'], table, 3)).toEqual([0, 2, 4]);
    expect(engineWordPlaces(['trong', 'ab', 'abcd', 'abc', 'do'], table)).toEqual([0, 2, 3, 4]);
  });
});

describe('hasPhraseAt', () => {
  it('finds the searched words where the phrase puts them', () => {
    expect(hasPhraseAt([3, 7, 8, 11], [0, 1, 4])).toBe(true);
    expect(hasPhraseAt([20, 30, 31, 34], [1, 2, 5])).toBe(true);
  });

  it('checks more of a six-word phrase with four searched words than with three', () => {
    // Positions of any searched word at p, p+2 and p+5 (a page of common words, not the phrase):
    // the three-place check takes it, the four-place one asks for p+3 too.
    const positions = [40, 42, 45, 60, 61];
    expect(hasPhraseAt(positions, [0, 2, 5])).toBe(true);
    expect(hasPhraseAt(positions, [0, 2, 3, 5])).toBe(false);
    expect(hasPhraseAt([...positions, 43], [0, 2, 3, 5])).toBe(true);
  });

  it('refuses words present but apart, or in another order', () => {
    expect(hasPhraseAt([3, 7, 10, 12], [0, 1, 4])).toBe(false);
    expect(hasPhraseAt([], [0, 1])).toBe(false);
    expect(hasPhraseAt([1, 2], [])).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  addPageDWords,
  isDTableKey,
  parseDWords,
  readsDTable,
  serializeDWords,
  spellingCombos,
  wordSpellings,
  type DWords,
} from '../../src/search/d-words.ts';

describe('isDTableKey', () => {
  it('keeps words of up to 8 letters a-z, not codes or long runs', () => {
    expect(['doan', 'dang', 'duongdan'].map(isDTableKey)).toEqual([true, true, true]);
    expect(['du1', 'ddddddddd', 'dƯ', ''].map(isDTableKey)).toEqual([false, false, false, false]);
  });
});

describe('addPageDWords', () => {
  it('counts the pages holding each spelling', () => {
    const table: DWords = new Map();
    addPageDWords(table, new Map([['dang', { d: false, dd: true }]]));
    addPageDWords(table, new Map([['dang', { d: true, dd: true }]]));
    expect(table).toEqual(new Map([['dang', [1, 2]]]));
  });
});

describe('serializeDWords and parseDWords', () => {
  it('write the table with keys sorted and read it back', () => {
    const text = serializeDWords(
      new Map([
        ['doan', [0, 3]],
        ['dan', [2, 0]],
      ]),
    );
    expect(text).toBe('{"dan":[2,0],"doan":[0,3]}');
    expect(parseDWords(JSON.parse(text))).toEqual(
      new Map([
        ['dan', [2, 0]],
        ['doan', [0, 3]],
      ]),
    );
  });

  it('skips entries of another shape and reads a non-object as an empty table', () => {
    expect(parseDWords({ doan: [1], dan: 'x', de: [1, 2] })).toEqual(new Map([['de', [1, 2]]]));
    expect(parseDWords(null)).toEqual(new Map());
  });
});

describe('wordSpellings', () => {
  const table: DWords = new Map([
    ['doan', [0, 3]],
    ['dang', [2, 9]],
    ['doanh', [5, 0]],
    ['duong', [4, 6]],
  ]);

  it('gives the đ spelling alone when the archive has only that one', () => {
    expect(wordSpellings('doan', table, false)).toEqual([{ word: 'đoan', pages: 3 }]);
  });

  it('gives both spellings, most pages first, when the archive has both', () => {
    expect(wordSpellings('dang', table, false)).toEqual([
      { word: 'đang', pages: 9 },
      { word: 'dang', pages: 2 },
    ]);
  });

  it('counts every word a word being typed begins', () => {
    expect(wordSpellings('doa', table, true)).toEqual([
      { word: 'doa', pages: 5 },
      { word: 'đoa', pages: 3 },
    ]);
  });

  it('keeps a word typed with diacritics, with đ, or without d as typed', () => {
    expect(wordSpellings('dương', table, false)).toEqual([{ word: 'dương', pages: 1 }]);
    expect(wordSpellings('Đoàn', table, false)).toEqual([{ word: 'đoàn', pages: 1 }]);
    expect(wordSpellings('vien', table, false)).toEqual([{ word: 'vien', pages: 1 }]);
  });

  it('keeps the typed spelling of a word the archive lacks', () => {
    expect(wordSpellings('dzo', table, false)).toEqual([{ word: 'dzo', pages: 0 }]);
  });
});

describe('spellingCombos', () => {
  const table: DWords = new Map([
    ['doan', [0, 3]],
    ['dang', [2, 9]],
    ['duong', [4, 6]],
  ]);

  it('gives one combination when every d word has one spelling in the archive', () => {
    expect(spellingCombos(['doan', 'vien'], table)).toEqual([['đoan', 'vien']]);
  });

  it('gives the two likeliest combinations, at most, for ambiguous d words', () => {
    expect(spellingCombos(['dang', 'uy'], table)).toEqual([
      ['đang', 'uy'],
      ['dang', 'uy'],
    ]);
    expect(spellingCombos(['dang', 'duong'], table)).toEqual([
      ['đang', 'đuong'],
      ['đang', 'duong'],
    ]);
  });

  it('gives no combination for no words', () => {
    expect(spellingCombos([], table)).toEqual([[]]);
  });
});

describe('readsDTable', () => {
  it('is true for a d word typed without diacritics, in any case or Unicode form', () => {
    expect(['dang', 'Doan', 'DUONG', 'd', 'do\u0061n'].map(readsDTable)).toEqual([true, true, true, true, true]);
  });

  it('is false for a word typed with đ or other diacritics, and for other words', () => {
    expect(['đang', 'Đoàn', 'dương', 'du\u031bo\u031bng', 'lao', 'ad', ''].map(readsDTable)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('agrees with the spellings read from the table', () => {
    const table: DWords = new Map([['dang', [1, 2]]]);
    for (const word of ['dang', 'đang', 'dương', 'lao'])
      expect(wordSpellings(word, table, false).length > 1 || wordSpellings(word, table, false)[0]!.word !== word).toBe(
        readsDTable(word),
      );
  });
});

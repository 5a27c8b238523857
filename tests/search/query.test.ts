import { describe, it, expect } from 'vitest';
import { parseQuery, numberMatches } from '../../src/search/query.ts';
import { numberTokens, tokensForNumber, partialToken, keyParts } from '../../src/search/tokens.ts';
import { parseDocumentNumber } from '../../src/reading/document-number.ts';

const tokens = (q: string) => parseQuery(q).numbers.flatMap((n) => n.tokens);

describe('parseQuery', () => {
  it.each([
    ['43-NQ/TW', ['vb43nqtw']],
    ['43/NQ-TW', ['vb43nqtw']],
    ['43 NQ TW', ['vb43nqtw']],
    ['43nqtw', ['vb43nqtw']],
    ['NQ 43', ['vb43nq']],
    ['nq43', ['vb43nq']],
    ['NQ-43', ['vb43nq']],
    ['43 NQ', ['vb43nq']],
    ['nghị quyết 43', ['vb43nq']],
    ['nghi quyet 43', ['vb43nq']],
    ['Nghị quyết số 43', ['vb43nq']],
    ['nghị quyết 43', ['vb43nq']],
    ['09 -NQ/TW', ['vb9nqtw']],
    ['9-NQ/TW', ['vb9nqtw']],
    ['9-nq/tw', ['vb9nqtw']],
    ['1268/QD-TTg', ['vb1268qdttg']],
    ['1268/qđ-ttg', ['vb1268qdttg']],
    ['1268/QĐ-TTg', ['vb1268qdttg']],
    ['quyết định 1268', ['vb1268qd']],
    ['30/2020/ND-CP', ['vb302020ndcp']],
    ['30/2020/nđ-cp', ['vb302020ndcp']],
    ['nghị định 30', ['vb30nd']],
    ['27 /KH-LĐLD', ['vb27khldld']],
    ['27/KH-LĐLĐ', ['vb27khldld']],
    ['2449 -CV/ĐU', ['vb2449cvdu']],
  ])('reads %s as number tokens %j', (query, expected) => {
    expect(tokens(query)).toEqual(expected);
  });

  it('reads the same number from NFD input', () => {
    expect(tokens('1268/Q\u0110-TTg'.normalize('NFD'))).toEqual(['vb1268qdttg']);
    expect(tokens('nghi\u0323 quye\u0302\u0301t 43')).toEqual(['vb43nq']);
  });

  it('keeps words of text apart from numbers', () => {
    const q = parseQuery('Kế hoạch 43-NQ/TW đoàn viên');
    expect(q.numbers.map((n) => n.label)).toEqual(['43-NQ/TW']);
    expect(q.words).toEqual(['kế', 'hoạch', 'đoàn', 'viên']);
  });

  it('reads a kind name with a number as a number, not as words', () => {
    const q = parseQuery('kế hoạch 27');
    expect(q.numbers[0]!.tokens).toEqual(['vb27kh']);
    expect(q.words).toEqual([]);
  });

  it('offers every code of Quy định, including the Party QĐ', () => {
    expect(tokens('quy định 384')).toEqual(expect.arrayContaining(['vb384qd']));
  });

  it('does not read years, ranges or plain words as numbers', () => {
    for (const q of ['2020 - 2025', 'quý I/2025', 'văn hóa', 'doan vien', 'hoa 2025', 'tt 5g']) {
      expect(parseQuery(q).numbers, q).toEqual([]);
    }
  });
});

describe('numberMatches', () => {
  it('matches a full number by its key, ignoring leading zeros and separators', () => {
    const [q] = parseQuery('09-NQ/TW').numbers;
    expect(numberMatches(q!, '9-NQ/TW')).toBe(true);
    expect(numberMatches(q!, '9-NQ/CP')).toBe(false);
  });
  it('matches a partial number by serial and type code', () => {
    const [q] = parseQuery('NQ 43').numbers;
    expect(numberMatches(q!, '43-NQ/TW')).toBe(true);
    expect(numberMatches(q!, '43/NQ-CP')).toBe(true);
    expect(numberMatches(q!, '43-KL/TW')).toBe(false);
    expect(numberMatches(q!, '430-NQ/TW')).toBe(false);
  });
  it('matches a number with a year from "nghị định 30"', () => {
    const [q] = parseQuery('nghị định 30').numbers;
    expect(numberMatches(q!, '30/2020/ND-CP')).toBe(true);
  });
});

describe('numberTokens', () => {
  it('gives a number with a year a token without it', () => {
    expect(numberTokens(parseDocumentNumber('30/2020/NĐ-CP')!)).toEqual(['vb302020ndcp', 'vb30ndcp']);
  });
  it('folds Đ and drops leading zeros', () => {
    expect(tokensForNumber('09 -NQ/TW')).toEqual(['vb9nqtw']);
    expect(tokensForNumber('27 /KH-LĐLD')).toEqual(tokensForNumber('27/KH-LĐLĐ'));
    expect(partialToken('043', 'QĐ')).toBe('vb43qd');
  });
  it('splits a key into parts', () => {
    expect(keyParts('30/2020/ND-CP')).toEqual({ serial: '30', kind: 'ND', year: '2020', issuer: 'CP' });
  });
});

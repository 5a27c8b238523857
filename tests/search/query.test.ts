import { describe, it, expect } from 'vitest';
import {
  distinctNumbers,
  MAX_QUERY_NUMBERS,
  MAX_QUERY_WORDS,
  parseQuery,
  numberMatches,
  type NumberQuery,
} from '../../src/search/query.ts';
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

describe('parseQuery limits (a shared link must not block the browser)', () => {
  it('reads one number typed a hundred times as one number', () => {
    const parsed = parseQuery(Array.from({ length: 100 }, () => '43-NQ/TW').join(' '));
    expect(parsed.numbers.map((n) => n.label)).toEqual(['43-NQ/TW']);
    expect(parsed.words).toEqual([]);
  });

  it('reads the same number in two shapes once, and two different numbers twice', () => {
    expect(parseQuery('43-NQ/TW 43/nq-tw').numbers.map((n) => n.label)).toEqual(['43-NQ/TW']);
    expect(parseQuery('43-NQ/TW 02-NQ/TW').numbers.map((n) => n.label)).toEqual(['43-NQ/TW', '02-NQ/TW']);
  });

  it(`keeps at most ${MAX_QUERY_NUMBERS} distinct numbers and ${MAX_QUERY_WORDS} words, the first ones`, () => {
    const numbers = Array.from({ length: 20 }, (_, i) => `${i + 1}-NQ/TW`).join(' ');
    expect(parseQuery(numbers).numbers.map((n) => n.label)).toEqual(
      Array.from({ length: MAX_QUERY_NUMBERS }, (_, i) => `${i + 1}-NQ/TW`),
    );
    const words = Array.from({ length: 50 }, () => 'hoạch').join(' ');
    expect(parseQuery(`kế ${words}`).words).toEqual([
      'kế',
      ...Array.from({ length: MAX_QUERY_WORDS - 1 }, () => 'hoạch'),
    ]);
  });
});

describe('distinctNumbers', () => {
  const number = (text: string, fields: Partial<NumberQuery> = {}): NumberQuery => ({
    text,
    label: 'NQ 43',
    tokens: ['vb43nq'],
    full: false,
    serial: '43',
    kinds: ['NQ'],
    ...fields,
  });

  it('keeps the first of numbers that read the same (tokens, serial, type codes), whatever was typed', () => {
    expect(
      distinctNumbers([number('NQ 43'), number('nghị quyết 43', { label: 'Nghị quyết 43' }), number('nq43')]).map(
        (n) => n.text,
      ),
    ).toEqual(['NQ 43']);
  });

  it('keeps numbers that differ in any of them', () => {
    const list = [
      number('a'),
      number('b', { full: true, tokens: ['vb43nqtw'] }),
      number('c', { kinds: ['NQ', 'QD'] }),
      number('d', { serial: '44', tokens: ['vb44nq'] }),
    ];
    expect(distinctNumbers(list).map((n) => n.text)).toEqual(['a', 'b', 'c', 'd']);
  });
});

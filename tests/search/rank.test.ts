import { describe, it, expect } from 'vitest';
import { countValues, intersect, mergeScores, numberRole, orderCandidates, textTier } from '../../src/search/rank.ts';
import { parseQuery } from '../../src/search/query.ts';

describe('mergeScores', () => {
  it('keeps the best score of a page over the spellings of a query', () => {
    expect(mergeScores([[{ id: 'a', score: 1 }], [{ id: 'a', score: 3 }, { id: 'b', score: 2 }]])).toEqual(new Map([['a', 3], ['b', 2]]));
  });
});

describe('textTier', () => {
  const sets = { exactPhrase: new Set(['x']), phrase: new Set(['x', 'p']), allWords: new Set(['x', 'p', 'w']) };
  it('puts exact diacritics, then the phrase, then whole words, then prefix matches', () => {
    expect(['x', 'p', 'w', 'o'].map((id) => textTier(id, sets))).toEqual([0, 1, 2, 3]);
  });
});

describe('orderCandidates', () => {
  const c = [
    { id: 'hoach', score: 9, tier: 3 },
    { id: 'hoa', score: 2, tier: 1 },
    { id: 'hoa2', score: 5, tier: 1 },
  ];
  it('orders by tier, then score: "hóa" pages above "hoạch" pages', () => {
    expect(orderCandidates(c, 'relevance').map((x) => x.id)).toEqual(['hoa2', 'hoa', 'hoach']);
  });
  it('orders by date both ways, undated pages last', () => {
    const dates = new Map([['hoa', 0], ['hoach', 1]]);
    expect(orderCandidates(c, 'newest', dates).map((x) => x.id)).toEqual(['hoa', 'hoach', 'hoa2']);
    expect(orderCandidates(c, 'oldest', dates).map((x) => x.id)).toEqual(['hoach', 'hoa', 'hoa2']);
  });
});

describe('intersect and countValues', () => {
  it('intersects sets and counts candidates per filter value', () => {
    expect([...intersect([new Set([1, 2]), new Set([2, 3])])]).toEqual([2]);
    expect(intersect([])).toEqual(new Set());
    expect(countValues(new Set(['a', 'b']), new Map([['Kế hoạch', new Set(['a', 'c'])], ['Công văn', new Set(['z'])]]))).toEqual(
      new Map([['Kế hoạch', 1], ['Công văn', 0]]),
    );
  });
});

describe('numberRole', () => {
  const q = parseQuery('43-NQ/TW').numbers;
  it('tells the document itself from its implementers and from those that mention it', () => {
    expect(numberRole(q, { key: '43-NQ/TW' })).toBe('self');
    expect(numberRole(q, { key: '27/KH-LDLD', imp: '43-NQ/TW 79/KH-LDLD' })).toBe('implements');
    expect(numberRole(q, { key: '3304-CV/TU', men: '1-KL/TW 43-NQ/TW' })).toBe('mentions');
    expect(numberRole(q, { key: '58-KL/TW' })).toBe('other');
  });
  it('reads a partial number against every page number', () => {
    expect(numberRole(parseQuery('nghị quyết 43').numbers, { key: '43/NQ-CP' })).toBe('self');
  });
});

import { describe, it, expect } from 'vitest';
import { countValues, numberRole, orderCandidates } from '../../src/search/rank.ts';
import { parseQuery } from '../../src/search/query.ts';

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
    const dates = new Map([
      ['hoa', 0],
      ['hoach', 1],
    ]);
    expect(orderCandidates(c, 'newest', dates).map((x) => x.id)).toEqual(['hoa', 'hoach', 'hoa2']);
    expect(orderCandidates(c, 'oldest', dates).map((x) => x.id)).toEqual(['hoach', 'hoa', 'hoa2']);
  });
});

describe('countValues', () => {
  it('counts candidates per filter value', () => {
    expect(
      countValues(
        new Set(['a', 'b']),
        new Map([
          ['Kế hoạch', new Set(['a', 'c'])],
          ['Công văn', new Set(['z'])],
        ]),
      ),
    ).toEqual(
      new Map([
        ['Kế hoạch', 1],
        ['Công văn', 0],
      ]),
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

import { describe, expect, it } from 'vitest';
import { filterCounts, filterOptions, passesFilters, type FilterIds } from '../../../src/search/client/filters.ts';

const ids: FilterIds = new Map([
  [
    'loai',
    new Map([
      ['Kế hoạch', new Set(['a', 'b'])],
      ['Nghị quyết', new Set(['c'])],
    ]),
  ],
  [
    'co-quan',
    new Map([
      ['UBND', new Set(['a', 'c'])],
      ['LĐLĐ', new Set(['b'])],
    ]),
  ],
  [
    'nam',
    new Map([
      ['2024', new Set(['a'])],
      ['2023', new Set(['b', 'c'])],
    ]),
  ],
]);

describe('passesFilters', () => {
  it('keeps a page that carries every chosen value', () => {
    expect(passesFilters(ids, { loai: 'Kế hoạch', nam: '2024' }, 'a')).toBe(true);
    expect(passesFilters(ids, { loai: 'Kế hoạch', nam: '2024' }, 'b')).toBe(false);
  });

  it('ignores the choice of the filter named as the exception', () => {
    expect(passesFilters(ids, { loai: 'Nghị quyết' }, 'a', 'loai')).toBe(true);
  });

  it('keeps everything when nothing is chosen, and nothing when the values are unknown', () => {
    expect(passesFilters(null, {}, 'a')).toBe(true);
    expect(passesFilters(null, { loai: 'Kế hoạch' }, 'a')).toBe(false);
  });
});

describe('filterCounts', () => {
  it('counts each value among the candidates the other filters keep', () => {
    const counts = filterCounts(['a', 'b', 'c'], ids, { loai: 'Kế hoạch' });
    // The kind filter's own choice does not narrow its counts; the others are narrowed by it.
    expect(counts.get('loai')).toEqual(
      new Map([
        ['Kế hoạch', 2],
        ['Nghị quyết', 1],
      ]),
    );
    expect(counts.get('co-quan')).toEqual(
      new Map([
        ['UBND', 1],
        ['LĐLĐ', 1],
      ]),
    );
    expect(counts.get('nam')).toEqual(
      new Map([
        ['2024', 1],
        ['2023', 1],
      ]),
    );
  });
});

describe('filterOptions', () => {
  it('lists years newest first and drops values with no candidate', () => {
    expect(
      filterOptions(
        'nam',
        new Map([
          ['2023', 2],
          ['2024', 1],
          ['2019', 0],
        ]),
      ),
    ).toEqual({
      total: 3,
      options: [
        { value: '2024', count: 1 },
        { value: '2023', count: 2 },
      ],
    });
  });

  it('lists other filters by count, then by Vietnamese name order', () => {
    const { options } = filterOptions(
      'loai',
      new Map([
        ['Quyết định', 1],
        ['Kế hoạch', 3],
        ['Hướng dẫn', 1],
      ]),
    );
    expect(options.map((o) => o.value)).toEqual(['Kế hoạch', 'Hướng dẫn', 'Quyết định']);
  });

  it('keeps the chosen value even when no candidate has it', () => {
    expect(filterOptions('co-quan', new Map([['UBND', 0]]), 'UBND').options).toEqual([{ value: 'UBND', count: 0 }]);
  });
});

import { describe, expect, it } from 'vitest';
import { hasFilters, isFilterName, isSortOrder, readState, stateUrl } from '../../../src/search/client/url-state.ts';

describe('readState', () => {
  it('reads the query, each filter and the sort order from the URL', () => {
    expect(readState('?q=nq+43&loai=K%E1%BA%BF+ho%E1%BA%A1ch&co-quan=UBND&nam=2024&sap-xep=cu-nhat')).toEqual({
      q: 'nq 43',
      filters: { loai: 'Kế hoạch', 'co-quan': 'UBND', nam: '2024' },
      sort: 'oldest',
    });
  });

  it('gives an empty query, no filters and relevance order for an empty URL', () => {
    expect(readState('')).toEqual({ q: '', filters: {}, sort: 'relevance' });
  });

  it('ignores unknown parameters, empty filters and unknown sort values', () => {
    expect(readState('?q=a&x=1&loai=&sap-xep=relevance')).toEqual({ q: 'a', filters: {}, sort: 'relevance' });
    expect(readState('?sap-xep=moi-nhat').sort).toBe('newest');
  });
});

describe('stateUrl', () => {
  it('writes the trimmed query, chosen filters in page order and a non-default sort', () => {
    expect(stateUrl({ q: ' nq 43 ', filters: { nam: '2024', loai: 'Kế hoạch' }, sort: 'newest' }, '/tim-kiem/')).toBe(
      '/tim-kiem/?q=nq+43&loai=K%E1%BA%BF+ho%E1%BA%A1ch&nam=2024&sap-xep=moi-nhat',
    );
  });

  it('leaves out an empty query and the default sort', () => {
    expect(stateUrl({ q: '  ', filters: {}, sort: 'relevance' }, '/luu-tru/tim-kiem/')).toBe('/luu-tru/tim-kiem/');
  });

  it('gives back the state readState reads from it', () => {
    const state = { q: '43-NQ/TW', filters: { 'co-quan': 'LĐLĐ huyện' }, sort: 'oldest' as const };
    const url = stateUrl(state, '/tim-kiem/');
    expect(readState(url.slice(url.indexOf('?')))).toEqual(state);
  });
});

describe('isSortOrder and isFilterName', () => {
  it('accept the contract names only', () => {
    expect(['relevance', 'newest', 'oldest', 'moi-nhat', ''].map(isSortOrder)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(['loai', 'co-quan', 'nam', 'year', ''].map(isFilterName)).toEqual([true, true, true, false, false]);
  });
});

describe('hasFilters', () => {
  it('is true only when a filter is chosen', () => {
    expect(hasFilters({ q: 'a', filters: {}, sort: 'relevance' })).toBe(false);
    expect(hasFilters({ q: '', filters: { nam: '2020' }, sort: 'relevance' })).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import {
  FILTER_NAMES,
  HIT_META,
  META_KEYS,
  numberIndexFile,
  SORT_ORDERS,
  SORT_URL_VALUE,
} from '../../src/search/contract.ts';

describe('numberIndexFile', () => {
  it('names a bucket file in the number index folder', () => {
    expect(numberIndexFile('vb43nqtw')).toBe('so-hieu/vb43nqtw.json');
  });
});

describe('the contract names', () => {
  // These names are in every built page, index fragment and shared link: changing one
  // changes the index and breaks old links, so a change must be deliberate.
  it('keeps the wire names of filters, sort orders and metadata', () => {
    expect(FILTER_NAMES).toEqual(['loai', 'co-quan', 'nam']);
    expect(SORT_ORDERS.map((o) => SORT_URL_VALUE[o])).toEqual(['', 'moi-nhat', 'cu-nhat']);
    expect(META_KEYS).toEqual([
      'title',
      'kind',
      'number',
      'date',
      'issuer',
      'cited',
      'key',
      'imp',
      'men',
      'so',
      'th',
      'nh',
    ]);
  });

  it('keeps number tokens out of number-index hits', () => {
    expect(HIT_META.filter((k) => ['so', 'th', 'nh'].includes(k))).toEqual([]);
  });
});

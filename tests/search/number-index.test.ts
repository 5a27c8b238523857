import { describe, expect, it } from 'vitest';
import type { PageRecord } from '../../src/search/contract.ts';
import { buildNumberIndex, parseBucket, queryBuckets, serializeBucket } from '../../src/search/number-index.ts';
import { parseQuery } from '../../src/search/query.ts';
import { numberRole } from '../../src/search/rank.ts';

/** A serialised bucket read back with its shape. */
const readBucket = (json: string) => JSON.parse(json) as Parameters<typeof parseBucket>[0];

const filters = { loai: 'Kế hoạch', 'co-quan': 'UBND', nam: '2019' };
const record = (url: string, meta: PageRecord['meta'], f: PageRecord['filters'] = filters): PageRecord => ({
  url,
  date: meta.date ?? '',
  meta,
  filters: f,
});

const pages = [
  record(
    'van-ban/2018/43-nq-tw/',
    { key: '43-NQ/TW', date: '2018-01-24', kind: 'Nghị quyết', so: 'vb43nqtw' },
    { ...filters, loai: 'Nghị quyết', nam: '2018' },
  ),
  record('van-ban/2019/12-kh/', { key: '12/KH-UBND', imp: '43-NQ/TW', date: '2019-05-02' }),
  record(
    'van-ban/2021/7-kh/',
    { key: '7/KH-UBND', imp: '12/KH-UBND', men: '43-NQ/CP', date: '2021-03-01' },
    { ...filters, nam: '2021' },
  ),
];

describe('buildNumberIndex', () => {
  const index = buildNumberIndex(pages);

  it('files every page under the serial and type code of each number it carries', () => {
    // Serial and type code: the partial tokens of tokens.ts; and, for each full number, its own token.
    expect([...index.keys()].sort()).toEqual([
      'vb12kh',
      'vb12khubnd',
      'vb43nq',
      'vb43nqcp',
      'vb43nqtw',
      'vb7kh',
      'vb7khubnd',
    ]);
    // A full number's file holds only the pages with that very number.
    expect(index.get('vb43nqtw')!.map((h) => h.url)).toEqual(['van-ban/2019/12-kh/', 'van-ban/2018/43-nq-tw/']);
    // Newest first: 43-NQ/CP mention (2021), the implementer (2019), the directive (2018).
    expect(index.get('vb43nq')!.map((h) => h.url)).toEqual([
      'van-ban/2021/7-kh/',
      'van-ban/2019/12-kh/',
      'van-ban/2018/43-nq-tw/',
    ]);
  });

  it('keeps the metadata a result shows and leaves out the number tokens', () => {
    expect(index.get('vb43nqtw')![1]!.meta).toEqual({ key: '43-NQ/TW', date: '2018-01-24', kind: 'Nghị quyết' });
  });
});

describe('queryBuckets', () => {
  it('sends a full number to its token file and a partial one to its serial and type', () => {
    const index = buildNumberIndex(pages);
    expect(queryBuckets(parseQuery('43-NQ/TW').numbers[0]!)).toEqual(['vb43nqtw']);
    expect(queryBuckets(parseQuery('nq 43').numbers[0]!)).toEqual(['vb43nq']);
    for (const q of ['43-NQ/TW', 'nq 43'])
      for (const name of queryBuckets(parseQuery(q).numbers[0]!)) expect(index.has(name), name).toBe(true);
  });
});

describe('serializeBucket and parseBucket', () => {
  const index = buildNumberIndex(pages);

  it('give back the hits they wrote', () => {
    const hits = index.get('vb43nq')!;
    expect(parseBucket(readBucket(serializeBucket(hits)))).toEqual(hits);
  });

  it('name each column once, filters apart from metadata', () => {
    expect(readBucket(serializeBucket([])).fields).toEqual([
      'url',
      'title',
      'kind',
      'number',
      'date',
      'issuer',
      'cited',
      'key',
      'imp',
      'men',
      'filter:loai',
      'filter:co-quan',
      'filter:nam',
    ]);
  });

  it('keep what numberRole needs, so the browser orders hits as before', () => {
    const hits = parseBucket(readBucket(serializeBucket(index.get('vb43nq')!)));
    const roles = (q: string) => hits.map((h) => numberRole(parseQuery(q).numbers, h.meta));
    expect(roles('43-NQ/TW')).toEqual(['other', 'implements', 'self']);
    expect(roles('nq 43')).toEqual(['mentions', 'implements', 'self']);
    expect(hits[2]!.filters).toEqual({ loai: 'Nghị quyết', 'co-quan': 'UBND', nam: '2018' });
  });
});

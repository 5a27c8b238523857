import { describe, expect, it } from 'vitest';
import { buildNumberIndex, parseBucket, queryBuckets, readSearchHead, serializeBucket } from '../../src/search/number-index.ts';
import { parseQuery } from '../../src/search/query.ts';
import { numberRole } from '../../src/search/rank.ts';

const head = (fields: Record<string, string>, filters: Record<string, string> = {}) =>
  [
    ...Object.entries(fields).map(([k, v]) => `<meta name="pagefind:${k}" data-pagefind-meta="${k}[content]" content="${v}">`),
    ...Object.entries(filters).map(([k, v]) => `<meta name="pagefind:filter:${k}" data-pagefind-filter="${k}[content]" content="${v}">`),
    '<meta name="pagefind:sort:date" data-pagefind-sort="date[content]" content="2020-01-01">',
  ].join('');

describe('readSearchHead', () => {
  it('reads meta and filters, and decodes entities', () => {
    const h = readSearchHead(head({ title: 'Về &quot;chuyển đổi số&quot; &amp; dữ liệu', key: '43-NQ/TW' }, { loai: 'Nghị quyết', nam: '2018' }));
    expect(h.meta).toEqual({ title: 'Về "chuyển đổi số" & dữ liệu', key: '43-NQ/TW' });
    expect(h.filters).toEqual({ loai: 'Nghị quyết', nam: '2018' });
    // The date Pagefind sorts by.
    expect(h.sort).toEqual({ date: '2020-01-01' });
    expect(readSearchHead('<meta name="pagefind:date" content="2019-03-29">').sort).toEqual({});
  });
});

describe('buildNumberIndex', () => {
  const pages = [
    { url: 'van-ban/2018/43-nq-tw/', ...readSearchHead(head({ key: '43-NQ/TW', date: '2018-01-24', kind: 'Nghị quyết' }, { loai: 'Nghị quyết' })) },
    { url: 'van-ban/2019/12-kh/', ...readSearchHead(head({ key: '12/KH-UBND', imp: '43-NQ/TW', date: '2019-05-02' })) },
    { url: 'van-ban/2021/7-kh/', ...readSearchHead(head({ key: '7/KH-UBND', imp: '12/KH-UBND', men: '43-NQ/CP', date: '2021-03-01' })) },
  ];
  const index = buildNumberIndex(pages);

  it('files every page under the serial and type code of each number it carries', () => {
    // Serial and type code: the partial tokens of search-tokens.ts.
    // and, for each full number, its own token.
    expect([...index.keys()].sort()).toEqual(['vb12kh', 'vb12khubnd', 'vb43nq', 'vb43nqcp', 'vb43nqtw', 'vb7kh', 'vb7khubnd']);
    // A full number also has the file of its token: only the pages with that very number.
    expect(index.get('vb43nqtw')!.map((h) => h.url)).toEqual(['van-ban/2019/12-kh/', 'van-ban/2018/43-nq-tw/']);
    // Newest first: 43-NQ/CP mention (2021), the implementer (2019), the directive (2018).
    expect(index.get('vb43nq')!.map((h) => h.url)).toEqual(['van-ban/2021/7-kh/', 'van-ban/2019/12-kh/', 'van-ban/2018/43-nq-tw/']);
  });

  it('sends a full number to its token file and a partial one to its serial and type', () => {
    expect(queryBuckets(parseQuery('43-NQ/TW').numbers[0]!)).toEqual(['vb43nqtw']);
    expect(queryBuckets(parseQuery('nq 43').numbers[0]!)).toEqual(['vb43nq']);
    for (const q of ['43-NQ/TW', 'nq 43']) for (const name of queryBuckets(parseQuery(q).numbers[0]!)) expect(index.has(name), name).toBe(true);
  });

  it('keeps what numberRole needs, so the browser orders hits as before', () => {
    const hits = parseBucket(JSON.parse(serializeBucket(index.get('vb43nq')!)));
    const roles = (q: string) => hits.map((h) => numberRole(parseQuery(q).numbers, h.meta));
    expect(roles('43-NQ/TW')).toEqual(['other', 'implements', 'self']);
    expect(roles('nq 43')).toEqual(['mentions', 'implements', 'self']);
    expect(hits[2]!.filters).toEqual({ loai: 'Nghị quyết' });
  });
});

import { describe, expect, it } from 'vitest';
import type { PageMeta } from '../../../src/search/contract.ts';
import type { NumberHit } from '../../../src/search/number-index.ts';
import { parseQuery } from '../../../src/search/query.ts';
import {
  isNumberIndexQuery, rankNumberHits, rankText, spellingQueries, toneSpellings, type ResultLike, type TextSource,
} from '../../../src/search/client/ranking.ts';

describe('isNumberIndexQuery', () => {
  it('sends numbers with a type code to the number index', () => {
    expect(['43-NQ/TW', 'nq 43', 'nghị quyết 43', '43-NQ/TW 02-NQ/TW'].map((q) => isNumberIndexQuery(parseQuery(q)))).toEqual([true, true, true, true]);
  });

  it('sends words, and numbers with words, to the full-text index', () => {
    expect(['văn hóa', '43-NQ/TW đoàn viên', ''].map((q) => isNumberIndexQuery(parseQuery(q)))).toEqual([false, false, false]);
  });
});

const hit = (url: string, meta: PageMeta, filters: NumberHit['filters'] = {}): NumberHit => ({ url, meta, filters });

describe('rankNumberHits', () => {
  // Newest first, as the number index files hold them.
  const hits = [
    hit('van-ban/2024/27/', { key: '27/KH-LDLD', men: '43-NQ/TW', date: '2024-05-01' }, { loai: 'Kế hoạch', nam: '2024' }),
    hit('van-ban/2024/79/', { key: '79/KH-LDLD', imp: '43-NQ/TW 1/CT-TU', date: '2024-03-01' }, { loai: 'Kế hoạch', nam: '2024' }),
    hit('van-ban/2023/81/', { key: '81/KH-LDLD', imp: '43-NQ/TW', date: '2023-09-01' }, { loai: 'Kế hoạch', nam: '2023' }),
    hit('van-ban/2023/43/', { key: '43-NQ/TW', date: '2023-01-01' }, { loai: 'Nghị quyết', nam: '2023' }),
    hit('van-ban/2022/43cp/', { key: '43/NQ-CP', date: '2022-01-01' }),
  ];
  const ranked = rankNumberHits(parseQuery('43-NQ/TW'), hits, '/luu-tru/');
  const order = (r: typeof ranked) => [...r.candidates].sort((a, b) => a.tier - b.tier || b.score - a.score).map((c) => c.id);

  it('puts the document first, then implementers about fewer numbers, then mentions; drops other numbers', () => {
    expect(order(ranked)).toEqual(['van-ban/2023/43/', 'van-ban/2023/81/', 'van-ban/2024/79/', 'van-ban/2024/27/']);
    expect(Object.fromEntries(ranked.roles)).toEqual({
      'van-ban/2024/27/': 'mentions', 'van-ban/2024/79/': 'implements', 'van-ban/2023/81/': 'implements', 'van-ban/2023/43/': 'self',
    });
  });

  it('gives each result its URL under the base and its metadata', async () => {
    expect(await ranked.results.get('van-ban/2023/43/')!.data()).toEqual({ url: '/luu-tru/van-ban/2023/43/', excerpt: '', meta: hits[3]!.meta });
  });

  it('gives filter values and date order from the hits themselves', () => {
    expect(ranked.numberIndex!.filterIds.get('nam')).toEqual(new Map([['2024', new Set(['van-ban/2024/27/', 'van-ban/2024/79/'])], ['2023', new Set(['van-ban/2023/81/', 'van-ban/2023/43/'])]]));
    expect([...ranked.numberIndex!.dateRank.keys()]).toEqual(['van-ban/2024/27/', 'van-ban/2024/79/', 'van-ban/2023/81/', 'van-ban/2023/43/']);
  });

  it('counts a page met in two files once', () => {
    expect(rankNumberHits(parseQuery('43-NQ/TW'), [hits[3]!, hits[3]!], '/').candidates).toHaveLength(1);
  });
});

describe('spellingQueries', () => {
  it('combines every token alternative of each number with each word spelling', () => {
    expect(spellingQueries([['vb30ndcp', 'vb302020ndcp']], [['doan'], ['đoan']])).toEqual([
      'vb30ndcp doan', 'vb30ndcp đoan', 'vb302020ndcp doan', 'vb302020ndcp đoan',
    ]);
  });

  it('gives the words alone, or the numbers alone, and nothing for an empty query', () => {
    expect(spellingQueries([], [['van', 'hoa']])).toEqual(['van hoa']);
    expect(spellingQueries([['vb43nqtw']], [])).toEqual(['vb43nqtw']);
    expect(spellingQueries([], [])).toEqual([]);
  });
});

describe('toneSpellings', () => {
  it('gives old and new tone placement of each word, at most four combinations', () => {
    expect(toneSpellings(['hòa', 'bình'])).toEqual([['hòa', 'bình'], ['hoà', 'bình']]);
    expect(toneSpellings(['hòa', 'hóa', 'thủy'])).toHaveLength(4);
  });
});

/** A fake Pagefind: each quoted or unquoted term gives fixed results. */
function fakeSource(answers: Record<string, Array<[string, number]>>, exact: Record<string, string[]> = {}, metas: Record<string, PageMeta> = {}) {
  const asked: string[] = [];
  const result = (id: string, score: number): ResultLike => ({ id, score, data: async () => ({ url: id, excerpt: '', meta: metas[id] ?? {} }) });
  const source: TextSource<ResultLike> = {
    search: async (term, isExact) => {
      asked.push(isExact ? `exact:${term}` : term);
      if (isExact) return (exact[term] ?? []).map((id) => result(id, 1));
      return (answers[term] ?? []).map(([id, score]) => result(id, score));
    },
    prepareExact: async () => {},
    meta: async (r) => (await r.data()).meta,
  };
  return { source, asked };
}

describe('rankText', () => {
  it('ranks the phrase over pages holding every word apart, over prefix matches', async () => {
    const { source } = fakeSource({
      '"van"': [['a', 1], ['b', 1]],
      '"hoa"': [['a', 1], ['b', 1]],
      'van hoa': [['a', 2], ['b', 5], ['c', 9]],
      '"van hoa"': [['a', 1]],
    });
    const ranked = await rankText('van hoa', parseQuery('van hoa'), source);
    // c matched "hoa" only as a prefix ("hoạch") and is dropped: "hoa" is found whole elsewhere.
    expect(ranked.candidates).toEqual([{ id: 'a', score: 2, tier: 1 }, { id: 'b', score: 5, tier: 2 }]);
  });

  it('asks for the đ spelling of a d word and keeps it only when some page has it', async () => {
    const { source, asked } = fakeSource({ '"doan"': [], '"đoan"': [['a', 1]], '"vien"': [['a', 1]], 'đoan vien': [['a', 3]], 'doan vien': [] });
    const ranked = await rankText('doan vien', parseQuery('doan vien'), source);
    expect(asked).toContain('đoan vien');
    expect(ranked.candidates.map((c) => c.id)).toEqual(['a']);
  });

  it('puts pages with the exact diacritics of a marked query first', async () => {
    const { source } = fakeSource(
      { '"hòa"': [['a', 1], ['b', 1]], '"bình"': [['a', 1], ['b', 1]], 'hòa bình': [['a', 1], ['b', 2]], '"hòa bình"': [['a', 1], ['b', 1]] },
      { '"hoà bình"': ['a'] },
    );
    const ranked = await rankText('hòa bình', parseQuery('hòa bình'), source);
    expect(ranked.candidates.find((c) => c.id === 'a')!.tier).toBe(0);
    expect(ranked.candidates.find((c) => c.id === 'b')!.tier).toBe(1);
  });

  it('ranks a number typed with words by how each page carries it, above the words\' tier', async () => {
    const { source } = fakeSource(
      { '"doan"': [['x', 1], ['y', 1]], '"đoan"': [], 'vb43nqtw doan': [['x', 5], ['y', 1]] },
      {},
      { x: { key: '7/KH-A', men: '43-NQ/TW' }, y: { key: '43-NQ/TW' } },
    );
    const ranked = await rankText('43-NQ/TW doan', parseQuery('43-NQ/TW doan'), source);
    expect(Object.fromEntries(ranked.roles)).toEqual({ x: 'mentions', y: 'self' });
    // Number tier × 10 + text tier (a single word found whole counts as its phrase: tier 1).
    expect(ranked.candidates.map((c) => [c.id, c.tier])).toEqual([['x', 21], ['y', 1]]);
  });
});

import { describe, expect, it } from 'vitest';
import type { PageMeta } from '../../../src/search/contract.ts';
import type { NumberHit } from '../../../src/search/number-index.ts';
import type { DWords } from '../../../src/search/d-words.ts';
import { parseQuery } from '../../../src/search/query.ts';
import {
  isNumberIndexQuery,
  queryTables,
  rankNumberHits,
  rankText,
  spellingQueries,
  type ResultLike,
  type TextSource,
} from '../../../src/search/client/ranking.ts';

describe('isNumberIndexQuery', () => {
  it('sends numbers with a type code to the number index', () => {
    expect(
      ['43-NQ/TW', 'nq 43', 'nghị quyết 43', '43-NQ/TW 02-NQ/TW'].map((q) => isNumberIndexQuery(parseQuery(q))),
    ).toEqual([true, true, true, true]);
  });

  it('sends words, and numbers with words, to the full-text index', () => {
    expect(['văn hóa', '43-NQ/TW đoàn viên', ''].map((q) => isNumberIndexQuery(parseQuery(q)))).toEqual([
      false,
      false,
      false,
    ]);
  });
});

const hit = (url: string, meta: PageMeta, filters: NumberHit['filters'] = {}): NumberHit => ({ url, meta, filters });

describe('rankNumberHits', () => {
  // Newest first, as the number index files hold them.
  const hits = [
    hit(
      'van-ban/2024/27/',
      { key: '27/KH-LDLD', men: '43-NQ/TW', date: '2024-05-01' },
      { loai: 'Kế hoạch', nam: '2024' },
    ),
    hit(
      'van-ban/2024/79/',
      { key: '79/KH-LDLD', imp: '43-NQ/TW 1/CT-TU', date: '2024-03-01' },
      { loai: 'Kế hoạch', nam: '2024' },
    ),
    hit(
      'van-ban/2023/81/',
      { key: '81/KH-LDLD', imp: '43-NQ/TW', date: '2023-09-01' },
      { loai: 'Kế hoạch', nam: '2023' },
    ),
    hit('van-ban/2023/43/', { key: '43-NQ/TW', date: '2023-01-01' }, { loai: 'Nghị quyết', nam: '2023' }),
    hit('van-ban/2022/43cp/', { key: '43/NQ-CP', date: '2022-01-01' }),
  ];
  const ranked = rankNumberHits(parseQuery('43-NQ/TW'), hits, '/luu-tru/');
  const order = (r: typeof ranked) =>
    [...r.candidates].sort((a, b) => a.tier - b.tier || b.score - a.score).map((c) => c.id);

  it('puts the document first, then implementers about fewer numbers, then mentions; drops other numbers', () => {
    expect(order(ranked)).toEqual(['van-ban/2023/43/', 'van-ban/2023/81/', 'van-ban/2024/79/', 'van-ban/2024/27/']);
    expect(Object.fromEntries(ranked.roles)).toEqual({
      'van-ban/2024/27/': 'mentions',
      'van-ban/2024/79/': 'implements',
      'van-ban/2023/81/': 'implements',
      'van-ban/2023/43/': 'self',
    });
  });

  it('gives each result its URL under the base and its metadata', async () => {
    expect(await ranked.results.get('van-ban/2023/43/')!.data()).toEqual({
      url: '/luu-tru/van-ban/2023/43/',
      excerpt: '',
      meta: hits[3]!.meta,
    });
  });

  it('gives filter values and date order from the hits themselves', () => {
    expect(ranked.numberIndex!.filterIds.get('nam')).toEqual(
      new Map([
        ['2024', new Set(['van-ban/2024/27/', 'van-ban/2024/79/'])],
        ['2023', new Set(['van-ban/2023/81/', 'van-ban/2023/43/'])],
      ]),
    );
    expect([...ranked.numberIndex!.dateRank.keys()]).toEqual([
      'van-ban/2024/27/',
      'van-ban/2024/79/',
      'van-ban/2023/81/',
      'van-ban/2023/43/',
    ]);
  });

  it('counts a page met in two files once', () => {
    expect(rankNumberHits(parseQuery('43-NQ/TW'), [hits[3]!, hits[3]!], '/').candidates).toHaveLength(1);
  });
});

describe('spellingQueries', () => {
  it('combines every token alternative of each number with each word spelling', () => {
    expect(spellingQueries([['vb30ndcp', 'vb302020ndcp']], [['doan'], ['đoan']])).toEqual([
      'vb30ndcp doan',
      'vb30ndcp đoan',
      'vb302020ndcp doan',
      'vb302020ndcp đoan',
    ]);
  });

  it('gives the words alone, or the numbers alone, and nothing for an empty query', () => {
    expect(spellingQueries([], [['van', 'hoa']])).toEqual(['van hoa']);
    expect(spellingQueries([['vb43nqtw']], [])).toEqual(['vb43nqtw']);
    expect(spellingQueries([], [])).toEqual([]);
  });
});

/** A fake Pagefind: each term gives fixed results (id, score, matched word positions). */
function fakeSource(
  answers: Record<string, Array<[string, number, number[]?]>>,
  dWords: DWords = new Map(),
  metas: Record<string, PageMeta> = {},
) {
  const asked: string[] = [];
  const result = (id: string, score: number, words: number[] = []): ResultLike => ({
    id,
    score,
    words,
    data: () => Promise.resolve({ url: id, excerpt: '', meta: metas[id] ?? {} }),
  });
  const source: TextSource<ResultLike> = {
    search: (term) => {
      asked.push(term);
      return Promise.resolve((answers[term] ?? []).map(([id, score, words]) => result(id, score, words)));
    },
    dWords: () => Promise.resolve(dWords),
    meta: async (r) => (await r.data()).meta,
  };
  return { source, asked };
}

describe('rankText', () => {
  it('asks Pagefind once and puts pages with the words in a row in the phrase tier', async () => {
    const { source, asked } = fakeSource({
      'van hoa': [
        ['a', 2, [7, 8]],
        ['b', 5, [3, 40]],
        ['c', 9, [1]],
      ],
    });
    const ranked = await rankText('van hoa', parseQuery('van hoa'), source);
    expect(asked).toEqual(['van hoa']);
    expect(ranked.candidates).toEqual([
      { id: 'a', score: 2, tier: 1 },
      { id: 'b', score: 5, tier: 2 },
      { id: 'c', score: 9, tier: 2 },
    ]);
  });

  it('searches a d word in the spelling the archive holds, one search only', async () => {
    const { source, asked } = fakeSource({ 'đoan vien': [['a', 3, [1, 2]]] }, new Map([['doan', [0, 4]]]));
    const ranked = await rankText('doan vien', parseQuery('doan vien'), source);
    expect(asked).toEqual(['đoan vien']);
    expect(ranked.candidates.map((c) => c.id)).toEqual(['a']);
  });

  it("searches both spellings of a d word the archive spells both ways, keeping the less likely one's phrases only", async () => {
    const { source, asked } = fakeSource(
      {
        'đang uy': [
          ['a', 3, [1, 2]],
          ['c', 1, [4, 9]],
        ],
        'dang uy': [
          ['b', 1, [5, 8]],
          ['a', 4, [1, 2]],
          ['d', 2, [6, 7]],
        ],
      },
      new Map([['dang', [2, 9]]]),
    );
    const ranked = await rankText('dang uy', parseQuery('dang uy'), source);
    expect(asked).toEqual(['đang uy', 'dang uy']);
    expect(ranked.candidates).toEqual([
      { id: 'a', score: 4, tier: 1 },
      { id: 'c', score: 1, tier: 2 },
      { id: 'd', score: 2, tier: 1 },
    ]);
  });

  it('asks Pagefind once for a query of three words, and tiers by the words in a row', async () => {
    const { source, asked } = fakeSource(
      {
        'hoi dong nhan': [
          ['a', 9, [1, 2, 9]],
          ['b', 1, [5, 6, 7]],
        ],
      },
      new Map([['dong', [5, 0]]]),
    );
    const ranked = await rankText('hoi dong nhan', parseQuery('hoi dong nhan'), source);
    expect(asked).toEqual(['hoi dong nhan']);
    expect(ranked.candidates).toEqual([
      { id: 'a', score: 9, tier: 2 },
      { id: 'b', score: 1, tier: 1 },
    ]);
  });

  it('asks for the first, last and two rarest middle words of a long query, and tiers by their places', async () => {
    const { source, asked } = fakeSource({
      'bo may luu y': [
        // "bo may … … luu y": positions 10, 11, 14 and 15 hold the words at the phrase's places.
        ['a', 2, [10, 11, 14, 15]],
        ['b', 9, [10, 11, 12, 15]],
      ],
    });
    const common = new Map([
      ['trong', 90],
      ['do', 80],
      ['bo', 60],
      ['luu', 50],
      ['y', 20],
    ]);
    const ranked = await rankText('bo may trong do luu y', parseQuery('bo may trong do luu y'), {
      ...source,
      commonWords: () => Promise.resolve(common),
    });
    expect(asked).toEqual(['bo may luu y']);
    expect(ranked.candidates).toEqual([
      { id: 'a', score: 2, tier: 1 },
      { id: 'b', score: 9, tier: 2 },
    ]);
  });

  it('asks for every word of a long query in quotes (the phrase only)', async () => {
    const { source, asked } = fakeSource({});
    await rankText('"bo may trong do luu y"', parseQuery('"bo may trong do luu y"'), {
      ...source,
      commonWords: () => Promise.resolve(new Map([['trong', 90]])),
    });
    expect(asked).toEqual(['"bo may trong do luu y"']);
  });

  it("ranks a number typed with words by how each page carries it, above the words' tier", async () => {
    const { source } = fakeSource(
      {
        'vb43nqtw doan': [
          ['x', 5, [3]],
          ['y', 1, [9]],
        ],
      },
      new Map([['doan', [3, 0]]]),
      { x: { key: '7/KH-A', men: '43-NQ/TW' }, y: { key: '43-NQ/TW' } },
    );
    const ranked = await rankText('43-NQ/TW doan', parseQuery('43-NQ/TW doan'), source);
    expect(Object.fromEntries(ranked.roles)).toEqual({ x: 'mentions', y: 'self' });
    // Number tier × 10 + text tier (a single word counts as its phrase: tier 1).
    expect(ranked.candidates.map((c) => [c.id, c.tier])).toEqual([
      ['x', 21],
      ['y', 1],
    ]);
  });
});

describe('queryTables', () => {
  /** A source that records which tables were fetched. */
  const counting = () => {
    const fetched: string[] = [];
    return {
      fetched,
      source: {
        dWords: () => (fetched.push('d'), Promise.resolve<DWords>(new Map([['dang', [1, 2]]]))),
        commonWords: () => (fetched.push('common'), Promise.resolve(new Map([['cua', 9]]))),
      },
    };
  };
  const tablesOf = async (q: string) => {
    const { fetched, source } = counting();
    const [d, common] = await queryTables(q, parseQuery(q), source);
    return { fetched, d: d.size, common: common.size };
  };

  it('fetches neither table for a short query without a bare d word', async () => {
    expect(await tablesOf('người lao động')).toEqual({ fetched: [], d: 0, common: 0 });
    expect(await tablesOf('phồn vinh')).toEqual({ fetched: [], d: 0, common: 0 });
    expect(await tablesOf('đường dương')).toEqual({ fetched: [], d: 0, common: 0 });
  });

  it('fetches the d/đ words for a d word typed without diacritics, wherever it stands', async () => {
    expect(await tablesOf('dang uy')).toEqual({ fetched: ['d'], d: 1, common: 0 });
    expect(await tablesOf('ban Doan')).toEqual({ fetched: ['d'], d: 1, common: 0 });
    expect(await tablesOf('van d')).toEqual({ fetched: ['d'], d: 1, common: 0 });
  });

  it('fetches the common words for a query of more than four words only', async () => {
    expect(await tablesOf('tăng cường công tác dân')).toEqual({ fetched: ['common'], d: 0, common: 1 });
    expect(await tablesOf('tang cuong cong tac tuyen truyen pho bien')).toEqual({
      fetched: ['common'],
      d: 0,
      common: 1,
    });
    expect(await tablesOf('bo may trong do luu y')).toEqual({ fetched: ['d', 'common'], d: 1, common: 1 });
    expect(await tablesOf('tăng cường công tác')).toEqual({ fetched: [], d: 0, common: 0 });
  });

  it('leaves the common words out where every word is searched: a quoted phrase, a number', async () => {
    expect((await tablesOf('"tăng cường công tác"')).fetched).toEqual([]);
    expect((await tablesOf('43-NQ/TW tăng cường công tác')).fetched).toEqual([]);
  });
});

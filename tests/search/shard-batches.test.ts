import { describe, expect, it } from 'vitest';
import { batchEnd, coverageOf, listsEveryShard, manifestHead } from '../../src/search/shard-batches.ts';
import type { ShardManifest } from '../../src/search/contract.ts';

const shard = (name: string, pages: number) => ({ name, pages, oldest: name.slice(0, 4) });
const list = (shards: ReturnType<typeof shard>[]): ShardManifest => ({ version: 1, shards });

describe('batchEnd', () => {
  const shards = [shard('2024', 1500), shard('2023', 900), shard('2022', 200), shard('2019_2021', 2600)];

  it('takes as many newest shards as fit in the batch', () => {
    expect(batchEnd(shards, 0, 2500)).toBe(2);
    expect(batchEnd(shards, 2, 2500)).toBe(3);
    expect(batchEnd([shard('2024', 300), shard('2023', 200), shard('2022', 100)], 0)).toBe(2);
  });

  it('always takes at least one shard, even one larger than the batch', () => {
    expect(batchEnd(shards, 3)).toBe(4);
    expect(batchEnd(shards, 0)).toBe(1);
  });

  it('stops at the end of the list', () => {
    expect(batchEnd(shards, 4)).toBe(4);
    expect(batchEnd([shard('2024', 3), shard('2023', 3)], 0, 10)).toBe(2);
  });
});

describe('coverageOf', () => {
  it('counts the pages searched and in all, and names the oldest year searched', () => {
    expect(coverageOf(list([shard('2024', 3), shard('2019', 2)]), 1)).toEqual({
      searched: 3,
      total: 5,
      oldestYear: '2024',
    });
    expect(coverageOf(list([shard('2024', 3), shard('2019', 2)]), 2)).toEqual({
      searched: 5,
      total: 5,
      oldestYear: '2019',
    });
  });

  it('names no year before any shard is searched', () => {
    expect(coverageOf(list([shard('2024', 3)]), 0)).toEqual({ searched: 0, total: 3, oldestYear: '' });
  });
});

describe('manifestHead', () => {
  const whole = list([shard('2024', 300), shard('2023', 150), shard('2022', 100), shard('2019_2021', 400)]);

  it('keeps the first batch and the whole archive size', () => {
    expect(manifestHead(whole, 500)).toEqual({
      version: 1,
      shards: [shard('2024', 300), shard('2023', 150)],
      whole: { pages: 950, shards: 4 },
    });
  });

  it('gives a manifest of one batch as it is, without a size of its own', () => {
    expect(manifestHead(list([shard('2024', 300), shard('2023', 150)]), 500)).toEqual(
      list([shard('2024', 300), shard('2023', 150)]),
    );
  });

  it('keeps one shard larger than the batch', () => {
    expect(manifestHead(whole, 100).shards).toEqual([shard('2024', 300)]);
  });

  it('gives the same coverage as the whole list for the shards it holds', () => {
    const head = manifestHead(whole, 500);
    for (const loaded of [0, 1, 2]) expect(coverageOf(head, loaded)).toEqual(coverageOf(whole, loaded));
  });

  it('holds the batch a search reads first, so the browser cuts it the same', () => {
    const head = manifestHead(whole, 500);
    expect(batchEnd(head.shards, 0, 500)).toBe(batchEnd(whole.shards, 0, 500));
  });
});

describe('listsEveryShard', () => {
  it('tells a whole list from a head', () => {
    const whole = list([shard('2024', 300), shard('2023', 300)]);
    expect(listsEveryShard(whole)).toBe(true);
    expect(listsEveryShard(manifestHead(whole, 500))).toBe(false);
    expect(listsEveryShard(manifestHead(whole, 1000))).toBe(true);
  });
});

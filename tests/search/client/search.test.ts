import { describe, expect, it } from 'vitest';
import { batchEnd, coverageOf } from '../../../src/search/client/engine.ts';
import { readInlineManifest } from '../../../src/search/client/search.ts';

const shard = (name: string, pages: number) => ({ name, pages, oldest: name.slice(0, 4) });

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
    expect(coverageOf([shard('2024', 3), shard('2019', 2)], 1)).toEqual({ searched: 3, total: 5, oldestYear: '2024' });
    expect(coverageOf([shard('2024', 3), shard('2019', 2)], 2)).toEqual({ searched: 5, total: 5, oldestYear: '2019' });
  });

  it('names no year before any shard is searched', () => {
    expect(coverageOf([shard('2024', 3)], 0)).toEqual({ searched: 0, total: 3, oldestYear: '' });
  });
});

describe('readInlineManifest', () => {
  it('reads the manifest the index step wrote into the page', () => {
    const manifest = { version: 1, shards: [shard('2024', 3)] };
    expect(readInlineManifest(JSON.stringify(manifest))).toEqual(manifest);
  });

  it('gives null for an unfilled slot, a missing one, broken JSON or an empty list', () => {
    expect(readInlineManifest('null')).toBeNull();
    expect(readInlineManifest(undefined)).toBeNull();
    expect(readInlineManifest('{"version":1,')).toBeNull();
    expect(readInlineManifest('{"version":1,"shards":[]}')).toBeNull();
  });
});

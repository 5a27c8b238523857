import { describe, expect, it } from 'vitest';
import { planShards, shardDigest, type ShardPage } from '../../src/search/build/shards.ts';

const pages = (year: string, n: number): ShardPage[] =>
  Array.from({ length: n }, (_, i) => ({
    file: `van-ban/${year}/${String(i).padStart(4, '0')}/index.html`,
    date: year && `${year}-01-01`,
  }));

describe('planShards', () => {
  it('keeps a small archive in one shard', () => {
    const shards = planShards([...pages('2020', 3), ...pages('2024', 2)], 100);
    expect(shards).toEqual([{ name: '2024_2020', files: expect.any(Array) as string[], oldest: '2020' }]);
    expect(shards[0]!.files).toHaveLength(5);
  });

  it('puts newest years first, groups small years and cuts large ones into parts', () => {
    const all = [...pages('2022', 4), ...pages('2023', 25), ...pages('2021', 3), ...pages('2020', 6), ...pages('', 2)];
    const shards = planShards(all, 10);
    expect(shards.map((s) => [s.name, s.files.length])).toEqual([
      ['2023.1', 9],
      ['2023.2', 9],
      ['2023.3', 7],
      ['2022_2021', 7],
      ['2020_khac', 8],
    ]);
    // Every page exactly once.
    const files = shards.flatMap((s) => s.files);
    expect(new Set(files).size).toBe(all.length);
  });

  it('gives the same shards for the same pages in any order', () => {
    const all = [...pages('2023', 25), ...pages('2021', 3)];
    expect(planShards([...all].reverse(), 10)).toEqual(planShards(all, 10));
  });

  it('refuses a shard size that is not a positive whole number', () => {
    expect(() => planShards(pages('2020', 1), 0)).toThrow(/Kích thước mảnh/);
  });
});

describe('planShards with dates', () => {
  it('cuts a year into parts by date, so shards in order are sorted newest first as a whole', () => {
    const days = ['2023-01-05', '2023-12-01', '2023-06-30', '2023-03-15', '2023-09-09'];
    const all = days.map((date, i) => ({ file: `van-ban/2023/${i}/index.html`, date }));
    const order = planShards(all, 2).flatMap((s) => s.files.map((f) => all.find((p) => p.file === f)!.date));
    expect(order).toEqual([...days].sort().reverse());
  });
});

describe('shardDigest', () => {
  const [shard] = planShards(pages('2020', 3), 10);
  const hashes = new Map(shard!.files.map((f) => [f, 'a']));

  it('changes when a page changes, and only then', () => {
    const before = shardDigest(shard!, hashes, 's');
    expect(shardDigest(shard!, new Map(hashes), 's')).toBe(before);
    const changed = new Map(hashes).set(shard!.files[1]!, 'b');
    expect(shardDigest(shard!, changed, 's')).not.toBe(before);
    expect(shardDigest(shard!, hashes, 'other settings')).not.toBe(before);
  });
});

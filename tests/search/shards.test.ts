import { describe, expect, it } from 'vitest';
import { cutParts, planShards, shardDigest, type ShardPage } from '../../src/search/build/shards.ts';

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
    const parts = shards.filter((s) => s.name.startsWith('2023.'));
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts.every((s) => s.files.length <= 10 && /^2023\.[0-9a-z]+$/.test(s.name))).toBe(true);
    expect(parts.flatMap((s) => s.files)).toEqual(pages('2023', 25).map((p) => p.file));
    expect(shards.slice(parts.length).map((s) => [s.name, s.files.length])).toEqual([
      ['2022_2021', 7],
      ['2020_khac', 8],
    ]);
    // Every page exactly once, every name once.
    const files = shards.flatMap((s) => s.files);
    expect(new Set(files).size).toBe(all.length);
    expect(new Set(shards.map((s) => s.name)).size).toBe(shards.length);
  });

  it('keeps the other parts of a large year, names and pages, when a page is added to it or removed', () => {
    const year = (n: number, skip: number[] = []) =>
      Array.from({ length: n }, (_, i) => i)
        .filter((i) => !skip.includes(i))
        .map((i) => ({ file: `van-ban/2015/${String(i).padStart(5, '0')}/index.html`, date: '2015-06-01' }));
    const before = planShards(year(5000, [4321]), 500);
    expect(before.length).toBeGreaterThanOrEqual(10);
    expect(before.every((s) => s.files.length <= 500)).toBe(true);
    const key = (s: { name: string; files: string[] }) => `${s.name}:${s.files.join(',')}`;
    const kept = new Set(before.map(key));
    for (const after of [planShards(year(5000), 500), planShards(year(5000, [4321, 1234]), 500)]) {
      const changed = after.filter((s) => !kept.has(key(s)));
      // The part the page joins or leaves, split in two at most; none of the others.
      expect(changed.length).toBeLessThanOrEqual(2);
      expect(after.length - changed.length).toBeGreaterThanOrEqual(before.length - 2);
    }
  });

  it('carries a newest year of a few pages into the first part of the large year after it', () => {
    const shards = planShards([...pages('2024', 3), ...pages('2023', 25), ...pages('2021', 4)], 10);
    const first = shards[0]!;
    expect(first.name).toMatch(/^2024_2023\.[0-9a-z]+$/);
    expect(first.oldest).toBe('2023');
    expect(first.files.slice(0, 3)).toEqual(pages('2024', 3).map((p) => p.file));
    expect(first.files.length).toBeGreaterThan(3);
    expect(first.files.length).toBeLessThanOrEqual(10);
    expect(shards.slice(1).every((s) => !s.files.some((f) => f.includes('/2024/')))).toBe(true);
    expect(shards.flatMap((s) => s.files)).toHaveLength(32);
  });

  it('carries a small group into a year that does not fit beside it, even one of a shard or less', () => {
    const shards = planShards([...pages('2024', 2), ...pages('2023', 9)], 10);
    expect(shards[0]!.name).toMatch(/^2024_2023\./);
    expect(shards.map((s) => s.files.length).reduce((a, b) => a + b)).toBe(11);
  });

  it('keeps a group that fills three quarters of a shard as a shard of its own', () => {
    const shards = planShards([...pages('2024', 8), ...pages('2023', 25)], 10);
    expect([shards[0]!.name, shards[0]!.files.length]).toEqual(['2024', 8]);
  });

  it('changes the first part only when a page is added to the newest year carried into it', () => {
    const year = (y: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({
        file: `van-ban/${y}/${String(i).padStart(5, '0')}/index.html`,
        date: `${y}-06-01`,
      }));
    const key = (s: { name: string; files: string[] }) => `${s.name}:${s.files.join(',')}`;
    const before = planShards([...year('2024', 20), ...year('2023', 5000)], 500);
    const kept = new Set(before.map(key));
    const after = planShards([...year('2024', 21), ...year('2023', 5000)], 500);
    expect(after.filter((s) => !kept.has(key(s))).length).toBeLessThanOrEqual(2);
    expect(after[0]!.name.startsWith('2024_2023.')).toBe(true);
  });

  it('cuts parts of at most the shard size, three quarters full at least but for the last', () => {
    const files = Array.from({ length: 2000 }, (_, i) => `f${i}`);
    const parts = cutParts(files, 100);
    expect(parts.flat()).toEqual(files);
    expect(parts.every((p) => p.length <= 100)).toBe(true);
    expect(parts.slice(0, -1).every((p) => p.length >= 75)).toBe(true);
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

/**
 * The split search index: shards on disk, the manifest the search page reads, and reuse of
 * unchanged shards on the next build.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../scripts/index-search.ts';

const work = mkdtempSync(path.join(tmpdir(), 'index-search-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function page(dist: string, file: string, words: string): void {
  mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  // A document page gives its date in <head>, as SearchMeta.astro writes it.
  const year = /\d{4}/.exec(file)?.[0];
  const date = year ? `<meta name="pagefind:sort:date" data-pagefind-sort="date[content]" content="${year}-06-01">` : '';
  writeFileSync(
    path.join(dist, file),
    `<!doctype html><html lang="vi"><head><title>${words}</title>${date}</head><body><nav>menu</nav><article data-pagefind-body><h1>${words}</h1><p>${words}</p></article></body></html>`,
  );
}

describe('buildSearchIndex', () => {
  const dist = path.join(work, 'dist');
  const cache = path.join(work, 'cache');
  page(dist, 'van-ban/2024/a/index.html', 'kế hoạch chuyển đổi số');
  page(dist, 'van-ban/2024/b/index.html', 'nghị quyết đoàn viên');
  page(dist, 'van-ban/2019/c/index.html', 'cựu chiến binh');
  page(dist, 'van-ban/2019/d/index.html', 'phòng chống thiên tai');
  // Not a document page: not indexed.
  page(dist, 'index.html', 'trang chủ');
  const options = { dist, cache, shardPages: 2, jobs: 2, log: () => {} };

  it('writes one Pagefind index per shard and a manifest, newest first', async () => {
    const summary = await buildSearchIndex(options);
    expect(summary).toMatchObject({ shards: 2, reused: 0, pages: 4 });
    const manifest = JSON.parse(readFileSync(path.join(dist, 'pagefind/shards.json'), 'utf8'));
    expect(manifest.shards).toEqual([
      { name: '2024', pages: 2, oldest: '2024' },
      { name: '2019', pages: 2, oldest: '2019' },
    ]);
    for (const { name } of manifest.shards) {
      const files = readdirSync(path.join(dist, 'pagefind', name));
      expect(files).toContain('pagefind.js');
      expect(files).toContain('pagefind-entry.json');
      expect(files.some((f) => f.startsWith('pagefind-ui'))).toBe(false);
      const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind', name, 'pagefind-entry.json'), 'utf8'));
      expect(Object.values(entry.languages as Record<string, { page_count: number }>)[0]!.page_count).toBe(2);
    }
  });

  it('reuses unchanged shards and indexes a changed one again', async () => {
    expect(await buildSearchIndex(options)).toMatchObject({ shards: 2, reused: 2 });
    page(dist, 'van-ban/2019/d/index.html', 'phòng chống lụt bão');
    expect(await buildSearchIndex(options)).toMatchObject({ shards: 2, reused: 1 });
    expect(existsSync(path.join(dist, 'pagefind/2019/pagefind-entry.json'))).toBe(true);
  });

  it('names the folder when there is no built site', async () => {
    await expect(buildSearchIndex({ ...options, dist: path.join(work, 'missing') })).rejects.toThrow(/missing/);
  });
});

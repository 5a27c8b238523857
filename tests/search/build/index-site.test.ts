/**
 * The split search index: shards on disk, the manifest the search page reads, the number
 * index, and reuse of unchanged shards on the next build.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/search/build/index-site.ts';
import {
  D_WORDS_FILE,
  INDEX_DIR,
  RECORDS_FILE,
  type PageRecord,
  type ShardManifest,
} from '../../../src/search/contract.ts';
import { manifestHead } from '../../../src/search/shard-batches.ts';
import { START_WAIT } from '../../../src/search/build/pagefind-script.ts';
import { pagefindProgram } from '../../../src/search/build/pagefind-run.ts';
import { MANIFEST_FILE, MANIFEST_VERSION, serializeManifest } from '../../../src/build/manifest.ts';

const work = mkdtempSync(path.join(tmpdir(), 'index-search-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The page records the build writes for the index builder, one per document page. */
const records: PageRecord[] = [];

/** A built page; a document page (under van-ban/) also gets its record, dated by its year. */
function page(dist: string, url: string, words: string, key = ''): void {
  const file = path.join(dist, url, 'index.html');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    `<!doctype html><html lang="vi"><head><title>${words}</title></head><body><nav>menu</nav><article data-pagefind-body><h1>${words}</h1><p>${words}</p></article></body></html>`,
  );
  if (!url.startsWith('van-ban/')) return;
  const year = /\d{4}/.exec(url)?.[0];
  const date = year ? `${year}-06-01` : '';
  const record: PageRecord = {
    url,
    date,
    meta: { title: words, date, ...(key ? { key } : {}) },
    filters: { loai: 'Kế hoạch', 'co-quan': 'UBND', nam: year ?? 'Không rõ' },
  };
  const at = records.findIndex((r) => r.url === url);
  records.splice(at >= 0 ? at : records.length, at >= 0 ? 1 : 0, record);
  mkdirSync(path.join(dist, path.dirname(RECORDS_FILE)), { recursive: true });
  writeFileSync(path.join(dist, RECORDS_FILE), JSON.stringify(records));
}

describe('buildSearchIndex', () => {
  const dist = path.join(work, 'dist');
  const cache = path.join(work, 'cache');
  page(dist, 'van-ban/2024/a/', 'kế hoạch chuyển đổi số', '12/KH-UBND');
  page(dist, 'van-ban/2024/b/', 'nghị quyết đoàn viên');
  page(dist, 'van-ban/2019/c/', 'cựu chiến binh', '7/KH-UBND');
  page(dist, 'van-ban/2019/d/', 'phòng chống thiên tai');
  // Not a document page: no record, not indexed.
  page(dist, '', 'trang chủ');
  const options = { dist, cache, shardPages: 2, jobs: 2, log: () => {} };

  it('writes one Pagefind index per shard and a manifest, newest first', async () => {
    const summary = await buildSearchIndex(options);
    expect(summary).toMatchObject({ shards: 2, reused: 0, pages: 4 });
    const manifest = JSON.parse(readFileSync(path.join(dist, 'pagefind/shards.json'), 'utf8')) as {
      shards: Array<{ name: string; pages: number; oldest: string; tag: string }>;
    };
    expect(manifest.shards).toEqual([
      { name: '2024', pages: 2, oldest: '2024', tag: expect.stringMatching(/^[0-9a-f]{12}$/) as string },
      { name: '2019', pages: 2, oldest: '2019', tag: expect.stringMatching(/^[0-9a-f]{12}$/) as string },
    ]);
    for (const { name } of manifest.shards) {
      const files = readdirSync(path.join(dist, 'pagefind', name));
      expect(files).toContain('pagefind.js');
      expect(files).toContain('pagefind-entry.json');
      expect(files.some((f) => f.startsWith('pagefind-ui'))).toBe(false);
      const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind', name, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      expect(Object.values(entry.languages)[0]!.page_count).toBe(2);
    }
  });

  it("writes the manifest into the search page, and a script preloading the newest shard's files", async () => {
    const file = path.join(dist, 'tim-kiem/index.html');
    writeFileSync(file, '<body><div hidden data-search-manifest="null"></div></body>');
    await buildSearchIndex(options);
    const html = readFileSync(file, 'utf8');
    const manifest = JSON.parse(readFileSync(path.join(dist, 'pagefind/shards.json'), 'utf8')) as {
      shards: Array<{ tag: string }>;
    };
    const value = /data-search-manifest="([^"]*)"/.exec(html)![1]!.replace(/&quot;/g, '"');
    // The page carries the first batch (here the whole list: the shards fit in one).
    expect(JSON.parse(value)).toEqual(manifestHead(manifest as unknown as ShardManifest));
    const script = readFileSync(path.join(dist, 'pagefind/preload.js'), 'utf8');
    const files = JSON.parse(/(\["[^\]]*\])\.forEach/.exec(script)![1]!) as string[];
    expect(files).toEqual([
      '2024/pagefind.js',
      `2024/pagefind-entry.json?ts=${manifest.shards[0]!.tag}`,
      '2024/wasm.unknown.pagefind',
      expect.stringMatching(/^2024\/pagefind\.\w+\.pf_meta$/) as string,
    ]);
    for (const f of files) expect(existsSync(path.join(dist, 'pagefind', f.replace(/\?.*/, '')))).toBe(true);
    // The installed Pagefind's script, with its start-up wait made quicker (pagefind-script.ts):
    // the test fails when a new Pagefind no longer has the wait it looks for.
    const pagefindScript = readFileSync(path.join(dist, 'pagefind', files[0]!), 'utf8');
    expect(pagefindScript).not.toContain(START_WAIT);
    expect(pagefindScript).toContain('throw this.initError;}await asyncSleep(4);}');
    rmSync(file);
  });

  it('writes the number index from the page records', () => {
    const dir = path.join(dist, 'pagefind/so-hieu');
    expect(readdirSync(dir).sort()).toEqual(['vb12kh.json', 'vb12khubnd.json', 'vb7kh.json', 'vb7khubnd.json']);
    const file = JSON.parse(readFileSync(path.join(dir, 'vb12khubnd.json'), 'utf8')) as { hits: string[][] };
    expect(file.hits.map((row: string[]) => row[0])).toEqual(['van-ban/2024/a/']);
  });

  it('reuses unchanged shards and indexes a changed one again', async () => {
    expect(await buildSearchIndex(options)).toMatchObject({ shards: 2, reused: 2 });
    page(dist, 'van-ban/2019/d/', 'phòng chống lụt bão');
    expect(await buildSearchIndex(options)).toMatchObject({ shards: 2, reused: 1 });
    expect(existsSync(path.join(dist, 'pagefind/2019/pagefind-entry.json'))).toBe(true);
  });

  it('keeps the folders of unchanged shards, replaces a changed one and removes one no longer planned', async () => {
    // A folder kept is the same folder; one linked again is a new one.
    const entry = (shard: string) => statSync(path.join(dist, INDEX_DIR, shard)).ino;
    await buildSearchIndex(options);
    const [kept, changed] = [entry('2024'), entry('2019')];
    writeFileSync(path.join(dist, INDEX_DIR, 'cu'), 'a shard of an earlier build');
    page(dist, 'van-ban/2019/d/', 'phòng chống lụt bão năm nay');
    expect(await buildSearchIndex(options)).toMatchObject({ reused: 1 });
    expect(entry('2024')).toBe(kept);
    expect(entry('2019')).not.toBe(changed);
    expect(readdirSync(path.join(dist, INDEX_DIR)).sort()).toEqual(
      ['2019', '2024', 'preload.js', 'shards.json', 'so-hieu', 'tu-d.json', 'tu-pho-bien.json'].sort(),
    );
  });

  it("adds up the shards' d/đ words the same from the cache as from the pages", async () => {
    const table = () => readFileSync(path.join(dist, INDEX_DIR, D_WORDS_FILE), 'utf8');
    page(dist, 'van-ban/2019/d/', 'phòng chống lụt bão đoàn viên');
    await buildSearchIndex(options);
    const fresh = table();
    expect(JSON.parse(fresh)).toEqual({ doan: [0, 2], doi: [0, 1] });
    expect(await buildSearchIndex(options)).toMatchObject({ reused: 2 });
    expect(table()).toBe(fresh);
    const cold = path.join(work, 'cold-cache');
    await buildSearchIndex({ ...options, cache: cold });
    expect(table()).toBe(fresh);
  });

  it("takes a page's hash from the build manifest when there is one, without reading the page", async () => {
    const routes = Object.fromEntries(
      records.map((r) => [`${r.url}index.html`, { route: 'van-ban', digest: `d-${r.url}`, page: true }]),
    );
    writeFileSync(
      path.join(dist, MANIFEST_FILE),
      serializeManifest({ version: MANIFEST_VERSION, site: 's1', routes, others: [] }),
    );
    expect(await buildSearchIndex(options)).toMatchObject({ reused: 0 });
    expect(await buildSearchIndex(options)).toMatchObject({ reused: 2 });
    // Same digests: the page's bytes are not looked at, so its shard is reused.
    writeFileSync(path.join(dist, 'van-ban/2019/d/index.html'), '<html>khác</html>');
    expect(await buildSearchIndex(options)).toMatchObject({ reused: 2 });
    // Another code digest: every page is another page.
    writeFileSync(
      path.join(dist, MANIFEST_FILE),
      serializeManifest({ version: MANIFEST_VERSION, site: 's2', routes, others: [] }),
    );
    expect(await buildSearchIndex(options)).toMatchObject({ reused: 0 });
    rmSync(path.join(dist, MANIFEST_FILE));
    page(dist, 'van-ban/2019/d/', 'phòng chống lụt bão đoàn viên');
  });

  it('gives the same pages the same index files on every build (the incremental output equals the full one)', async () => {
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.includes('.'))
        .sort()
        .map((f) => [f, readFileSync(path.join(dir, f)).toString('base64')]);
    const first = path.join(work, 'same-1');
    const second = path.join(work, 'same-2');
    await buildSearchIndex({ ...options, cache: first });
    const before = files(path.join(dist, INDEX_DIR));
    await buildSearchIndex({ ...options, cache: second });
    expect(files(path.join(dist, INDEX_DIR))).toEqual(before);
    expect(before.some(([f]) => f!.endsWith('.pf_fragment'))).toBe(true);
  });

  it('names the shard when Pagefind fails on it, and keeps no half-built shard', async () => {
    const cache = path.join(work, 'failing-cache');
    process.env['PAGEFIND_BINARY_PATH'] = '/bin/false';
    try {
      await expect(buildSearchIndex({ ...options, cache })).rejects.toThrow(/^Mảnh 20\d\d: Pagefind dừng với mã 1/);
    } finally {
      delete process.env['PAGEFIND_BINARY_PATH'];
    }
    expect(readdirSync(cache)).toEqual([]);
  });

  it("keeps a shard's index chunks as Pagefind wrote them when they cannot be read, with a warning", async () => {
    // A Pagefind whose first index chunk is in no shape the cut knows.
    const program = path.join(work, 'odd-pagefind.sh');
    writeFileSync(
      program,
      `#!/bin/sh\n"${pagefindProgram()}" "$@" || exit $?\nfor f in "$4"/index/*.pf_index; do printf odd > "$f"; break; done\n`,
      { mode: 0o755 },
    );
    const lines: string[] = [];
    process.env['PAGEFIND_BINARY_PATH'] = program;
    try {
      await buildSearchIndex({ ...options, cache: path.join(work, 'odd-cache'), log: (line) => lines.push(line) });
    } finally {
      delete process.env['PAGEFIND_BINARY_PATH'];
    }
    const warnings = lines.filter((l) => l.includes('Cảnh báo'));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/mảnh 20\d\d giữ nguyên các khối chỉ mục của Pagefind/);
    const index = path.join(dist, INDEX_DIR, '2024', 'index');
    expect(readdirSync(index).filter((f) => readFileSync(path.join(index, f), 'utf8') === 'odd')).toHaveLength(1);
    // Built again from the usual cache, the shards are the cut ones.
    await buildSearchIndex(options);
    expect(readdirSync(index).some((f) => readFileSync(path.join(index, f), 'utf8') === 'odd')).toBe(false);
  });

  it('names the folder when there is no built site', async () => {
    await expect(buildSearchIndex({ ...options, dist: path.join(work, 'missing') })).rejects.toThrow(/missing/);
  });

  it('names the records file when the build wrote none', async () => {
    const bare = path.join(work, 'bare');
    mkdirSync(bare, { recursive: true });
    await expect(buildSearchIndex({ ...options, dist: bare })).rejects.toThrow(/ban-ghi\.json.*astro build/);
  });
});

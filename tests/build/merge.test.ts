/** Merging a partial build into the previous output (src/build/merge.ts), on real folders. */
import { describe, it, expect } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listFiles, mergeOutput, otherFiles } from '../../src/build/merge.ts';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'merge-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('mergeOutput', () => {
  const dist = folder({
    'van-ban/bo/index.html': 'trang của văn bản đã bỏ',
    'van-ban/giu/index.html': 'trang giữ lại',
    'van-ban/doi/index.html': 'cũ',
    'duyet/nam/2019/2/index.html': 'trang danh sách không còn',
    'sitemap-0.xml': 'cũ',
    'pagefind/pagefind-entry.json': '{}',
    'ghi-chu-rieng.txt': 'tệp không do bản dựng ghi',
  });
  const partial = folder({
    'van-ban/doi/index.html': 'mới',
    'van-ban/moi/index.html': 'trang mới',
    'van-ban/moi/index.json': '{}',
    'index.html': 'trang chủ',
    'sitemap-0.xml': 'của bản dựng một phần',
  });
  const written = mergeOutput(
    partial,
    dist,
    [
      'van-ban/bo/index.html',
      'van-ban/giu/index.html',
      'van-ban/doi/index.html',
      'duyet/nam/2019/2/index.html',
      'index.html',
    ],
    ['van-ban/giu/index.html'],
  );

  it('moves the files written now over their older copies, but not the partial sitemap', () => {
    expect(written).toEqual([
      'index.html',
      'van-ban/doi/index.html',
      'van-ban/moi/index.html',
      'van-ban/moi/index.json',
    ]);
    expect(readFileSync(path.join(dist, 'van-ban/doi/index.html'), 'utf8')).toBe('mới');
  });

  it("deletes the previous build's files not written now nor kept, and the folders they leave empty", () => {
    expect(listFiles(dist)).toEqual([
      'ghi-chu-rieng.txt',
      'index.html',
      'pagefind/pagefind-entry.json',
      'van-ban/doi/index.html',
      'van-ban/giu/index.html',
      'van-ban/moi/index.html',
      'van-ban/moi/index.json',
    ]);
    expect(listFiles(partial)).toEqual([]);
    expect(listFiles(path.join(dist, 'duyet'))).toEqual([]);
  });
});

describe('otherFiles', () => {
  it("leaves out the routes' files, the sitemap and the search index", () => {
    const files = ['404.html', 'van-ban/a/index.html', 'sitemap-0.xml', 'pagefind/x.pf_meta', '_astro/a.css'];
    expect(otherFiles(files, { 'van-ban/a/index.html': {} })).toEqual(['404.html', '_astro/a.css']);
  });
});

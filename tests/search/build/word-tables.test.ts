/** A shard's word tables: counted from its pages, kept in the cache and read back the same. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countShardWords, readShardWords, writeShardWords } from '../../../src/search/build/word-tables.ts';

const pages = [
  '<html><head><title>Đoàn</title></head><body><nav>dạng menu</nav><main data-pagefind-body><p>Đoàn viên công đoàn</p></main></body></html>',
  '<html><body><main data-pagefind-body><p>Đảng viên và đoàn viên</p><script>var dang = 1</script></main></body></html>',
];

describe('countShardWords', () => {
  it("counts the pages holding each d/đ spelling, from the whole page's text without scripts", () => {
    const { dWords } = countShardWords(pages);
    expect(Object.fromEntries(dWords)).toEqual({ doan: [0, 2], dang: [1, 1] });
  });

  it('counts the words of the indexed part only (from data-pagefind-body on)', () => {
    const { common } = countShardWords(pages);
    expect([common.get('vien'), common.get('doan'), common.get('menu')]).toEqual([3, 3, undefined]);
  });
});

describe('writeShardWords and readShardWords', () => {
  const cache = mkdtempSync(path.join(tmpdir(), 'word-tables-'));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it('read back what was written, and nothing for a shard the cache does not have', () => {
    const words = countShardWords(pages);
    writeShardWords(cache, 'abc', words);
    expect(readShardWords(cache, 'abc')).toEqual(words);
    expect(readShardWords(cache, 'other')).toBeNull();
  });
});

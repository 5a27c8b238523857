/** A shard's word tables: counted from its pages, kept in the cache and read back the same. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  countShardWords,
  eachWord,
  indexedStart,
  pageText,
  readShardWords,
  writeShardWords,
} from '../../../src/search/build/word-tables.ts';
import { isDTableKey, type DWords } from '../../../src/search/d-words.ts';
import type { CommonWords } from '../../../src/search/common-words.ts';
import { stripDiacritics } from '../../../src/text/vietnamese.ts';

const pages = [
  '<html><head><title>Đoàn</title></head><body><nav>dạng menu</nav><main data-pagefind-body><p>Đoàn viên công đoàn</p></main></body></html>',
  '<html><body><main data-pagefind-body><p>Đảng viên và đoàn viên</p><script>var dang = 1</script></main></body></html>',
];

/**
 * The tables as whole-text patterns read them: what the one-pass reader must equal (it
 * replaced these patterns, which were most of the index step's own time).
 */
function patternTables(htmls: string[]): { dWords: DWords; common: CommonWords } {
  const dWords: DWords = new Map();
  const common: CommonWords = new Map();
  for (const html of htmls) {
    const page = new Map<string, [number, number]>();
    const whole = pageText(html).normalize('NFC').toLowerCase();
    for (const [raw] of whole.matchAll(/(?<![\p{L}\p{M}\p{N}])[dđ][\p{L}\p{M}\p{N}]*/gu)) {
      const key = stripDiacritics(raw);
      if (!isDTableKey(key)) continue;
      const [d, dd] = page.get(key) ?? [0, 0];
      page.set(key, raw[0] === 'đ' ? [d, 1] : [1, dd]);
    }
    for (const [key, [d, dd]] of page) {
      const [sd, sdd] = dWords.get(key) ?? [0, 0];
      dWords.set(key, [sd + d, sdd + dd]);
    }
    const indexed = pageText(html.slice(indexedStart(html)))
      .normalize('NFC')
      .toLowerCase();
    for (const [raw] of indexed.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
      const key = stripDiacritics(raw);
      common.set(key, (common.get(key) ?? 0) + 1);
    }
  }
  return { dWords, common };
}

/** The most frequent words of a table, as a shard keeps them (ties by the word). */
const top = (common: CommonWords, n: number) =>
  [...common].sort(([a, m], [b, k]) => k - m || (a < b ? -1 : a > b ? 1 : 0)).slice(0, n);

describe('eachWord', () => {
  const words = (text: string) => {
    const seen: string[] = [];
    eachWord(text, (w) => seen.push(w));
    return seen;
  };

  it('splits on everything but letters, marks and digits, keeping words as written', () => {
    expect(words('Đoàn viên, ĐẢNG-ủy 1.000 (2024)…')).toEqual(['Đoàn', 'viên', 'ĐẢNG', 'ủy', '1', '000', '2024']);
  });

  it('keeps combining marks in their word (decomposed text)', () => {
    expect(words(' Đoàn viên '.normalize('NFD'))).toEqual(['Đoàn'.normalize('NFD'), 'viên'.normalize('NFD')]);
  });

  it('reads characters outside the BMP whole: a letter joins its word, an emoji splits', () => {
    expect(words('𝐃oàn😀viên 𠀀x')).toEqual(['𝐃oàn', 'viên', '𠀀x']);
  });

  it('gives nothing for a text of no word, and the last word of a text ending in one', () => {
    expect(words(' .,- ')).toEqual([]);
    expect(words('a')).toEqual(['a']);
  });
});

describe('indexedStart', () => {
  it('starts after the tag holding data-pagefind-body, or at 0 without one', () => {
    const html = '<nav>menu</nav><main class="x" data-pagefind-body>Đoàn</main>';
    expect(html.slice(indexedStart(html))).toBe('Đoàn</main>');
    expect(indexedStart('<p>Đoàn</p>')).toBe(0);
  });
});

describe('countShardWords', () => {
  it('folds words: tone marks, đ, case and decomposed text do not split a word', () => {
    const { common } = countShardWords(['<p>Đoàn viên, đoàn thể; ĐOÀN</p>', `<p>${'đoàn'.normalize('NFD')}</p>`]);
    expect(Object.fromEntries(common)).toEqual({ doan: 4, vien: 1, the: 1 });
  });

  it('keeps d/đ words of a few letters, not codes or long runs', () => {
    const { dWords } = countShardWords(['<p>Đoàn viên, đa dạng; ĐẢNG ủy dân ĐU1 dddddddddd</p>']);
    expect(Object.fromEntries(dWords)).toEqual({ doan: [0, 1], da: [0, 1], dang: [1, 1], dan: [1, 0] });
  });

  it('does not count the words of the tag holding data-pagefind-body', () => {
    const { common } = countShardWords(['<main data-pagefind-body><p>viên</p></main>']);
    expect(Object.fromEntries(common)).toEqual({ vien: 1 });
  });

  it('gives the tables the whole-text patterns give, on pages of every shape', () => {
    const shapes = [
      ...pages,
      '<p>Đảng ủy &amp; đoàn&nbsp;thể &#8211; dân&dang;chủ</p><style>.d{x:1}</style>',
      '<head><script type="module">const đoàn = 1;</script></head><nav>Duyệt dân</nav><article data-pagefind-body><h1>ĐOÀN THANH NIÊN</h1><p>Dạng dang</p></article>',
      `<div data-pagefind-body>${'Đoàn viên đảng viên'.normalize('NFD')} 𝐃ân 😀 dữ-liệu</div>`,
      '<p title="đoàn > x">dân<b>d</b>ân <unclosed dân</p>',
      '<p>Ǆ ǅ Σ ΑΣ İ ß Ωμέγα Ꮚ 𝐃 ᵭ</p>',
    ];
    const expected = patternTables(shapes);
    const got = countShardWords(shapes);
    expect(got.dWords).toEqual(expected.dWords);
    expect([...got.common]).toEqual(top(expected.common, 2000));
  });

  it('gives the tables the whole-text patterns give, on random text', () => {
    // A fixed-seed generator over the characters that matter: letters with and without
    // marks, d and đ in both cases, combining marks, digits, punctuation, tags, entities,
    // surrogate pairs.
    const alphabet = [
      ...'aAdDđĐoOeêEuưƯyYiI0123456789 ,.-/;:',
      'đoàn',
      'dạng',
      'Đảng',
      '\u0300',
      '\u0323',
      '<b>',
      '</b>',
      '<br/>',
      '&amp;',
      '&#8211;',
      '&',
      '<',
      '>',
      '𝐃',
      '😀',
      '\n',
    ];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const shapes = Array.from({ length: 60 }, (_, i) => {
      const text = Array.from({ length: 300 }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      return i % 2 ? `<nav>${text.slice(0, 80)}</nav><main data-pagefind-body>${text}</main>` : text;
    });
    const expected = patternTables(shapes);
    const got = countShardWords(shapes);
    expect(got.dWords).toEqual(expected.dWords);
    expect([...got.common]).toEqual(top(expected.common, 2000));
  });

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

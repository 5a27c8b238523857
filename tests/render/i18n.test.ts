import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { t, type UiKey } from '../../src/render/i18n.ts';
import vi from '../../src/render/vi.json' with { type: 'json' };

const SRC = path.resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|astro)$/.test(entry.name) ? [full] : [];
  });
}

/**
 * Every UI key the sources name: `t('key')` calls, and the quoted keys the search page hands to
 * the browser script. A key is two or more dotted words whose first part is one of vi.json's
 * key groups, so file names and URLs in quotes are not mistaken for keys.
 */
/** Quoted strings shaped like keys that are file names. */
const NOT_KEYS = new Set(['feed.xml']);

function usedKeys(): Set<string> {
  const groups = [...new Set(Object.keys(vi).map((k) => k.split('.')[0]!))].join('|');
  const keyRe = new RegExp(`['"\`]((?:${groups})\\.[a-zA-Z]+)['"\`]`, 'g');
  const used = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    for (const m of readFileSync(file, 'utf8').matchAll(keyRe)) if (!NOT_KEYS.has(m[1]!)) used.add(m[1]!);
  }
  return used;
}

describe('t', () => {
  it('returns the Vietnamese string of a key', () => {
    expect(t('nav.search')).toEqual('Tìm kiếm');
  });

  it('fills {name} placeholders', () => {
    expect(t('home.count', { count: 5 })).toEqual('Kho hiện có 5 văn bản.');
    expect(t('list.page', { page: 2, pages: 7 })).toEqual('Trang 2/7');
  });

  it('leaves a placeholder without a value as written', () => {
    expect(t('list.page', { page: 2 })).toEqual('Trang 2/{pages}');
  });

  it('does not read placeholders inside a filled value', () => {
    expect(t('search.none', { query: '{count}' })).toEqual('Không tìm thấy văn bản nào cho “{count}”.');
  });
});

describe('vi.json', () => {
  const keys = Object.keys(vi);
  const used = usedKeys();

  it('has every key that the sources use', () => {
    expect([...used].filter((k) => !(k in vi)).sort()).toEqual([]);
  });

  it('has no key that the sources do not use', () => {
    expect(keys.filter((k) => !used.has(k)).sort()).toEqual([]);
  });

  it('has flat dotted keys and non-empty values without stray spaces', () => {
    for (const key of keys) {
      expect(key, key).toMatch(/^[a-z][a-zA-Z]*\.[a-zA-Z]+$/);
      const value = vi[key as UiKey];
      expect(value.trim(), key).toEqual(value);
      expect(value.length, key).toBeGreaterThan(0);
    }
  });
});

import { describe, it, expect } from 'vitest';
import { facetSegment, paths, withBase } from '../../src/render/urls.ts';

describe('withBase', () => {
  it('joins the root base and a path', () => {
    expect(withBase('/', 'van-ban/2023/43-nq-tw/')).toEqual('/van-ban/2023/43-nq-tw/');
  });

  it('joins a sub-path base with or without its final slash', () => {
    expect(withBase('/luu-tru/', 'van-ban/2023/43-nq-tw/')).toEqual('/luu-tru/van-ban/2023/43-nq-tw/');
    expect(withBase('/luu-tru', 'van-ban/2023/43-nq-tw/')).toEqual('/luu-tru/van-ban/2023/43-nq-tw/');
  });

  it('drops leading slashes of the path, so it stays under the base', () => {
    expect(withBase('/luu-tru/', '//duyet/')).toEqual('/luu-tru/duyet/');
  });

  it('gives the base itself for the home page', () => {
    expect(withBase('/luu-tru/', paths.home())).toEqual('/luu-tru/');
  });
});

describe('paths', () => {
  it('builds every page path without a leading slash and with a trailing one', () => {
    expect(paths.document('2023/43-nq-tw')).toEqual('van-ban/2023/43-nq-tw/');
    expect(paths.browse()).toEqual('duyet/');
    expect(paths.report()).toEqual('bao-cao/');
    expect(paths.source('sources/2024/27-kh-ldld.txt')).toEqual('nguon/sources/2024/27-kh-ldld.txt');
    expect(paths.feed()).toEqual('feed.xml');
  });

  it('leaves the page number out of the first page of a list', () => {
    expect(paths.facet('loai', 'ke-hoach')).toEqual('duyet/loai/ke-hoach/');
    expect(paths.facet('loai', 'ke-hoach', 1)).toEqual('duyet/loai/ke-hoach/');
    expect(paths.facet('loai', 'ke-hoach', 3)).toEqual('duyet/loai/ke-hoach/3/');
    expect(paths.directives()).toEqual('van-ban-chi-dao/');
    expect(paths.directives(2)).toEqual('van-ban-chi-dao/2/');
  });

  it('encodes the query of a search link', () => {
    expect(paths.search()).toEqual('tim-kiem/');
    expect(paths.search('43-NQ/TW & cựu chiến binh')).toEqual(
      'tim-kiem/?q=43-NQ%2FTW%20%26%20c%E1%BB%B1u%20chi%E1%BA%BFn%20binh',
    );
  });

  it('makes a facet value URL-safe the way its route does', () => {
    expect(paths.facet('co-quan', '')).toEqual('duyet/co-quan/khong-ten/');
    expect(paths.facet('co-quan', 'a'.repeat(300))).toEqual(`duyet/co-quan/${facetSegment('a'.repeat(300))}/`);
  });
});

describe('facetSegment', () => {
  const long = 'lien-doan-lao-dong-huyen-phu-rieng-'.repeat(10).replace(/-$/, '');

  it('keeps a slug of ordinary length as it is', () => {
    expect(facetSegment('lien-doan-lao-dong-huyen-phu-rieng')).toEqual('lien-doan-lao-dong-huyen-phu-rieng');
    expect(facetSegment('a'.repeat(80))).toEqual('a'.repeat(80));
  });

  it('names a value that folds to nothing "khong-ten"', () => {
    expect(facetSegment('')).toEqual('khong-ten');
  });

  it('cuts a long slug at a word boundary and adds a digest of the whole slug', () => {
    const segment = facetSegment(long);
    expect(segment.length).toBeLessThanOrEqual(80);
    expect(segment).toMatch(/^lien-doan-lao-dong-huyen-phu-rieng-lien-doan-[a-z-]*-[0-9a-f]{8}$/);
    expect(long.startsWith(segment.slice(0, -9))).toBe(true);
  });

  it('keeps two long slugs with the same beginning apart, and one slug stable', () => {
    expect(facetSegment(`${long}-a`)).not.toEqual(facetSegment(`${long}-b`));
    expect(facetSegment(long)).toEqual(facetSegment(long));
  });

  it('cuts a long slug without hyphens at the length limit', () => {
    expect(facetSegment('a'.repeat(300))).toMatch(/^a{71}-[0-9a-f]{8}$/);
  });
});

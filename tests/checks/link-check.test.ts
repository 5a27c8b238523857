import { describe, it, expect } from 'vitest';
import { checkLinks, extractIds, extractLinks } from '../../src/checks/link-check.ts';

describe('extractLinks', () => {
  it('reads href, src, every srcset candidate and URL-valued meta content, in that order', () => {
    const html = [
      '<meta property="og:url" content="https://example.gov.vn/luu-tru/">',
      '<meta name="description" content="Kế hoạch số 27">',
      '<link rel="stylesheet" href="/_astro/base.css">',
      '<img src="/logo.png" srcset="/logo-1x.png 1x, /logo-2x.png 2x" alt="">',
      '<a href="van-ban/2024/27-kh-ldld/">Kế hoạch 27</a>',
    ].join('\n');
    expect(extractLinks(html)).toEqual([
      '/_astro/base.css',
      '/logo.png',
      'van-ban/2024/27-kh-ldld/',
      'https://example.gov.vn/luu-tru/',
      '/logo-1x.png',
      '/logo-2x.png',
    ]);
  });

  it('decodes character references as a browser would, named and numeric', () => {
    const html = '<a href="/tim-kiem/?q=a&amp;loai=ke-hoach"></a><a href="/x/&#x27;y&#39;/"></a><a href="&#47;z/"></a>';
    expect(extractLinks(html)).toEqual(['/tim-kiem/?q=a&loai=ke-hoach', "/x/'y'/", '/z/']);
  });

  it('skips empty links and attributes that only end in href or src', () => {
    expect(extractLinks('<a href="">x</a><div data-href="/a/" data-src="/b.png"></div>')).toEqual([]);
  });
});

describe('extractIds', () => {
  it('collects every id of the page, decoded', () => {
    const html = '<h2 id="muc-1">I.</h2><section id="a&amp;b"></section><div data-id="khong"></div>';
    expect(extractIds(html)).toEqual(new Set(['muc-1', 'a&b']));
  });
});

/** A small built site: a home page, a document page with a heading, a list page and a file. */
const FILES = new Set([
  'index.html',
  '404.html',
  'van-ban/2024/27-kh-ldld/index.html',
  'duyet/loai/ke-hoach/index.html',
  'nguon/sources/2024/27-kh-ldld.txt',
  'feed.xml',
]);

/** Check one page of the small site holding `html`. */
function check(html: string, options: { page?: string; base?: string; origin?: string } = {}) {
  const page = options.page ?? 'index.html';
  return checkLinks({
    files: FILES,
    pages: new Map([[page, html]]),
    base: options.base ?? '/',
    origin: options.origin,
  });
}

const a = (href: string) => `<a href="${href}">x</a>`;

describe('checkLinks', () => {
  it('accepts root-relative links to folders (their index.html), to folders without the slash and to files', () => {
    expect(check(a('/') + a('/van-ban/2024/27-kh-ldld/') + a('/duyet/loai/ke-hoach') + a('/feed.xml'))).toEqual([]);
  });

  it('reports a link to a page or file the output does not have, naming the page and the link', () => {
    expect(check(a('/van-ban/2024/28-kh-ldld/') + a('/nguon/sources/2024/28-kh-ldld.txt'))).toEqual([
      { page: 'index.html', href: '/van-ban/2024/28-kh-ldld/', problem: 'không có trang hoặc tệp này' },
      { page: 'index.html', href: '/nguon/sources/2024/28-kh-ldld.txt', problem: 'không có trang hoặc tệp này' },
    ]);
  });

  it('resolves relative links from the folder of the page that holds them', () => {
    const page = 'van-ban/2024/27-kh-ldld/index.html';
    expect(check(a('../../../duyet/loai/ke-hoach/') + a('../../../feed.xml'), { page })).toEqual([]);
    expect(check(a('../28-kh-ldld/'), { page })).toEqual([
      { page, href: '../28-kh-ldld/', problem: 'không có trang hoặc tệp này' },
    ]);
  });

  it('under a sub-path, accepts links under the base and reports root links that leave it', () => {
    const base = '/luu-tru/';
    expect(check(a('/luu-tru/') + a('/luu-tru/van-ban/2024/27-kh-ldld/'), { base })).toEqual([]);
    expect(check(a('/van-ban/2024/27-kh-ldld/'), { base })).toEqual([
      { page: 'index.html', href: '/van-ban/2024/27-kh-ldld/', problem: 'nằm ngoài đường dẫn gốc /luu-tru/ của trang' },
    ]);
  });

  it('reads a base written without its final slash as the same folder', () => {
    expect(check(a('/luu-tru/feed.xml'), { base: '/luu-tru' })).toEqual([]);
  });

  it('checks absolute links on the site origin and leaves other hosts, mail, phone, data and script links alone', () => {
    const origin = 'https://example.gov.vn';
    const external = [
      'https://thuvienphapluat.vn/x',
      '//cdn.example.com/a.js',
      'mailto:vanthu@example.gov.vn',
      'tel:+84240000000',
      'data:image/png;base64,AAAA',
      'javascript:void(0)',
    ];
    expect(check(external.map(a).join('') + a('https://example.gov.vn/feed.xml'), { origin })).toEqual([]);
    expect(check(a('https://example.gov.vn/khong-co/'), { origin })).toEqual([
      { page: 'index.html', href: 'https://example.gov.vn/khong-co/', problem: 'không có trang hoặc tệp này' },
    ]);
  });

  it('accepts a same-page fragment naming an id of the page, percent-encoded or not, and the empty fragment', () => {
    const html = '<h2 id="muc-1">I.</h2><h2 id="mục-2">II.</h2>' + a('#muc-1') + a('#m%E1%BB%A5c-2') + a('#');
    expect(check(html)).toEqual([]);
  });

  it('reports a same-page fragment naming no id of the page', () => {
    expect(check('<h2 id="muc-1">I.</h2>' + a('#muc-9'))).toEqual([
      { page: 'index.html', href: '#muc-9', problem: 'không có mục (id) này trong trang' },
    ]);
  });

  it('ignores the query and the fragment of a link to another page', () => {
    expect(check(a('/duyet/loai/ke-hoach/?trang=2#ds') + a('/?q=43-NQ%2FTW'))).toEqual([]);
  });

  it('decodes percent-encoded Vietnamese paths before looking them up', () => {
    const files = new Set(['index.html', 'tệp/mục.txt']);
    const pages = new Map([['index.html', a('/t%E1%BB%87p/m%E1%BB%A5c.txt')]]);
    expect(checkLinks({ files, pages, base: '/' })).toEqual([]);
  });

  it('reports a malformed percent escape instead of failing the whole check', () => {
    expect(check(a('/van-ban/%E1%BB/') + a('#%E1'))).toEqual([
      { page: 'index.html', href: '/van-ban/%E1%BB/', problem: 'không phải địa chỉ hợp lệ' },
      { page: 'index.html', href: '#%E1', problem: 'không phải địa chỉ hợp lệ' },
    ]);
  });

  it('reports a link that is no URL at all', () => {
    expect(check(a('//[::1'))).toEqual([{ page: 'index.html', href: '//[::1', problem: 'không phải địa chỉ hợp lệ' }]);
  });

  it('checks every page it is given and reports every occurrence of a broken link', () => {
    const pages = new Map([
      ['index.html', a('/khong-co/') + a('/khong-co/')],
      ['404.html', a('/')],
    ]);
    expect(checkLinks({ files: FILES, pages, base: '/' })).toEqual([
      { page: 'index.html', href: '/khong-co/', problem: 'không có trang hoặc tệp này' },
      { page: 'index.html', href: '/khong-co/', problem: 'không có trang hoặc tệp này' },
    ]);
  });
});

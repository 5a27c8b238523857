import { describe, it, expect } from 'vitest';
import { isRemoteUrl, isSafeImageUrl, isSafeLinkUrl, normaliseUrl, urlScheme } from '../../src/render/safe-urls.ts';

describe('normaliseUrl', () => {
  it('drops controls and spaces at the edges and tabs and newlines inside, as browsers do', () => {
    expect(normaliseUrl(' \u0001java\tscr\nipt:alert(1) ')).toEqual('javascript:alert(1)');
  });
});

describe('urlScheme', () => {
  it('reads the scheme in lower case', () => {
    expect(urlScheme('HTTPS://vbpl.vn/')).toEqual('https');
    expect(urlScheme('JaVaScRiPt:alert(1)')).toEqual('javascript');
  });

  it('finds no scheme in relative URLs, fragments and protocol-relative URLs', () => {
    for (const url of ['../2023/43-nq-tw/', '/van-ban/', '#muc-1', '?q=43', '//example.com/x', 'a/b:c']) {
      expect(urlScheme(url), url).toBeNull();
    }
  });
});

describe('isSafeLinkUrl', () => {
  it('allows http, https, mailto and tel in any case', () => {
    for (const url of ['http://a.vn', 'HTTPS://a.vn', 'mailto:vanthu@a.vn', 'tel:+84283800', 'Tel:113']) {
      expect(isSafeLinkUrl(url), url).toBe(true);
    }
  });

  it('allows links inside the site', () => {
    for (const url of ['../2023/43-nq-tw/', '/van-ban/', '#muc-1', '']) expect(isSafeLinkUrl(url), url).toBe(true);
  });

  it('refuses javascript, vbscript, data and any other scheme, however written', () => {
    const refused = [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      '\u0000javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'data:image/png;base64,iVBORw0KGgo=',
      'file:///etc/passwd',
      'blob:https://a.vn/x',
    ];
    for (const url of refused) expect(isSafeLinkUrl(url), JSON.stringify(url)).toBe(false);
  });
});

describe('isRemoteUrl', () => {
  it('is true for http, https and protocol-relative URLs', () => {
    for (const url of ['http://a.vn/x.png', 'HTTPS://a.vn/x.png', '//cdn.a.vn/x.png', '\\\\cdn.a.vn/x.png']) {
      expect(isRemoteUrl(url), url).toBe(true);
    }
  });

  it('is false for paths inside the site and data URLs', () => {
    for (const url of ['/anh/x.png', 'anh/x.png', 'data:image/png;base64,AAAA'])
      expect(isRemoteUrl(url), url).toBe(false);
  });
});

describe('isSafeImageUrl', () => {
  it('lets same-site images and inline raster images load', () => {
    for (const url of [
      '/anh/so-do.png',
      '../anh/a.jpg',
      'data:image/png;base64,AAAA',
      'DATA:image/jpeg;base64,AAAA',
      'data:image/webp,AAAA',
    ]) {
      expect(isSafeImageUrl(url), url).toBe(true);
    }
  });

  it('keeps remote images, inline SVG and script URLs from loading', () => {
    for (const url of [
      'https://tracker.example.com/p.gif',
      '//cdn.example.com/a.png',
      'data:image/svg+xml;base64,PHN2Zz4=',
      'data:text/html,x',
      'javascript:alert(1)',
    ]) {
      expect(isSafeImageUrl(url), url).toBe(false);
    }
  });
});

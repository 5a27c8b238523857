import { describe, it, expect } from 'vitest';
import { robotsTxt, webManifest } from '../../src/render/site-files.ts';

describe('robotsTxt', () => {
  it('allows crawling and names the sitemap by its absolute URL', () => {
    expect(robotsTxt('https://example.gov.vn/luu-tru/sitemap-index.xml')).toEqual(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.gov.vn/luu-tru/sitemap-index.xml\n',
    );
  });
});

describe('webManifest', () => {
  it('starts and scopes the app under the base path, with or without its final slash', () => {
    for (const base of ['/luu-tru/', '/luu-tru']) {
      const m = webManifest({ name: 'Lưu trữ Kế hoạch', description: 'Mô tả', base });
      expect([m.start_url, m.scope, m.icons[0]?.src]).toEqual(['/luu-tru/', '/luu-tru/', '/luu-tru/favicon.svg']);
    }
  });

  it('names the app in Vietnamese', () => {
    expect(webManifest({ name: 'Lưu trữ Kế hoạch', description: '', base: '/' })).toMatchObject({
      name: 'Lưu trữ Kế hoạch',
      lang: 'vi',
    });
  });
});

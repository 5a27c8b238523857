/**
 * The small files every site has (issue 17): robots.txt pointing at the sitemap and the web
 * app manifest. Generated as routes, not kept in public/, because both hold URLs that depend
 * on SITE_URL and BASE_PATH.
 */

/**
 * robots.txt: everything may be crawled; the sitemap is named by its absolute URL, as the
 * Sitemaps protocol requires (https://www.sitemaps.org/protocol.html#submit_robots).
 * @example robotsTxt('https://example.gov.vn/luu-tru/sitemap-index.xml').endsWith('sitemap-index.xml\n')
 */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/**
 * The web app manifest (W3C Web Application Manifest): names, start URL and scope under the
 * site's base, colours of the light theme, the SVG icon at any size.
 * @example webManifest({ name: 'Lưu trữ', description: '', base: '/luu-tru/' }).start_url === '/luu-tru/'
 */
export function webManifest({ name, description, base }: { name: string; description: string; base: string }) {
  const root = base.endsWith('/') ? base : `${base}/`;
  return {
    name,
    short_name: name,
    description,
    lang: 'vi',
    dir: 'ltr',
    start_url: root,
    scope: root,
    display: 'standalone',
    background_color: '#fffdf8',
    theme_color: '#8b1a1a',
    icons: [{ src: `${root}favicon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
}

/**
 * The site's URL scheme in one place: readable, stable, without diacritics, under any base.
 */

/**
 * Join the site's base path and a path inside the site.
 * @example withBase('/luu-tru/', 'van-ban/2023/43-nq-tw/') === '/luu-tru/van-ban/2023/43-nq-tw/'
 */
export function withBase(base: string, path: string): string {
  return `${base.endsWith('/') ? base : base + '/'}${path.replace(/^\/+/, '')}`;
}

/** Paths inside the site (no leading slash), e.g. `paths.document('2023/43-nq-tw')`. */
export const paths = {
  home: () => '',
  document: (slug: string) => `van-ban/${slug}/`,
  facet: (facet: string, value: string, page = 1) => `duyet/${facet}/${value}/${page > 1 ? `${page}/` : ''}`,
  browse: () => 'duyet/',
  directives: (page = 1) => `van-ban-chi-dao/${page > 1 ? `${page}/` : ''}`,
  report: () => 'bao-cao/',
  search: (query?: string) => `tim-kiem/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  source: (path: string) => `nguon/${path}`,
  feed: () => 'feed.xml',
};

/**
 * The site's URL scheme in one place: readable, stable, without diacritics, under any base.
 */
import { capSlug } from '../text/slug-cap.ts';

/**
 * Join the site's base path and a path inside the site.
 * @example withBase('/luu-tru/', 'van-ban/2023/43-nq-tw/') === '/luu-tru/van-ban/2023/43-nq-tw/'
 */
export function withBase(base: string, path: string): string {
  return `${base.endsWith('/') ? base : base + '/'}${path.replace(/^\/+/, '')}`;
}

/** Shown for a value whose slug is empty (an issuer printed as punctuation only, say). */
const EMPTY_SEGMENT = 'khong-ten';

/**
 * A facet value's slug as a URL segment that a file system accepts: "khong-ten" when the value
 * folds to nothing, and a long slug cut at a word boundary with a digest of the whole slug, so
 * two long values that share a beginning stay apart.
 * @example facetSegment('lien-doan-lao-dong-tinh') === 'lien-doan-lao-dong-tinh'
 * @example facetSegment('') === 'khong-ten'
 */
export function facetSegment(slug: string): string {
  return slug === '' ? EMPTY_SEGMENT : capSlug(slug);
}

/** Paths inside the site (no leading slash), e.g. `paths.document('2023/43-nq-tw')`. */
export const paths = {
  home: () => '',
  document: (slug: string) => `van-ban/${slug}/`,
  documentFeed: (slug: string) => `van-ban/${slug}/feed.xml`,
  documentJson: (slug: string) => `van-ban/${slug}/index.json`,
  implementersCsv: (slug: string) => `van-ban/${slug}/thuc-hien.csv`,
  facetFeed: (facet: string, value: string) => `duyet/${facet}/${facetSegment(value)}/feed.xml`,
  facetCsv: (facet: string, value: string) => `duyet/${facet}/${facetSegment(value)}/danh-sach.csv`,
  facet: (facet: string, value: string, page = 1) =>
    `duyet/${facet}/${facetSegment(value)}/${page > 1 ? `${page}/` : ''}`,
  browse: () => 'duyet/',
  directives: (page = 1) => `van-ban-chi-dao/${page > 1 ? `${page}/` : ''}`,
  report: () => 'bao-cao/',
  search: (query?: string) => `tim-kiem/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  source: (path: string) => `nguon/${path}`,
  feed: () => 'feed.xml',
};

/**
 * The dynamic routes an incremental build filters, and the file each of their paths writes
 * (astro.config.mjs: `build.format: 'directory'`, so a page is "<path>/index.html"; an
 * endpoint writes its path as is). Every other route (home, browse index, report, search,
 * 404, the site feed, page records, robots, web manifest) is one file rendered on every build.
 *
 * Pure.
 */

/** A route whose paths pass through selectRoutes (src/build/select-routes.ts). */
export interface RouteSpec {
  /** The route's path pattern under src/pages, without extension. */
  pattern: string;
  /** A page (HTML, listed in the sitemap) rather than an endpoint. */
  page: boolean;
}

export const ROUTES = {
  'van-ban': { pattern: 'van-ban/[...slug]', page: true },
  duyet: { pattern: 'duyet/[facet]/[value]/[...page]', page: true },
  'van-ban-chi-dao': { pattern: 'van-ban-chi-dao/[...page]', page: true },
  nguon: { pattern: 'nguon/[...path]', page: false },
  'van-ban-json': { pattern: 'van-ban/[...slug]/index.json', page: false },
  'van-ban-feed': { pattern: 'van-ban/[...slug]/feed.xml', page: false },
  'thuc-hien-csv': { pattern: 'van-ban/[...slug]/thuc-hien.csv', page: false },
  'danh-sach-csv': { pattern: 'duyet/[facet]/[value]/danh-sach.csv', page: false },
  'co-quan-feed': { pattern: 'duyet/co-quan/[value]/feed.xml', page: false },
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof ROUTES;

/**
 * Is this the name of a filtered route?
 * @example isRouteName('van-ban') === true
 */
export function isRouteName(name: string): name is RouteName {
  return Object.hasOwn(ROUTES, name);
}

/** Route parameters as getStaticPaths gives them (a rest parameter may be undefined). */
export type RouteParams = Record<string, string | number | undefined>;

/**
 * The URL path of a route's path, without leading slash; a page's ends with "/".
 * @example routePath('duyet', { facet: 'nam', value: '2024', page: undefined }) === 'duyet/nam/2024/'
 */
export function routePath(route: RouteName, params: RouteParams): string {
  const { pattern, page } = ROUTES[route];
  const segments = pattern.split('/').flatMap((segment) => {
    const name = /^\[(?:\.\.\.)?(\w+)\]$/.exec(segment)?.[1];
    if (!name) return [segment];
    const value = params[name];
    if (value === undefined || value === '') {
      if (segment.startsWith('[...')) return [];
      throw new Error(`Thiếu tham số "${name}" của đường dẫn ${pattern}`);
    }
    return [String(value)];
  });
  const joined = segments.join('/');
  return page ? `${joined}/` : joined;
}

/**
 * The file a route's path writes inside the output folder.
 * @example routeFile('van-ban', { slug: '2023/43-nq-tw' }) === 'van-ban/2023/43-nq-tw/index.html'
 */
export function routeFile(route: RouteName, params: RouteParams): string {
  const at = routePath(route, params);
  return ROUTES[route].page ? `${at}index.html` : at;
}

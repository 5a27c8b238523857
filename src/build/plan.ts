/**
 * The plan folder through which scripts/build.ts and the route selector
 * (select-routes.ts, inside Astro) talk: its name travels in an environment variable.
 *
 * Pure (names only).
 */

/** The environment variable naming the plan folder. */
export const PLAN_ENV = 'BUILD_PLAN_DIR';
/** In the plan folder: the previous build's manifest (absent for a full build). */
export const PREVIOUS_FILE = 'previous.json';
/** In the plan folder: one file per filtered route, `<route>.json`, its RouteEntry by output file. */
export const ROUTES_DIR = 'routes';
/**
 * The environment variable giving a render process its share of the selected paths, "k/n":
 * the k-th of n processes (from 0) renders every n-th path from the k-th, so n processes
 * render a full build side by side.
 */
export const SHARE_ENV = 'BUILD_SHARE';

/** One process's share of the paths. */
export interface Share {
  index: number;
  count: number;
}

/**
 * Read a share ("k/n", 0 ≤ k < n); null when absent or malformed (then everything is rendered).
 * @example parseShare('1/2') // { index: 1, count: 2 }
 */
export function parseShare(text: string | undefined): Share | null {
  const m = /^(\d+)\/(\d+)$/.exec(text ?? '');
  if (!m) return null;
  const share = { index: Number(m[1]), count: Number(m[2]) };
  return share.count >= 1 && share.index < share.count ? share : null;
}

/**
 * The items of a list that fall to one share: every count-th from the index-th, so the heavy
 * and light pages of a route spread over the processes alike.
 * @example takeShare(['a', 'b', 'c'], { index: 0, count: 2 }) // ['a', 'c']
 */
export function takeShare<T>(items: T[], share: Share | null): T[] {
  return share ? items.filter((_, i) => i % share.count === share.index) : items;
}

/**
 * Archives from this many documents are rendered in two processes by default on a full build.
 * Each process loads the whole archive and bundles the site again (a fixed cost of a few
 * seconds). Measured on the idle two-core machine, pages of a full build with one process and
 * with two: the 5 bundled documents 3.1-3.3 s and 4.4-5.2 s; 200 documents 6.2-7.9 s and
 * 6.9-7.0 s; 1,000 documents 21.9-23.3 s and 14.6-16.3 s; 5,000 documents 79.8-80.7 s and
 * 50.2-52.5 s.
 */
export const TWO_PROCESS_DOCUMENTS = 500;

/**
 * Astro processes for a full build when --jobs is not given: two on an archive of at least
 * TWO_PROCESS_DOCUMENTS documents and a machine with two cores or more, else one.
 * @example renderJobs(20000, 2) === 2
 * @example renderJobs(200, 2) === 1
 */
export function renderJobs(documents: number, cores: number): number {
  return documents >= TWO_PROCESS_DOCUMENTS && cores >= 2 ? 2 : 1;
}

/** The environment variable naming Astro's cache folder (astro.config.mjs `cacheDir`). */
export const CACHE_ENV = 'ASTRO_CACHE_DIR';
/** Astro's cache folder when CACHE_ENV is not set, under the project (astro.config.mjs). */
export const DEFAULT_CACHE_DIR = 'node_modules/.astro';

/**
 * The Astro cache folder of each of `count` render processes: the project's for the first,
 * a folder of its own under `work` for each other. Astro writes its content store as
 * `data-store.json.tmp` renamed to `data-store.json` in the cache folder, the same names in
 * every process: two processes syncing the same archive into one folder raced, and the one
 * whose temporary file the other had already renamed failed with ENOENT (seen once at 100,000
 * documents, on a full build with fresh caches). The first process keeps the project's cache
 * warm for the next incremental build; the others start from a copy of it (scripts/build.ts).
 * @example partCacheDirs('/p/node_modules/.astro', '/w', 2) // ['/p/node_modules/.astro', '/w/astro-cache-1']
 */
export function partCacheDirs(projectCache: string, work: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? projectCache : `${work}/astro-cache-${i}`));
}

/**
 * The build manifest, kept in the output folder beside the pages it describes: the digest of
 * the site's code and configuration, and the digest of each filtered route's inputs
 * (page-inputs.ts) by the file it writes, and every other file it wrote. The next build compares against it to decide
 * between a full and an incremental build and which pages to render again.
 *
 * Pure.
 */

/** Name of the manifest inside the output folder. */
export const MANIFEST_FILE = '.build-manifest.json';
/** Bump when what a digest covers changes, so older manifests force a full build. */
export const MANIFEST_VERSION = 2;

/** One rendered file of a filtered route. */
export interface RouteEntry {
  /** The route name (routes.ts). */
  route: string;
  digest: string;
  /** An HTML page listed in the sitemap, rather than an endpoint. */
  page: boolean;
}

export interface BuildManifest {
  version: number;
  /** Digest of the code, configuration and build settings (site-digest.ts). */
  site: string;
  /** By output file, e.g. "van-ban/2023/43-nq-tw/index.html". */
  routes: Record<string, RouteEntry>;
  /**
   * Every other file of the output but the sitemap and the search index (the pages rendered on
   * every build, the static files), sorted: with the routes, what the next build may have to
   * delete, without listing a 340,000-file output folder.
   */
  others: string[];
}

const isEntry = (v: unknown): v is RouteEntry =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as RouteEntry).route === 'string' &&
  typeof (v as RouteEntry).digest === 'string' &&
  typeof (v as RouteEntry).page === 'boolean';

/**
 * Read a manifest's text; null when it is not one this version wrote (a full build follows).
 * @example parseManifest('{"version":2,"site":"x","routes":{},"others":[]}')?.site === 'x'
 */
export function parseManifest(text: string): BuildManifest | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const m = data as BuildManifest;
  if (m.version !== MANIFEST_VERSION || typeof m.site !== 'string' || typeof m.routes !== 'object' || m.routes === null)
    return null;
  if (!Array.isArray(m.others) || !m.others.every((f) => typeof f === 'string')) return null;
  return Object.values(m.routes).every(isEntry) ? m : null;
}

/**
 * A manifest's text: keys sorted, so two builds of the same site write the same bytes.
 * @example serializeManifest({ version: 2, site: 'x', routes: {}, others: [] }) === '{"version":2,"site":"x","routes":{},"others":[]}\n'
 */
export function serializeManifest(manifest: BuildManifest): string {
  const routes = Object.fromEntries(
    Object.keys(manifest.routes)
      .sort()
      .map((k) => [k, manifest.routes[k]!]),
  );
  const others = [...manifest.others].sort();
  return `${JSON.stringify({ version: manifest.version, site: manifest.site, routes, others })}\n`;
}

/** What the previous output allows. */
export interface PreviousBuild {
  /** The output folder exists. */
  hasOutput: boolean;
  /** Its manifest's text, or null when there is none. */
  manifestText: string | null;
}

/** A full or an incremental build, and why (Vietnamese, printed by the build). */
export type BuildDecision =
  { mode: 'full'; reason: string } | { mode: 'incremental'; reason: string; previous: BuildManifest };

/**
 * Decide how to build: incremental only when the previous output, a readable manifest of this
 * version and the same site digest are there.
 * @example decideBuild({ full: true, site: 'x', previous: { hasOutput: true, manifestText: null } }).mode === 'full'
 */
export function decideBuild(options: { full: boolean; site: string; previous: PreviousBuild }): BuildDecision {
  const { full, site, previous } = options;
  if (full) return { mode: 'full', reason: 'dựng toàn bộ theo yêu cầu (--full)' };
  if (!previous.hasOutput) return { mode: 'full', reason: 'chưa có bản dựng trước' };
  if (previous.manifestText === null)
    return { mode: 'full', reason: `bản dựng trước không có tệp kê khai ${MANIFEST_FILE}` };
  const manifest = parseManifest(previous.manifestText);
  if (!manifest) return { mode: 'full', reason: `tệp kê khai ${MANIFEST_FILE} hỏng hoặc của phiên bản khác` };
  if (manifest.site !== site)
    return { mode: 'full', reason: 'mã nguồn, giao diện, cấu hình hoặc biến BASE_PATH/SITE_URL đã đổi' };
  return { mode: 'incremental', reason: 'có bản dựng trước cùng mã nguồn và cấu hình', previous: manifest };
}

/** How the filtered routes changed between two builds, by output file (sorted). */
export interface RouteChanges {
  added: string[];
  changed: string[];
  removed: string[];
  kept: string[];
}

/**
 * Compare the previous manifest's routes with this build's.
 * @example diffRoutes({ a: e1 }, { a: e1, b: e2 }) // { added: ['b'], changed: [], removed: [], kept: ['a'] }
 */
export function diffRoutes(previous: Record<string, RouteEntry>, current: Record<string, RouteEntry>): RouteChanges {
  const changes: RouteChanges = { added: [], changed: [], removed: [], kept: [] };
  for (const [file, entry] of Object.entries(current)) {
    const before = previous[file];
    if (!before) changes.added.push(file);
    else if (before.digest !== entry.digest || before.route !== entry.route) changes.changed.push(file);
    else changes.kept.push(file);
  }
  for (const file of Object.keys(previous)) if (!Object.hasOwn(current, file)) changes.removed.push(file);
  for (const list of [changes.added, changes.changed, changes.removed, changes.kept]) list.sort();
  return changes;
}

/**
 * The whole site's sitemap after an incremental build. A partial build's sitemap lists only
 * the pages it rendered, so it is written again by the project's own sitemap integration
 * (astro.config.mjs, @astrojs/sitemap, called with its filter and options) over every page:
 * the partial build's pages (the ones always rendered and the re-rendered ones) and every page
 * of the filtered routes in the manifest. The result is the file a full build writes.
 *
 * Node only (files, the project configuration).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { decodeEntities } from '../text/html-entities.ts';
import { isSitemapFile, listFiles } from './merge.ts';

/**
 * The page URLs a sitemap file lists.
 * @example sitemapLocations('<url><loc>https://a.vn/x/?a=1&amp;b=2</loc></url>') // ['https://a.vn/x/?a=1&b=2']
 */
export function sitemapLocations(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => decodeEntities(m[1]!));
}

/** The page URLs in a build's sitemap files (the index's entries name files, not pages). */
export function readSitemapPages(dir: string): string[] {
  return listFiles(dir)
    .filter((f) => isSitemapFile(f) && f !== 'sitemap-index.xml')
    .flatMap((f) => sitemapLocations(readFileSync(path.join(dir, f), 'utf8')));
}

/** The parts of astro.config.mjs the sitemap needs. */
interface ProjectConfig {
  site: string;
  base: string;
  integrations: AstroIntegration[];
}

type Hook = (options: Record<string, unknown>) => unknown;

const configs = new Map<string, Promise<ProjectConfig>>();

/**
 * The project's astro.config.mjs, imported once (its plugins take about 0.4 s to load): call it
 * early, while Astro renders, and writeSitemap finds it loaded.
 */
export function loadProjectConfig(root: string): Promise<ProjectConfig> {
  let config = configs.get(root);
  if (!config) {
    config = import(pathToFileURL(path.join(root, 'astro.config.mjs')).href).then(
      (module: { default: ProjectConfig }) => module.default,
    );
    configs.set(root, config);
  }
  return config;
}

/**
 * Write the sitemap of `dist` with the project's sitemap integration, over the pages of the
 * partial build's sitemap (`partialUrls`, absolute) and the filtered routes' pages
 * (`pagePaths`, under the site's base, e.g. "van-ban/2023/43-nq-tw/").
 */
export async function writeSitemap(
  root: string,
  dist: string,
  partialUrls: string[],
  pagePaths: string[],
): Promise<void> {
  const config = await loadProjectConfig(root);
  const integration = config.integrations.find((i) => i.name === '@astrojs/sitemap');
  if (!integration) return;
  // Called as Astro calls them, with the parts of the config and logger the integration reads.
  const hooks = integration.hooks as unknown as Record<string, Hook | undefined>;
  const base = new URL(config.base, config.site).href;
  const pathnames = partialUrls.map((url) => {
    if (!url.startsWith(base)) throw new Error(`Trang ${url} trong sơ đồ trang không nằm dưới địa chỉ gốc ${base}`);
    return url.slice(base.length);
  });
  // In the integration's own order (it sorts the URLs by localeCompare(b, 'en', { numeric: true }),
  // a collator built per comparison: 6 s for 137,000 pages); given sorted, its sort only checks.
  const order = new Intl.Collator('en', { numeric: true });
  const pages = [...new Set([...pathnames, ...pagePaths])].sort(order.compare).map((pathname) => ({ pathname }));
  const logger = { info: () => {}, warn: (m: string) => console.warn(m), error: (m: string) => console.error(m) };
  await hooks['astro:config:done']?.({ config, logger });
  await hooks['astro:routes:resolved']?.({ routes: [], logger });
  await hooks['astro:build:done']?.({ dir: pathToFileURL(dist + path.sep), pages, logger });
}

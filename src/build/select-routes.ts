/**
 * The route selector each filtered route's getStaticPaths passes its paths through. Outside
 * scripts/build.ts (astro dev, a plain `astro build`, the tests' builds) it returns every
 * path. Under scripts/build.ts, which names a plan folder in BUILD_PLAN_DIR, it writes the
 * digest of every path's inputs (page-inputs.ts) to the plan folder and, when the plan holds
 * the previous build's manifest, returns only the paths whose digest changed: Astro then
 * renders those pages and no others. Under BUILD_SHARE it keeps its share of them (plan.ts),
 * so several Astro processes render one build side by side.
 *
 * Runs at build time (Astro, Node): reads the document files and the plan folder.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FacetValue } from '../archive/browse.ts';
import type { GraphNode } from '../archive/graph.ts';
import { contentDir } from '../content/content-dir.ts';
import { getSite, type Site } from '../content/site.ts';
import { issuerLabel } from '../search/build/page-record.ts';
import { parseManifest, type RouteEntry } from './manifest.ts';
import { parseShare, PLAN_ENV, PREVIOUS_FILE, ROUTES_DIR, SHARE_ENV, takeShare } from './plan.ts';
import { directiveFeedItems, FEED_LIMIT } from '../render/feeds.ts';
import {
  digestInputs,
  directivePageInputs,
  documentFeedInputs,
  documentJsonInputs,
  documentPageInputs,
  facetListInputs,
  facetPageInputs,
  implementersCsvInputs,
  sourceInputs,
  type Inputs,
  type RankedDirective,
} from './page-inputs.ts';
import { ROUTES, routeFile, type RouteName, type RouteParams } from './routes.ts';

interface StaticPath {
  params: RouteParams;
  props?: Record<string, unknown>;
}

/** The inputs of one path of a route, from its props and the site. */
function inputsOf(route: RouteName, props: Record<string, unknown>, site: Site): Inputs {
  switch (route) {
    case 'van-ban': {
      const node = props['node'] as GraphNode;
      return documentPageInputs(node, issuerLabel(node, site.issuerLabels), documentText(node));
    }
    case 'duyet': {
      const { value, page, pages, items } = props as {
        value: FacetValue;
        page: number;
        pages: number;
        items: GraphNode[];
      };
      return facetPageInputs(value, page, pages, items);
    }
    case 'van-ban-chi-dao': {
      const { page, pages, offset, items } = props as {
        page: number;
        pages: number;
        offset: number;
        items: RankedDirective[];
      };
      return directivePageInputs(page, pages, offset, items);
    }
    case 'nguon': {
      const kept = props['kept'] as string;
      const bytes = readOrNull(path.join(fileURLToPath(contentDir()), kept));
      return sourceInputs(kept, bytes ? createHash('sha256').update(bytes).digest('hex') : '');
    }
    case 'van-ban-json':
      return documentJsonInputs(props['node'] as GraphNode);
    case 'van-ban-feed': {
      const node = props['node'] as GraphNode;
      return documentFeedInputs(node, directiveFeedItems(node));
    }
    case 'thuc-hien-csv':
      return implementersCsvInputs(props['node'] as GraphNode);
    case 'danh-sach-csv': {
      const value = props['value'] as FacetValue;
      return facetListInputs(value, value.nodes.length);
    }
    case 'co-quan-feed':
      return facetListInputs(props['value'] as FacetValue, FEED_LIMIT);
  }
}

/**
 * What stands for a document's file (frontmatter and body) in its page's inputs: the content
 * store's digest of it, which the loader takes of the file's path and text on every build, so
 * a large archive's files are not read a second time; the file's text where there is no digest.
 */
function documentText(node: GraphNode): string | null {
  if (!node.doc) return null;
  if (node.doc.digest) return `digest:${node.doc.digest}`;
  return readOrNull(node.doc.filePath)?.toString('utf8') ?? null;
}

/**
 * A file's bytes, or null when it cannot be read: the page itself then fails with its own
 * message naming the document (src/pages/nguon/[...path].ts), which a digest must not hide.
 */
function readOrNull(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

let previous: Record<string, RouteEntry> | null | undefined;

/** The previous build's routes from the plan folder, or null for a full build. */
function previousRoutes(dir: string): Record<string, RouteEntry> | null {
  if (previous !== undefined) return previous;
  let text: string;
  try {
    text = readFileSync(path.join(dir, PREVIOUS_FILE), 'utf8');
  } catch {
    return (previous = null);
  }
  const manifest = parseManifest(text);
  if (!manifest) throw new Error(`${path.join(dir, PREVIOUS_FILE)}: tệp kê khai bản dựng trước không hợp lệ`);
  return (previous = manifest.routes);
}

/**
 * The paths of a filtered route this build renders: all of them, or under an incremental
 * build only those whose inputs changed (see the module comment).
 * @example export const getStaticPaths = async () => selectRoutes('van-ban', paths);
 */
export async function selectRoutes<P extends StaticPath>(route: RouteName, paths: P[]): Promise<P[]> {
  const dir = process.env[PLAN_ENV];
  if (!dir) return paths;
  const site = await getSite();
  const entries: Record<string, RouteEntry> = {};
  const files = paths.map((p) => {
    const file = routeFile(route, p.params);
    entries[file] = { route, digest: digestInputs(inputsOf(route, p.props ?? {}, site)), page: ROUTES[route].page };
    return file;
  });
  mkdirSync(path.join(dir, ROUTES_DIR), { recursive: true });
  writeFileSync(path.join(dir, ROUTES_DIR, `${route}.json`), JSON.stringify(entries));
  const before = previousRoutes(dir);
  const changed = before ? paths.filter((_, i) => before[files[i]!]?.digest !== entries[files[i]!]!.digest) : paths;
  return takeShare(changed, parseShare(process.env[SHARE_ENV]));
}

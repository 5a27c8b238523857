/**
 * Check that every internal link and asset of a built site resolves, under its base path:
 * the check that keeps "deploys to any static host and any sub-path" true. Browser-safe (no
 * Node APIs): it works on the files' names and the pages' text it is given.
 */
import { decodeEntities } from '../text/html-entities.ts';

/** A link that leads nowhere. */
export interface BrokenLink {
  /** The page that holds it, relative to the output folder. */
  page: string;
  /** The link as written. */
  href: string;
  /** Why it fails, in Vietnamese. */
  problem: string;
}

const ATTR_RE = /\s(?:href|src)="([^"]*)"/g;
/** Meta tags whose content is a URL (og:url, og:image…). */
const META_URL_RE = /<meta\s[^>]*content="((?:https?:\/\/|\/)[^"]*)"/g;
const SRCSET_RE = /\ssrcset="([^"]*)"/g;
const ID_RE = /\sid="([^"]*)"/g;

/**
 * Every URL an HTML page refers to (href, src, srcset, and URL-valued meta content), with
 * character references decoded as a browser would.
 * @example extractLinks('<a href="/?a=1&amp;b=2"><img srcset="x.png 1x, y.png 2x">') // ['/?a=1&b=2', 'x.png', 'y.png']
 */
export function extractLinks(html: string): string[] {
  const links: string[] = [];
  for (const m of html.matchAll(ATTR_RE)) links.push(decodeEntities(m[1]!));
  for (const m of html.matchAll(META_URL_RE)) links.push(decodeEntities(m[1]!));
  for (const m of html.matchAll(SRCSET_RE)) {
    for (const part of m[1]!.split(',')) links.push(decodeEntities(part.trim().split(/\s+/)[0] ?? ''));
  }
  return links.filter((l) => l !== '');
}

/**
 * The ids of a page, for fragment links.
 * @example extractIds('<h2 id="muc-1">…</h2>') // Set { 'muc-1' }
 */
export function extractIds(html: string): Set<string> {
  return new Set([...html.matchAll(ID_RE)].map((m) => decodeEntities(m[1]!)));
}

/** Percent-decoded text, or undefined when an escape is malformed ("%E1%BB" cut short). */
function decodePercent(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * Check every internal link of a built site. `files` lists every file of the output (paths
 * relative to it, "/" separated); `pages` gives the HTML of each page to check. Links are
 * internal when they are root-relative, relative, or absolute on `origin`; they must sit under
 * `base` and name a file of the output (a folder means its index.html). Same-page fragments
 * must name an id of the page.
 * @example checkLinks({ files: new Set(['index.html']), pages: new Map([['index.html', '<a href="/x/">']]), base: '/' })
 *   // [{ page: 'index.html', href: '/x/', problem: 'không có trang hoặc tệp này' }]
 */
export function checkLinks(site: {
  files: Set<string>;
  pages: Map<string, string>;
  base: string;
  origin?: string;
}): BrokenLink[] {
  const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
  const origin = new URL(site.origin ?? 'http://localhost').origin;
  const broken: BrokenLink[] = [];
  for (const [page, html] of site.pages) {
    let ids: Set<string> | undefined;
    const context: LinkContext = {
      pageUrl: new URL(`${base}${page.replace(/(^|\/)index\.html$/, '$1')}`, origin),
      base,
      origin,
      files: site.files,
      ids: () => (ids ??= extractIds(html)),
    };
    for (const href of extractLinks(html)) {
      const problem = findLinkProblem(href, context);
      if (problem) broken.push({ page, href, problem });
    }
  }
  return broken;
}

/** What a link is checked against: its page, the site's base and origin, and the output. */
interface LinkContext {
  pageUrl: URL;
  base: string;
  origin: string;
  files: Set<string>;
  /** The page's ids, read on first need. */
  ids: () => Set<string>;
}

const INVALID = 'không phải địa chỉ hợp lệ';

/** Why one link of a page leads nowhere, or undefined when it resolves or is not ours to check. */
function findLinkProblem(href: string, context: LinkContext): string | undefined {
  if (/^(mailto:|tel:|data:|javascript:)/i.test(href)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith(context.origin)) return undefined; // external
  let target: URL;
  try {
    target = new URL(href, context.pageUrl);
  } catch {
    return INVALID;
  }
  if (target.origin !== context.origin) return undefined; // protocol-relative, on another host
  if (href.startsWith('#')) {
    const id = decodePercent(href.slice(1));
    if (id === undefined) return INVALID;
    return id && !context.ids().has(id) ? 'không có mục (id) này trong trang' : undefined;
  }
  if (!target.pathname.startsWith(context.base)) return `nằm ngoài đường dẫn gốc ${context.base} của trang`;
  const rel = decodePercent(target.pathname.slice(context.base.length));
  if (rel === undefined) return INVALID;
  const { files } = context;
  const found =
    rel === '' || rel.endsWith('/') ? files.has(`${rel}index.html`) : files.has(rel) || files.has(`${rel}/index.html`);
  return found ? undefined : 'không có trang hoặc tệp này';
}

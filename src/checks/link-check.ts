/**
 * Check that every internal link and asset of a built site resolves, under its base path:
 * the check that keeps "deploys to any static host and any sub-path" true.
 */

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

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');
}

/** Every URL an HTML page refers to (href, src, srcset, and URL-valued meta content). */
export function extractLinks(html: string): string[] {
  const links: string[] = [];
  for (const m of html.matchAll(ATTR_RE)) links.push(decodeEntities(m[1]!));
  for (const m of html.matchAll(META_URL_RE)) links.push(decodeEntities(m[1]!));
  for (const m of html.matchAll(SRCSET_RE)) {
    for (const part of m[1]!.split(',')) links.push(decodeEntities(part.trim().split(/\s+/)[0] ?? ''));
  }
  return links.filter((l) => l !== '');
}

/** The ids of a page, for fragment links. */
export function extractIds(html: string): Set<string> {
  return new Set([...html.matchAll(ID_RE)].map((m) => decodeEntities(m[1]!)));
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
  const origin = site.origin ?? 'http://localhost';
  const broken: BrokenLink[] = [];
  for (const [page, html] of site.pages) {
    const pageUrl = new URL(`${base}${page.replace(/(^|\/)index\.html$/, '$1')}`, origin);
    let ids: Set<string> | undefined;
    for (const href of extractLinks(html)) {
      if (/^(mailto:|tel:|data:|javascript:)/i.test(href)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith(origin)) continue; // external
      let target: URL;
      try {
        target = new URL(href, pageUrl);
      } catch {
        broken.push({ page, href, problem: 'không phải địa chỉ hợp lệ' });
        continue;
      }
      if (target.origin !== new URL(origin).origin) continue;
      if (href.startsWith('#')) {
        ids ??= extractIds(html);
        const id = decodeURIComponent(href.slice(1));
        if (id && !ids.has(id)) broken.push({ page, href, problem: 'không có mục (id) này trong trang' });
        continue;
      }
      if (!target.pathname.startsWith(base)) {
        broken.push({ page, href, problem: `nằm ngoài đường dẫn gốc ${base} của trang` });
        continue;
      }
      const rel = decodeURIComponent(target.pathname.slice(base.length));
      const found = rel === '' || rel.endsWith('/') ? site.files.has(`${rel}index.html`) : site.files.has(rel) || site.files.has(`${rel}/index.html`);
      if (!found) broken.push({ page, href, problem: 'không có trang hoặc tệp này' });
    }
  }
  return broken;
}

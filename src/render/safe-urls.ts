/**
 * Which URLs written in a document's body may become live links or load as images
 * (DESIGN.md, non-negotiables: links are filtered by scheme). Browser-safe, pure.
 *
 * The scheme is read as a browser reads it (WHATWG URL Standard, "basic URL parser"): leading
 * and trailing C0 controls and spaces are dropped, tabs and newlines anywhere are ignored, and
 * the scheme is case-insensitive — so "  JaVa&#9;Script:" is still `javascript:`. Markdown
 * has already decoded character references by the time a URL reaches the tree.
 */

/** Schemes a body link may use; a URL without a scheme (relative, `#fragment`) is same-site. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** Inline images a body may embed: raster types only (an SVG is a document, not a picture). */
const DATA_IMAGE_RE = /^data:image\/(?:png|gif|jpeg|webp|avif)[;,]/i;

// eslint-disable-next-line no-control-regex -- the URL Standard strips exactly these.
const EDGE_CONTROLS_RE = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const TAB_OR_NEWLINE_RE = /[\t\n\r]/g;
const SCHEME_RE = /^([a-z][a-z0-9+.-]*):/i;

/**
 * The URL as a browser will read it: edges trimmed of controls and spaces, tabs and newlines
 * removed.
 * @example normaliseUrl(' java\tscript:x') === 'javascript:x'
 */
export function normaliseUrl(url: string): string {
  return url.replace(EDGE_CONTROLS_RE, '').replace(TAB_OR_NEWLINE_RE, '');
}

/**
 * The URL's scheme in lower case, or null for a relative URL (`../a`, `#muc-1`, `//host/x`).
 * @example urlScheme('MAILTO:a@b.vn') === 'mailto'
 */
export function urlScheme(url: string): string | null {
  return SCHEME_RE.exec(normaliseUrl(url))?.[1]?.toLowerCase() ?? null;
}

/**
 * Whether a body link may be live: http, https, mailto, tel, or relative to the site.
 * @example isSafeLinkUrl('javascript:alert(1)') === false
 * @example isSafeLinkUrl('https://vbpl.vn/') === true
 */
export function isSafeLinkUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === null || LINK_SCHEMES.has(scheme);
}

/**
 * Whether an image URL points off the site (http, https or protocol-relative `//host`):
 * loading it would tell a third party who reads what.
 * @example isRemoteUrl('//cdn.example.com/a.png') === true
 */
export function isRemoteUrl(url: string): boolean {
  const normalised = normaliseUrl(url);
  const scheme = urlScheme(normalised);
  return scheme === 'http' || scheme === 'https' || /^[\\/]{2}/.test(normalised);
}

/**
 * Whether a body image may load: a same-site path or an inline raster `data:` image.
 * @example isSafeImageUrl('/anh/so-do.png') === true
 * @example isSafeImageUrl('https://tracker.example.com/p.gif') === false
 */
export function isSafeImageUrl(url: string): boolean {
  const normalised = normaliseUrl(url);
  if (isRemoteUrl(normalised)) return false;
  const scheme = urlScheme(normalised);
  return scheme === null || (scheme === 'data' && DATA_IMAGE_RE.test(normalised));
}

/**
 * Render a document's Markdown body to HTML: raw HTML shown as text, links and images
 * filtered by scheme, every document number linked through a callback (the graph decides
 * where), headings given stable ids for the table of contents.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remarkHtmlAsText } from './remark-html-as-text.ts';
import { remarkSafeLinks } from './remark-safe-links.ts';
import { remarkCitationLinks, type CitationLinkOptions } from './remark-citation-links.ts';
import { slugify } from '../text/vietnamese.ts';

export { remarkCitationLinks, type CitationLinkOptions, type CitationUrlBuilder } from './remark-citation-links.ts';

/** One heading of the body, for the table of contents. */
export interface BodyHeading {
  depth: number;
  id: string;
  text: string;
}

/**
 * Top-level headings get ids from their text, numbered when repeated ("muc-a", "muc-a-2").
 * The id is on an empty span the search index skips (data-pagefind-ignore) at the heading's
 * start, not on the heading: Pagefind records every heading id in the body as an anchor,
 * stores it with the heading's text in each page's search fragment, and the search page then
 * builds an excerpt per anchor for every result (sub-results, which it does not show). That
 * was about 0.6 KB of each fragment (gzip) and 20–50 ms of the first answer.
 */
function remarkHeadingIds(headings: BodyHeading[]) {
  return () => (tree: Root) => {
    const used = new Map<string, number>();
    for (const node of tree.children) {
      if (node.type !== 'heading') continue;
      const text = toString(node);
      // Ids start with a letter (HTML ids beginning with a digit trip validators and CSS).
      const base = `muc-${slugify(text).slice(0, 60)}`.replace(/-+$/, '');
      const n = used.get(base) ?? 0;
      used.set(base, n + 1);
      const id = n === 0 ? base : `${base}-${n + 1}`;
      node.children.unshift({
        type: 'text',
        value: '',
        data: { hName: 'span', hProperties: { id, 'data-pagefind-ignore': '' } },
      });
      headings.push({ depth: node.depth, id, text });
    }
  };
}

type MarkdownProcessor = Processor<Root, Root, Root, Root, string>;

/**
 * Render a Markdown body to HTML. Raw HTML in the source is kept as text; links that could
 * run code lose their link and remote images are shown as links; document numbers are linked
 * when `buildUrl` is given; headings get ids.
 * @example renderBody('Thực hiện Nghị quyết số 43-NQ/TW', { buildUrl: () => '/van-ban/2023/43-nq-tw/' }).html
 *   // '<p>Thực hiện Nghị quyết số <a href="/van-ban/2023/43-nq-tw/" class="cite">43-NQ/TW</a></p>'
 */
export function renderBody(
  markdown: string,
  options: Partial<CitationLinkOptions> = {},
): { html: string; headings: BodyHeading[] } {
  const headings: BodyHeading[] = [];
  let processor = unified()
    .use(remarkParse)
    .use(remarkHtmlAsText)
    .use(remarkSafeLinks)
    .use(remarkHeadingIds(headings)) as unknown as MarkdownProcessor;
  if (options.buildUrl) processor = processor.use(remarkCitationLinks, { buildUrl: options.buildUrl });
  const html = String(processor.use(remarkRehype).use(rehypeStringify).processSync(markdown));
  return { html, headings };
}

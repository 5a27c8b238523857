/**
 * Render a document's Markdown body to HTML: raw HTML shown as text, every document number
 * linked through a callback (the graph decides where), headings given stable ids for the
 * table of contents.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root, Parent, PhrasingContent, Text, Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remarkHtmlAsText } from './remark-html-as-text.ts';
import { findDocumentNumbers, type DocumentNumber } from '../reading/document-number.ts';
import { slugify } from '../text/vietnamese.ts';

/** Where a number found in the text should link; false leaves it as plain text. */
export type CitationUrlBuilder = (number: DocumentNumber) => string | false;

export interface CitationLinkOptions {
  buildUrl: CitationUrlBuilder;
}

const SKIP = new Set(['link', 'linkReference', 'inlineCode', 'code', 'html']);

function linkText(node: Text, buildUrl: CitationUrlBuilder): PhrasingContent[] | null {
  const found = findDocumentNumbers(node.value);
  if (found.length === 0) return null;
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const number of found) {
    const url = buildUrl(number);
    if (url === false) continue;
    if (number.index > at) out.push({ type: 'text', value: node.value.slice(at, number.index) });
    const printed = node.value.slice(number.index, number.index + number.length);
    out.push({ type: 'link', url, children: [{ type: 'text', value: printed }], data: { hProperties: { className: ['cite'] } } });
    at = number.index + number.length;
  }
  if (at === 0) return null;
  if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
  return out;
}

function visitText(parent: Parent, buildUrl: CitationUrlBuilder): void {
  const children: Parent['children'] = [];
  for (const child of parent.children) {
    if (child.type === 'text') {
      const replaced = linkText(child, buildUrl);
      if (replaced) children.push(...replaced);
      else children.push(child);
      continue;
    }
    if (!SKIP.has(child.type) && 'children' in child) visitText(child as Parent, buildUrl);
    children.push(child);
  }
  parent.children = children as Parent['children'];
}

/**
 * Remark plugin in the manner of remark-github: every document number in the text becomes a
 * link to the URL `buildUrl` returns for it; `false` leaves the text alone. Existing links
 * and code are left untouched.
 * @example unified().use(remarkParse).use(remarkCitationLinks, { buildUrl: (n) => `/van-ban/${n.key}/` })
 */
export function remarkCitationLinks(options: CitationLinkOptions) {
  return (tree: Root) => visitText(tree, options.buildUrl);
}

/** One heading of the body, for the table of contents. */
export interface BodyHeading {
  depth: number;
  id: string;
  text: string;
}

function remarkHeadingIds(headings: BodyHeading[]) {
  return () => (tree: Root) => {
    const used = new Map<string, number>();
    for (const node of tree.children) {
      if (node.type !== 'heading') continue;
      const text = toString(node as Heading);
      // Ids start with a letter (HTML ids beginning with a digit trip validators and CSS).
      const base = `muc-${slugify(text).slice(0, 60)}`.replace(/-+$/, '');
      const n = used.get(base) ?? 0;
      used.set(base, n + 1);
      const id = n === 0 ? base : `${base}-${n + 1}`;
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
      headings.push({ depth: node.depth, id, text });
    }
  };
}

/**
 * Render a Markdown body to HTML. Raw HTML in the source is kept as text; document numbers
 * are linked when `buildUrl` is given; headings get ids.
 * @example renderBody('Thực hiện Nghị quyết số 43-NQ/TW', { buildUrl: () => '/van-ban/2023/43-nq-tw/' }).html
 *   // '<p>Thực hiện Nghị quyết số <a href="/van-ban/2023/43-nq-tw/" class="cite">43-NQ/TW</a></p>'
 */
export function renderBody(markdown: string, options: Partial<CitationLinkOptions> = {}): { html: string; headings: BodyHeading[] } {
  const headings: BodyHeading[] = [];
  let processor: Processor<Root, Root, Root, Root, string> = unified()
    .use(remarkParse)
    .use(remarkHtmlAsText)
    .use(remarkHeadingIds(headings)) as unknown as Processor<Root, Root, Root, Root, string>;
  if (options.buildUrl) processor = processor.use(remarkCitationLinks, { buildUrl: options.buildUrl }) as typeof processor;
  const html = String(processor.use(remarkRehype).use(rehypeStringify).processSync(markdown));
  return { html, headings };
}

/**
 * Imported text is data, never markup (DESIGN.md, non-negotiables): raw HTML in a document's
 * Markdown — a `<script>` copied from a crawled page, say — is shown as text, not rendered.
 */
import type { Paragraph, Parent, Root, Text } from 'mdast';
import { SKIP, visitParents } from 'unist-util-visit-parents';

/** Parents whose children are blocks: a block of HTML there becomes a paragraph of text. */
const FLOW = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * Remark plugin: turn every raw HTML node into a text node, so `<script>` renders as "<script>".
 * @example unified().use(remarkParse).use(remarkHtmlAsText) // then any stringifier
 */
export function remarkHtmlAsText() {
  return (tree: Root): void => {
    visitParents(tree, 'html', (node, ancestors) => {
      const parent = ancestors.at(-1) as Parent;
      const index = parent.children.indexOf(node);
      const text: Text = { type: 'text', value: node.value, position: node.position };
      const paragraph: Paragraph = { type: 'paragraph', children: [text], position: node.position };
      parent.children[index] = FLOW.has(parent.type) ? paragraph : text;
      return [SKIP, index + 1];
    });
  };
}

/**
 * Imported text is data, never markup (DESIGN.md, non-negotiables): raw HTML in a document's
 * Markdown — a `<script>` copied from a crawled page, say — is shown as text, not rendered.
 */
import type { Root, RootContent, Parent } from 'mdast';

const FLOW = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

function visit(node: Parent): void {
  node.children = node.children.map((child: RootContent) => {
    if (child.type === 'html') {
      const text = { type: 'text', value: child.value, position: child.position };
      // Block-level HTML sits among paragraphs: give its text a paragraph of its own.
      return FLOW.has(node.type) ? { type: 'paragraph', children: [text], position: child.position } : text;
    }
    if ('children' in child) visit(child as Parent);
    return child;
  }) as Parent['children'];
}

/**
 * Remark plugin: turn every raw HTML node into a text node, so `<script>` renders as "<script>".
 * @example unified().use(remarkParse).use(remarkHtmlAsText) // then any stringifier
 */
export function remarkHtmlAsText() {
  return (tree: Root) => visit(tree);
}

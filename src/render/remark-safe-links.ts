/**
 * Links and images in a document's body filtered by scheme (DESIGN.md, non-negotiables;
 * issue 12, defects 4 and 19): a link whose URL could run code (`javascript:`, `vbscript:`,
 * `data:` …) keeps its text and loses its link; a remote image becomes a link to the image, so
 * no reader's browser fetches a third-party URL by opening a page. Reference-style links and
 * images are judged by their definition's URL.
 */
import type { Definition, Nodes, Parent, PhrasingContent, Root } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { isRemoteUrl, isSafeImageUrl, isSafeLinkUrl } from './safe-urls.ts';

type Replacement = PhrasingContent[] | undefined;

function collectDefinitions(tree: Root): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  visitParents(tree, 'definition', (node) => {
    // CommonMark: the first definition of a label wins.
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  return definitions;
}

/**
 * An image that may not load, as a link to it (remote) or as its description (anything else,
 * and any image already inside a link: HTML links do not nest).
 */
function replaceImage(url: string, alt: string, title: string | null | undefined, inLink: boolean): PhrasingContent[] {
  const text = { type: 'text' as const, value: alt || url };
  if (!inLink && isRemoteUrl(url) && isSafeLinkUrl(url)) return [{ type: 'link', url, title, children: [text] }];
  return [text];
}

/** The nodes judged: links and images, direct or by reference. Only they are looked up in their parent. */
const JUDGED = ['link', 'linkReference', 'image', 'imageReference'];

function isLink(node: Nodes): boolean {
  return node.type === 'link' || node.type === 'linkReference';
}

function replacementFor(node: Nodes, definitions: Map<string, Definition>, inLink: boolean): Replacement {
  switch (node.type) {
    case 'link':
      return isSafeLinkUrl(node.url) ? undefined : node.children;
    case 'image':
      return isSafeImageUrl(node.url) ? undefined : replaceImage(node.url, node.alt ?? '', node.title, inLink);
    case 'linkReference': {
      const url = definitions.get(node.identifier)?.url;
      return url === undefined || isSafeLinkUrl(url) ? undefined : node.children;
    }
    case 'imageReference': {
      const definition = definitions.get(node.identifier);
      if (!definition || isSafeImageUrl(definition.url)) return undefined;
      return replaceImage(definition.url, node.alt ?? '', definition.title, inLink);
    }
    default:
      return undefined;
  }
}

/**
 * Remark plugin: unsafe links become their text, images that may not load become a link to
 * the image (remote) or their description (other schemes).
 * @example unified().use(remarkParse).use(remarkSafeLinks) // '[x](javascript:alert(1))' renders as 'x'
 */
export function remarkSafeLinks() {
  return (tree: Root): void => {
    const definitions = collectDefinitions(tree);
    visitParents(tree, JUDGED, (node, ancestors) => {
      const parent = ancestors.at(-1) as Parent | undefined;
      if (!parent) return;
      const index = parent.children.indexOf(node as Parent['children'][number]);
      const replacement = replacementFor(node, definitions, ancestors.some(isLink));
      if (!replacement) return;
      parent.children.splice(index, 1, ...(replacement as Parent['children']));
      // Visit what took the node's place: a link's text may hold an image to judge in turn.
      return index;
    });
  };
}

/**
 * Remark plugin linking every document number in a body's text, in the manner of
 * remark-github (lib/index.js): options carry a `buildUrl` callback that decides where a number
 * links, or returns false to leave the text alone; the plugin reads no global state; the text
 * is searched by `mdast-util-find-and-replace`, which skips existing links.
 */
import type { Link, Root } from 'mdast';
import { findAndReplace, type RegExpMatchObject } from 'mdast-util-find-and-replace';
import { findDocumentNumbers, type DocumentNumber, type FoundDocumentNumber } from '../reading/document-number.ts';

/** Where a number found in the text should link; false leaves it as plain text. */
export type CitationUrlBuilder = (number: DocumentNumber) => string | false;

export interface CitationLinkOptions {
  /** The URL of a number's page, or false to leave the number as text. */
  buildUrl: CitationUrlBuilder;
}

/**
 * The number grammar (src/reading/document-number.ts) seen through the RegExp interface that
 * find-and-replace drives (`lastIndex`, `exec`, `global`). The grammar is more than one regular
 * expression (it rejects look-alikes and joins letter-spaced issuers), so it is not restated
 * here: each text is read once, and `exec` hands out its numbers in order. After a refusal
 * find-and-replace resumes one character further on; the next number is then the next one the
 * grammar found, never a shorter number inside the refused one.
 */
class DocumentNumberPattern extends RegExp {
  private text = '';
  private found: FoundDocumentNumber[] = [];

  constructor() {
    super('', 'g');
  }

  override exec(text: string): RegExpExecArray | null {
    if (text !== this.text) {
      this.text = text;
      this.found = findDocumentNumbers(text);
    }
    const next = this.found.find((n) => n.index >= this.lastIndex);
    if (!next) {
      this.lastIndex = 0;
      return null;
    }
    this.lastIndex = next.index + next.length;
    const match = [text.slice(next.index, this.lastIndex)] as unknown as RegExpExecArray;
    return Object.assign(match, { index: next.index, input: text, groups: undefined });
  }

  /** The number the last `exec` over this text found at an offset. */
  numberAt(index: number): FoundDocumentNumber | undefined {
    return this.found.find((n) => n.index === index);
  }
}

/**
 * Remark plugin: every document number in the text becomes a link (class `cite`) to the URL
 * `buildUrl` returns for it; `false` leaves the text alone. Text inside links, link
 * references and code is never touched; a number split by markup (NQ in bold inside 43-NQ/TW) is not
 * one text and stays as written.
 * @example unified().use(remarkParse).use(remarkCitationLinks, { buildUrl: (n) => `/van-ban/${n.key}/` })
 */
export function remarkCitationLinks(options: CitationLinkOptions) {
  const { buildUrl } = options;
  return (tree: Root): void => {
    const pattern = new DocumentNumberPattern();
    const replace = (printed: string, match: RegExpMatchObject): Link | false => {
      const number = pattern.numberAt(match.index);
      const url = number ? buildUrl(number) : false;
      if (url === false) return false;
      return {
        type: 'link',
        url,
        children: [{ type: 'text', value: printed }],
        data: { hProperties: { className: ['cite'] } },
      };
    };
    findAndReplace(tree, [pattern, replace], { ignore: ['link', 'linkReference'] });
  };
}

/**
 * Search tokens for document numbers: the words we put into the Pagefind index for every
 * number a page carries, and that the query normaliser (search-query.ts) writes for the
 * number-like parts of a query. Both sides call the same functions on the same folded key
 * (document-number.ts `numberKey`), so "09 -NQ/TW", "9-NQ/TW" and "9/nq-tw" meet.
 *
 * Pagefind splits on white space, lower-cases and drops non-alphanumerics (pagefind-notes.md):
 * `43-NQ/TW` becomes `43nqtw`, whose parts also match "43" and "nq". The `vb` prefix ("văn
 * bản") keeps our tokens apart from words of the text. Every query term is a prefix match, so
 * `vb43nq` ("NQ 43", "nghị quyết 43") finds `vb43nqtw` and `vb43nqcp`: serial and type code
 * come first in every token, and numbers with a year also get a token without it.
 *
 * Pure: runs at build time (SearchMeta.astro) and in the browser.
 */
import {
  dropLeadingZeros,
  findDocumentNumbers,
  numberKey,
  parseDocumentNumber,
  type DocumentNumber,
} from '../reading/document-number.ts';
import type { GraphNode } from '../archive/graph.ts';
import { foldAlnum, foldCode } from '../text/vietnamese.ts';

/** Prefix of every number token. */
export const TOKEN_PREFIX = 'vb';

/**
 * The index tokens of one parsed number: the full token and, for numbers with a year inside
 * (`30/2020/NĐ-CP`), the same without the year so that "30/NĐ-CP" and "NĐ 30" find it.
 * @example numberTokens(parseDocumentNumber('30/2020/NĐ-CP')!) // ['vb302020ndcp', 'vb30ndcp']
 */
export function numberTokens(number: DocumentNumber): string[] {
  const tokens = [TOKEN_PREFIX + foldAlnum(number.key)];
  if (number.year !== undefined) {
    const serial = dropLeadingZeros(number.serial);
    tokens.push(TOKEN_PREFIX + foldAlnum(`${serial}${number.kindCode ?? ''}${number.issuerCode}`));
  }
  return tokens;
}

/**
 * The index tokens of a printed number or folded key ('' when it is not a number).
 * @example tokensForNumber('09 -NQ/TW') // ['vb9nqtw']
 */
export function tokensForNumber(text: string): string[] {
  const parsed = parseDocumentNumber(text.normalize('NFC'));
  return parsed ? numberTokens(parsed) : [];
}

/**
 * The token of a partial number, serial and type code without an issuer ("NQ 43",
 * "quyết định 1268"): a prefix of the full tokens of every matching number.
 * @example partialToken('43', 'NQ') === 'vb43nq'
 */
export function partialToken(serial: string, kindCode: string): string {
  return TOKEN_PREFIX + foldAlnum(dropLeadingZeros(serial) + kindCode);
}

/** Number key parts for the client-side check of a number query against a page's numbers. */
export interface KeyParts {
  serial: string;
  /** Type code, folded (`QD`, `NQ`); '' when the number has none. */
  kind: string;
  /** Year inside the number, '' when none. */
  year: string;
  issuer: string;
}

/**
 * Split a folded key (`30/2020/ND-CP`, `43-NQ/TW`) into its parts.
 * @example keyParts('30/2020/ND-CP') // { serial: '30', kind: 'ND', year: '2020', issuer: 'CP' }
 */
export function keyParts(key: string): KeyParts | null {
  const parsed = parseDocumentNumber(key);
  if (!parsed) return null;
  return {
    serial: dropLeadingZeros(parsed.serial),
    kind: parsed.kindCode ? foldCode(parsed.kindCode) : '',
    year: parsed.year !== undefined ? String(parsed.year) : '',
    issuer: foldCode(parsed.issuerCode),
  };
}

/**
 * The number keys a page implements and mentions, for the search index. Taken from the
 * document's own citations, not only resolved graph edges, so an ambiguous citation still names
 * its number. A document known only from citations counts the numbers in its cited subjects:
 * "Thực hiện Nghị quyết số 43-NQ/TW …" names what it implements, other subjects what it mentions.
 * @example citedNumberKeys(node) // { implementsKeys: ['43-NQ/TW'], mentionsKeys: ['2-NQ/TW'] }
 */
export function citedNumberKeys(node: GraphNode): { implementsKeys: string[]; mentionsKeys: string[] } {
  const data = node.doc?.data;
  const keys = (list: Array<{ number: string }>) => [
    ...new Set(list.map((c) => numberKey(c.number)).filter((k) => k && k !== node.key)),
  ];
  const fromSubjects = (implementing: boolean) =>
    node.doc
      ? []
      : node.subjects
          .filter((s) => /^\s*(thực hiện|triển khai|căn cứ)/iu.test(s) === implementing)
          .flatMap((s) => findDocumentNumbers(s).map((n) => ({ number: n.canonical })));
  const implementsKeys = keys([...(data?.implements ?? []), ...fromSubjects(true)]);
  const mentionsKeys = keys([...(data?.mentions ?? []), ...fromSubjects(false)]).filter(
    (k) => !implementsKeys.includes(k),
  );
  return { implementsKeys, mentionsKeys };
}

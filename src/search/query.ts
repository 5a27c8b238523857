/**
 * The search query normaliser: reads what a person typed into the search box and says which
 * parts are document numbers (and which index tokens find them, search-tokens.ts) and which
 * are words of text (and which spellings to ask Pagefind for).
 *
 * Numbers are read by the importer's own library (document-number.ts) wherever it can; the
 * shapes it does not accept because they are not numbers as printed (`43 NQ TW`, `NQ 43`,
 * `nq43`, `nghị quyết 43`) are rewritten here to a serial and a type code checked against the
 * same whitelist (kinds.ts).
 *
 * Pure: runs in the browser (src/search/client/search.ts) and in unit tests.
 */
import { dropLeadingZeros, findDocumentNumbers, parseDocumentNumber } from '../reading/document-number.ts';
import { canonicalKindCode, KIND_CODES } from '../reading/kinds.ts';
import { numberTokens, partialToken, keyParts } from './tokens.ts';
import { foldCode, foldText, stripDiacritics, unifyDashes } from '../text/vietnamese.ts';

/** A number recognised in a query. */
export interface NumberQuery {
  /** What the person typed for it, e.g. "nghị quyết 43". */
  text: string;
  /** Shown to the person: the canonical number ("43-NQ/TW") or "NQ 43" for a partial one. */
  label: string;
  /** Index tokens to search for, one Pagefind query per token (alternatives). */
  tokens: string[];
  /** True when the issuer is known: the tokens must equal a page's, not only begin it. */
  full: boolean;
  /** Serial without leading zeros. */
  serial: string;
  /** Acceptable type codes, folded upper case (`QD`, `QDI`); empty for a State công văn. */
  kinds: string[];
}

/** A query split into numbers and words. */
export interface ParsedQuery {
  /** The query as typed, NFC, blanks collapsed. */
  text: string;
  numbers: NumberQuery[];
  /** Words of text, NFC, lower case, punctuation at the ends removed. */
  words: string[];
}

const SLASHES = /[\u2044\u2215\uFF0F]/g;

/** Kind names (folded) → the type codes that name them; Party numbers write Quy định as QĐ. */
const CODES_BY_KIND = new Map<string, string[]>();
for (const [code, name] of Object.entries(KIND_CODES)) {
  const key = foldText(name);
  CODES_BY_KIND.set(key, [...(CODES_BY_KIND.get(key) ?? []), code]);
}
CODES_BY_KIND.get('quy dinh')?.push('QĐ');
/** Longest kind names first, so "quyết định" is not read as "quy …". */
const KIND_NAME_ALTERNATION = [...CODES_BY_KIND.keys()]
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/ /g, '\\s+'))
  .join('|');

/** Drop tokens that another token begins: Pagefind matches every term as a prefix. */
function minimalTokens(tokens: string[]): string[] {
  const unique = [...new Set(tokens)];
  return unique.filter((t) => !unique.some((o) => o !== t && t.startsWith(o)));
}

function partial(text: string, serial: string, codes: string[], byName = false): NumberQuery {
  const clean = dropLeadingZeros(serial);
  return {
    text,
    label: `${byName ? KIND_CODES[codes[0]!] : codes[0]} ${clean}`,
    tokens: minimalTokens(codes.map((c) => partialToken(clean, c))),
    full: false,
    serial: clean,
    kinds: [...new Set(codes.map(foldCode))],
  };
}

/**
 * Most numbers and words a query searches for; the rest of a longer query is ignored. Each
 * number costs a check of every candidate and each word a Pagefind search or two, so a shared
 * link holding one number a hundred times would otherwise block the browser for seconds
 * (issue 12, item 12). Real queries hold one or two numbers and a phrase of a few words.
 */
export const MAX_QUERY_NUMBERS = 8;
export const MAX_QUERY_WORDS = 12;

/**
 * The numbers of a query without repeats: the same number typed twice, in any shape that reads
 * the same (its tokens, serial and type codes), is searched once, as first read.
 * @example distinctNumbers(parseQuery('43-NQ/TW 43/NQ-TW').numbers).length === 1
 */
export function distinctNumbers(numbers: NumberQuery[]): NumberQuery[] {
  const seen = new Set<string>();
  return numbers.filter((n) => {
    const id = [n.full, n.serial, n.tokens.join(' '), n.kinds.join(' ')].join('|');
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Patterns for the shapes the number library does not read, on the folded, upper-case query. */
const SPACED = /(?<![\p{L}\p{N}])(\d{1,5})\s*[-/ ]\s*([A-Z]{1,5})\s*[-/ ]\s*([A-Z][A-Z0-9]{1,9})(?![\p{L}\p{N}])/dgu;
const CODE_FIRST = /(?<![\p{L}\p{N}])([A-Z]{2,5})\s*[-/ ]?\s*(?:SO\s+)?(\d{1,5})(?![\p{L}\p{N}])/gu;
const SERIAL_FIRST_SQUASHED = /(?<![\p{L}\p{N}])(\d{1,5})([A-Z]{2,14})(?![\p{L}\p{N}])/gu;
const SERIAL_CODE = /(?<![\p{L}\p{N}])(\d{1,5})\s*[-/ ]\s*([A-Z]{2,5})(?![\p{L}\p{N}/-])/gu;

/** A query being read: the text, what is left of it (recognised spans blanked), the numbers so far. */
interface QueryScan {
  text: string;
  rest: string;
  numbers: NumberQuery[];
}

/** Record a number and blank its span (same length) so later passes and the words skip it. */
function take(scan: QueryScan, number: NumberQuery, index: number, length: number): void {
  scan.numbers.push(number);
  scan.rest = scan.rest.slice(0, index) + ' '.repeat(length) + scan.rest.slice(index + length);
}

/**
 * The rest of the query folded (đ→d, no tones, upper case), same length for Vietnamese text
 * in NFC (each letter folds to one letter), so offsets still refer to the query.
 */
function foldedRest(scan: QueryScan): string {
  const f = stripDiacritics(scan.rest).toUpperCase();
  return f.length === scan.rest.length ? f : scan.rest.toUpperCase();
}

/** Run one pattern over the folded rest; `read` turns a match into a number, or null to skip it. */
function scanPattern(
  scan: QueryScan,
  pattern: RegExp,
  read: (m: RegExpExecArray, typed: string) => NumberQuery | null,
  lower = false,
): void {
  const folded = foldedRest(scan);
  for (const m of [...(lower ? folded.toLowerCase() : folded).matchAll(pattern)]) {
    const number = read(m, scan.text.slice(m.index, m.index + m[0].length));
    if (number) take(scan, number, m.index, m[0].length);
  }
}

/**
 * 1. Numbers as printed, in any case: the importer's library on the upper-cased query.
 * Upper-casing keeps UTF-16 lengths for Vietnamese letters, so offsets still refer to the text.
 */
function scanPrinted(scan: QueryScan): void {
  const upper = scan.text.toUpperCase();
  if (upper.length !== scan.text.length) return;
  for (const found of findDocumentNumbers(upper)) {
    const number: NumberQuery = {
      text: scan.text.slice(found.index, found.index + found.length),
      label: found.canonical,
      tokens: [numberTokens(found)[0]!],
      full: true,
      serial: dropLeadingZeros(found.serial),
      kinds: found.kindCode ? [foldCode(found.kindCode)] : [],
    };
    take(scan, number, found.index, found.length);
  }
}

/** 2. "nghị quyết 43", "nghi quyet so 43", "quyết định 1268". */
const BY_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(${KIND_NAME_ALTERNATION})\\s+(?:so\\s*:?\\s*)?(\\d{1,5})(?![\\p{L}\\p{N}])`,
  'giu',
);
function readByName(m: RegExpExecArray, typed: string): NumberQuery | null {
  const codes = CODES_BY_KIND.get(m[1]!.replace(/\s+/g, ' ')) ?? [];
  return codes.length === 0 ? null : partial(typed, m[2]!, codes, true);
}

/** 3. "43 NQ TW", "43 nq/tw": serial, code, issuer with blanks for separators. */
function readSpaced(text: string): (m: RegExpExecArray, typed: string) => NumberQuery | null {
  return (m, typed) => {
    const code = canonicalKindCode(m[2]!);
    if (!code) return null;
    // The issuer as typed (with its Đ), for the label; the key folds it anyway.
    const [start, end] = m.indices![3]!;
    const parsed =
      parseDocumentNumber(`${m[1]}-${code}/${text.slice(start, end).toUpperCase()}`) ??
      parseDocumentNumber(`${m[1]}-${code}/${m[3]}`);
    if (!parsed) return null;
    return {
      text: typed,
      label: parsed.canonical,
      tokens: [numberTokens(parsed)[0]!],
      full: true,
      serial: dropLeadingZeros(parsed.serial),
      kinds: [foldCode(code)],
    };
  };
}

/** 4. "43nqtw", "09NQTW": serial then letters; the letters must begin with a type code. */
function readSquashed(m: RegExpExecArray, typed: string): NumberQuery | null {
  const letters = m[2]!;
  let code: string | undefined;
  for (let n = Math.min(5, letters.length); n >= 2 && !code; n--)
    code = canonicalKindCode(letters.slice(0, n)) && letters.slice(0, n);
  if (!code) return null;
  const issuer = letters.slice(code.length);
  const q = partial(typed, m[1]!, [canonicalKindCode(code)!]);
  if (issuer.length >= 2) {
    const parsed = parseDocumentNumber(`${m[1]}-${canonicalKindCode(code)}/${issuer}`);
    if (parsed) Object.assign(q, { label: parsed.canonical, tokens: [numberTokens(parsed)[0]!], full: true });
  }
  return q;
}

/** 5. "NQ 43", "nq43", "QĐ-1268": code then serial. */
function readCodeFirst(m: RegExpExecArray, typed: string): NumberQuery | null {
  const code = canonicalKindCode(m[1]!);
  return code ? partial(typed, m[2]!, [code]) : null;
}

/** 6. "43 NQ", "43-NQ": serial then code, no issuer. */
function readSerialCode(m: RegExpExecArray, typed: string): NumberQuery | null {
  const code = canonicalKindCode(m[2]!);
  return code ? partial(typed, m[1]!, [code]) : null;
}

/** The words left once numbers are taken: lower case, punctuation at the ends removed, "số" dropped. */
function remainingWords(rest: string): string[] {
  return rest
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0 && !/^(số|so|:)$/u.test(w));
}

/**
 * Split a query into document numbers and words.
 * @example parseQuery('nghị quyết 43').numbers[0].tokens // ['vb43nq']
 * @example parseQuery('1268/qđ-ttg').numbers[0].tokens // ['vb1268qdttg']
 */
export function parseQuery(input: string): ParsedQuery {
  const text = unifyDashes(input.normalize('NFC')).replace(SLASHES, '/').replace(/\s+/g, ' ').trim();
  const scan: QueryScan = { text, rest: text, numbers: [] };
  scanPrinted(scan);
  scanPattern(scan, BY_NAME, readByName, true);
  scanPattern(scan, SPACED, readSpaced(text));
  scanPattern(scan, SERIAL_FIRST_SQUASHED, readSquashed);
  scanPattern(scan, CODE_FIRST, readCodeFirst);
  scanPattern(scan, SERIAL_CODE, readSerialCode);
  const words = remainingWords(scan.rest);
  return {
    text,
    numbers: distinctNumbers(scan.numbers).slice(0, MAX_QUERY_NUMBERS),
    words: words.slice(0, MAX_QUERY_WORDS),
  };
}

/**
 * Does a page number (folded key, as in the page's metadata) answer a number of the query?
 * @example numberMatches(parseQuery('NQ 43').numbers[0], '43-NQ/TW') === true
 */
export function numberMatches(q: NumberQuery, key: string): boolean {
  if (!key) return false;
  const parts = keyParts(key);
  if (!parts) return false;
  if (q.full) {
    const tokens = numberTokens(parseDocumentNumber(key)!);
    return q.tokens.some((t) => tokens.includes(t));
  }
  return parts.serial === q.serial && (q.kinds.length === 0 || q.kinds.includes(parts.kind));
}

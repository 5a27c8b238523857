/**
 * Citations: every reference in a document's text to another document, with its kind word,
 * number, date, issuer phrase and subject, and whether the document implements it.
 *
 * Conventions followed (Nghị định 30/2020/NĐ-CP, Phụ lục I; Hướng dẫn 36-HD/VPTW): a reference
 * reads "<kind> số <number>, ngày <date> của <issuer> về <subject>". The legal basis of a
 * document opens its body with "Căn cứ …" (State) or "Thực hiện …" / "Triển khai …" (Party
 * and unions); the documents named there, and in the title, are the ones it implements.
 */
import { findDocumentNumbers, type FoundDocumentNumber } from './document-number.ts';
import { foldSameLength } from '../text/vietnamese.ts';
import type { Draft } from './citations/draft.ts';
import { readKindWord } from './citations/kind-word.ts';
import { readTail } from './citations/tail.ts';
import { markImplemented, openingSegments } from './citations/implements.ts';
import { findAliasSpans, findConflictingDates, resolveAliases, type AliasSpan } from './citations/aliases.ts';
import { mergeVariantNumbers } from './citations/variants.ts';
import type { Citation, FindCitationsOptions, FindCitationsResult } from './citations/types.ts';

export type {
  Citation,
  CitationAlias,
  CitationIssue,
  FindCitationsOptions,
  FindCitationsResult,
} from './citations/types.ts';

/**
 * "Mẫu số 01/BCĐBQH-MT": the code of a form annexed to a document (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I: "Mẫu số …" names a template), not a reference to another document.
 */
const FORM_LABEL_RE = /(?<![a-z])mau(?:\s+so)?\s*:?\s*$/;

/** The numbers in the text that can be citations: outside ignored ranges, alias declarations and form codes. */
function findCandidateNumbers(
  text: string,
  folded: string,
  ignore: Array<[number, number]>,
  aliasSpans: AliasSpan[],
): FoundDocumentNumber[] {
  const inIgnored = (i: number): boolean => ignore.some(([s, e]) => i >= s && i < e);
  const inAlias = (i: number): boolean => aliasSpans.some((a) => i >= a.start && i < a.end);
  const isForm = (i: number): boolean => FORM_LABEL_RE.test(folded.slice(Math.max(0, i - 20), i));
  return findDocumentNumbers(text).filter((n) => !inIgnored(n.index) && !inAlias(n.index) && !isForm(n.index));
}

/** One draft per number: its kind word, then its date, issuer and subject. */
function draftCitations(text: string, folded: string, numbers: FoundDocumentNumber[]): Draft[] {
  const drafts: Draft[] = [];
  let prevEnd = 0;
  numbers.forEach((n, i) => {
    const { start, kind } = readKindWord(folded, prevEnd, n, text);
    const draft: Draft = { number: n, start, end: n.index + n.length, implements: false };
    const resolvedKind = kind ?? n.kindName;
    if (resolvedKind) draft.kind = resolvedKind;
    readTail(text, folded, n.index + n.length, numbers[i + 1]?.index ?? text.length, draft);
    drafts.push(draft);
    prevEnd = n.index + n.length;
  });
  return drafts;
}

/**
 * The 1-based line of an offset, as an editor shows it.
 * @example lineFinder('a\nb')(2) === 2
 */
function lineFinder(text: string): (index: number) => number {
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return (index: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

function toCitation(text: string, d: Draft, lineOf: (index: number) => number): Citation {
  const { index: _i, length: _l, ...number } = d.number;
  const c: Citation = {
    raw: text.slice(d.start, d.end).replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim(),
    number,
    implements: d.implements,
    index: d.start,
    line: lineOf(d.start),
  };
  if (d.kind) c.kind = d.kind;
  if (d.date) c.date = d.date;
  if (d.issuer) c.issuer = d.issuer;
  if (d.subject) c.subject = d.subject;
  return c;
}

/**
 * Every citation in the text, the aliases it declares, and the inconsistencies found.
 * @example findCitations('Thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của BCH Trung ương Đảng khóa XIII về …')
 *   .citations[0] // { number: { canonical: '43-NQ/TW', … }, date: '2023-11-24', implements: true, … }
 */
export function findCitations(text: string, options: FindCitationsOptions = {}): FindCitationsResult {
  const folded = foldSameLength(text);
  // Alias declarations: the numbers inside them are names, not further references.
  const aliasSpans = findAliasSpans(text);
  const drafts = draftCitations(
    text,
    folded,
    findCandidateNumbers(text, folded, options.ignoreRanges ?? [], aliasSpans),
  );
  markImplemented(text, drafts, openingSegments(text, folded, options.bodyStart ?? 0, options.titleRanges ?? []));
  const lineOf = lineFinder(text);
  const own = drafts.filter((d) => d.number.key !== options.ownKey);
  const variants = mergeVariantNumbers(own, lineOf);
  const citations = own.map((d) => toCitation(text, d, lineOf));
  const resolved = resolveAliases(text, aliasSpans, drafts, lineOf);
  const issues = [...resolved.issues, ...variants, ...findConflictingDates(citations)];
  return { citations, aliases: resolved.aliases, warnings: issues.map((i) => i.message), issues };
}

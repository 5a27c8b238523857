/**
 * One document cited twice under two spellings: a later reference that prints the number of an
 * earlier one differently ("88/2025/NĐ-CP" then "88/NĐ-CP"; "193/2025/NQ-QH15" then
 * "193/2025/QH15"; "16/KH-MTTQ-BTT" then "16/KH-BTT-MTTQ") names the same document, and is
 * given the first spelling's number so the graph gets one node, not a phantom second one. The
 * printed form is kept, and the merge is reported for review.
 */
import type { DocumentNumber } from '../document-number.ts';
import { dropLeadingZeros } from '../document-number.ts';
import { foldCode } from '../../text/vietnamese.ts';
import type { Draft } from './draft.ts';
import type { CitationIssue } from './types.ts';

/**
 * Type codes of kinds that always print the year in their number (normative documents: Nghị
 * định 30/2020/NĐ-CP, Điều 8; Luật Ban hành văn bản quy phạm pháp luật), so a form without
 * the year can only be a shortening. A Quyết định or Nghị quyết of a People's Committee or
 * Council has two series (with a year when normative, without otherwise): never merged so.
 */
const ALWAYS_DATED_CODES = new Set(['NĐ', 'TT', 'TTLT', 'NQLT', 'PL']);

/** Issuer segments folded and sorted: "MTTQ-BTT" and "BTT-MTTQ" are the same issuer. */
const issuerSet = (n: DocumentNumber): string => n.issuerCode.split('-').map(foldCode).sort().join('-');

/**
 * True when `later` is a variant spelling of `first`: the same serial and issuer (segments in
 * any order), the same system, and either the same type code and year, one of them missing the
 * year of an always-dated kind, or one of them missing the type code with the same year.
 * @example isVariantNumber(parse('88/2025/NĐ-CP'), parse('88/NĐ-CP')) === true
 */
export function isVariantNumber(first: DocumentNumber, later: DocumentNumber): boolean {
  if (first.key === later.key || first.system !== later.system) return false;
  if (dropLeadingZeros(first.serial) !== dropLeadingZeros(later.serial) || issuerSet(first) !== issuerSet(later))
    return false;
  const sameKind = first.kindCode === later.kindCode;
  const sameYear = first.year === later.year;
  if (sameKind && sameYear) return true; // issuer segments in another order
  if (sameKind) {
    const code = first.kindCode ?? '';
    return (first.year === undefined || later.year === undefined) && ALWAYS_DATED_CODES.has(code);
  }
  // A type code printed in one and not the other ("193/2025/NQ-QH15", "193/2025/QH15"): the year
  // must be printed in both and agree.
  return sameYear && first.year !== undefined && (first.kindCode === undefined || later.kindCode === undefined);
}

/**
 * Give each later variant spelling the number of the first spelling it varies from; returns the
 * issues to report (one per variant spelling).
 */
export function mergeVariantNumbers(drafts: Draft[], lineOf: (index: number) => number): CitationIssue[] {
  const firsts: Draft[] = [];
  const issues: CitationIssue[] = [];
  const reported = new Set<string>();
  for (const d of drafts) {
    const first = firsts.find((f) => isVariantNumber(f.number, d.number));
    if (!first) {
      if (!firsts.some((f) => f.number.key === d.number.key)) firsts.push(d);
      continue;
    }
    const printed = d.number.printed;
    d.number = { ...first.number, printed, index: d.number.index, length: d.number.length };
    if (reported.has(printed)) continue;
    reported.add(printed);
    issues.push({
      code: 'variant-number',
      numbers: [first.number.canonical, printed],
      message: `Số "${printed}" (dòng ${lineOf(d.start)}) được coi là cách in khác của "${first.number.canonical}" (dòng ${lineOf(first.start)}) — hãy kiểm tra.`,
    });
  }
  return issues;
}

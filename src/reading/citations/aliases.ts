/**
 * Short names a document declares for what it cites ("(sau đây gọi tắt là Nghị quyết 57)"),
 * and the inconsistencies met among citations: an alias naming another number, the same
 * number cited with different dates.
 */
import { findDocumentNumbers, dropLeadingZeros } from '../document-number.ts';
import { formatVietnameseDate } from '../../text/dates.ts';
import type { Draft } from './draft.ts';
import type { Citation, CitationAlias, CitationIssue } from './types.ts';

/** Alias declarations: "(gọi tắt là …)", "(sau đây viết tắt là …)". */
const ALIAS_RE = /\((?:\s*\*?\s*)(?:sau\s+đây\s+)?(?:gọi|viết)\s+tắt(?:\s+là)?\s+([^()]{1,160})\)/giu;
/** How far after a reference its alias may be declared. */
const ALIAS_REACH = 1500;

/** An alias declaration: its span in the text and its text. */
export interface AliasSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Every alias declaration in the text.
 * @example findAliasSpans('Nghị quyết số 57-NQ/TW (gọi tắt là Nghị quyết 57)')[0].text === 'Nghị quyết 57'
 */
export function findAliasSpans(text: string): AliasSpan[] {
  return [...text.matchAll(ALIAS_RE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: (m[1] ?? '').replace(/[*_]/g, '').replace(/\s+/g, ' ').trim(),
  }));
}

/**
 * Resolve each alias to the reference it names (the head reference of its clause) and report
 * aliases whose number does not match it.
 * @example resolveAliases(text, spans, drafts, lineOf).aliases[0] // { alias: 'Nghị quyết 57', target: '57-NQ/TW' }
 */
export function resolveAliases(
  text: string,
  spans: AliasSpan[],
  drafts: Draft[],
  lineOf: (index: number) => number,
): { aliases: CitationAlias[]; issues: CitationIssue[] } {
  const aliases: CitationAlias[] = [];
  const issues: CitationIssue[] = [];
  for (const a of spans) {
    const aliasNumbers = findDocumentNumbers(a.text);
    const kindAndDigits = /^(?:các\s+)?[\p{Lu}][\p{Ll}]+\s+[\p{Ll}]+(?:\s+số)?\s+(\d+)\b/u.exec(a.text);
    if (aliasNumbers.length === 0 && !kindAndDigits) continue;
    const aliasKey = aliasNumbers[0]?.key;
    const target = findAliasTarget(text, a, drafts, aliasKey);
    if (!target) continue;
    aliases.push({ alias: a.text, target: target.number.canonical });
    const mismatch = aliasKey
      ? aliasKey !== target.number.key
      : kindAndDigits?.[1] !== undefined &&
        dropLeadingZeros(kindAndDigits[1]) !== dropLeadingZeros(target.number.serial);
    if (mismatch) {
      issues.push({
        code: 'alias-mismatch',
        numbers: [target.number.canonical, ...(aliasNumbers[0] ? [aliasNumbers[0].canonical] : [])],
        message: `Tên gọi tắt "${a.text}" không khớp với văn bản được trích dẫn ${target.number.canonical} (dòng ${lineOf(a.start)}).`,
      });
    }
  }
  return { aliases, issues };
}

/** The reference an alias names: the one with its number, else the implemented one, else the first of its sentence. */
function findAliasTarget(text: string, a: AliasSpan, drafts: Draft[], aliasKey: string | undefined): Draft | undefined {
  const before = drafts.filter((d) => d.end <= a.start && a.start - d.end < ALIAS_REACH);
  if (before.length === 0) return undefined;
  const sentenceStart = Math.max(
    text.lastIndexOf(';', a.start),
    text.slice(0, a.start).search(/\.\s+[^.]*$/u),
    text.lastIndexOf('\n\n', a.start),
  );
  const inSentence = before.filter((d) => d.start > sentenceStart);
  return (
    (aliasKey ? inSentence.find((d) => d.number.key === aliasKey) : undefined) ??
    inSentence.find((d) => d.implements) ??
    inSentence[0]
  );
}

/**
 * One issue per number cited with two or more different dates.
 * @example findConflictingDates(citations)[0].code === 'conflicting-dates'
 */
export function findConflictingDates(citations: Citation[]): CitationIssue[] {
  const datesByKey = new Map<string, { canonical: string; dates: string[] }>();
  for (const c of citations) {
    if (!c.date) continue;
    const entry = datesByKey.get(c.number.key) ?? { canonical: c.number.canonical, dates: [] };
    if (!entry.dates.includes(c.date)) entry.dates.push(c.date);
    datesByKey.set(c.number.key, entry);
  }
  const issues: CitationIssue[] = [];
  for (const { canonical, dates } of datesByKey.values()) {
    if (dates.length < 2) continue;
    const shown = dates.map(formatVietnameseDate);
    const list = shown.length === 2 ? `${shown[0]} và ${shown[1]}` : shown.join(', ');
    issues.push({
      code: 'conflicting-dates',
      numbers: [canonical],
      dates,
      message: `Số ${canonical} được trích dẫn với ${dates.length === 2 ? 'hai' : String(dates.length)} ngày khác nhau: ${list}.`,
    });
  }
  return issues;
}

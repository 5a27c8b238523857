/**
 * Citations: every reference in a document's text to another document, with its kind word,
 * number, date, issuer phrase and subject, and whether the document implements it.
 *
 * Conventions followed (Nghị định 30/2020/NĐ-CP, Phụ lục I; Hướng dẫn 36-HD/VPTW): a reference
 * reads "<kind> số <number>, ngày <date> của <issuer> về <subject>". The legal basis of a
 * document opens its body with "Căn cứ …" (State) or "Thực hiện …" / "Triển khai …" (Party
 * and unions); the documents named there, and in the title, are the ones it implements.
 */
import { KIND_NAMES, type KindName } from './kinds.ts';
import { findDocumentNumbers, type DocumentNumber, type FoundDocumentNumber } from './document-number.ts';
import { findDates, formatVietnameseDate } from '../text/dates.ts';
import { stripDiacritics } from '../text/vietnamese.ts';

/** One reference to another document. */
export interface Citation {
  /** The reference as printed, from the kind word to the issuer phrase, white space collapsed. */
  raw: string;
  number: DocumentNumber;
  /** From the kind word before the number, else from the number's type code. */
  kind?: KindName;
  /** ISO yyyy-mm-dd. */
  date?: string;
  /** The issuer phrase after "của" ("Bộ Chính trị", "BCH Trung ương Đảng khóa XIII"). */
  issuer?: string;
  /** The subject after "về" ("tăng cường sự lãnh đạo …"), quotes removed. */
  subject?: string;
  /** True when the document implements it (opening "Thực hiện/Căn cứ/Triển khai …", or title). */
  implements: boolean;
  /** Offset of `raw` in the text (UTF-16). */
  index: number;
  /** 1-based line of `raw`'s start, as an editor shows it. */
  line: number;
}

/** A machine-readable inconsistency; `message` is the Vietnamese sentence for the maintainer. */
export interface CitationIssue {
  code: 'conflicting-dates' | 'alias-mismatch';
  message: string;
  /** The canonical number(s) concerned. */
  numbers: string[];
  /** The ISO dates concerned (conflicting-dates). */
  dates?: string[];
}

export interface CitationAlias {
  /** The short name as printed ("Kết luận số 166-KL/TW", "Quy định 377"). */
  alias: string;
  /** Canonical number of the citation it names. */
  target: string;
}

export interface FindCitationsOptions {
  /** Character ranges [start, end) of the title: citations there are implemented. */
  titleRanges?: Array<[number, number]>;
  /** Where the body starts (the opening is searched from here); default 0. */
  bodyStart?: number;
  /** Character ranges to ignore (crawler notes, running heads, the header's own number). */
  ignoreRanges?: Array<[number, number]>;
  /** Folded key of the document's own number: never reported as a citation. */
  ownKey?: string;
}

export interface FindCitationsResult {
  citations: Citation[];
  aliases: CitationAlias[];
  /** Vietnamese sentences, one per issue. */
  warnings: string[];
  issues: CitationIssue[];
}

/** Lower-case folded text of the same length as the NFC input (one char per char). */
function foldSameLength(text: string): string {
  const folded = stripDiacritics(text).toLowerCase();
  return folded.length === text.length ? folded : text.toLowerCase();
}

/** Kind words, folded, longest first; `văn bản` is generic (no kind). */
const KIND_WORDS: Array<{ folded: string; kind?: KindName }> = [
  ...KIND_NAMES.map((kind) => ({ folded: stripDiacritics(kind).toLowerCase(), kind })),
  { folded: 'van ban' },
  { folded: 'nghi quyet lien tich', kind: 'Nghị quyết' as KindName },
  { folded: 'thong tu lien tich', kind: 'Thông tư' as KindName },
].sort((a, b) => b.folded.length - a.folded.length);
const KIND_WORD_RE = new RegExp(
  `(?<![a-z])(${KIND_WORDS.map((k) => k.folded.replace(/ /g, '\\s+')).join('|')})(?![a-z])`,
  'g',
);

/** Names a type code may stand for (QĐ: Quyết định or, in Party numbers, Quy định). */
function compatible(kind: KindName, number: DocumentNumber): boolean {
  if (!number.kindName) return true;
  if (kind === number.kindName) return true;
  if (number.kindCode === 'QĐ' && kind === 'Quy định') return true;
  if (number.kindCode === 'TT' && (kind === 'Thông tư' || kind === 'Thông tri')) return true;
  if (number.kindCode === 'CTHĐ' || number.kindCode === 'CTr') return kind === 'Chương trình';
  return false;
}

/** Words that end an issuer phrase (folded): the verb or preposition that follows it. */
const ISSUER_STOP = new RegExp(
  '(?<![a-z])(?:(?:ve|thuc\\s+hien|trien\\s+khai|ban\\s+hanh|huong\\s+dan|quy\\s+dinh|sua\\s+doi|' +
    'phe\\s+duyet|tai|da|cho\\s+phep|theo|nham|de|ngay|kien\\s+toan|phan\\s+cong|dong\\s+thoi|' +
    'gui\\s+kem|co\\s+gui|gop\\s+phan|doi\\s+voi|trong|tren|can\\s+cu|thi|la|ma|cung|duoc|giao|nay|' +
    'quan\\s+triet|tiep\\s+tuc|tang\\s+cuong)(?![a-z])|va\\s+(?=' +
    KIND_WORDS.map((k) => k.folded.replace(/ /g, '\\s+')).join('|') +
    '|cac\\s|ke\\s))',
  'gu',
);

/** The first stop word written in lower case (organ names are capitalised: "Bộ Tài chính"). */
function issuerCut(original: string, folded: string): number {
  ISSUER_STOP.lastIndex = 0;
  for (let m = ISSUER_STOP.exec(folded); m; m = ISSUER_STOP.exec(folded)) {
    if (m.index > 0 && !/\p{Lu}/u.test(original[m.index] ?? '')) return m.index;
  }
  return -1;
}

interface Draft {
  number: FoundDocumentNumber;
  start: number;
  /** End of number, date and issuer: where the next reference's "gap" begins. */
  end: number;
  kind?: KindName;
  date?: string;
  issuer?: string;
  subject?: string;
  implements: boolean;
}

const TRAILING_KIND_RE = new RegExp(`\\s*(?:${KIND_NAMES.join('|')}|Chương trình hành động)(?:\\s+số)?\\s*:?\\s*$`, 'iu');

/** Parse "…, ngày <date> của <issuer> về <subject>" after a number. */
function readTail(text: string, folded: string, from: number, limit: number, draft: Draft): void {
  let pos = from;
  const tail = text.slice(pos, Math.min(limit, pos + 400));
  // A date: ", ngày 24/11/2023", " ngày 24 tháng 11 năm 2023" (a stray year may come first).
  const dateLead = /^[\s,]*(?:\(\s*)?(?:\d{4}\s+)?(?=ngày\s)/iu.exec(tail);
  if (dateLead) {
    const first = findDates(tail.slice(dateLead[0].length, dateLead[0].length + 60))[0];
    if (first && first.index <= 8) {
      draft.date = first.iso;
      pos += dateLead[0].length + first.index + first.length;
    }
  }
  // The issuer phrase: "của <issuer>", up to punctuation or the verb that follows.
  const ofMatch = /^[\s,]*(?:của|do)\s+/iu.exec(text.slice(pos, limit));
  if (ofMatch) {
    const issuerStart = pos + ofMatch[0].length;
    const rest = text.slice(issuerStart, Math.min(limit, issuerStart + 160));
    const restFolded = folded.slice(issuerStart, issuerStart + rest.length);
    // A blank line ends the phrase unless the sentence runs on in lower case (double-spaced text).
    let cut = rest.search(/[,;.:()“”"*|\[\]]|\n[ \t]*\n(?=\s*[^\s\p{Ll}])/u);
    if (cut < 0) cut = rest.length;
    const stop = issuerCut(rest.slice(0, cut), restFolded.slice(0, cut));
    if (stop > 0) cut = stop;
    const issuer = rest.slice(0, cut).replace(/\s+/g, ' ').trim();
    if (issuer && /^[\p{Lu}\d]/u.test(issuer)) {
      draft.issuer = issuer.split(' ').slice(0, 14).join(' ');
      pos = issuerStart + rest.slice(0, cut).trimEnd().length;
    }
  }
  draft.end = pos;
  // The subject: "về <subject>" up to the end of the clause.
  // The subject may itself name other documents, so it is not cut at the next number.
  const about = /^[\s,]*(?:về|v\/v)\s+/iu.exec(text.slice(pos, limit));
  if (about) {
    const s = pos + about[0].length;
    const rest = text.slice(s, s + 400);
    let subject: string;
    const q = /^[“"]/.exec(rest);
    if (q) {
      const close = rest.slice(1).search(/[”"]/);
      subject = rest.slice(1, close < 0 ? undefined : close + 1);
    } else {
      const cut = rest.search(/[;(]|\.(?:\s|$)|\n\s*\n|[”"]/u);
      subject = rest.slice(0, cut < 0 ? rest.length : cut);
    }
    // Cut at the next reference's kind word ("… thực hiện Nghị quyết số").
    const clean = subject
      .replace(/[*_]/g, '')
      .replace(/\s+/g, ' ')
      .replace(TRAILING_KIND_RE, '')
      .trim()
      .replace(/[,:]$/, '');
    if (clean) draft.subject = clean;
  }
}

/** Alias declarations: "(gọi tắt là …)", "(sau đây viết tắt là …)". */
const ALIAS_RE = /\((?:\s*\*?\s*)(?:sau\s+đây\s+)?(?:gọi|viết)\s+tắt(?:\s+là)?\s+([^()]{1,160})\)/giu;

/** Trigger words that open an implementing clause (folded, at a line or sentence start). */
const TRIGGER_RE = /(?:^|\n)[ \t>*_#-]*(?:\d+\.\s*)?(thuc\s+hien|can\s+cu|trien\s+khai|thi\s+hanh)(?![a-z])/gu;
/** The first structural heading that ends the opening (I., 1., Điều 1, QUYẾT ĐỊNH:). */
const BODY_MARK_RE = /\n[ \t>*_#|]*(?:[IVX]+\.|1\.|a\)|điều\s+1\b|quyết\s+định\s*:|chỉ\s+thị\s*:|nơi\s+nhận)/iu;

/** Segments [start, end) of the opening in which citations are implemented. */
function openingSegments(text: string, folded: string, bodyStart: number, titleRanges: Array<[number, number]>): Array<[number, number, number]> {
  const segments: Array<[number, number, number]> = [];
  const markMatch = BODY_MARK_RE.exec(text.slice(bodyStart));
  const bodyEnd = markMatch ? bodyStart + markMatch.index : Math.min(text.length, bodyStart + 4000);
  TRIGGER_RE.lastIndex = bodyStart;
  for (let m = TRIGGER_RE.exec(folded); m && m.index < bodyEnd; m = TRIGGER_RE.exec(folded)) {
    const start = m.index + m[0].length;
    const rest = text.slice(start, bodyEnd);
    // The sentence ends at a full stop before a capital or a line end, or a colon at line end.
    const end = rest.search(/\.(?=\s*(?:\n|$)|\s+[\p{Lu}])|:\s*\n|\n\s*\n(?=[ \t]*\S)(?![ \t]*[a-zđ])/u);
    segments.push([m.index, start, start + (end < 0 ? rest.length : end)]);
  }
  for (const [s, e] of titleRanges) segments.push([s, s, e]);
  return segments;
}

/**
 * Every citation in the text, the aliases it declares, and the inconsistencies found.
 * @example findCitations('Thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của BCH Trung ương Đảng khóa XIII về …')
 *   .citations[0] // { number: { canonical: '43-NQ/TW', … }, date: '2023-11-24', implements: true, … }
 */
export function findCitations(text: string, options: FindCitationsOptions = {}): FindCitationsResult {
  const folded = foldSameLength(text);
  const ignore = options.ignoreRanges ?? [];
  const inIgnored = (i: number): boolean => ignore.some(([s, e]) => i >= s && i < e);

  // Alias declarations: the numbers inside them are names, not further references.
  const aliasSpans: Array<{ start: number; end: number; text: string }> = [];
  for (const m of text.matchAll(ALIAS_RE)) {
    aliasSpans.push({ start: m.index, end: m.index + m[0].length, text: (m[1] ?? '').replace(/[*_]/g, '').replace(/\s+/g, ' ').trim() });
  }
  const inAlias = (i: number): boolean => aliasSpans.some((a) => i >= a.start && i < a.end);

  const numbers = findDocumentNumbers(text).filter((n) => !inIgnored(n.index) && !inAlias(n.index));
  const drafts: Draft[] = [];
  let prevEnd = 0;
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i]!;
    const next = numbers[i + 1];
    // Kind word: the last one within 70 characters before the number, in the same clause.
    const windowStart = Math.max(prevEnd, n.index - 70);
    const window = folded.slice(windowStart, n.index);
    let start = n.index;
    let kind: KindName | undefined;
    let best: RegExpExecArray | undefined;
    KIND_WORD_RE.lastIndex = 0;
    for (let m = KIND_WORD_RE.exec(window); m; m = KIND_WORD_RE.exec(window)) best = m;
    if (best) {
      const gap = window.slice(best.index + best[0].length);
      if (!/[;.()\[\]]/.test(gap) && gap.length <= 50) {
        start = windowStart + best.index;
        const word = KIND_WORDS.find((k) => k.folded === best[0].replace(/\s+/g, ' '));
        if (word?.kind && compatible(word.kind, n)) kind = word.kind;
      }
    }
    if (start === n.index) {
      const so = /(?:^|[^a-z])(so\s*:?\s*)$/.exec(window);
      if (so?.[1]) start = n.index - so[1].length;
    }
    kind ??= n.kindName;
    const draft: Draft = { number: n, start, end: n.index + n.length, implements: false };
    if (kind) draft.kind = kind;
    const limit = next ? next.index : text.length;
    readTail(text, folded, n.index + n.length, limit, draft);
    drafts.push(draft);
    prevEnd = n.index + n.length;
  }

  // Implements: in the opening's trigger sentences and the title, the first reference of each
  // clause, and any reference listed right after an implemented one ("…, B", "…; B", "… và B").
  const segments = openingSegments(text, folded, options.bodyStart ?? 0, options.titleRanges ?? []);
  for (const [, segStart, segEnd] of segments) {
    let prev: Draft | undefined;
    let clauseStart = segStart;
    for (const d of drafts) {
      if (d.start < segStart || d.start >= segEnd) continue;
      const gapFromClause = text.slice(clauseStart, d.start);
      if (prev && !/;/.test(text.slice(prev.end, d.start))) {
        const gap = foldSameLength(text.slice(prev.end, d.start));
        if (prev.implements && /(?:[,;]|(?<![a-z])va)\s*[-–*_]*\s*$/u.test(gap) && !/(?<![a-z])(?:thuc hien|trien khai)\s*$/.test(gap)) {
          d.implements = true;
        }
      } else {
        // First reference of the clause: implemented when it follows the trigger closely.
        const lead = foldSameLength(gapFromClause).replace(/[\s,;:*_“”"-]+/g, ' ').trim();
        if (lead.split(' ').filter(Boolean).length <= 4 || /(?:thuc hien|trien khai|quan triet|thi hanh)$/.test(lead)) {
          d.implements = true;
        }
      }
      prev = d;
      const semi = text.slice(d.end, segEnd).indexOf(';');
      if (semi >= 0) clauseStart = d.end + semi + 1;
    }
  }

  const own = options.ownKey;
  const kept = drafts.filter((d) => d.number.key !== own);
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (index: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const citations: Citation[] = kept.map((d) => {
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
  });

  const issues: CitationIssue[] = [];
  // Aliases: the short name names the head reference of its clause.
  const aliases: CitationAlias[] = [];
  for (const a of aliasSpans) {
    const aliasNumbers = findDocumentNumbers(a.text);
    const kindAndDigits = /^(?:các\s+)?[\p{Lu}][\p{Ll}]+\s+[\p{Ll}]+(?:\s+số)?\s+(\d+)\b/u.exec(a.text);
    if (aliasNumbers.length === 0 && !kindAndDigits) continue;
    const before = drafts.filter((d) => d.end <= a.start && a.start - d.end < 1500);
    if (before.length === 0) continue;
    const sentenceStart = Math.max(
      text.lastIndexOf(';', a.start),
      text.slice(0, a.start).search(/\.\s+[^.]*$/u),
      text.lastIndexOf('\n\n', a.start),
    );
    const inSentence = before.filter((d) => d.start > sentenceStart);
    const aliasKey = aliasNumbers[0]?.key;
    const target =
      (aliasKey ? inSentence.find((d) => d.number.key === aliasKey) : undefined) ??
      inSentence.find((d) => d.implements) ??
      inSentence[0];
    if (!target) continue;
    aliases.push({ alias: a.text, target: target.number.canonical });
    const mismatch = aliasKey
      ? aliasKey !== target.number.key
      : kindAndDigits?.[1] !== undefined && kindAndDigits[1].replace(/^0+/, '') !== target.number.serial.replace(/^0+/, '');
    if (mismatch) {
      issues.push({
        code: 'alias-mismatch',
        numbers: [target.number.canonical, ...(aliasNumbers[0] ? [aliasNumbers[0].canonical] : [])],
        message: `Tên gọi tắt "${a.text}" không khớp với văn bản được trích dẫn ${target.number.canonical} (dòng ${lineOf(a.start)}).`,
      });
    }
  }

  // The same number cited with different dates.
  const datesByKey = new Map<string, { canonical: string; dates: string[] }>();
  for (const c of citations) {
    if (!c.date) continue;
    const entry = datesByKey.get(c.number.key) ?? { canonical: c.number.canonical, dates: [] };
    if (!entry.dates.includes(c.date)) entry.dates.push(c.date);
    datesByKey.set(c.number.key, entry);
  }
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

  return { citations, aliases, warnings: issues.map((i) => i.message), issues };
}

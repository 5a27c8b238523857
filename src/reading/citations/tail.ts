/**
 * What follows a number in a reference (Nghị định 30/2020/NĐ-CP, Phụ lục I): "…, ngày <date>
 * của <issuer> về <subject>".
 */
import { KIND_NAMES } from '../kinds.ts';
import { findDates } from '../../text/dates.ts';
import { KIND_WORDS_PATTERN } from './kind-word.ts';
import type { Draft } from './draft.ts';

/** Words that end an issuer phrase (folded): the verb or preposition that follows it. */
const ISSUER_STOP = new RegExp(
  '(?<![a-z])(?:(?:ve|thuc\\s+hien|trien\\s+khai|ban\\s+hanh|huong\\s+dan|quy\\s+dinh|sua\\s+doi|' +
    'phe\\s+duyet|tai|da|cho\\s+phep|theo|nham|de|ngay|kien\\s+toan|phan\\s+cong|dong\\s+thoi|' +
    'gui\\s+kem|co\\s+gui|gop\\s+phan|doi\\s+voi|trong|tren|can\\s+cu|thi|la|ma|cung|duoc|giao|nay|' +
    'quan\\s+triet|tiep\\s+tuc|tang\\s+cuong)(?![a-z])|va\\s+(?=' +
    KIND_WORDS_PATTERN +
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

const TRAILING_KIND_RE = new RegExp(
  `\\s*(?:${KIND_NAMES.join('|')}|Chương trình hành động)(?:\\s+số)?\\s*:?\\s*$`,
  'iu',
);
const MAX_ISSUER_WORDS = 14;

/**
 * Read "…, ngày <date> của <issuer> về <subject>" after a number into the draft; sets
 * `draft.end` after the issuer phrase (or the date, or `from`).
 * @example readTail(text, folded, numberEnd, nextNumberIndex, draft)
 */
export function readTail(text: string, folded: string, from: number, limit: number, draft: Draft): void {
  let pos = readTailDate(text, from, limit, draft);
  pos = readTailIssuer(text, folded, pos, limit, draft);
  draft.end = pos;
  readTailSubject(text, pos, limit, draft);
}

/** A date: ", ngày 24/11/2023", " ngày 24 tháng 11 năm 2023" (a stray year may come first). */
function readTailDate(text: string, pos: number, limit: number, draft: Draft): number {
  const tail = text.slice(pos, Math.min(limit, pos + 400));
  const dateLead = /^[\s,]*(?:\(\s*)?(?:\d{4}\s+)?(?=ngày\s)/iu.exec(tail);
  if (!dateLead) return pos;
  const first = findDates(tail.slice(dateLead[0].length, dateLead[0].length + 60))[0];
  if (!first || first.index > 8) return pos;
  draft.date = first.iso;
  return pos + dateLead[0].length + first.index + first.length;
}

/** The issuer phrase: "của <issuer>", up to punctuation or the verb that follows. */
function readTailIssuer(text: string, folded: string, pos: number, limit: number, draft: Draft): number {
  const ofMatch = /^[\s,]*(?:của|do)\s+/iu.exec(text.slice(pos, limit));
  if (!ofMatch) return pos;
  const issuerStart = pos + ofMatch[0].length;
  const rest = text.slice(issuerStart, Math.min(limit, issuerStart + 160));
  const restFolded = folded.slice(issuerStart, issuerStart + rest.length);
  // A blank line ends the phrase unless the sentence runs on in lower case (double-spaced text).
  let cut = rest.search(/[,;.:()“”"*|[\]]|\n[ \t]*\n(?=\s*[^\s\p{Ll}])/u);
  if (cut < 0) cut = rest.length;
  const stop = issuerCut(rest.slice(0, cut), restFolded.slice(0, cut));
  if (stop > 0) cut = stop;
  const issuer = rest.slice(0, cut).replace(/\s+/g, ' ').trim();
  if (!issuer || !/^[\p{Lu}\d]/u.test(issuer)) return pos;
  draft.issuer = issuer.split(' ').slice(0, MAX_ISSUER_WORDS).join(' ');
  return issuerStart + rest.slice(0, cut).trimEnd().length;
}

/**
 * The subject: "về <subject>" up to the end of the clause. The subject may itself name other
 * documents, so it is not cut at the next number.
 */
function readTailSubject(text: string, pos: number, limit: number, draft: Draft): void {
  const about = /^[\s,]*(?:về|v\/v)\s+/iu.exec(text.slice(pos, limit));
  if (!about) return;
  const s = pos + about[0].length;
  const rest = text.slice(s, s + 400);
  let subject: string;
  if (/^[“"]/.test(rest)) {
    const close = rest.slice(1).search(/[”"]/);
    subject = rest.slice(1, close < 0 ? undefined : close + 1);
  } else {
    const cut = rest.search(/[;(]|\.(?:\s|$)|\n\s*\n|[”"]/u);
    subject = rest.slice(0, cut < 0 ? rest.length : cut);
  }
  // Cut at the next reference's kind word ("… thực hiện Nghị quyết số").
  const cleaned = subject
    .replace(/[*_]/g, '')
    .replace(/\s+/g, ' ')
    .replace(TRAILING_KIND_RE, '')
    .trim()
    .replace(/[,:]$/, '');
  if (cleaned) draft.subject = cleaned;
}

/**
 * Turn the body of a noisy source document (text extracted from PDF or Word, or Markdown
 * converted from HTML) into clean, safe Markdown for the archive: outline → headings, bullets →
 * lists, hard-wrapped lines → paragraphs, page furniture → removed but recorded.
 *
 * Principles, in priority order:
 * 1. Nothing is lost: every word outside `exclude` is in `markdown` or in `removed`.
 * 2. Imported text is data, never markup (DESIGN.md): `<`, `&entity;`, backticks, `[`, `~`, `|`
 *    and line-initial list/heading/quote markers are escaped; only the `**bold**` and `*italic*`
 *    of the source pass through, balanced.
 * 3. When in doubt, keep the text and keep the line break.
 *
 * Outline levels follow the document's own numbering (Nghị định 30/2020/NĐ-CP, Phụ lục I;
 * Hướng dẫn 36-HD/VPTW): Phần > Chương > Mục > I. > Điều > 1. > 1.1. > a). Whatever heading
 * levels a Word→Markdown conversion put on a line are ignored. The page title is the h1, so
 * the first outline level is `##`.
 */

import { toNfc } from '../text/vietnamese.ts';

/** Why a line was removed from the body. */
export type RemovalReason =
  /** "3/7", "- 3 -", "Trang 3", a lone number under a page header or centred at the foot. */
  | 'page-number'
  /** "CÔNG BÁO/Số 272/Ngày 14-05-2026", or a line repeated on every page. */
  | 'running-header'
  /** Letters of a round seal read by the PDF extractor ("BỘ / AN CHUYỂN / LIÊN …"). */
  | 'stamp'
  /** Digital-signature stamp lines: "Ký bởi: …", "Cơ quan: …", "Ngày ký: …", "Email: …". */
  | 'digital-signature'
  /** What a web crawler added: "*Source: https://…*", its page title, "Xem thêm", "Tải về". */
  | 'crawler'
  /** The note an extraction tool put on top: "[Bản trích chữ tự động bằng pdftotext …]". */
  | 'extraction-note'
  /** Emphasis markers around nothing, left by a Word→Markdown conversion: "** **", "* *". */
  | 'empty-emphasis'
  /** The star under a Party issuer's name (Hướng dẫn 36-HD/VPTW, thể thức văn bản của Đảng), centred on its own line. */
  | 'emblem';

/** A source line that was left out of the Markdown, kept so that nothing is lost. */
export interface RemovedLine {
  /** 0-based line index in the input, the same indexing as `exclude`. */
  line: number;
  /** The line as it was, trimmed. */
  text: string;
  reason: RemovalReason;
}

/** Options of {@link formatBody}. */
export interface FormatBodyOptions {
  /**
   * 0-based, end-exclusive line ranges `[start, end)` the caller keeps elsewhere (header,
   * signature, recipients): dropped silently, and never joined across.
   */
  exclude?: Array<[number, number]>;
}

/** Result of {@link formatBody}. */
export interface FormattedBody {
  /** NFC Markdown, blocks separated by one blank line, ending in a newline ('' when empty). */
  markdown: string;
  /** Noise lines left out, in input order. */
  removed: RemovedLine[];
}

// ---------------------------------------------------------------------------------------------
// Line patterns

const CONG_BAO_HEADER_RE = /^CÔNG BÁO\s*\/\s*Số\s*\d+\s*\/\s*Ngày\s*[\d\-/.]+$/iu;
const SOURCE_LINE_RE = /^\*?(?:Source|Nguồn)\s*:\s*<?https?:\/\/\S+?>?\*?$/iu;
const URL_LINE_RE = /^<?https?:\/\/\S+>?$/iu;
const CRAWLER_WORDS_RE =
  /^(?:Xem thêm|Tải về|Tải văn bản|Lượt xem|Lượt tải|In văn bản|Chia sẻ|Bản in|Theo dõi văn bản|Báo lỗi)\b.{0,40}$/iu;
const EXTRACTION_NOTE_RE = /^\[(?:Bản trích|.*pdftotext).*\]$/iu;
const SIGNED_BY_RE = /^(?:Ký bởi|Người ký)\s*:/iu;
const SIGNATURE_FIELD_RE = /^(?:Cơ quan|Ngày ký|Thời gian ký|Chức vụ|Email|E-mail)\s*:/iu;
const EMPTY_EMPHASIS_RE = /^\*+(?:\s+\*+)+$/u;
const EMAIL_LINE_RE = /^E-?mail\s*:\s*\S+@\S+$/iu;

const MARKDOWN_HEADING_RE = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/u;
const TABLE_ROW_RE = /^\|.*\|$/u;
const TABLE_DELIMITER_RE = /^\|(?:\s*:?-{2,}:?\s*\|)+$/u;
/** A bullet: "- ", "+ ", "• ", "– ", "— ", "* "; or "**- **" (an emptied bold around the dash). */
const BULLET_RE = /^(?:\*\*\s*([-+•–—])\s*\*\*|([-+•–—])(?=\s)|(\*)(?=\s+\S))\s*/u;

/** Roman numerals used in outlines, I to XX. */
const ROMAN = '(?:XX|X{0,1}(?:IX|IV|V?I{1,3}|V)|X)';

type OutlineKind = 'part' | 'chapter' | 'section' | 'roman' | 'article' | 'arabic' | 'decimal' | 'letter';

/** Nesting rank: a heading closes every open heading of the same or a deeper rank. */
const RANK: Record<OutlineKind, number> = {
  part: 0,
  chapter: 1,
  section: 2,
  roman: 3,
  article: 4,
  arabic: 5,
  decimal: 6,
  letter: 7,
};

const OUTLINE_PATTERNS: Array<[OutlineKind, RegExp]> = [
  ['part', new RegExp(`^(?:Phần|PHẦN)\\s+(?:thứ\\s+\\S+|${ROMAN}|\\d+)(?=[\\s.:]|$)`, 'u')],
  ['chapter', new RegExp(`^(?:Chương|CHƯƠNG)\\s+(?:${ROMAN}|\\d+)(?=[\\s.:]|$)`, 'u')],
  ['section', new RegExp(`^(?:Mục|MỤC)\\s+(?:${ROMAN}|\\d+)(?=[\\s.:]|$)`, 'u')],
  ['roman', new RegExp(`^${ROMAN}\\s*(?:[.)]|[-–]\\s)\\s*(?=\\p{Lu})`, 'u')],
  ['article', /^Điều\s+\d+[a-zđ]?\s*[.:]/u],
  ['decimal', /^\d{1,2}(?:\.\d{1,2})+\.?(?=\s+\S)/u],
  ['arabic', /^\d{1,2}\s*[.)](?=\s+\S)/u],
  ['letter', /^[a-zđ]\s*[.)](?=\s+\S)/u],
];

// ---------------------------------------------------------------------------------------------
// Small text predicates

/** Strip emphasis markers at the start so "**1. Mục đích**" is seen as "1. Mục đích**". */
function probe(text: string): string {
  return text.replace(/^(?:\*{1,3}|_{2})\s*/u, '');
}

function outlineKind(text: string): OutlineKind | null {
  // Emphasis anywhere in the number ("**1.** Tiếp tục", "**1.****") does not change the outline.
  const p = plain(probe(text));
  for (const [kind, re] of OUTLINE_PATTERNS) if (re.test(p)) return kind;
  return null;
}

function hasLetterOrDigit(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Ends a sentence or clause: . ; : ! ? … possibly followed by closing quotes, brackets or emphasis. */
function isTerminal(text: string): boolean {
  return /[.;:!?…](?:[*_”"’»)\]]*)$/u.test(text.trimEnd());
}

function firstLetter(text: string): string {
  return /[\p{L}\p{N}]/u.exec(text.replace(/^[*_\s]+/u, ''))?.[0] ?? '';
}

function startsLower(text: string): boolean {
  return /^\p{Ll}/u.test(text.replace(/^[*_\s]+/u, ''));
}

function startsUpper(text: string): boolean {
  const t = text.replace(/^[*_\s]+/u, '');
  return /^[\p{Lu}“"‘'(«[]/u.test(t);
}

/** A capitals line ("KẾ HOẠCH", "CỘNG HÒA XÃ HỘI"): several letters, none lower case. */
/** No lower-case letter at all, two letters at least ("KẾT", "VỀ" of a title broken after one word). */
function isCapsLike(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && !/\p{Ll}/u.test(letters);
}

/** The line switches between a capitals title and ordinary text. */
function switchesCase(a: string, b: string): boolean {
  return isCapsLine(a) !== isCapsLine(b) && !(isCapsLike(a) && isCapsLike(b));
}

function isCapsLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  return letters.length >= 4 && words >= 2 && !/\p{Ll}/u.test(letters);
}

function countOf(text: string, token: string): number {
  return text.split(token).length - 1;
}

/** Single '*' not part of '**'. */
function singleStars(text: string): number {
  return (text.replace(/\*\*/g, '').match(/\*/g) ?? []).length;
}

function hasOpenEmphasis(text: string): boolean {
  return countOf(text, '**') % 2 === 1 || singleStars(text) % 2 === 1;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Emphasis repair and escaping

/**
 * Re-pair emphasis delimiters of one block: drop empty pairs ("** **", "****"), move spaces
 * out of the delimiters ("**Ghi chú: **Nội dung" → "**Ghi chú:** Nội dung") so CommonMark
 * sees them as emphasis. An odd count cannot be paired: its markers are escaped, never guessed.
 */
function repairDelimiter(text: string, delim: string): string {
  const parts = text.split(delim);
  if (parts.length === 1) return text;
  const escaped = delim.replace(/./g, (c) => `\\${c}`);
  if ((parts.length - 1) % 2 === 1) return parts.join(escaped);
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const inner = parts[i] ?? '';
    const after = parts[i + 1] ?? '';
    if (inner.trim() === '') {
      out += inner.length > 0 && !/\s$/u.test(out) && !/^\s/u.test(after) ? ' ' : '';
      out += after;
      continue;
    }
    const lead = /^\s*/u.exec(inner)?.[0] ?? '';
    const trail = /\s*$/u.exec(inner)?.[0] ?? '';
    const core = inner.trim();
    // CommonMark flanking rules: "x**(a)**" or "**1.**Trên" would not be read as emphasis.
    const spaceBefore = lead === '' && /[\p{L}\p{N}]$/u.test(out) && /^[\p{P}\p{S}]/u.test(core) ? ' ' : lead;
    const spaceAfter = trail === '' && /[\p{P}\p{S}]$/u.test(core) && /^[\p{L}\p{N}]/u.test(after) ? ' ' : trail;
    out += `${spaceBefore}${delim}${core}${delim}${spaceAfter}${after}`;
  }
  return out;
}

/** A backslash of the source, held apart from the escapes this module adds until escapeInline. */
const SOURCE_BACKSLASH = '\uE000';
const SOURCE_BACKSLASH_RE = /\uE000/g;

/** Hold the source's own backslashes apart: applied once, to source text, before any repair. */
function holdBackslashes(text: string): string {
  return text.replace(/\\/g, SOURCE_BACKSLASH);
}

/**
 * Stars that cannot be the source's emphasis are literal (issue 12, defect 5): inside a word or
 * number ("2*3", "4*5") or standing between spaces ("2 * 3"). CommonMark would pair them.
 */
function escapeLiteralStars(text: string): string {
  const escape = (run: string) => run.replace(/\*/g, '\\*');
  return text.replace(/(?<=[\p{L}\p{N}])\*+(?=[\p{L}\p{N}])/gu, escape).replace(/(?<=\s)\*+(?=\s)/gu, escape);
}

/**
 * Emphasis of the source, balanced; every other marker character literal. Underscores are
 * never emphasis: in administrative text they are fill-in blanks ("Họ tên: ______") and names
 * ("__init__"), and escapeInline escapes them.
 */
function repairEmphasis(text: string): string {
  const t = repairDelimiter(escapeLiteralStars(text), '**');
  // Single stars: hide the (now balanced) double ones while pairing.
  const hidden = t.replace(/\\\*/g, '\u0002').replace(/\*\*/g, '\u0001');
  const singles = repairDelimiter(hidden, '*');
  return singles
    .replaceAll('\u0001', '**')
    .replaceAll('\u0002', '\\*')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** True when the whole block is one emphasis span: "**1. Mục đích**", "*3.1. Tham gia …*". */
function isFullyEmphasised(text: string): boolean {
  for (const d of ['**', '*']) {
    if (text.startsWith(d) && text.endsWith(d) && text.length > 2 * d.length) {
      const inner = text.slice(d.length, -d.length);
      if (d === '*' ? singleStars(inner) === 0 && !inner.startsWith('*') : !inner.includes(d)) return true;
    }
  }
  return false;
}

/** Text without emphasis markers, for measuring and for heading content. */
function plain(text: string): string {
  return text.replace(/\\\*/g, '\u0002').replace(/\*+/g, '').replaceAll('\u0002', '*').trim();
}

/** Text without its emphasis markers, literal stars still escaped: heading content. */
function stripEmphasis(text: string): string {
  return text.replace(/\\\*/g, '\u0002').replace(/\*+/g, '').replaceAll('\u0002', '\\*').trim();
}

/** Every ASCII punctuation character backslash-escaped: a line of only symbols ("===", "---", "\\") renders as written. */
function escapeAllPunctuation(text: string): string {
  return text.replace(SOURCE_BACKSLASH_RE, '\\').replace(/[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g, (c) => `\\${c}`);
}

/**
 * Escape what would turn text into markup. Emphasis stars and underscores are left: they are
 * the source's own formatting, already balanced by repairEmphasis.
 */
function escapeInline(text: string): string {
  return text
    .replace(/\\(?![*])/g, '\\\\')
    .replace(SOURCE_BACKSLASH_RE, '\\\\')
    .replace(/_/g, '\\_')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/[`[\]~|]/g, (c) => `\\${c}`);
}

/** Escape markers at the start of a line that Markdown would read as structure. */
function escapeLineStart(text: string): string {
  return text
    .replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2')
    .replace(/^([-+*])(?=\s|$)/u, '\\$1')
    .replace(/^([#>=])/u, '\\$1');
}

// ---------------------------------------------------------------------------------------------
// Noise detection

interface LineInfo {
  index: number;
  raw: string;
  text: string;
  indent: number;
}

function isLoneNumber(text: string): boolean {
  return /^\d{1,4}$/u.test(text);
}

/** What the noise detectors share: the lines, which are visible, and the marks so far. */
interface NoiseScan {
  lines: LineInfo[];
  excluded: boolean[];
  noise: Map<number, RemovalReason>;
}

function isVisible(scan: NoiseScan, i: number): boolean {
  return i >= 0 && i < scan.lines.length && !scan.excluded[i];
}

function prevNonBlank(scan: NoiseScan, i: number): number {
  for (let j = i - 1; j >= 0; j--) if (isVisible(scan, j) && scan.lines[j]!.text !== '') return j;
  return -1;
}

function nextNonBlank(scan: NoiseScan, i: number): number {
  for (let j = i + 1; j < scan.lines.length; j++) if (isVisible(scan, j) && scan.lines[j]!.text !== '') return j;
  return -1;
}

/** Lines whose own shape says what they are: crawler furniture, extraction notes, Công báo headers, signature stamps. */
function markShapedNoise(scan: NoiseScan): void {
  const { lines, noise } = scan;
  let sawSource = -10;
  for (let i = 0; i < lines.length; i++) {
    if (!isVisible(scan, i)) continue;
    const t = lines[i]!.text;
    if (t === '') continue;
    if (SOURCE_LINE_RE.test(t)) {
      noise.set(i, 'crawler');
      sawSource = i;
    } else if (i - sawSource <= 4 && /^#\s/u.test(t)) {
      // The crawled page's own title right under "*Source: …*": not part of the document
      // (corpus README: sometimes it even names another document).
      noise.set(i, 'crawler');
    } else if (URL_LINE_RE.test(t) || CRAWLER_WORDS_RE.test(t)) {
      noise.set(i, 'crawler');
    } else if (EXTRACTION_NOTE_RE.test(t)) {
      noise.set(i, 'extraction-note');
    } else if (CONG_BAO_HEADER_RE.test(t)) {
      noise.set(i, 'running-header');
    } else if (SIGNED_BY_RE.test(t) || EMAIL_LINE_RE.test(t)) {
      noise.set(i, 'digital-signature');
    } else if (EMPTY_EMPHASIS_RE.test(t)) {
      noise.set(i, 'empty-emphasis');
    } else if (t === '*' && lines[i]!.indent >= 10) {
      noise.set(i, 'emblem');
    }
  }
}

/** Fields of a digital-signature stamp only count next to its "Ký bởi:" line: "Cơ quan: …" elsewhere is content. */
function markSignatureFields(scan: NoiseScan): void {
  const { lines, noise } = scan;
  for (let i = 0; i < lines.length; i++) {
    if (noise.get(i) !== 'digital-signature' || !SIGNED_BY_RE.test(lines[i]!.text)) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 5); j++) {
      if (isVisible(scan, j) && SIGNATURE_FIELD_RE.test(lines[j]!.text)) noise.set(j, 'digital-signature');
    }
  }
}

/** "- 3 -", "Trang 3", "Trang 3/7", "3/7". */
function isPageNumberShape(t: string): boolean {
  if (/^[-–]\s*\d{1,4}\s*[-–]$/u.test(t) || /^Trang\s+\d{1,4}(?:\s*(?:\/|trên)\s*\d{1,4})?$/iu.test(t)) return true;
  const fraction = /^(\d{1,3})\s*\/\s*(\d{1,3})$/u.exec(t);
  return fraction !== null && Number(fraction[1]) <= Number(fraction[2]) && Number(fraction[1]) > 0;
}

/** A lone number is a page number under a running header, centred at the foot of a page, or alone between blank lines. */
function isLonePageNumber(scan: NoiseScan, i: number): boolean {
  const { lines, noise } = scan;
  const n = lines.length;
  const p = prevNonBlank(scan, i);
  const afterHeader = p >= 0 && noise.get(p) === 'running-header';
  // Centred at the foot of a pdftotext -layout page; or alone between blank lines (a cell of
  // an exploded table sits between "|" lines instead, and stays).
  const centred = lines[i]!.indent >= 10;
  const blankBefore = i === 0 || (isVisible(scan, i - 1) && lines[i - 1]!.text === '');
  const blankAfter = i === n - 1 || (isVisible(scan, i + 1) && lines[i + 1]!.text === '');
  return afterHeader || centred || (blankBefore && blankAfter);
}

function markPageNumbers(scan: NoiseScan): void {
  const { lines, noise } = scan;
  for (let i = 0; i < lines.length; i++) {
    if (!isVisible(scan, i) || noise.has(i)) continue;
    const t = lines[i]!.text;
    if (isPageNumberShape(t) || (isLoneNumber(t) && isLonePageNumber(scan, i))) noise.set(i, 'page-number');
  }
}

/** Seal fragments: a run of 4+ lines of one or two capital words, no punctuation. */
function markSealFragments(scan: NoiseScan): void {
  const { lines, noise } = scan;
  const n = lines.length;
  const isSealPiece = (i: number) => {
    if (!isVisible(scan, i) || noise.has(i)) return false;
    const t = lines[i]!.text;
    return t.length <= 20 && /^[\p{Lu}]+(?:\s+[\p{Lu}]+)?$/u.test(t);
  };
  for (let i = 0; i < n;) {
    let j = i;
    while (j < n && isSealPiece(j)) j++;
    if (j - i >= 4) for (let k = i; k < j; k++) noise.set(k, 'stamp');
    i = j === i ? i + 1 : j;
  }
}

/** Where each short line that could be a running header occurs. */
function collectRepeatCandidates(scan: NoiseScan): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  for (let i = 0; i < scan.lines.length; i++) {
    if (!isVisible(scan, i) || scan.noise.has(i)) continue;
    const t = scan.lines[i]!.text;
    if (t.length < 4 || t.length > 100 || !/\p{L}/u.test(t) || BULLET_RE.test(t) || outlineKind(t) !== null) continue;
    const at = seen.get(t);
    if (at) at.push(i);
    else seen.set(t, [i]);
  }
  return seen;
}

/**
 * Running headers without a known shape: the same short line 3+ times, each next to a page
 * number, or in capitals. Content repeats too ("- Như trên;"), hence the extra conditions.
 */
function markRepeatedHeaders(scan: NoiseScan): void {
  const isPageNumber = (j: number) => j >= 0 && scan.noise.get(j) === 'page-number';
  for (const [t, at] of collectRepeatCandidates(scan)) {
    if (at.length < 3) continue;
    const nearPage = at.filter(
      (i) => isPageNumber(prevNonBlank(scan, i)) || isPageNumber(nextNonBlank(scan, i)),
    ).length;
    if (nearPage >= 2 || (isCapsLine(t) && !/[.:;]$/u.test(t))) for (const i of at) scan.noise.set(i, 'running-header');
  }
}

/** Page furniture of the body, by line index: each step sees what the steps before it marked. */
function detectNoise(lines: LineInfo[], excluded: boolean[]): Map<number, RemovalReason> {
  const scan: NoiseScan = { lines, excluded, noise: new Map() };
  markShapedNoise(scan);
  markSignatureFields(scan);
  markPageNumbers(scan);
  markSealFragments(scan);
  markRepeatedHeaders(scan);
  return scan.noise;
}

// ---------------------------------------------------------------------------------------------
// Blocks

interface Item {
  kind: 'line' | 'table' | 'symbols';
  line: LineInfo;
  rows?: string[];
  /** Blank or removed lines before this one. */
  gap: boolean;
  /** An exploded-table cell boundary ("|") or an excluded range before this one: never join. */
  hard: boolean;
  /** First line of a cell of a table that HTML→Markdown conversion exploded into "|" lines. */
  cell?: CellRef;
}

/** Which exploded table and which row of it a cell belongs to. */
interface CellRef {
  table: number;
  row: number;
}

interface TextBlock {
  type: 'text';
  lines: LineInfo[];
  cell?: CellRef;
}
interface HeadingSourceBlock {
  type: 'md-heading';
  text: string;
}
interface TableBlock {
  type: 'table';
  rows: string[];
}
/** A line of symbols only ("===", "---", "\\"): shown as written. */
interface SymbolsBlock {
  type: 'symbols';
  text: string;
}
type Block = TextBlock | HeadingSourceBlock | TableBlock | SymbolsBlock;

interface Layout {
  /** Typical width of a hard-wrapped line; Infinity when the text is not hard-wrapped. */
  wrap: number;
  /** Most common indentation: lines indented well beyond it start a paragraph (pdftotext -layout). */
  baseIndent: number;
}

function measureLayout(lines: LineInfo[], excluded: boolean[]): Layout {
  const lengths: number[] = [];
  const indents = new Map<number, number>();
  for (const l of lines) {
    if (excluded[l.index] || l.text === '') continue;
    if (l.raw.length >= 20) lengths.push(l.raw.length);
    indents.set(l.indent, (indents.get(l.indent) ?? 0) + 1);
  }
  const p80 = percentile(lengths, 0.8);
  let baseIndent = 0;
  let best = -1;
  for (const [indent, c] of [...indents].sort((a, b) => a[0] - b[0])) {
    if (c > best) {
      best = c;
      baseIndent = indent;
    }
  }
  return { wrap: p80 > 0 && p80 <= 140 ? p80 : Number.POSITIVE_INFINITY, baseIndent };
}

function isStructuralStart(text: string): boolean {
  return BULLET_RE.test(text) || outlineKind(text) !== null || MARKDOWN_HEADING_RE.test(text);
}

/** Decide whether `next` continues the text block whose last line is `last`. */
function continues(block: TextBlock, item: Item, layout: Layout): boolean {
  if (item.hard) return false;
  const last = block.lines[block.lines.length - 1]!;
  const blockText = block.lines.map((l) => l.text).join(' ');
  const next = item.line;
  const full = (l: LineInfo) => l.raw.length >= 0.75 * layout.wrap;

  // Emphasis opened on an earlier line must close in this block (never split a "**" pair).
  if (!item.gap && block.lines.length < 8 && hasOpenEmphasis(blockText)) return true;
  if (isStructuralStart(next.text)) {
    // A hard-wrapped line can start with "- " by accident ("… Công nghiệp\n- Viễn thông Quân
    // đội …"): only when the line before was full, ended mid-phrase and the dash is not indented.
    const dash = /^[-–]\s/u.test(next.text) && outlineKind(next.text) === null;
    // Two columns side by side (pdftotext -layout: "Nơi nhận:      T/M BAN THƯỜNG VỤ") are not prose.
    const columns = /\S\s{3,}\S/u.test(last.raw.trim());
    return (
      dash &&
      !item.gap &&
      !columns &&
      /[\p{L}\p{N}]$/u.test(last.text) &&
      full(last) &&
      next.indent <= layout.baseIndent &&
      firstLetter(next.text.slice(1)) !== ''
    );
  }
  if (!item.gap) {
    if (next.indent >= layout.baseIndent + 4 && next.indent > last.indent + 2) return false;
    if (startsLower(next.text)) return true;
    if (switchesCase(last.text, next.text)) return false;
    if (isTerminal(last.text) && startsUpper(next.text)) return false;
    // An outline title line that stops short is the title; the body follows ("Điều 2. Mức thuế
    // suất …\nnguyên liệu sản xuất xăng, dầu\nMức thuế suất …").
    // Only from the second line on: Markdown converted from HTML often has a short first line.
    if (block.lines.length >= 2 && outlineKind(block.lines[0]!.text) !== null && !full(last) && startsUpper(next.text))
      return false;
    return true;
  }
  // Across blank or removed lines (a page break, or seed 003's blank line after every line).
  if (switchesCase(last.text, next.text) && !startsLower(next.text)) return false;
  if (startsLower(next.text)) return !isCapsLine(last.text);
  if (isTerminal(last.text)) return false;
  if (/[,(–-]$/u.test(last.text) && full(last)) return true;
  return full(last) && layout.wrap !== Number.POSITIVE_INFINITY;
}

function buildItems(lines: LineInfo[], excluded: boolean[], noise: Map<number, RemovalReason>): Item[] {
  const items: Item[] = [];
  let gap = false;
  let hard = false;
  // Exploded tables: each cell is followed by a "|" line, so a row ends with "|" twice.
  let pipes = 0;
  let blankAfterPipe = false;
  let table = -1;
  let row = 0;
  let tableOpen = false;
  const push = (item: Item) => {
    if (pipes > 0 && !blankAfterPipe) {
      if (!tableOpen) {
        tableOpen = true;
        table++;
        row = 0;
      } else if (pipes >= 2) {
        row++;
      }
      item.cell = { table, row };
    } else if (item.gap || item.hard || pipes > 0) {
      tableOpen = false;
    }
    pipes = 0;
    blankAfterPipe = false;
    items.push(item);
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (excluded[i]) {
      hard = true;
      tableOpen = false;
      continue;
    }
    if (noise.has(i) || l.text === '') {
      gap = true;
      if (pipes > 0) blankAfterPipe = true;
      continue;
    }
    // A Markdown table: consecutive "| … |" rows with a delimiter row among them.
    if (TABLE_ROW_RE.test(l.text)) {
      let j = i;
      while (j < lines.length && !excluded[j] && TABLE_ROW_RE.test(lines[j]!.text)) j++;
      const rows = lines.slice(i, j).map((r) => r.text);
      if (rows.some((r) => TABLE_DELIMITER_RE.test(r)) && rows.some((r) => !TABLE_DELIMITER_RE.test(r))) {
        push({ kind: 'table', line: l, rows, gap, hard });
        gap = false;
        hard = false;
        i = j - 1;
        continue;
      }
    }
    if (!hasLetterOrDigit(l.text)) {
      // "|" cell separators of an exploded table are structure. A lone "**" or "*" may close
      // emphasis opened on the line above, so it is kept as a line. Any other line of symbols
      // ("-----", "===", "\\", "______") is text as written: its own block, never joined.
      if (/^\*{1,2}$/u.test(l.text) && !gap && !hard) {
        items.push({ kind: 'line', line: l, gap, hard });
        continue;
      }
      if (l.text === '|') {
        hard = true;
        pipes++;
        continue;
      }
      push({ kind: 'symbols', line: l, gap, hard: true });
      gap = false;
      hard = true;
      continue;
    }
    push({ kind: 'line', line: l, gap, hard });
    gap = false;
    hard = false;
  }
  return items;
}

function buildBlocks(items: Item[], layout: Layout): Block[] {
  const blocks: Block[] = [];
  let current: TextBlock | null = null;
  const flush = () => {
    if (current) blocks.push(current);
    current = null;
  };
  for (const item of items) {
    if (item.kind === 'table') {
      flush();
      blocks.push({ type: 'table', rows: item.rows ?? [] });
      continue;
    }
    const heading = MARKDOWN_HEADING_RE.exec(item.line.text);
    if (heading && !(current && !item.gap && hasOpenEmphasis(current.lines.map((l) => l.text).join(' ')))) {
      flush();
      blocks.push({ type: 'md-heading', text: heading[2] ?? '' });
      continue;
    }
    if (item.kind === 'symbols' || /^\*{1,2}$/u.test(item.line.text)) {
      // A lone closing marker is attached when it closes something; otherwise it is symbols as written.
      const open: TextBlock | null = current;
      if (
        item.kind === 'line' &&
        open !== null &&
        !item.gap &&
        hasOpenEmphasis(open.lines.map((l) => l.text).join(' '))
      ) {
        open.lines.push(item.line);
        continue;
      }
      flush();
      blocks.push({ type: 'symbols', text: item.line.text });
      continue;
    }
    if (current !== null && continues(current, item, layout)) {
      current.lines.push(item.line);
      continue;
    }
    flush();
    current = item.cell ? { type: 'text', lines: [item.line], cell: item.cell } : { type: 'text', lines: [item.line] };
  }
  flush();
  return blocks;
}

/** Join the lines of a block: one space, none inside a number broken after "-" or "/" ("31-\nCTr/TW"). */
function joinLines(lines: LineInfo[]): string {
  let out = '';
  for (const l of lines) {
    const t = l.text;
    if (out === '') out = t;
    else if (/(?:^|\s)[\p{L}\p{N}/]*\d[\p{L}\p{N}/]*[-/]$/u.test(out) && /^[\p{Lu}\p{N}]/u.test(t)) out += t;
    else out += ` ${t}`;
  }
  return out.replace(/\s+/gu, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Rendering

interface Rendered {
  kind: 'heading' | 'paragraph' | 'item' | 'table';
  text: string;
  depth?: number;
  /** Set on paragraphs that are cells of an exploded table, with their escaped inline text. */
  cell?: CellRef;
  inline?: string;
}

/**
 * An exploded table of three rows or more (corpus 018's appendix) reads best one row per line:
 * its cells become one list item, joined by " · ". Rows holding lists stay as they are.
 */
function joinTableRows(out: Rendered[]): Rendered[] {
  const rowsPerTable = new Map<number, Set<number>>();
  for (const r of out)
    if (r.cell) rowsPerTable.set(r.cell.table, (rowsPerTable.get(r.cell.table) ?? new Set()).add(r.cell.row));
  const result: Rendered[] = [];
  for (let i = 0; i < out.length;) {
    const r = out[i]!;
    if (!r.cell || (rowsPerTable.get(r.cell.table)?.size ?? 0) < 3) {
      result.push(r);
      i++;
      continue;
    }
    let j = i;
    while (j < out.length && out[j]!.cell?.table === r.cell.table && out[j]!.cell?.row === r.cell.row) j++;
    const row = out.slice(i, j);
    if (row.every((c) => c.kind === 'paragraph' && c.inline !== undefined)) {
      result.push({ kind: 'item', depth: 0, text: escapeLineStart(row.map((c) => c.inline).join(' · ')) });
    } else {
      result.push(...row);
    }
    i = j === i ? i + 1 : j;
  }
  return result;
}

/** Decide whether an outline block is a heading: short, heading-like, or marked bold by the source. */
function isHeadingBlock(kind: OutlineKind, text: string, forced: boolean): boolean {
  if (kind === 'letter') return false;
  const p = plain(text);
  if (forced) return p.length <= 300;
  const emphasised = isFullyEmphasised(text);
  if (kind === 'part' || kind === 'chapter' || kind === 'section' || kind === 'roman')
    return p.length <= 200 && !/[;,]$/u.test(p);
  if (emphasised) return p.length <= 250;
  const title = kind === 'article' ? p.replace(/^Điều\s+\d+[a-zđ]?\s*[.:]\s*/u, '') : p.replace(/^\S+\s+/u, '');
  if (kind === 'article') return p.length <= 160 && !/[.;:!?]\s+\S/u.test(title) && !/[.;,]$/u.test(p);
  return p.length <= 110 && !/[.;,!?]$/u.test(p) && !/:\s*\S/u.test(title);
}

const ARTICLE_SPLIT_RE = /^(\*\*|__)?(Điều\s+\d+[a-zđ]?\s*[.:])(\*\*|__)?\s+(?=\S)/u;

/** Rendering state: the output so far, the open outline levels, whether a top-level list item is open. */
class BodyRenderer {
  readonly out: Rendered[] = [];
  private readonly stack: OutlineKind[] = [];
  private listHasTop = false;

  render(block: Block): void {
    if (block.type === 'table') this.renderTable(block);
    else if (block.type === 'md-heading') this.renderSourceHeading(block);
    else if (block.type === 'symbols') this.renderSymbols(block);
    else this.renderText(block);
  }

  /** A heading one level under the nearest open outline level of a higher rank. */
  private pushHeading(kind: OutlineKind, content: string): void {
    const stack = this.stack;
    while (stack.length > 0 && RANK[stack[stack.length - 1]!] >= RANK[kind]) stack.pop();
    const level = Math.min(6, 2 + stack.length);
    stack.push(kind);
    this.out.push({
      kind: 'heading',
      text: `${'#'.repeat(level)} ${escapeInline(stripEmphasis(content)).replace(/#+$/u, (m) => m.replace(/#/g, '\\#'))}`,
    });
  }

  private pushParagraph(content: string, cell?: CellRef): void {
    const inline = escapeInline(content);
    this.out.push(
      cell
        ? { kind: 'paragraph', text: escapeLineStart(inline), cell, inline }
        : { kind: 'paragraph', text: escapeLineStart(inline) },
    );
  }

  private renderTable(block: TableBlock): void {
    const rows = block.rows.map((r) => {
      if (TABLE_DELIMITER_RE.test(r)) return r.replace(/\s+/g, '');
      const cells = r
        .slice(1, -1)
        .split('|')
        .map((c) => escapeInline(repairEmphasis(holdBackslashes(c.trim()))).replace(/\\\|/g, '|'));
      return `| ${cells.join(' | ')} |`;
    });
    this.out.push({ kind: 'table', text: rows.join('\n') });
    this.listHasTop = false;
  }

  private renderSymbols(block: SymbolsBlock): void {
    this.out.push({ kind: 'paragraph', text: escapeAllPunctuation(block.text) });
    this.listHasTop = false;
  }

  /** A heading the source marked with "#": kept as a heading only when it is an outline heading, else bold. */
  private renderSourceHeading(block: HeadingSourceBlock): void {
    const content = repairEmphasis(holdBackslashes(block.text));
    const kind = outlineKind(content);
    if (kind !== null && kind !== 'letter' && isHeadingBlock(kind, content, true)) this.pushHeading(kind, content);
    else
      this.pushParagraph(
        isFullyEmphasised(content) || plain(content) === '' ? content : `**${stripEmphasis(content)}**`,
      );
    this.listHasTop = false;
  }

  private renderText(block: TextBlock): void {
    const content = repairEmphasis(holdBackslashes(joinLines(block.lines)));
    if (content === '' || !hasLetterOrDigit(content)) return;
    const bullet = BULLET_RE.exec(content);
    if (bullet && outlineKind(content) === null) return this.renderBullet(content, bullet);
    this.listHasTop = false;
    // A table cell is never a heading of the document's outline.
    if (block.cell) return this.pushParagraph(content, block.cell);
    this.renderOutlineOrParagraph(content);
  }

  private renderBullet(text: string, bullet: RegExpExecArray): void {
    const marker = bullet[1] ?? bullet[2] ?? bullet[3] ?? '-';
    let content = text.slice(bullet[0].length);
    // "- + text": the Word list had a "+" item inside a "-" item.
    const nested = /^[+•]\s+/u.exec(content);
    let depth = marker === '+' && this.listHasTop ? 1 : 0;
    if (nested && marker !== '+') {
      content = content.slice(nested[0].length);
      depth = this.listHasTop ? 1 : 0;
    }
    if (depth === 0) this.listHasTop = true;
    content = repairEmphasis(content);
    this.out.push({ kind: 'item', depth, text: escapeLineStart(escapeInline(content)) });
  }

  private renderOutlineOrParagraph(content: string): void {
    const kind = outlineKind(content);
    if (kind !== null && isHeadingBlock(kind, content, false)) return this.pushHeading(kind, content);
    const article = kind === 'article' ? ARTICLE_SPLIT_RE.exec(content) : null;
    if (article && (article[1] ?? '') === (article[3] ?? '')) {
      // "Điều 4. Ban Chỉ đạo làm việc …": the article number is the heading, its text the body.
      this.pushHeading('article', article[2] ?? '');
      this.pushParagraph(content.slice(article[0].length));
      return;
    }
    this.pushParagraph(content);
  }
}

/** Blocks separated by one blank line; consecutive list items form one list. */
function joinRendered(rendered: Rendered[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rendered.length; i++) {
    const r = rendered[i]!;
    if (r.kind === 'item') {
      const line = `${r.depth === 1 ? '  ' : ''}- ${r.text}`;
      const prev = rendered[i - 1];
      if (prev?.kind === 'item') parts[parts.length - 1] += `\n${line}`;
      else parts.push(line);
      continue;
    }
    parts.push(r.text);
  }
  return parts.length === 0 ? '' : toNfc(`${parts.map((p) => p.replace(/[ \t]+$/gmu, '')).join('\n\n')}\n`);
}

/** The source split into lines, with their trimmed text and indentation. */
function readLines(text: string): LineInfo[] {
  // A form feed (pdftotext page break) counts as blank space: decodeSource already made it a line
  // break, and turning it into one here would shift the caller's line numbers.
  const source = toNfc(text).replace(/\r\n?/g, '\n').replace(/\f/g, ' ').split('\n');
  return source.map((rawLine, index) => {
    const raw = rawLine.replace(/\s+$/u, '');
    const leading = /^[ \t\u00a0]*/u.exec(raw)?.[0] ?? '';
    return { index, raw, text: raw.trim(), indent: leading.replace(/\t/g, '    ').length };
  });
}

function markExcluded(count: number, exclude: Array<[number, number]>): boolean[] {
  const excluded = Array.from({ length: count }, () => false);
  for (const [start, end] of exclude) {
    for (let i = Math.max(0, start); i < Math.min(count, end); i++) excluded[i] = true;
  }
  return excluded;
}

/**
 * Format the body of a decoded document as Markdown, removing page furniture and recording it.
 * @example
 * formatBody('I. MỤC ĐÍCH\n1. Nâng cao nhận thức của cán bộ\nvề vai trò của Hội.\n\n- 3 -\n')
 * // { markdown: '## I. MỤC ĐÍCH\n\n1\\. Nâng cao nhận thức của cán bộ về vai trò của Hội.\n',
 * //   removed: [{ line: 4, text: '- 3 -', reason: 'page-number' }] }
 */
export function formatBody(text: string, options: FormatBodyOptions = {}): FormattedBody {
  const lines = readLines(text);
  const excluded = markExcluded(lines.length, options.exclude ?? []);
  const noise = detectNoise(lines, excluded);
  const removed: RemovedLine[] = [...noise]
    .sort((a, b) => a[0] - b[0])
    .map(([line, reason]) => ({ line, text: lines[line]!.text, reason }));

  const layout = measureLayout(lines, excluded);
  const renderer = new BodyRenderer();
  for (const block of buildBlocks(buildItems(lines, excluded, noise), layout)) renderer.render(block);
  return { markdown: joinRendered(joinTableRows(renderer.out)), removed };
}

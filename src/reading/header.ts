/**
 * The header (phần đầu), signature block and recipient list of an administrative document.
 * Layout from Nghị định 30/2020/NĐ-CP (Phụ lục I: issuing body top left with its superior organ
 * above it, national motto top right, "Số:" under the issuer, place and date under the motto,
 * kind heading and trích yếu centred, or "V/v …" under the number for a công văn; signature
 * block with T/M, KT., TL., TUQ., Q. bottom right; "Nơi nhận:" bottom left) and Hướng dẫn
 * 36-HD/VPTW (the same for Party documents, with "ĐẢNG CỘNG SẢN VIỆT NAM" as the motto).
 *
 * Real text comes as Markdown (tables exploded over many lines, or one line per row),
 * `pdftotext -layout` with both columns on one line, or with no header at all; we return what
 * is there and list what is missing, never inventing a value.
 */
import { isKindName, KIND_NAMES, type KindName } from './kinds.ts';
import { parseDocumentNumber, type DocumentNumber } from './document-number.ts';
import { findDates } from '../text/dates.ts';
import { stripDiacritics } from '../text/vietnamese.ts';

/** What readHeader found. Line ranges are 0-based [start, end) over `text.split('\n')`. */
export interface DocumentHeader {
  /** Issuing body as printed (e.g. "SỞ CÔNG THƯƠNG"). */
  issuer?: string;
  /** Superior organ printed above the issuer (e.g. "UBND TỈNH LÀO CAI"). */
  superiorIssuer?: string;
  number?: DocumentNumber;
  place?: string;
  /** ISO yyyy-mm-dd. */
  date?: string;
  kind?: KindName;
  /** Trích yếu, white space collapsed, Markdown emphasis removed. */
  title?: string;
  signer?: { onBehalf?: string; title?: string; name?: string };
  /** Nơi nhận, one entry per item, trailing punctuation removed. */
  recipients: string[];
  /** Kính gửi, one entry per addressee. */
  addressees: string[];
  /** Fields not found: 'issuer', 'number', 'date', 'place', 'kind', 'title', 'signer', 'recipients'. */
  missing: string[];
  /** Lines of the header block (issuer, number, motto, date, kind, title, Kính gửi). */
  headerLines: [number, number][];
  signatureLines: [number, number][];
  recipientLines: [number, number][];
  /** Lines that are not part of the document: crawler notes, Công báo running heads. */
  noteLines: [number, number][];
  /** Character range [start, end) of the title in the text, for citation reading. */
  titleRange?: [number, number];
  /** Character offset where the body starts. */
  bodyStart: number;
}

const fold = (s: string): string => stripDiacritics(s).toLowerCase();

/** Markdown and table decoration around a line's content. */
function clean(line: string): string {
  return line.replace(/[*_#|>]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Column pieces of a pdftotext -layout line or a one-line Markdown table row. */
function pieces(line: string): string[] {
  return line
    .split(/\s{3,}|\|/)
    .map((p) => clean(p))
    .filter((p) => p.length > 0);
}

const MOTTO_RE = /C[ỘO]NG\s+H[ÒOÕÓ][AÀ]\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM|Đ[ộỘ]c\s+l[ậẬ]p\s*[-–—]\s*T[ựỰ]\s+do\s*[-–—]\s*H[ạẠ]nh\s+[pP]h[úÚ]c|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/giu;
const RULE_RE = /[-_=]{3,}|\*{1,}\s*$/g;
const isUpper = (s: string): boolean => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

/** Words that start an organ's name (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.1). */
const ORGAN_HEAD_RE = new RegExp(
  '^(?:UBND|HĐND|BCH|ỦY BAN|UỶ BAN|HỘI ĐỒNG|SỞ|BỘ|BAN|ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG BỘ|ĐẢNG ĐOÀN|' +
    'LIÊN ĐOÀN|TỔNG LIÊN ĐOÀN|TỈNH ỦY|TỈNH UỶ|HUYỆN ỦY|HUYỆN UỶ|THÀNH ỦY|THÀNH UỶ|QUẬN ỦY|' +
    'CHÍNH PHỦ|THỦ TƯỚNG|VĂN PHÒNG|BẢO HIỂM|CÔNG ĐOÀN|HỘI|ĐOÀN|MẶT TRẬN|CỤC|CHI CỤC|TỔNG CỤC|' +
    'TRUNG TÂM|PHÒNG|TRƯỜNG|QUỐC HỘI|TÒA ÁN|TOÀ ÁN|VIỆN|KHO BẠC|CÔNG AN|THANH TRA|CÔNG TY|' +
    'TẬP ĐOÀN|NGÂN HÀNG|ĐÀI|BÁO|HỌC VIỆN|ĐẠI HỌC|KIỂM TOÁN|BỆNH VIỆN)(?![\\p{L}])',
  'u',
);

/** Kind headings in upper case, longest first ("CHƯƠNG TRÌNH" before nothing shorter clashes). */
const KIND_HEADINGS = [...KIND_NAMES].sort((a, b) => b.length - a.length).map((k) => ({ kind: k, upper: k.toUpperCase() }));

function kindHeading(line: string): { kind: KindName; rest: string } | null {
  const c = clean(line);
  if (!c || !isUpper(c.replace(/[^\p{L}]/gu, '')) || c.endsWith(':')) return null;
  for (const { kind, upper } of KIND_HEADINGS) {
    if (c === upper) return { kind, rest: '' };
    if (c.startsWith(`${upper} `) && isKindName(kind)) {
      const rest = c.slice(upper.length + 1);
      // "QUYẾT ĐỊNH SỐ …" in a title is not a heading; a heading's rest is the trích yếu.
      if (/^SỐ\b/u.test(rest)) return null;
      return { kind, rest };
    }
  }
  return null;
}

const NOTE_RE = /^\s*(?:\*?Source:|\[Bản trích chữ|CÔNG BÁO\/Số|# )/u;
const SIGN_PREFIX_RE = /(?:^|[\s*|])(T\/M|TM\.|KT\.|K\/T|TL\.|TUQ\.|Q\.)\s*(?=\p{Lu})/u;
const NAME_RE = /^(?:\p{Lu}[\p{Ll}]*\.?\s+){1,4}\p{Lu}[\p{Ll}]+$/u;
const TITLE_WORDS_RE = /(?:^|\s)(PHÓ\s|THỨ TRƯỞNG|CHỦ TỊCH|BÍ THƯ|THỦ TƯỚNG|BỘ TRƯỞNG|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|TRƯỞNG PHÒNG|CỤC TRƯỞNG|VỤ TRƯỞNG|ỦY VIÊN)/u;

/** Split "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Sinh Hùng" printed on one line. */
function splitOneLineSigner(text: string): { onBehalf?: string; title?: string; name?: string } {
  const nameMatch = /((?:\s\p{Lu}[\p{Ll}]+){2,5})\s*$/u.exec(text);
  const name = nameMatch?.[1]?.trim();
  const upper = (nameMatch ? text.slice(0, nameMatch.index) : text).trim();
  const prefix = SIGN_PREFIX_RE.exec(upper);
  if (!prefix) return { title: upper || undefined, name };
  const afterPrefix = upper.slice(prefix.index + prefix[0].length);
  // Skip the first word(s) of the organ or superior title, then cut at the signer's title.
  const firstWord = /^\S+\s/.exec(afterPrefix)?.[0].length ?? 0;
  const rest = afterPrefix.slice(firstWord);
  const isDeputy = prefix[1] === 'KT.' || prefix[1] === 'K/T';
  const m = isDeputy ? /(?:^|\s)(PHÓ\s|THỨ TRƯỞNG)/u.exec(rest) : TITLE_WORDS_RE.exec(rest);
  if (!m) return { onBehalf: upper, name };
  const cut = firstWord + m.index + (m[0].length - (m[1]?.length ?? 0));
  const onBehalf = upper.slice(0, prefix.index + prefix[0].length + cut).trim();
  const title = afterPrefix.slice(cut).trim();
  return { onBehalf: onBehalf.replace(/^[*|\s]+/, ''), title, name };
}

/**
 * Read the header block, the signature block and the recipient list of a document.
 * @example readHeader('UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 1050 /QĐ-SCT\nLào Cai, ngày 06 tháng 3 năm 2026\nQUYẾT ĐỊNH\nKiểm tra …')
 *   // { superiorIssuer: 'UBND TỈNH LÀO CAI', issuer: 'SỞ CÔNG THƯƠNG', number: {…'1050/QĐ-SCT'}, date: '2026-03-06', kind: 'Quyết định', … }
 */
export function readHeader(text: string): DocumentHeader {
  const lines = text.split('\n');
  const offsets: number[] = [];
  let acc = 0;
  for (const l of lines) {
    offsets.push(acc);
    acc += l.length + 1;
  }
  const header: DocumentHeader = {
    recipients: [], addressees: [], missing: [], headerLines: [], signatureLines: [], recipientLines: [], noteLines: [], bodyStart: 0,
  };

  // Notes: crawler lines and Công báo running heads (with the page number under them).
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (/^\s*CÔNG BÁO\/Số/u.test(l)) {
      const end = /^\s*\d{1,4}\s*$/.test(lines[i + 1] ?? '') ? i + 2 : i + 1;
      header.noteLines.push([i, end]);
    } else if (i < 6 && NOTE_RE.test(l) && !header.headerLines.length) {
      header.noteLines.push([i, i + 1]);
    }
  }
  const isNote = (i: number): boolean => header.noteLines.some(([s, e]) => i >= s && i < e);
  let first = 0;
  while (first < lines.length && (isNote(first) || !clean(lines[first] ?? ''))) first++;
  const zoneMax = Math.min(lines.length, first + 60);

  // The kind heading ends the header zone; without one, the "Kính gửi" or the opening does.
  let headingLine = -1;
  let heading: { kind: KindName; rest: string } | null = null;
  for (let i = first; i < zoneMax; i++) {
    if (isNote(i)) continue;
    const h = kindHeading(lines[i] ?? '');
    if (h) {
      headingLine = i;
      heading = h;
      break;
    }
    if (/^\s*[-*]?\s*(?:Thực hiện|Căn cứ|Triển khai)\s/u.test(lines[i] ?? '') && i > first) break;
  }
  let zoneEnd = headingLine >= 0 ? headingLine : zoneMax;
  const kinhGui = lines.findIndex((l, i) => i >= first && i < zoneEnd && /Kính\s+gửi/u.test(l));
  if (headingLine < 0) {
    let i = first;
    for (; i < zoneMax; i++) {
      const l = lines[i] ?? '';
      if (i > first && /^\s*[-*]?\s*(?:Thực hiện|Căn cứ|Triển khai|Xét đề nghị|Theo đề nghị)\s/u.test(l)) break;
      if (kinhGui >= 0 && i > kinhGui && clean(l) && !/^\s*[-|]/.test(l) && !/Kính\s+gửi/u.test(l) && pieces(l).length === 1 && !/^\s{10,}/.test(l)) break;
    }
    zoneEnd = kinhGui >= 0 ? i : Math.min(i, zoneMax);
  }
  const zoneText = (from: number, to: number): string => lines.slice(from, to).join('\n');

  // Number: "Số:" / "Số" at a line or cell start, the number possibly on the next line.
  let numberLine = -1;
  for (let i = first; i < zoneEnd; i++) {
    const l = lines[i] ?? '';
    const m = /(?:^|[\s|*])S[ốỐ]\s*:?\s*$|(?:^|[\s|*])S[ốỐ]\s*:?\s*(?=\d)/u.exec(l);
    if (!m) continue;
    let segment = l.slice(m.index + m[0].length);
    if (!segment.trim()) segment = (lines.slice(i + 1, i + 3).find((x) => clean(x)) ?? '').replace(/^[\s|*]+/, '');
    segment = segment.split(/\s{3,}|\|/)[0] ?? '';
    const n = parseDocumentNumber(segment);
    if (n) {
      header.number = n;
      numberLine = i;
      break;
    }
  }

  // Place and date: the first date after "<place>, " in the zone, else the first written-out one.
  const zone = zoneText(first, zoneEnd);
  const zoneStart = offsets[first] ?? 0;
  const dates = findDates(zone);
  const placed = dates.find((d) => /\p{L}\s*,\s*$/u.test(zone.slice(Math.max(0, d.index - 40), d.index).replace(/ngày\s*$/iu, '').split(/\s{3,}|\n|\|/).pop() ?? '')) ??
    dates.find((d) => /^ngày/iu.test(zone.slice(d.index)));
  let dateLine = -1;
  if (placed) {
    header.date = placed.iso;
    const lineStart = zone.lastIndexOf('\n', placed.index) + 1;
    const before = zone.slice(lineStart, placed.index).split(/\s{3,}|\|/).pop() ?? '';
    const place = clean(before.replace(/,?\s*(?:ngày\s*)?$/iu, '').replace(/,\s*$/, ''));
    if (place && /\p{L}/u.test(place) && !/ngày/iu.test(place)) header.place = place;
    dateLine = first + zone.slice(0, placed.index).split('\n').length - 1;
  }
  void zoneStart;

  // Issuer: upper-case pieces above the number (or the date or heading), grouped into organs.
  const issuerEnd = numberLine >= 0 ? numberLine + 1 : dateLine >= 0 ? dateLine : zoneEnd;
  const organs: string[] = [];
  let continuing = true;
  // Blank the motto out over the whole zone: exploded tables split it across lines.
  const zoneLines = lines
    .slice(0, issuerEnd)
    .join('\n')
    .replace(MOTTO_RE, (m) => m.replace(/[^\n]/g, ' '))
    .split('\n');
  for (let i = first; i < issuerEnd; i++) {
    const raw = zoneLines[i] ?? '';
    let lineHasOrgan = false;
    for (const p0 of raw.split(/\s{3,}|\|/)) {
      let p = clean(p0.replace(RULE_RE, ' '));
      if (i === numberLine) p = clean(p.replace(/S[ốỐ]\s*:?.*$/u, ''));
      if (!p) continue;
      if (!isUpper(p)) {
        // A mixed line that ends with an upper-case run: "… ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM".
        const tailRun = /((?:\s|^)(?:[\p{Lu}Đ]+(?:\s+|$)|-\s+){2,})$/u.exec(p);
        if (!tailRun?.[1] || !isUpper(tailRun[1])) continue;
        p = tailRun[1].trim();
      }
      if (!/\p{Lu}{2}/u.test(p)) continue;
      lineHasOrgan = true;
      const last = organs.length - 1;
      if (organs.length && continuing && !ORGAN_HEAD_RE.test(p)) organs[last] = `${organs[last]} ${p}`;
      else organs.push(p);
      continuing = true;
    }
    if (!lineHasOrgan && clean(lines[i] ?? '') && !/^[\s*|_-]*$/.test(lines[i] ?? '')) continuing = false;
  }
  if (organs.length) {
    header.issuer = organs[organs.length - 1];
    if (organs.length > 1) header.superiorIssuer = organs.slice(0, -1).join(' / ');
  }

  // Kind and title.
  let titleEndLine = -1;
  if (heading && headingLine >= 0) {
    header.kind = heading.kind;
    const parts: string[] = heading.rest ? [heading.rest] : [];
    let i = headingLine + 1;
    // A title printed on the heading's line ("GIẤY PHÉP SỬ DỤNG …") continues only on the next lines.
    while (!heading.rest && i < lines.length && !clean(lines[i] ?? '') && !/^\s*[-_]{3,}/.test(lines[i] ?? '')) i++;
    let titleStartLine = heading.rest ? headingLine : i;
    for (let n = 0; i < lines.length && n < 8; i++, n++) {
      const l = lines[i] ?? '';
      if (!clean(l) || /^[\s*_|-]*[-_]{3,}[\s*_|-]*$/.test(l)) break;
      if (n > 0 && /^\s*(?:Thực hiện|Căn cứ|Triển khai)\s/u.test(l)) break;
      parts.push(clean(l));
      titleEndLine = i + 1;
    }
    if (parts.length) {
      header.title = parts.join(' ').replace(/\s+/g, ' ').trim();
      if (titleEndLine < 0) titleEndLine = headingLine + 1;
      header.titleRange = [offsets[titleStartLine] ?? 0, (offsets[titleEndLine - 1] ?? 0) + (lines[titleEndLine - 1] ?? '').length];
    }
    titleStartLine = 0;
  } else {
    // A công văn: "V/v …" (or "Về …") under the number.
    const from = numberLine >= 0 ? numberLine : first;
    for (let i = from; i < zoneEnd; i++) {
      const l = lines[i] ?? '';
      // On the number's own line, look only after the number ("Số: 296/BHXH-CSYT V/v …").
      const printedAt = i === numberLine && header.number ? l.indexOf(header.number.printed) : -1;
      const base = printedAt >= 0 && header.number ? ' '.repeat(printedAt + header.number.printed.length) + l.slice(printedAt + header.number.printed.length) : l;
      const m = /(?:^|\s)(?:V\/v|v\/v|Về|về việc)\s/u.exec(base);
      if (!m || (i !== numberLine && m.index > 20 && !/^\s*\|/.test(l))) continue;
      const startText = base.slice(m.index).replace(/^\s*(?:V\/v|v\/v)\s*/u, '');
      const parts = [clean(startText.split(/\s{3,}|\|/)[0] ?? '')];
      let blanks = 0;
      let end = i + 1;
      for (let j = i + 1; j < zoneEnd && parts.length < 5; j++) {
        const lj = lines[j] ?? '';
        if (!clean(lj)) {
          if (++blanks >= 2) break;
          continue;
        }
        const left = clean(lj.split(/\s{3,}|\|/).find((x) => x.trim()) ?? '');
        if (/Kính\s+gửi|CỘNG\s+H|ĐẢNG CỘNG SẢN|Độc lập|,\s*ngày/u.test(lj) || isUpper(left) || /^\s*\|/.test(lj)) break;
        blanks = 0;
        parts.push(left);
        end = j + 1;
      }
      header.title = parts.join(' ').replace(/\s+/g, ' ').trim();
      header.titleRange = [(offsets[i] ?? 0) + (i === numberLine ? 0 : m.index), (offsets[end - 1] ?? 0) + (lines[end - 1] ?? '').length];
      header.kind = 'Công văn';
      titleEndLine = end;
      break;
    }
    if (!header.kind && kinhGui >= 0) header.kind = 'Công văn';
    if (!header.kind && header.number?.kindName) header.kind = header.number.kindName;
  }

  // Kính gửi: the addressees, on its line or listed under it.
  let headerEnd = Math.max(titleEndLine, numberLine + 1, dateLine + 1, headingLine + 1, first);
  const kg = lines.findIndex((l, i) => i >= first && i < Math.max(zoneEnd, headerEnd) + 3 && /Kính\s+gửi/u.test(l));
  if (kg >= 0) {
    const items: string[] = [];
    const same = (lines[kg] ?? '').replace(/^.*?Kính\s+gửi\s*:?\s*\|?/u, '');
    let end = kg + 1;
    const addItems = (s: string): void => {
      for (const it of s.trim().split(/(?:^|[;,.]\s*|\|\s*)-\s+|\s*\|\s*/u)) {
        const c = clean(it).replace(/[;,.]+$/, '').trim();
        if (c) items.push(c);
      }
    };
    addItems(same);
    for (let j = kg + 1; j < lines.length && j < kg + 15; j++) {
      const lj = lines[j] ?? '';
      if (!clean(lj)) {
        if (items.length) {
          const next = lines.slice(j + 1).find((x) => clean(x)) ?? '';
          if (!/^\s*[-|]/.test(next) && !/^\s{8,}-/.test(next)) break;
        }
        continue;
      }
      if (/^\s*\|?-{3}/.test(lj)) { end = j + 1; continue; }
      const isItem = /^\s*[-|]/.test(lj) || /^\s{8,}\S/.test(lj);
      if (!isItem) break;
      addItems(lj);
      end = j + 1;
    }
    header.addressees = items;
    headerEnd = Math.max(headerEnd, end);
  }
  if (headerEnd > first && (header.number || header.date || header.kind || header.issuer || header.title)) {
    header.headerLines.push([first, headerEnd]);
  }
  header.bodyStart = offsets[Math.min(headerEnd, lines.length - 1)] ?? 0;
  if (!header.headerLines.length) header.bodyStart = 0;

  // Recipients: the last "Nơi nhận" (OCR slips: "Noi nhận", "Nơi nhân").
  let nn = -1;
  for (let i = lines.length - 1; i >= headerEnd; i--) {
    if (/N[ơo]i\s+nh[ậâa]n/iu.test(lines[i] ?? '')) { nn = i; break; }
  }
  if (nn >= 0) {
    // Items are one per line; on one line (a table cell) they are separated by "; - ".
    const addItems = (s: string): void => {
      for (const it of s.split(/(?:^|[;,.]\s*)-\s+/u)) {
        const c = clean(it).replace(/[;,.]+$/, '').trim();
        if (c) header.recipients.push(c);
      }
    };
    const first0 = (lines[nn] ?? '').replace(/^.*?N[ơo]i\s+nh[ậâa]n\s*:?\s*[_*]*\s*/iu, '');
    addItems((first0.split(/\s{3,}|\|/)[0] ?? ''));
    let end = nn + 1;
    for (let j = nn + 1; j < lines.length && j < nn + 40; j++) {
      const lj = lines[j] ?? '';
      const left = lj.split(/\s{3,}/).map((x) => x.trim()).filter(Boolean);
      const item = left[0] ?? '';
      if (!item) continue;
      if (!/^\s*-\s/.test(lj) && !(/^\s{0,6}-/.test(lj))) break;
      addItems(item.replace(/^-\s*/, '- '));
      end = j + 1;
    }
    header.recipientLines.push([nn, end]);
  }

  // Signer: the last T/M, TM., KT., TL., TUQ., Q. line near the end, else a title over a name.
  const tailStart = Math.max(headerEnd, lines.length - 80);
  let signLine = -1;
  for (let i = lines.length - 1; i >= tailStart; i--) {
    const right = (lines[i] ?? '').split(/\s{3,}|\|/).map(clean).filter(Boolean);
    if (right.some((p) => SIGN_PREFIX_RE.test(` ${p}`) && isUpper(p.replace(/[^\p{L}]/gu, '').slice(0, 6)))) {
      signLine = i;
      // Keep going up: a block can hold two prefixed lines ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH").
      while (signLine - 1 >= tailStart) {
        const up = (lines[signLine - 1] ?? '').split(/\s{3,}|\|/).map(clean).filter(Boolean).pop() ?? '';
        if (up && isUpper(up.replace(/[^\p{L}]/gu, '')) && /\p{Lu}{2}/u.test(up) && !/N[ơo]i\s+nh/iu.test(up)) signLine--;
        else break;
      }
      break;
    }
  }
  if (signLine >= 0) {
    const upperLines: string[] = [];
    let name: string | undefined;
    let end = signLine + 1;
    for (let j = signLine; j < lines.length && j < signLine + 25; j++) {
      const ps = (lines[j] ?? '').split(/\s{3,}|\|/).map(clean).filter(Boolean);
      const p = ps.length > 1 && nn >= 0 && j >= nn ? ps[ps.length - 1] ?? '' : ps.join(' ');
      if (!p) continue;
      if (ps.length === 1 && /^\s{0,6}-\s/.test(lines[j] ?? '')) continue; // a recipient line
      if (isUpper(p.replace(/[^\p{L}]/gu, '')) && /\p{Lu}{2}/u.test(p)) {
        upperLines.push(p);
        end = j + 1;
        continue;
      }
      if (NAME_RE.test(p)) { name = p; end = j + 1; break; }
      if (upperLines.length <= 1 && SIGN_PREFIX_RE.test(` ${[...upperLines, p].join(' ')}`)) {
        // One-line block: "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Sinh Hùng".
        header.signer = splitOneLineSigner([...upperLines, p].join(' '));
        upperLines.length = 0;
        end = j + 1;
        break;
      }
      if (upperLines.length && p.length > 40) break;
    }
    if (!header.signer) {
      if (upperLines.length === 1) header.signer = { ...splitOneLineSigner(upperLines[0] ?? '') };
      else if (upperLines.length > 1) header.signer = { onBehalf: upperLines.slice(0, -1).join(' '), title: upperLines[upperLines.length - 1] };
      else header.signer = {};
      if (name) header.signer.name = name;
    }
    header.signatureLines.push([signLine, end]);
  } else {
    // No prefix: an upper-case title line and a name under it within the last lines.
    for (let i = lines.length - 1; i >= Math.max(headerEnd, lines.length - 25); i--) {
      const p = (lines[i] ?? '').split(/\s{3,}|\|/).map(clean).filter(Boolean).pop() ?? '';
      if (!NAME_RE.test(p) || p.split(' ').length > 5) continue;
      for (let k = i - 1; k >= i - 8 && k >= headerEnd; k--) {
        const t = (lines[k] ?? '').split(/\s{3,}|\|/).map(clean).filter(Boolean).pop() ?? '';
        if (!t || /^[[\]().,*]+$/.test(t)) continue;
        if (isUpper(t.replace(/[^\p{L}]/gu, '')) && /\p{Lu}{2}/u.test(t) && t.length < 60 && !/\d/.test(t)) {
          header.signer = { title: t, name: p };
          header.signatureLines.push([k, i + 1]);
        }
        break;
      }
      break;
    }
  }
  if (header.signer) {
    for (const k of ['onBehalf', 'title', 'name'] as const) {
      const v = header.signer[k];
      if (v === undefined || v === '') delete header.signer[k];
      else header.signer[k] = v.replace(/\s+/g, ' ').trim();
    }
  }

  const fields: Array<[string, unknown]> = [
    ['issuer', header.issuer], ['number', header.number], ['date', header.date], ['place', header.place],
    ['kind', header.kind], ['title', header.title], ['signer', header.signer?.name ?? header.signer?.title],
    ['recipients', header.recipients.length ? header.recipients : undefined],
  ];
  header.missing = fields.filter(([, v]) => v === undefined).map(([k]) => k);
  void fold;
  return header;
}

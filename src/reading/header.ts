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
import type { KindName } from './kinds.ts';
import type { DocumentNumber } from './document-number.ts';
import { splitLines, type LineRange, type TextLines } from './header/layout.ts';
import { findHeaderZone, findNoteLines, type HeaderZone } from './header/zone.ts';
import { readDraftNumber, readNumber, type DraftNumber } from './header/number.ts';
import { readDraftDate, readPlaceAndDate } from './header/place-date.ts';
import { readIssuer } from './header/issuer.ts';
import { readHeadingTitle, readLetterKind, readLetterSubject, type TitleReading } from './header/title.ts';
import { readAddressees } from './header/addressees.ts';
import { readRecipients } from './header/recipients.ts';
import { readSigner, type Signer } from './header/signer.ts';
import { readClosingDate } from './header/closing-date.ts';

/** What readHeader found. Line ranges are 0-based [start, end) over `text.split('\n')`. */
export interface DocumentHeader {
  /** Issuing body as printed (e.g. "SỞ CÔNG THƯƠNG"). */
  issuer?: string;
  /** Superior organ printed above the issuer (e.g. "UBND TỈNH LÀO CAI"). */
  superiorIssuer?: string;
  number?: DocumentNumber;
  /** A draft's number whose serial is blank ("Số: -CV/ĐU"): its codes only; `number` is then unset. */
  draftNumber?: DraftNumber;
  place?: string;
  /** ISO yyyy-mm-dd. */
  date?: string;
  /** Set when the header printed no date and `date` was read from the closing formula (review it). */
  dateSource?: 'closing';
  /** A draft's date whose day is blank ("ngày   tháng 8 năm 2025"): yyyy-mm; `date` is then unset. */
  draftDate?: string;
  kind?: KindName;
  /** Trích yếu, white space collapsed, Markdown emphasis removed. */
  title?: string;
  signer?: Signer;
  /** Nơi nhận, one entry per item, trailing punctuation removed. */
  recipients: string[];
  /** Kính gửi, one entry per addressee. */
  addressees: string[];
  /** Fields not found: 'issuer', 'number', 'date', 'place', 'kind', 'title', 'signer', 'recipients'. */
  missing: string[];
  /** Lines of the header block (issuer, number, motto, date, kind, title, Kính gửi). */
  headerLines: LineRange[];
  signatureLines: LineRange[];
  recipientLines: LineRange[];
  /** Lines that are not part of the document: crawler notes, Công báo running heads. */
  noteLines: LineRange[];
  /** Character range [start, end) of the title in the text, for citation reading. */
  titleRange?: [number, number];
  /** Character offset where the body starts. */
  bodyStart: number;
}

/** What the header block holds, read part by part. */
interface HeaderBlock {
  fields: Pick<
    DocumentHeader,
    | 'issuer'
    | 'superiorIssuer'
    | 'number'
    | 'draftNumber'
    | 'place'
    | 'date'
    | 'draftDate'
    | 'kind'
    | 'title'
    | 'titleRange'
    | 'addressees'
  >;
  /** The line after the header block's last line. */
  end: number;
}

/** Number, place and date, issuer, kind and title, addressees: the parts of the header zone. */
function readHeaderBlock(text: TextLines, zone: HeaderZone): HeaderBlock {
  const { lines } = text;
  const { first } = zone;
  const numbered = readNumber(lines, first, zone.end);
  const drafted = numbered ? null : readDraftNumber(lines, first, zone.end);
  const numberLine = numbered?.line ?? drafted?.line ?? -1;
  const dated = readPlaceAndDate(lines, first, zone.end);
  const draftDated = dated ? null : readDraftDate(lines, first, zone.end);
  const dateLine = dated?.line ?? draftDated?.line ?? -1;
  const issuerEnd = numberLine >= 0 ? numberLine + 1 : dateLine >= 0 ? dateLine : zone.end;
  const issued = readIssuer(lines, first, issuerEnd, numberLine);
  const fields: HeaderBlock['fields'] = { addressees: [] };
  if (issued) Object.assign(fields, issued);
  if (numbered) fields.number = numbered.number;
  if (drafted) fields.draftNumber = drafted.draft;
  if (dated) {
    fields.date = dated.date;
    if (dated.place) fields.place = dated.place;
  }
  if (draftDated) {
    fields.draftDate = draftDated.month;
    if (draftDated.place) fields.place = draftDated.place;
  }
  let titled: TitleReading | null;
  if (zone.heading) {
    fields.kind = zone.heading.kind;
    titled = readHeadingTitle(text, zone.heading);
  } else {
    titled = readLetterSubject(
      text,
      numberLine >= 0 ? numberLine : first,
      zone.end,
      numberLine,
      numbered?.number ?? null,
    );
    const kind = readLetterKind(titled !== null, zone.kinhGui >= 0, numbered?.number ?? drafted?.draft ?? null);
    if (kind) fields.kind = kind;
  }
  if (titled) {
    fields.title = titled.title;
    fields.titleRange = titled.range;
  }
  const headingLine = zone.heading?.line ?? -1;
  let end = Math.max(titled?.endLine ?? -1, numberLine + 1, dateLine + 1, headingLine + 1, first);
  const addressed = readAddressees(lines, first, Math.max(zone.end, end) + 3);
  if (addressed) {
    fields.addressees = addressed.addressees;
    end = Math.max(end, addressed.end);
  }
  return { fields, end };
}

/** The fields readHeader reports missing, in this order. */
function listMissing(header: DocumentHeader): string[] {
  const fields: Array<[string, unknown]> = [
    ['issuer', header.issuer],
    ['number', header.number],
    ['date', header.date],
    ['place', header.place],
    ['kind', header.kind],
    ['title', header.title],
    ['signer', header.signer?.name ?? header.signer?.title],
    ['recipients', header.recipients.length ? header.recipients : undefined],
  ];
  return fields.filter(([, v]) => v === undefined).map(([k]) => k);
}

/**
 * Read the header block, the signature block and the recipient list of a document.
 * @example readHeader('UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 1050 /QĐ-SCT\nLào Cai, ngày 06 tháng 3 năm 2026\nQUYẾT ĐỊNH\nKiểm tra …')
 *   // { superiorIssuer: 'UBND TỈNH LÀO CAI', issuer: 'SỞ CÔNG THƯƠNG', number: {…'1050/QĐ-SCT'}, date: '2026-03-06', kind: 'Quyết định', … }
 */
export function readHeader(text: string): DocumentHeader {
  const split = splitLines(text);
  const { lines, offsets } = split;
  const noteLines = findNoteLines(lines);
  const zone = findHeaderZone(lines, noteLines);
  const block = readHeaderBlock(split, zone);
  const header: DocumentHeader = {
    ...block.fields,
    recipients: [],
    missing: [],
    headerLines: [],
    signatureLines: [],
    recipientLines: [],
    noteLines,
    bodyStart: 0,
  };
  const f = block.fields;
  if (block.end > zone.first && (f.number || f.draftNumber || f.date || f.draftDate || f.kind || f.issuer || f.title)) {
    header.headerLines.push([zone.first, block.end]);
    header.bodyStart = offsets[Math.min(block.end, lines.length - 1)] ?? 0;
  }
  const recipients = readRecipients(lines, block.end);
  if (recipients) {
    header.recipients = recipients.recipients;
    header.recipientLines.push(recipients.lines);
  }
  const signed = readSigner(lines, block.end, recipients?.lines[0] ?? -1);
  if (signed) {
    header.signer = signed.signer;
    header.signatureLines.push(signed.lines);
  }
  if (!header.date && !header.draftDate) {
    const closing = readClosingDate(text);
    if (closing) {
      header.date = closing.date;
      header.dateSource = 'closing';
    }
  }
  header.missing = listMissing(header);
  return header;
}

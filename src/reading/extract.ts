/**
 * Read a raw document: header, signature, recipients and every citation, in one call.
 * The importer, the reference graph and the extract command all go through here.
 */
import { readHeader, type DocumentHeader } from './header.ts';
import { findCitations, type Citation, type CitationAlias, type CitationIssue } from './citations.ts';
import { toNfc } from '../text/vietnamese.ts';

/** A citation as the extract command prints it. */
export interface ExtractedCitation {
  raw: string;
  /** As printed. */
  number: string;
  canonical: string;
  kind: string | null;
  date: string | null;
  issuer: string | null;
  implements: boolean;
}

/** A machine-readable problem: citation inconsistencies and missing header fields. */
export interface ExtractIssue {
  code: CitationIssue['code'] | 'missing-field' | 'draft-number' | 'draft-date' | 'date-from-closing';
  message: string;
  field?: string;
  numbers?: string[];
  dates?: string[];
}

export interface ExtractedDocument {
  file: string | null;
  kind: string | null;
  /** The document's number as printed in the header. */
  number: string | null;
  canonical: string | null;
  /** ISO yyyy-mm-dd. */
  date: string | null;
  /** "SUPERIOR / ISSUER" as printed, like the corpus manifest. */
  issuer: string | null;
  title: string | null;
  signer: string | null;
  citations: ExtractedCitation[];
  warnings: string[];
  issues: ExtractIssue[];
  header: DocumentHeader;
  fullCitations: Citation[];
  aliases: CitationAlias[];
}

/** Vietnamese names of header fields, for messages. */
const FIELD_NAMES: Record<string, string> = {
  issuer: 'cơ quan ban hành',
  number: 'số, ký hiệu',
  date: 'ngày ban hành',
  place: 'địa danh',
  kind: 'loại văn bản',
  title: 'trích yếu',
  signer: 'người ký',
  recipients: 'nơi nhận',
};

/** Review flags for a draft: the number or the day left blank, to be filled in by hand. */
function draftIssues(header: DocumentHeader): ExtractIssue[] {
  const issues: ExtractIssue[] = [];
  if (header.draftNumber) {
    issues.push({
      code: 'draft-number',
      field: 'number',
      message: `Số văn bản để trống (bản chưa vào số): chỉ đọc được ký hiệu "${header.draftNumber.printed}" — hãy điền số khi có.`,
    });
  }
  if (header.draftDate) {
    const [year, month] = header.draftDate.split('-');
    issues.push({
      code: 'draft-date',
      field: 'date',
      message: `Ngày ban hành để trống: chỉ đọc được tháng ${Number(month)} năm ${year} — hãy điền ngày khi có.`,
    });
  }
  if (header.dateSource === 'closing' && header.date) {
    const [year, month, day] = header.date.split('-');
    issues.push({
      code: 'date-from-closing',
      field: 'date',
      message: `Phần đầu văn bản không ghi ngày; đã lấy ngày ${day}/${month}/${year} ở câu kết ("… thông qua ngày …") — hãy kiểm tra lại.`,
    });
  }
  return issues;
}

/**
 * Extract a document's metadata and citations from its raw text (any Unicode form; read as NFC).
 * @example extractDocument('KẾ HOẠCH\n\nthực hiện Kết luận số 196-KL/TW …').citations[0].implements === true
 */
export function extractDocument(rawText: string, file?: string): ExtractedDocument {
  const text = toNfc(rawText).replace(/\r\n?/g, '\n');
  const header = readHeader(text);
  const lines = text.split('\n');
  const lineOffset = (i: number): number => lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
  const ignoreRanges: Array<[number, number]> = header.noteLines.map(([s, e]) => [lineOffset(s), lineOffset(e)]);
  const result = findCitations(text, {
    titleRanges: header.titleRange ? [header.titleRange] : [],
    bodyStart: header.bodyStart,
    ignoreRanges,
    ...(header.number ? { ownKey: header.number.key } : {}),
  });
  const issues: ExtractIssue[] = result.issues.map((i) => ({ ...i }));
  issues.push(...draftIssues(header));
  for (const field of header.missing) {
    if (field === 'place' || (field === 'number' && header.draftNumber) || (field === 'date' && header.draftDate))
      continue;
    issues.push({
      code: 'missing-field',
      field,
      message: `Không tìm thấy ${FIELD_NAMES[field] ?? field} trong văn bản.`,
    });
  }
  const signer = header.signer
    ? [header.signer.onBehalf, header.signer.title, header.signer.name].filter(Boolean).join(' ')
    : '';
  return {
    file: file ?? null,
    kind: header.kind ?? null,
    number: header.number?.printed ?? null,
    canonical: header.number?.canonical ?? null,
    date: header.date ?? null,
    issuer: header.issuer ? [header.superiorIssuer, header.issuer].filter(Boolean).join(' / ') : null,
    title: header.title ?? null,
    signer: signer || null,
    citations: result.citations.map((c) => ({
      raw: c.raw,
      number: c.number.printed,
      canonical: c.number.canonical,
      kind: c.kind ?? null,
      date: c.date ?? null,
      issuer: c.issuer ?? null,
      implements: c.implements,
    })),
    warnings: issues.map((i) => i.message),
    issues,
    header,
    fullCitations: result.citations,
    aliases: result.aliases,
  };
}

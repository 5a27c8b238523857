/**
 * The archive as a whole: every document with its identity and URL, checked for
 * duplicates. Built once per build from the content collection (or any list of entries).
 */
import type { DocumentData } from '../content/schema.ts';
import { capSlug, shortDigest } from '../text/slug-cap.ts';
import { parseDocumentNumber } from '../reading/document-number.ts';
import { foldName, foldText, slugify } from '../text/vietnamese.ts';
import { identityIssuer } from './issuer.ts';

/** One validated document file. */
export interface ArchiveEntry {
  /** The collection entry id. */
  id: string;
  /** Path of the Markdown file, for messages. */
  filePath: string;
  data: DocumentData;
  /**
   * The content store's digest of the file (its path and text), when the entry comes from the
   * store: an incremental build compares it instead of reading the file again.
   */
  digest?: string;
}

/** A document with the identity and address the archive gives it. */
export interface ArchivedDocument extends ArchiveEntry {
  /** (folded number, year, issuer): DESIGN.md "Numbers are not unique". */
  identity: string;
  /** Year of issue, from the date or the number; null when neither gives one. */
  year: number | null;
  /** Path under /van-ban/ without slashes at the ends, e.g. "2023/43-nq-tw". */
  slug: string;
}

/** Two files that describe the same document. */
export class DuplicateIdentityError extends Error {
  readonly files: string[];
  constructor(files: string[], identity: string) {
    super(
      `Hai tệp mô tả cùng một văn bản (cùng số ký hiệu, năm và cơ quan ban hành: ${identity}): ${files.join(' và ')}. ` +
        'Hãy xóa một tệp hoặc sửa số ký hiệu, ngày hoặc cơ quan ban hành cho đúng.',
    );
    this.name = 'DuplicateIdentityError';
    this.files = files;
  }
}

/**
 * The year a document belongs to: the year of its date, else the year its number carries.
 * @example documentYear({ date: '2024-08-08', number: '27/KH-LĐLĐ' }) === 2024
 */
export function documentYear(data: Pick<DocumentData, 'date' | 'number'>): number | null {
  if (data.date) return Number(data.date.slice(0, 4));
  const parsed = data.number ? parseDocumentNumber(data.number) : null;
  return parsed?.year ?? null;
}

/** What identity reads of a document: its printed facts, and the digest of its source when it has one. */
export type IdentityFields = Pick<DocumentData, 'number' | 'kind' | 'title' | 'date' | 'issuer'> & {
  source?: { sha256: string } | null;
};

/** The identity of a document with the issuer part given (see documentIdentity). */
function identityWith(data: IdentityFields, issuer: string): string {
  const year = documentYear(data) ?? '?';
  const parsed = data.number ? parseDocumentNumber(data.number) : null;
  if (parsed) return `${parsed.key}|${year}|${issuer}`;
  if (data.number) return `${foldText(data.number)}|${year}|${issuer}`;
  const digest = data.source?.sha256.slice(0, 16) ?? '?';
  return `${foldText(data.kind)}: ${foldText(data.title)}|${data.date ?? '?'}|${issuer}|${digest}`;
}

/**
 * The identity of a document (DESIGN.md "Numbers are not unique"): folded number key, year and
 * issuing body. A document with no number is told apart by kind, title, date and issuer, and by
 * the digest of its source when those tie (issue 13: two letters without a number, both titled
 * "Công văn", are two documents; the same file imported twice is one). The issuer is the body
 * its printed line names (issue 13: "BAN THƯỜNG VỤ TỈNH ỦY LÂM ĐỒNG" and "Tỉnh ủy Lâm Đồng" are
 * one), read from that line alone so the importer and the archive agree; an issuer the
 * authority does not know keeps its diacritics (two districts may differ only by them) but not
 * its case or tone placement.
 * @example documentIdentity({ number: '09 -NQ/TW', date: '2002-11-08', issuer: 'Bộ Chính trị', … })
 *   === '9-NQ/TW|2002|bộ chính trị'
 */
export function documentIdentity(data: IdentityFields): string {
  return identityWith(data, identityIssuer(data.issuer, data.date));
}

/**
 * The readable URL path of a document, free of diacritics and guessable from its number and
 * year: "2023/43-nq-tw". A document without a number gets its kind and the start of its title.
 * @example documentSlugBase({ number: '43-NQ/TW', … }, 2023) === '2023/43-nq-tw'
 */
export function documentSlugBase(data: Pick<DocumentData, 'number' | 'kind' | 'title'>, year: number | null): string {
  const parsed = data.number ? parseDocumentNumber(data.number) : null;
  if (parsed) return numberSlug(parsed.key, year);
  return `${year ?? 'khong-ro-nam'}/${capSlug(slugify(`${data.kind} ${data.title}`).split('-').slice(0, 10).join('-'))}`;
}

/**
 * The URL path of the document a number key names in a year — archived or known only from
 * citations, the same rule.
 * @example numberSlug('43-NQ/TW', 2023) === '2023/43-nq-tw'
 */
export function numberSlug(key: string, year: number | null): string {
  return `${year ?? 'khong-ro-nam'}/${capSlug(slugify(key))}`;
}

/**
 * The file names a document may take in the content folder, in order of preference: the plain
 * one ("2024/27-kh-ldld"), then with its issuer ("2024/27-kh-ldld-ldld-huyen-dong-phu"), then
 * with a digest of its identity. The importer takes the first one that is free or already holds
 * the same document, so a document never replaces a different one (issue 12, defect 3).
 * @example documentFileCandidates({ number: '27/KH-LĐLĐ', issuer: 'LĐLĐ huyện Đồng Phú', … })[1]
 *   === '2024/27-kh-ldld-ldld-huyen-dong-phu'
 */
export function documentFileCandidates(data: IdentityFields): string[] {
  const base = documentSlugBase(data, documentYear(data));
  const candidates = [base];
  const issuer = data.issuer ? slugify(data.issuer) : '';
  if (issuer) candidates.push(`${base}-${capSlug(issuer)}`);
  // The digest reads the issuer as printed, as it did when such files were first named, so a
  // file named so keeps its name (and a re-import finds it) now that identity reads the body.
  candidates.push(`${base}-${shortDigest(identityWith(data, data.issuer ? foldName(data.issuer) : '?'))}`);
  return candidates;
}

/**
 * Give every entry its identity and slug; fail on two files with the same identity,
 * naming both. Slugs that would collide (same number and year, other issuers) all get an
 * issuer suffix: the issuer as printed (the addresses such documents already have), else the
 * inferred one, else the file's id.
 * @example buildArchive(entries).documents[0].slug === '2024/27-kh-ldld'
 */
export function buildArchive(entries: ArchiveEntry[]): { documents: ArchivedDocument[] } {
  const byIdentity = new Map<string, ArchiveEntry>();
  const documents: ArchivedDocument[] = [];
  for (const entry of [...entries].sort((a, b) => a.filePath.localeCompare(b.filePath))) {
    const identity = documentIdentity(entry.data);
    const previous = byIdentity.get(identity);
    if (previous) throw new DuplicateIdentityError([previous.filePath, entry.filePath], identity);
    byIdentity.set(identity, entry);
    const year = documentYear(entry.data);
    documents.push({ ...entry, identity, year, slug: documentSlugBase(entry.data, year) });
  }
  const bySlug = new Map<string, ArchivedDocument[]>();
  for (const doc of documents) bySlug.set(doc.slug, [...(bySlug.get(doc.slug) ?? []), doc]);
  for (const group of bySlug.values()) {
    if (group.length < 2) continue;
    for (const doc of group)
      doc.slug = `${doc.slug}-${capSlug(slugify(doc.data.issuer ?? doc.data.issuerInferred?.name ?? doc.id))}`;
  }
  return { documents };
}

/**
 * Turn one raw document (text extracted from PDF or Word) into the archive's Markdown file:
 * frontmatter from the header and citations, the body as Markdown, and nothing lost — every
 * line left out of the body is either in a frontmatter field or recorded verbatim in `removed`.
 * Pure: the same bytes give the same file, byte for byte.
 */
import { createHash } from 'node:crypto';
import matter from 'gray-matter';
import { remark } from 'remark';
import type { Root, RootContent } from 'mdast';
import { decodeSource, type DecodeSuccess } from './decode.ts';
import { extractDocument, type ExtractedDocument } from '../reading/extract.ts';
import { formatBody, type RemovedLine } from './markdown-body.ts';
import { documentLabel } from '../render/labels.ts';
import type { Citation } from '../reading/citations.ts';
import { documentFileCandidates, documentIdentity } from '../archive/identity.ts';
import { DocumentSchema, type DocumentInput } from '../content/schema.ts';
import { isKindName, type KindName } from '../reading/kinds.ts';
import { readIssuerStep } from './issuer-step.ts';
import { readNameOnlySigner } from './signer-fallback.ts';

type CitedInput = NonNullable<DocumentInput['implements']>[number];
type ReviewFlag = { code: string; message: string };
type RemovedInput = { line: number; text: string; reason: string };

/** A document ready to write. */
export interface ImportedDocument {
  ok: true;
  /** Where the Markdown goes, relative to the content folder: "2024/27-kh-ldld.md". */
  path: string;
  /** Where the kept original goes, relative to the content folder: "sources/2024/27-kh-ldld.txt". */
  sourcePath: string;
  /** The whole Markdown file. */
  markdown: string;
  data: DocumentInput;
  review: ReviewFlag[];
  /** The document's identity (src/archive/identity.ts): two files with the same one are one document. */
  identity: string;
  /** The file bases this document may take, in order of preference ("2024/27-kh-ldld", …). */
  candidates: string[];
}

/** Choices the caller makes once it has looked at the content folder. */
export interface ImportOptions {
  /** The file base to use, one of `candidates` (default: the first). */
  base?: string;
  /** The original file name to record in `source.file` (default: `fileName`), kept on re-import from sources/. */
  sourceFile?: string;
}

/** A file that cannot be imported, with a one-line Vietnamese message naming it. */
export interface ImportFailure {
  ok: false;
  error: string;
  code: string;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The line the fingerprint sits on; the fingerprint is the hash of the file with it unset. */
const GENERATED_RE = /^generated: ([0-9a-f]{64})$/m;
const GENERATED_UNSET = 'generated: null';

/**
 * True when a Markdown file is exactly as the importer wrote it (its `generated` fingerprint
 * matches its content): a person has not edited it since.
 * @example isUnedited(importDocument(bytes, 'a.txt').markdown) === true
 */
export function isUnedited(markdown: string): boolean {
  const match = GENERATED_RE.exec(markdown);
  if (!match) return false;
  return sha256(markdown.replace(GENERATED_RE, GENERATED_UNSET)) === match[1];
}

function citedInput(c: Citation): CitedInput {
  return {
    number: c.number.printed,
    ...(c.kind ? { kind: c.kind } : {}),
    ...(c.date ? { date: c.date } : {}),
    ...(c.issuer ? { issuer: c.issuer } : {}),
    ...(c.subject ? { subject: c.subject } : {}),
  };
}

/** One entry per cited number (by folded key): implemented if any mention implements it. */
function splitCitations(citations: Citation[]): { implements: CitedInput[]; mentions: CitedInput[] } {
  const byKey = new Map<string, { first: Citation; implements: boolean; dated?: Citation }>();
  for (const c of citations) {
    const seen = byKey.get(c.number.key);
    if (!seen) byKey.set(c.number.key, { first: c, implements: c.implements, ...(c.date ? { dated: c } : {}) });
    else {
      seen.implements ||= c.implements;
      if (!seen.dated && c.date) seen.dated = c;
    }
  }
  const implementsList: CitedInput[] = [];
  const mentions: CitedInput[] = [];
  for (const { first, implements: impl, dated } of byKey.values()) {
    // The fullest citation says most: take the dated one, keep the first printing of the number.
    const best = dated ?? first;
    const entry = { ...citedInput(best), number: first.number.printed };
    (impl ? implementsList : mentions).push(entry);
  }
  return { implements: implementsList, mentions };
}

/** Words of a line, for the nothing-lost record. */
const words = (s: string) =>
  s
    .split(/[\s*_#|>`]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);

function kindOf(extracted: ExtractedDocument, review: ReviewFlag[]): KindName {
  if (extracted.kind && isKindName(extracted.kind)) return extracted.kind;
  const fromNumber = extracted.header.number?.kindName;
  if (fromNumber) {
    review.push({
      code: 'kind-from-number',
      message: `Không thấy tên loại văn bản ở đầu văn bản; đã lấy "${fromNumber}" theo ký hiệu ${extracted.header.number!.printed}.`,
    });
    return fromNumber;
  }
  review.push({
    code: 'missing-kind',
    message: 'Không xác định được loại văn bản; tạm xếp là "Công văn" — hãy sửa trường kind.',
  });
  return 'Công văn';
}

/** Review flags from reading the header and citations. */
function initialReview(extracted: ExtractedDocument): ReviewFlag[] {
  return extracted.issues.map((issue) => ({
    code: issue.code === 'missing-field' ? `missing-${issue.field}` : issue.code,
    message: issue.message,
  }));
}

/** The title line, or the "kind + number" label as a placeholder (flagged). */
function titleOf(extracted: ExtractedDocument, kind: KindName, review: ReviewFlag[]): string {
  if (extracted.header.title) return extracted.header.title;
  const title = documentLabel({ kind, number: extracted.header.number?.printed ?? null });
  review.push({
    code: 'title-placeholder',
    message: `Không tìm thấy trích yếu; tạm dùng "${title}" — hãy điền trường title.`,
  });
  return title;
}

/** The frontmatter read from the header and citations; source, review, removed and generated are filled later. */
function frontmatterOf(extracted: ExtractedDocument, kind: KindName, title: string): DocumentInput {
  const { header } = extracted;
  const { implements: implementsList, mentions } = splitCitations(extracted.fullCitations);
  return {
    number: header.number?.printed ?? null,
    kind,
    title,
    issuer: header.issuer ?? null,
    issuerInferred: null,
    issuerParent: header.superiorIssuer ?? null,
    date: header.date ?? null,
    place: header.place ?? null,
    signer: null,
    implements: implementsList,
    mentions,
    recipients: header.recipients,
    addressees: header.addressees,
    source: null,
    review: [],
    removed: [],
    generated: null,
  };
}

/**
 * The signer: the header reader's, else a name alone on one of the last lines (the "TM. … /
 * CHỦ TỊCH" lines lost in extraction). A name without title is flagged; `line` is the fallback's
 * line, to keep out of the body.
 */
function signerOf(
  lines: string[],
  header: ExtractedDocument['header'],
  review: ReviewFlag[],
): { signer: DocumentInput['signer']; line?: number } {
  const read = header.signer;
  const recipientsStart = header.recipientLines[0]?.[0] ?? -1;
  const fallback = read ? null : readNameOnlySigner(lines, recipientsStart);
  const name = read?.name ?? fallback?.name;
  if (!name && !read) return { signer: null };
  if (name && !read?.title && !read?.onBehalf) {
    const where = fallback ? ` (dòng ${fallback.line + 1})` : '';
    review.push({
      code: 'signer-name-only',
      message: `Chỉ còn tên người ký “${name}”${where} ở cuối văn bản, mất chức vụ và dòng thẩm quyền ký — hãy đối chiếu bản gốc và điền trường signer.`,
    });
  }
  const signer = { name: name ?? null, title: read?.title ?? null, onBehalf: read?.onBehalf ?? null };
  return { signer, ...(fallback ? { line: fallback.line } : {}) };
}

/**
 * Nothing lost: a header, signature or recipients line whose words are not all in the
 * frontmatter fields is kept verbatim, beside the noise the body formatter removed.
 */
function removedLines(
  text: string,
  extracted: ExtractedDocument,
  data: DocumentInput,
  bodyRemoved: RemovedLine[],
): RemovedInput[] {
  const { header } = extracted;
  const lines = text.split('\n');
  const known = new Set([
    ...words(
      [
        data.number,
        data.kind,
        data.title,
        data.issuer,
        data.issuerParent,
        data.place,
        ...Object.values(data.signer ?? {}),
        ...header.recipients,
        ...header.addressees,
      ]
        .filter((v): v is string => typeof v === 'string')
        .join('\n'),
    ),
  ]);
  const removed: RemovedInput[] = [];
  const reasons: Array<[[number, number][], string]> = [
    [header.headerLines, 'header'],
    [header.signatureLines, 'signature'],
    [header.recipientLines, 'recipients'],
  ];
  for (const [ranges, reason] of reasons) {
    for (const [start, end] of ranges) {
      for (let i = start; i < end; i++) {
        const line = lines[i]?.trim() ?? '';
        if (line && !words(line).every((w) => known.has(w))) removed.push({ line: i + 1, text: line, reason });
      }
    }
  }
  for (const r of bodyRemoved) removed.push({ line: r.line + 1, text: r.text, reason: r.reason });
  return removed.sort((a, b) => a.line - b.line);
}

/** A document the build would refuse; the message names the file and the fields. */
export class InvalidDocumentError extends Error {
  override name = 'InvalidDocumentError';
}

/**
 * Refuse what the build refuses (the same DocumentSchema), naming the file and each field, so
 * the importer never writes a file the site cannot load.
 * @example validateDocument({ ...data, title: '' }, '2024/a.md') // throws InvalidDocumentError('2024/a.md: … (title: …) …')
 */
export function validateDocument(data: DocumentInput, file: string): void {
  const parsed = DocumentSchema.safeParse(data);
  if (parsed.success) return;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'frontmatter'}: ${issue.message}`);
  throw new InvalidDocumentError(
    `${file}: văn bản nhập ra không hợp lệ với lược đồ của kho (${problems.join('; ')}) — không ghi; hãy báo lỗi kèm tệp gốc.`,
  );
}

/** The file: YAML frontmatter, the body, and the fingerprint of both. */
function serialise(body: string, data: DocumentInput, path: string): string {
  validateDocument(data, path);
  // An object, not a string: matter.stringify parses a string body as a file first, so a body
  // beginning "---js" would be evaluated and one beginning "---" would lose its first lines.
  const file = { content: body || '\n', data: {} };
  const unsigned = matter.stringify(file, stripUndefined(data), { lineWidth: -1, noRefs: true } as never);
  return unsigned.replace(`\n${GENERATED_UNSET}\n`, `\ngenerated: ${sha256(unsigned)}\n`);
}

/**
 * Types a kept original is published as (issue 12, defect 2): a static host serves them as
 * downloads or plain text. Anything else (.html, .svg, .md, .htm…) is kept as .txt, so no host
 * ever serves a source as a page that could run a script on the site's origin.
 */
const INERT_EXTENSIONS = new Set(['.pdf', '.docx', '.doc', '.txt']);

/**
 * The extension an original is kept under: its own when inert, else ".txt".
 * @example keptExtension('a.PDF') === '.pdf'; keptExtension('x.svg') === '.txt'
 */
export function keptExtension(fileName: string): string {
  const extension = /\.[A-Za-z0-9]{1,5}$/.exec(fileName)?.[0]?.toLowerCase() ?? '.txt';
  return INERT_EXTENSIONS.has(extension) ? extension : '.txt';
}

/** A file the importer itself wrote: YAML frontmatter carrying its `generated` fingerprint. */
const ARCHIVE_FILE_RE = /^---\r?\n[\s\S]*?^generated: (?:[0-9a-f]{64}|null)\r?$/m;

function isArchiveFile(text: string): boolean {
  return text.startsWith('---') && ARCHIVE_FILE_RE.test(text.slice(0, 1_000_000));
}

/** What buildDocument needs besides the text: the original's bytes and name, and what reading it found. */
export interface ReadSource {
  bytes: Uint8Array;
  fileName: string;
  /** Review flags from decoding or reading the original (encoding guesses, OCR). */
  review: ReviewFlag[];
  /** The extension the original is kept under (".pdf", ".txt" …). */
  extension: string;
}

/**
 * Build the Markdown file of a document from its text in reading order: header, issuer,
 * signer, body, nothing-lost record, provenance. Shared by every format.
 * @example buildDocument(text, { bytes, fileName: 'a.pdf', review: [], extension: '.pdf' }).path === '2024/27-kh-ldld.md'
 */
export function buildDocument(text: string, source: ReadSource, options: ImportOptions = {}): ImportedDocument {
  const extracted = extractDocument(text, source.fileName);
  const { header } = extracted;
  const review = [...source.review, ...initialReview(extracted)];
  const kind = kindOf(extracted, review);
  const data = frontmatterOf(extracted, kind, titleOf(extracted, kind, review));
  const lines = text.split('\n');
  const issuer = readIssuerStep(header, text.slice(header.bodyStart));
  data.issuerInferred = issuer.issuerInferred;
  review.push(...issuer.review);
  const signer = signerOf(lines, header, review);
  data.signer = signer.signer;
  const fallbackLine: [number, number][] = signer.line === undefined ? [] : [[signer.line, signer.line + 1]];
  const body = formatBody(text, {
    exclude: [...header.headerLines, ...header.signatureLines, ...fallbackLine, ...header.recipientLines],
  });
  review.push(...checkMarkdown(body.markdown));
  data.removed = removedLines(text, extracted, data, body.removed);

  const digest = sha256(source.bytes);
  const facts = {
    number: data.number ?? null,
    kind,
    title: data.title,
    date: header.date ?? null,
    issuer: data.issuer ?? null,
    source: { sha256: digest },
  };
  const candidates = documentFileCandidates(facts);
  const base = options.base ?? candidates[0]!;
  const sourcePath = `sources/${base}${source.extension}`;
  const file = options.sourceFile ?? source.fileName;
  data.source = { file: file.split(/[\\/]/).pop()!, path: sourcePath, sha256: digest };
  data.review = review;
  const markdown = serialise(body.markdown, data, `${base}.md`);
  return {
    ok: true,
    path: `${base}.md`,
    sourcePath,
    markdown,
    data,
    review,
    identity: documentIdentity(facts),
    candidates,
  };
}

/** Review flags from decoding a text original. */
function decodeReview(decoded: DecodeSuccess): ReviewFlag[] {
  const review: ReviewFlag[] = decoded.warnings.map((message) => ({ code: `decode-${decoded.encoding}`, message }));
  if (decoded.invisibleRemoved > 0) {
    review.push({
      code: 'invisible-removed',
      message: `Đã bỏ ${decoded.invisibleRemoved} ký tự vô hình (ký tự độ rộng 0, điều khiển hướng chữ) trong văn bản gốc — hãy đối chiếu với bản gốc.`,
    });
  }
  return review;
}

/**
 * Read a raw text document (.txt, .md) and build its Markdown file. Fails (with a one-line
 * message naming the file) only when the bytes are not text (empty, binary, PDF, Word) or are
 * an archive file this tool wrote (importing the content folder onto itself would garble it).
 * Other formats go through importOriginal (src/import/import-original.ts).
 * @example importDocument(readFileSync('001.txt'), '001.txt').path === '2024/27-kh-ldld.md'
 */
export function importDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): ImportedDocument | ImportFailure {
  const decoded = decodeSource(bytes, fileName);
  if (!decoded.ok) return { ok: false, error: decoded.error, code: decoded.code };
  if (isArchiveFile(decoded.text)) {
    return {
      ok: false,
      code: 'archive-file',
      error: `${fileName}: đây là tệp Markdown của kho lưu trữ (do công cụ nhập tạo ra), không phải văn bản gốc — hãy nhập lại từ bản gốc trong thư mục sources/.`,
    };
  }
  try {
    return buildDocument(
      decoded.text,
      { bytes, fileName, review: decodeReview(decoded), extension: keptExtension(fileName) },
      options,
    );
  } catch (error) {
    if (error instanceof InvalidDocumentError) return { ok: false, code: 'invalid-document', error: error.message };
    throw error;
  }
}

/**
 * Read the generated body back with remark, as the site will: raw HTML that escaped escaping,
 * or a level-1 heading (the page title is the only h1), is flagged for review.
 */
export function checkMarkdown(markdown: string): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'html') {
      flags.push({
        code: 'raw-html',
        message: `Thân văn bản còn mã HTML (dòng ${node.position?.start.line ?? '?'}): sẽ hiển thị như chữ — hãy kiểm tra.`,
      });
    } else if (node.type === 'heading' && node.depth === 1) {
      flags.push({
        code: 'h1-in-body',
        message: `Thân văn bản có tiêu đề cấp 1 (dòng ${node.position?.start.line ?? '?'}) — hãy hạ xuống cấp 2.`,
      });
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(remark().parse(markdown));
  return flags;
}

function stripUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

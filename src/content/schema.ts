/**
 * The frontmatter of one archived document. Every field is documented; messages are
 * Vietnamese sentences an editor can act on. Pure zod: used by the Astro content
 * collection, the importer and the tests alike.
 */
import { z } from 'astro/zod';
import { KIND_NAMES } from '../reading/kinds.ts';
import { isIsoDate } from '../text/iso-date.ts';
import { IMPLEMENTS_OPENINGS } from '../reading/openings.ts';

/** The `implements` field described with the one list of openings. */
const IMPLEMENTS_DESCRIPTION = `Văn bản mà văn bản này thực hiện: văn bản được nêu ở trích yếu hoặc sau lời mở đầu ${IMPLEMENTS_OPENINGS.map((o) => `"${o} …"`).join(', ')}`;

/**
 * An ISO calendar date (yyyy-mm-dd) that exists: 2024-02-30 is refused. The build reads YAML
 * without a timestamp type (src/content/frontmatter.ts), so it sees the date as written; a
 * Date comes only from a YAML 1.1 reader, which has already rolled an impossible date over
 * (2024-02-30 → 2024-03-01), so the message does not suggest the rolled-over value (defect 17).
 */
export const IsoDateSchema = z.unknown().transform((value, ctx) => {
  if (value instanceof Date) {
    ctx.addIssue({
      code: 'custom',
      message:
        "ngày phải viết trong dấu nháy dạng 'yyyy-mm-dd', ví dụ '2024-08-08' (trình đọc YAML này đổi ngày không có nháy thành kiểu ngày, và đổi sai ngày không có thật, như 2024-02-30 thành 2024-03-01)",
    });
    return z.NEVER;
  }
  if (typeof value !== 'string' || !isIsoDate(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `ngày không hợp lệ: ${JSON.stringify(value)} — cần một ngày có thật dạng 'yyyy-mm-dd', ví dụ '2024-08-08'`,
    });
    return z.NEVER;
  }
  return value;
});

const text = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `thiếu ${what}` : `${what} phải là chuỗi chữ`) });

const nullableText = (what: string) => text(what).nullable().default(null);

/** Text that must hold something other than spaces (defect 16). */
const filledText = (what: string) => text(what).refine((s) => s.trim() !== '', `${what} không được để trống hoặc chỉ có dấu cách`);

/**
 * An issuing body's name as printed. Any text is accepted: its browse page's address is made
 * by the render stage (src/render/urls.ts facetSegment: "khong-ten" for a name without a letter
 * or digit, a long one cut with a digest), so the build renders what the schema lets through.
 */
const IssuerSchema = nullableText('cơ quan ban hành (issuer)');

/** A document kind from the known list (Kế hoạch, Nghị quyết…). */
export const KindSchema = z.enum(KIND_NAMES, {
  error: (issue) =>
    issue.input === undefined
      ? 'thiếu loại văn bản (kind)'
      : `loại văn bản ${JSON.stringify(issue.input)} không có trong danh sách: ${KIND_NAMES.join(', ')}`,
});

/** What a document says about another document it cites. */
export const CitedDocumentSchema = z.object({
  /** The number as printed in the citation, e.g. "43-NQ/TW". */
  number: text('số ký hiệu của văn bản được dẫn (number)'),
  /** The cited document's kind, when the citation names it ("Nghị quyết số …"). */
  kind: KindSchema.optional(),
  /** The cited document's date, when the citation gives it. */
  date: IsoDateSchema.optional(),
  /** The issuer phrase of the citation ("Bộ Chính trị", "BCH Trung ương Đảng khóa XIII"). */
  issuer: text('cơ quan ban hành của văn bản được dẫn (issuer)').optional(),
  /** The subject ("về …") of the citation, when present. */
  subject: text('trích yếu của văn bản được dẫn (subject)').optional(),
});

/** The person who signed, as printed under the text. */
export const SignerSchema = z.object({
  /** Full name, e.g. "Sùng A Hồ". */
  name: nullableText('họ tên người ký (signer.name)'),
  /** Position, e.g. "PHÓ BÍ THƯ". */
  title: nullableText('chức vụ người ký (signer.title)'),
  /** The on-behalf line: "T/M BAN THƯỜNG VỤ", "KT. GIÁM ĐỐC", "TL.", "TUQ.", "Q.". */
  onBehalf: nullableText('dòng thẩm quyền ký (signer.onBehalf)'),
});

/** Where the document came from: the kept original and its fingerprint. */
export const SourceSchema = z.object({
  /** The original file name as received. */
  file: text('tên tệp gốc (source.file)'),
  /**
   * Path of the kept copy (e.g. "sources/2024/27-kh-ldld.txt"), relative to the folder the
   * importer wrote into: the content folder or a folder inside it. The loader looks for it
   * from the document's folder upwards and stores it relative to the content folder
   * (src/content/document-files.ts, locateOriginal).
   */
  path: nullableText('đường dẫn bản gốc (source.path)'),
  /** SHA-256 of the original file's bytes, lower-case hex. */
  sha256: z
    .string({ error: 'thiếu mã SHA-256 của tệp gốc (source.sha256)' })
    .regex(/^[0-9a-f]{64}$/, 'source.sha256 phải là 64 ký tự hex chữ thường'),
});

/** Text taken out of the body during import (page numbers, stamps…), kept so nothing is lost. */
export const RemovedLineSchema = z.object({
  /** 1-based line number in the source file. */
  line: z.number().int().nonnegative(),
  /** The text as it was. */
  text: z.string(),
  /** Why it was removed: page-number, running-header, stamp, crawler… */
  reason: z.string(),
});

/** Something the importer was unsure of, for the person reviewing the file. */
export const ReviewFlagSchema = z.object({
  /** Machine-readable code, e.g. "missing-number", "date-from-body", "ambiguous-citation". */
  code: z.string(),
  /** A Vietnamese sentence saying what to check. */
  message: z.string(),
});

/** An issuer inferred by the importer (DESIGN.md "Issuers": say so on the page and in the review flags). */
const IssuerInferredSchema = z.object({
  /** Canonical name in normal Vietnamese case ("Tỉnh ủy", "Bảo hiểm xã hội Việt Nam"). */
  name: text('tên cơ quan suy ra (issuerInferred.name)'),
  /** Level of the body, when known. */
  level: z.enum(['trung-uong', 'tinh', 'huyen', 'xa']).nullable().default(null),
  /** Canonical province, when something in the document states it. */
  province: nullableText('tỉnh (issuerInferred.province)'),
  /** The visible note, in Vietnamese ("Suy ra từ nội dung: …"). */
  note: text('ghi chú suy luận (issuerInferred.note)'),
  /** The evidence used, one Vietnamese phrase each. */
  evidence: z.array(z.string()).default([]),
});

export const DocumentSchema = z.object({
  /** Số, ký hiệu as printed ("27 /KH-LĐLD"); null when the document shows none. */
  number: nullableText('số ký hiệu (number)'),
  /** Loại văn bản, from the heading (KẾ HOẠCH → Kế hoạch) or a công văn's "V/v". */
  kind: KindSchema,
  /** Trích yếu: the title line under the kind heading, or the "V/v" line. */
  title: filledText('trích yếu (title)'),
  /** The issuing body, as printed ("LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG"); null when lost. */
  issuer: IssuerSchema,
  /**
   * The issuer inferred from the rest of the document when the header lost it (the number's
   * issuer code, "X ban hành …" in the body, the place line, the signer block): written by the
   * importer with src/reading/issuers `readIssuer`, shown with its note, never silent.
   */
  issuerInferred: IssuerInferredSchema.nullable().default(null),
  /** The issuer's superior organ printed above it ("LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH PHƯỚC"). */
  issuerParent: nullableText('cơ quan cấp trên (issuerParent)'),
  /** Ngày ban hành, ISO yyyy-mm-dd; null when the document shows none. */
  date: IsoDateSchema.nullable().default(null),
  /** Địa danh: the place before the date ("Phú Riềng"). */
  place: nullableText('địa danh (place)'),
  /** Người ký. */
  signer: SignerSchema.nullable().default(null),
  /**
   * Documents this one implements: those its title or an opening clause names, the openings
   * being IMPLEMENTS_OPENINGS (src/reading/openings.ts: "Thực hiện …", "Căn cứ …", …).
   */
  implements: z.array(CitedDocumentSchema).default([]).describe(IMPLEMENTS_DESCRIPTION),
  /** Every other document cited in the body. */
  mentions: z.array(CitedDocumentSchema).default([]),
  /** Nơi nhận: the recipients list, one entry per line as printed. */
  recipients: z.array(z.string()).default([]),
  /** Kính gửi: the addressees of a công văn, one entry per addressee. */
  addressees: z.array(z.string()).default([]),
  /** Provenance of the imported file; null for documents written by hand. */
  source: SourceSchema.nullable().default(null),
  /** What the importer could not read with confidence: where a person should look. */
  review: z.array(ReviewFlagSchema).default([]),
  /** Noise removed from the body (page numbers, stamps…), kept verbatim. */
  removed: z.array(RemovedLineSchema).default([]),
  /** SHA-256 of the file as the importer wrote it, so a later hand edit is detected. */
  generated: z.string().regex(/^[0-9a-f]{64}$/).nullable().default(null),
});

/** A document's frontmatter after validation and defaults. */
export type DocumentData = z.output<typeof DocumentSchema>;

/** Frontmatter as written in a file, before defaults. */
export type DocumentInput = z.input<typeof DocumentSchema>;

/**
 * readIssuer: the one call for the header reader and the importer. The printed issuer block
 * wins when it names a body; when the header lost it, the issuer is inferred from the rest of
 * the document (and says so). Review flags are Vietnamese, ready for the document's flags.
 */
import { inferIssuer, type InferredIssuer, type IssuerEvidence } from './infer.ts';
import { resolveIssuer } from './resolve.ts';
import type { ResolvedIssuer } from './types.ts';

/** What the header reader found: the printed issuer (if any) and the evidence around it. */
export interface IssuerInput extends IssuerEvidence {
  /** The issuer block as printed (DocumentHeader.issuer); its parent line goes in `parent`. */
  printed?: string;
}

export interface IssuerReading {
  /** The body, or null when the printed block names none we know, or nothing says who issued it. */
  issuer: ResolvedIssuer | InferredIssuer | null;
  /** Review flags in Vietnamese. */
  flags: string[];
  /** Evidence of an inference, in Vietnamese (empty for a printed issuer). */
  evidence: string[];
}

const UNKNOWN_PROVINCE = 'Chưa rõ tỉnh, thành phố của cơ quan ban hành: văn bản không ghi.';

/**
 * The issuer of a document: resolved from the printed block, else inferred.
 * @example readIssuer({ printed: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG', parent: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH PHƯỚC' }).issuer?.name
 *   // 'Liên đoàn Lao động huyện Phú Riềng'
 */
export function readIssuer(input: IssuerInput): IssuerReading {
  const printed = input.printed?.trim();
  if (printed) {
    const issuer = resolveIssuer(printed, {
      ...(input.parent ? { parent: input.parent } : {}),
      ...(input.date ? { date: input.date } : {}),
    });
    if (!issuer)
      return {
        issuer: null,
        flags: [`Chưa nhận ra cơ quan ban hành “${printed}”: giữ nguyên như in trên văn bản.`],
        evidence: [],
      };
    const flags = issuer.level !== 'trung-uong' && !issuer.province ? [UNKNOWN_PROVINCE] : [];
    return { issuer, flags, evidence: [] };
  }
  const { issuer, flags, evidence } = inferIssuer(input);
  return { issuer, flags, evidence };
}

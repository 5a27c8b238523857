/**
 * The importer's issuer step (issue 13): hand what the header reader found — the printed
 * issuer, its parent line, the number's issuer code, the body, place, date, signer and
 * recipients — to the one issuer authority, src/reading/issuers `readIssuer`, and turn its
 * answer into frontmatter. The printed `issuer` stays as printed (null when lost); an issuer
 * inferred from the rest of the document goes in `issuerInferred`, never silently: each
 * inference and each doubt becomes a Vietnamese review flag naming its evidence.
 * Pure and browser-safe.
 */
import { readIssuer, type IssuerInput, type IssuerReading } from '../reading/issuers/index.ts';
import type { DocumentHeader } from '../reading/header.ts';
import type { DocumentInput } from '../content/schema.ts';

type ReviewFlag = { code: string; message: string };
type IssuerInferredInput = NonNullable<DocumentInput['issuerInferred']>;

/** What the issuer step adds to a document. */
export interface IssuerStep {
  issuerInferred: IssuerInferredInput | null;
  review: ReviewFlag[];
}

/**
 * The evidence readIssuer takes, from the header reader's output and the body text.
 * @example issuerInputOf(header, body).issuerCode // 'BHXH' for number 2719/KH-BHXH
 */
export function issuerInputOf(header: DocumentHeader, body: string): IssuerInput {
  const code = header.number?.issuerCode ?? header.draftNumber?.issuerCode;
  const signer = header.signer;
  return {
    ...(header.issuer ? { printed: header.issuer } : {}),
    ...(header.superiorIssuer ? { parent: header.superiorIssuer } : {}),
    ...(code ? { issuerCode: code } : {}),
    body,
    ...(header.place ? { place: header.place } : {}),
    ...(header.date ? { date: header.date } : {}),
    ...(signer?.title || signer?.onBehalf
      ? {
          signer: {
            ...(signer.onBehalf ? { onBehalf: signer.onBehalf } : {}),
            ...(signer.title ? { title: signer.title } : {}),
          },
        }
      : {}),
    recipients: header.recipients,
  };
}

/** readIssuer's flag for a body whose province the document does not state. */
const isProvinceFlag = (message: string) => message.startsWith('Chưa rõ tỉnh');

/** readIssuer's flags, each with a stable code; the inference flag names its evidence. */
function flagsOf(reading: IssuerReading, printed: boolean): ReviewFlag[] {
  const evidence = reading.evidence.length ? ` Căn cứ: ${reading.evidence.join('; ')}.` : '';
  return reading.flags.map((message) => {
    if (isProvinceFlag(message)) return { code: 'issuer-province-unknown', message };
    if (printed) return { code: 'issuer-unrecognised', message };
    if (reading.issuer) return { code: 'issuer-inferred', message: `${message}${evidence}` };
    return { code: 'issuer-not-inferred', message: `${message}${evidence}` };
  });
}

/**
 * The inferred issuer (when the header printed none and the rest of the document says who
 * issued it) and the review flags of the issuer reading.
 * @example readIssuerStep(extractDocument(seed002).header, body).issuerInferred?.name // 'Bảo hiểm xã hội Việt Nam'
 */
export function readIssuerStep(header: DocumentHeader, body: string): IssuerStep {
  const input = issuerInputOf(header, body);
  const reading = readIssuer(input);
  const printed = input.printed !== undefined;
  const review = flagsOf(reading, printed);
  const issuer = reading.issuer;
  if (printed || !issuer || !('inferred' in issuer)) return { issuerInferred: null, review };
  return {
    issuerInferred: {
      name: issuer.name,
      level: issuer.level,
      province: issuer.province ?? null,
      note: issuer.note,
      evidence: reading.evidence,
    },
    review,
  };
}

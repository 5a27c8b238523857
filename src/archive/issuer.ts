/**
 * The issuing body of an archived or cited document (DESIGN.md "Issuers": an issuer is a body,
 * not a string): its canonical name from the issuer authority (src/reading/issuers), the form
 * printed, level, province, and whether the importer inferred it. Browse lists, citation
 * resolution and identity compare bodies, so "LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG" and "Liên
 * đoàn Lao động huyện Phú Riềng" are one issuer. Pure and browser-safe.
 */
import type { DocumentData } from '../content/schema.ts';
import {
  resolveIssuer,
  resolveIssuerPrefix,
  type IssuerContext,
  type IssuerLevel,
  type ResolvedIssuer,
} from '../reading/issuers/index.ts';
import { keptAnswers } from '../text/memo.ts';
import { foldName, foldText } from '../text/vietnamese.ts';

/** An issuing body as the archive shows and compares it. */
export interface IssuerBody {
  /** Canonical name in normal case ("Liên đoàn Lao động huyện Phú Riềng"); the printed text when no body is recognised. */
  name: string;
  /** The issuer as printed (white space collapsed); null when the importer inferred it. */
  printed: string | null;
  level: IssuerLevel | null;
  /** Canonical province, when something states it. */
  province: string | null;
  /** The visible note of an inferred issuer ("Suy ra từ nội dung: …"); null when printed. */
  inferred: string | null;
  /** What groups printings of one body: folded name and province ("" when unknown). */
  key: string;
}

/** The fields of a document that say who issued it. */
export type IssuerFields = Pick<DocumentData, 'issuer' | 'date'> &
  Partial<Pick<DocumentData, 'issuerParent' | 'issuerInferred'>>;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The grouping key of a body: its folded canonical name and province.
 * @example issuerKey('Liên đoàn Lao động huyện Phú Riềng', 'Bình Phước') === 'liên đoàn lao động huyện phú riềng|bình phước'
 */
export function issuerKey(name: string, province: string | null): string {
  return `${foldName(name)}|${province ? foldName(province) : ''}`;
}

function body(
  name: string,
  printed: string | null,
  level: IssuerLevel | null,
  province: string | null,
  inferred: string | null,
): IssuerBody {
  return { name, printed, level, province, inferred, key: issuerKey(name, province) };
}

const fromResolved = (resolved: ResolvedIssuer, printed: string): IssuerBody =>
  body(resolved.name, printed, resolved.level, resolved.province ?? null, null);

/**
 * The issuer of an archived document: the printed issuer resolved with its parent line and
 * date, else the importer's inferred issuer (with its note), else the printed text as it is.
 * Null when the document names no issuer at all.
 * @example documentIssuer({ issuer: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG', issuerParent: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH PHƯỚC', date: '2024-08-08' })?.name
 *   === 'Liên đoàn Lao động huyện Phú Riềng'
 */
export function documentIssuer(data: IssuerFields): IssuerBody | null {
  const printed = data.issuer ? collapse(data.issuer) : null;
  const context: IssuerContext = {
    ...(data.issuerParent ? { parent: data.issuerParent } : {}),
    ...(data.date ? { date: data.date } : {}),
  };
  const resolved = printed ? resolveIssuer(printed, context) : null;
  if (resolved && printed) return fromResolved(resolved, printed);
  const inferred = data.issuerInferred;
  if (inferred) return body(inferred.name, printed, inferred.level, inferred.province, inferred.note);
  return printed ? body(printed, printed, null, null, null) : null;
}

/**
 * The body a citation's issuer phrase names ("BCH Trung ương Đảng khóa XIII" → Ban Chấp hành
 * Trung ương Đảng), read with resolveIssuerPrefix as the citation reader may cut a phrase too
 * late. `province` is the citing document's: a provincial body cited without its place ("LĐLĐ
 * tỉnh", "Tỉnh ủy") is the citing body's own province's, as administrative writing uses it.
 * The phrase itself when it names no body we know.
 * @example citedIssuer('LĐLĐ tỉnh', '2024-08-02', 'Bình Phước').name === 'Liên đoàn Lao động tỉnh Bình Phước'
 */
export function citedIssuer(phrase: string, date?: string, province?: string | null): IssuerBody {
  const printed = collapse(phrase);
  const context: IssuerContext = { ...(province ? { parent: province } : {}), ...(date ? { date } : {}) };
  const resolved = resolveIssuerPrefix(printed, context);
  return resolved ? fromResolved(resolved, printed) : body(printed, printed, null, null, null);
}

/**
 * The issuer part of a document's identity: the folded canonical name of its printed issuer,
 * resolved from the issuer line alone (the importer and the archive both have it), else the
 * folded printed text; "?" when none is printed. Two printings of one body give one identity.
 * @example identityIssuer('BAN THƯỜNG VỤ TỈNH ỦY LÂM ĐỒNG', '2023-11-29') === identityIssuer('Tỉnh ủy Lâm Đồng', '2023-11-29')
 */
export function identityIssuer(issuer: string | null, date?: string | null): string {
  if (!issuer) return '?';
  const resolved = resolveIssuer(issuer, date ? { date } : {});
  return foldName(resolved?.name ?? issuer);
}

/**
 * Whether a citation's issuer names the same body as a document's: same canonical name and no
 * disagreeing province, or one folded form containing the other ("LĐLĐ huyện B" in "… LĐLĐ
 * huyện B") for issuers the authority does not know.
 * @example isSameIssuer(documentIssuer({ issuer: 'UBND TỈNH LÀO CAI', date: null })!, citedIssuer('Ủy ban nhân dân tỉnh Lào Cai')) === true
 */
export function isSameIssuer(have: IssuerBody, wanted: IssuerBody): boolean {
  const [h, w] = [foldedBody(have), foldedBody(wanted)];
  if (h.name === w.name) return !have.province || !wanted.province || have.province === wanted.province;
  return h.forms.some((a) => w.forms.some((b) => a !== '' && b !== '' && (a.includes(b) || b.includes(a))));
}

/** A body's names folded: its canonical name (foldName), and its name and printed text (foldText). */
interface FoldedBody {
  name: string;
  forms: string[];
}

/**
 * Folded names by the names themselves. Resolving a large archive's citations compares each
 * citation's body with every document of the same number (hundreds for a common "28/KH-UBND"
 * at 100,000 documents), and folding those names each time was most of a build's graph time;
 * an archive has a few thousand distinct issuer texts.
 */
const folded = keptAnswers<FoldedBody>(20_000);

function foldedBody(b: IssuerBody): FoldedBody {
  return folded(`${b.name}\u0000${b.printed ?? ''}`, () => ({
    name: foldName(b.name),
    forms: [b.name, b.printed].filter((s): s is string => Boolean(s)).map(foldText),
  }));
}

/** Shown after a name shared by bodies of several provinces when a body's province is unknown. */
const UNKNOWN_PROVINCE = 'chưa rõ tỉnh';

/**
 * A label for each body, by key: its name, and its province in brackets when bodies of several
 * provinces (or of an unknown one) share the name ("Ủy ban nhân dân huyện Châu Thành (Tiền
 * Giang)"), so two lines of a list never read the same.
 * @example distinctLabels([body]).get(body.key) === body.name
 */
export function distinctLabels(bodies: IssuerBody[]): Map<string, string> {
  const keysByName = new Map<string, Set<string>>();
  for (const b of bodies) {
    const name = foldName(b.name);
    keysByName.set(name, (keysByName.get(name) ?? new Set()).add(b.key));
  }
  const labels = new Map<string, string>();
  for (const b of bodies) {
    if (labels.has(b.key)) continue;
    const shared = keysByName.get(foldName(b.name))!.size > 1;
    labels.set(b.key, shared ? `${b.name} (${b.province ?? UNKNOWN_PROVINCE})` : b.name);
  }
  return labels;
}

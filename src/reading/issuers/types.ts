/**
 * Types shared by the issuer modules (DESIGN.md "Issuers": an issuer is a body, not a string).
 */

/**
 * Administrative level of an issuing body: central (trung ương), province (tỉnh, including
 * centrally-run cities), district (huyện, quận, thị xã, provincial city; abolished on
 * 1 July 2025) and commune (xã, phường, thị trấn, đặc khu).
 */
export type IssuerLevel = 'trung-uong' | 'tinh' | 'huyen' | 'xa';

/** How resolveIssuer recognised the printed text. */
export type IssuerMatch =
  /** A name or alias of a central body in the authority table. */
  | 'alias'
  /** An issuer code printed in a number (`TTg`, `BHXH`). */
  | 'code'
  /** A local body pattern: body + level word + place ("Huyện ủy Phú Riềng"). */
  | 'pattern'
  /** A unit resolved through its parent line ("ĐẢNG ỦY CHÍNH PHỦ / VĂN PHÒNG"). */
  | 'parent'
  /** Several bodies issuing together ("ỦY BAN THƯỜNG VỤ QUỐC HỘI - CHÍNH PHỦ - …"). */
  | 'joint';

/** An issuing body recognised from printed text. */
export interface ResolvedIssuer {
  /** Canonical display name in normal Vietnamese case ("Liên đoàn Lao động huyện Phú Riềng"). */
  name: string;
  /** The text it was read from, as printed (white space collapsed). */
  printed: string;
  level: IssuerLevel;
  /** Canonical province name ("Bình Phước", "Thành phố Hồ Chí Minh") when known; never for central bodies. */
  province?: string;
  /** The body's issuer code in numbers (`TTg`, `BHXH`, `TU`, `LĐLĐ`) when there is one. */
  code?: string;
  /** The authority-table id of a central body, or the family id of a local one ("tinh-uy", "ubnd"). */
  body: string;
  matchedBy: IssuerMatch;
  /** The bodies of a joint issuer, in printed order. */
  members?: ResolvedIssuer[];
}

/** What the caller knows around the printed issuer. */
export interface IssuerContext {
  /** The superior organ printed above the issuer ("LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH PHƯỚC"); " / " separates several. */
  parent?: string;
  /** ISO date of the document, to pick the provinces in force. */
  date?: string;
}

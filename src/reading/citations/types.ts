/** The shapes the citation finder returns. */
import type { DocumentNumber } from '../document-number.ts';
import type { KindName } from '../kinds.ts';

/** One reference to another document. */
export interface Citation {
  /** The reference as printed, from the kind word to the issuer phrase, white space collapsed. */
  raw: string;
  number: DocumentNumber;
  /** From the kind word before the number, else from the number's type code. */
  kind?: KindName;
  /** ISO yyyy-mm-dd. */
  date?: string;
  /** The issuer phrase after "của" ("Bộ Chính trị", "BCH Trung ương Đảng khóa XIII"). */
  issuer?: string;
  /** The subject after "về" ("tăng cường sự lãnh đạo …"), quotes removed. */
  subject?: string;
  /** True when the document implements it (opening "Thực hiện/Căn cứ/Triển khai …", or title). */
  implements: boolean;
  /** Offset of `raw` in the text (UTF-16). */
  index: number;
  /** 1-based line of `raw`'s start, as an editor shows it. */
  line: number;
}

/** A machine-readable inconsistency; `message` is the Vietnamese sentence for the maintainer. */
export interface CitationIssue {
  code: 'conflicting-dates' | 'alias-mismatch';
  message: string;
  /** The canonical number(s) concerned. */
  numbers: string[];
  /** The ISO dates concerned (conflicting-dates). */
  dates?: string[];
}

export interface CitationAlias {
  /** The short name as printed ("Kết luận số 166-KL/TW", "Quy định 377"). */
  alias: string;
  /** Canonical number of the citation it names. */
  target: string;
}

export interface FindCitationsOptions {
  /** Character ranges [start, end) of the title: citations there are implemented. */
  titleRanges?: Array<[number, number]>;
  /** Where the body starts (the opening is searched from here); default 0. */
  bodyStart?: number;
  /** Character ranges to ignore (crawler notes, running heads, the header's own number). */
  ignoreRanges?: Array<[number, number]>;
  /** Folded key of the document's own number: never reported as a citation. */
  ownKey?: string;
}

export interface FindCitationsResult {
  citations: Citation[];
  aliases: CitationAlias[];
  /** Vietnamese sentences, one per issue. */
  warnings: string[];
  issues: CitationIssue[];
}

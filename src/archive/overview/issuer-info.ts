/**
 * What the implementation overview needs to know about an issuer: its canonical name, its
 * level and its province. The overview takes a lookup function rather than importing the
 * issuer authority, so it is tested with stub data and the authority is wired in one place
 * (src/render/issuer-lookup.ts).
 */
import type { GraphNode } from '../graph.ts';

/** Administrative level of an issuing body (DESIGN.md "Issuers"). */
export type IssuerLevel = 'trung-uong' | 'tinh' | 'huyen' | 'xa';

/** A level, or unknown when the authority could not place the body. */
export type LevelKey = IssuerLevel | 'khong-ro';

/** Levels from the centre down, then unknown: the order of every list and chart. */
export const LEVEL_ORDER: readonly LevelKey[] = ['trung-uong', 'tinh', 'huyen', 'xa', 'khong-ro'];

/** An issuer as the overview sees it. */
export interface IssuerInfo {
  /** Canonical name in normal case ("Liên đoàn Lao động huyện Phú Riềng"). */
  name: string;
  level?: IssuerLevel;
  /** Canonical province name ("Bình Phước"); absent for central bodies and when unknown. */
  province?: string;
}

/** The issuer of a document of the graph, or null when nothing is known of it. */
export type IssuerLookup = (node: GraphNode) => IssuerInfo | null;

/**
 * The level key of an issuer, unknown when there is no issuer or no level.
 * @example levelKeyOf({ name: 'Bộ Chính trị', level: 'trung-uong' }) === 'trung-uong'
 * @example levelKeyOf(null) === 'khong-ro'
 */
export function levelKeyOf(issuer: IssuerInfo | null): LevelKey {
  return issuer?.level ?? 'khong-ro';
}

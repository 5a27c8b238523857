/**
 * Issuers (DESIGN.md "Issuers"): the authority table of central bodies, the patterns of local
 * bodies, provinces with validity dates, and the two entry points — resolveIssuer for a printed
 * issuer block, inferIssuer when the header lost it. Pure and browser-safe.
 */
export type { IssuerContext, IssuerLevel, IssuerMatch, ResolvedIssuer } from './types.ts';
export { resolveIssuer, resolveIssuerPrefix } from './resolve.ts';
export { readIssuer, type IssuerInput, type IssuerReading } from './read-issuer.ts';
export { inferIssuer, type InferredIssuer, type IssuerEvidence, type IssuerInference } from './infer.ts';
export { AUTHORITIES, findAuthority, findAuthoritiesByCode, type Authority } from './authorities.ts';
export { LOCAL_FAMILIES, LEVEL_WORDS, type LocalFamily } from './local-bodies.ts';
export {
  PROVINCES,
  findProvince,
  findProvinceById,
  isProvinceInForce,
  provinceLabel,
  provincesInForce,
  successorOf,
  type Province,
} from './provinces.ts';
export { provinceOfPlace } from './places.ts';
export { capitalizeSyllable, toFieldCase, toPlaceCase, toSentenceCase } from './normal-case.ts';
export { ISSUER_LEVEL_LABELS } from './labels.ts';

/**
 * The number as the pages show it: the printed number with its typing slips mended, and
 * nothing else changed (issue 13: "27 /KH-LĐLD" is shown "27/KH-LĐLĐ"; letter case is part of a
 * number, "394/QĐ-TTg" is never "394/QĐ-TTG").
 *
 * Browser-safe: depends on src/text/vietnamese.ts and the issuer authority's tables.
 */
import { foldCode, unifyDashes } from '../text/vietnamese.ts';
import { AUTHORITIES } from './issuers/authorities.ts';
import { LOCAL_FAMILIES } from './issuers/local-bodies.ts';

/**
 * Issuer codes that contain Đ, taken from the issuer authority (the central bodies' codes and the
 * local families' codes: Nghị định 30/2020/NĐ-CP, Phụ lục III; Hướng dẫn 36-HD/VPTW), so the
 * codes are listed in one place. A segment equal to one of them but for a D typed for Đ is
 * restored. Type codes are left alone: "HD" is Hướng dẫn and "HĐ" Hợp đồng, both valid.
 */
export const ISSUER_CODES_WITH_D_STROKE: readonly string[] = [
  ...new Set(
    [...AUTHORITIES.flatMap((a) => a.codes), ...LOCAL_FAMILIES.flatMap((f) => f.codes)].filter((c) => c.includes('Đ')),
  ),
];

/**
 * Codes with Đ printed in numbers that name no body the authority can hold, so they live here:
 * `CĐKT` (chế độ kế toán, the drafting unit in the Bộ Tài chính's "Thông tư 84 TC/CĐKT") and
 * `HĐQT` (Hội đồng quản trị, the board of an enterprise the code does not name: "05/NQ-HĐQT").
 */
export const UNIT_CODES_WITH_D_STROKE: readonly string[] = ['CĐKT', 'HĐQT'];

const BY_FOLDED = new Map<string, string>(
  [...ISSUER_CODES_WITH_D_STROKE, ...UNIT_CODES_WITH_D_STROKE].map((code) => [foldCode(code), code]),
);

/**
 * Restore Đ in a segment that folds to a known issuer code, when the segment is in capitals
 * except for D/Đ (so a word in lower case is never touched).
 */
function restoreDStroke(segment: string): string {
  const known = BY_FOLDED.get(foldCode(segment));
  if (!known || known === segment || known.length !== segment.length) return segment;
  for (let i = 0; i < segment.length; i++) {
    const [a, b] = [segment[i], known[i]];
    if (a !== b && !(a === 'D' && b === 'Đ')) return segment;
  }
  return known;
}

/**
 * The number to display: white space runs collapsed, blanks around "-" and "/" removed, dash
 * look-alikes unified, a D typed for Đ inside a known issuer code restored; letter case and
 * leading zeros kept as printed.
 * @example canonicalNumber('27 /KH-LĐLD') === '27/KH-LĐLĐ'
 * @example canonicalNumber('3304 - CV/TU') === '3304-CV/TU'
 */
export function canonicalNumber(printed: string): string {
  const spaced = unifyDashes(printed.normalize('NFC'))
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*([-/])\s*/g, '$1');
  const serial = /^\d+[a-zA-Z]?(?:\.\d+)?/.exec(spaced)?.[0] ?? '';
  const rest = spaced.slice(serial.length);
  return serial + rest.replace(/[\p{L}\p{N}]+/gu, restoreDStroke);
}

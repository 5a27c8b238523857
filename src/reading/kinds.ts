/**
 * Document kinds (loại văn bản) and their type codes in document numbers.
 * Sources: Nghị định 30/2020/NĐ-CP, Phụ lục III (State abbreviations) and
 * Hướng dẫn 36-HD/VPTW (Party abbreviations). The code whitelist is what keeps
 * "2020 - 2025" and "quý I/2025" from being read as document numbers.
 */
import { foldCode } from '../text/vietnamese.ts';

/** A kind of document, by its Vietnamese name as printed in a heading. */
export const KIND_NAMES = [
  'Nghị quyết',
  'Kết luận',
  'Chỉ thị',
  'Quyết định',
  'Quy định',
  'Quy chế',
  'Kế hoạch',
  'Chương trình',
  'Hướng dẫn',
  'Thông báo',
  'Thông tư',
  'Thông tri',
  'Báo cáo',
  'Tờ trình',
  'Đề án',
  'Phương án',
  'Dự án',
  'Công văn',
  'Công điện',
  'Nghị định',
  'Luật',
  'Pháp lệnh',
  'Giấy phép',
  'Giấy mời',
  'Biên bản',
  'Hợp đồng',
  'Điều lệ',
  'Quy trình',
  // Joint documents (Nghị định 30/2020/NĐ-CP, Phụ lục III: NQLT, TTLT), listed last so the
  // list shown in messages keeps its order.
  'Nghị quyết liên tịch',
  'Thông tư liên tịch',
] as const;

export type KindName = (typeof KIND_NAMES)[number];

/**
 * Type codes as they appear in numbers, mapped to the kind's name. Keys are the canonical
 * spelling; lookups go through {@link kindFromCode}, which ignores case and đ/d.
 * A code may name two kinds (TT: Thông tư for the State, Thông tri for the Party;
 * QĐ: Quyết định, and in Party numbers also Quy định): the number's system decides.
 */
export const KIND_CODES: Record<string, KindName> = {
  NQ: 'Nghị quyết',
  NQLT: 'Nghị quyết liên tịch',
  KL: 'Kết luận',
  CT: 'Chỉ thị',
  QĐ: 'Quyết định',
  QĐi: 'Quy định',
  QyĐ: 'Quy định',
  QC: 'Quy chế',
  KH: 'Kế hoạch',
  CTr: 'Chương trình',
  CTHĐ: 'Chương trình',
  HD: 'Hướng dẫn',
  TB: 'Thông báo',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  BC: 'Báo cáo',
  TTr: 'Tờ trình',
  ĐA: 'Đề án',
  PA: 'Phương án',
  DA: 'Dự án',
  CV: 'Công văn',
  CĐ: 'Công điện',
  NĐ: 'Nghị định',
  PL: 'Pháp lệnh',
  GP: 'Giấy phép',
  GM: 'Giấy mời',
  BB: 'Biên bản',
  HĐ: 'Hợp đồng',
};

const CODES = Object.keys(KIND_CODES);
const byUpper = new Map<string, string>(CODES.map((code) => [code.toUpperCase(), code]));
const byFolded = new Map<string, string>();
for (const code of CODES) if (!byFolded.has(foldCode(code))) byFolded.set(foldCode(code), code);

/**
 * The canonical type code for a code as printed, or undefined when it is not a known type code.
 * Exact spelling wins, then any case, then Đ typed as D: "HD" is Hướng dẫn, not Hợp đồng (HĐ);
 * "DA" is Dự án, "ĐA" Đề án.
 * @example canonicalKindCode('qd') === 'QĐ'; canonicalKindCode('CTR') === 'CTr'; canonicalKindCode('HD') === 'HD'
 */
export function canonicalKindCode(code: string): string | undefined {
  if (code in KIND_CODES) return code;
  return byUpper.get(code.toUpperCase()) ?? byFolded.get(foldCode(code));
}

/**
 * The kind's name for a type code as printed, or undefined for an unknown code.
 * @example kindFromCode('KH') === 'Kế hoạch'
 */
export function kindFromCode(code: string): KindName | undefined {
  const canonical = canonicalKindCode(code);
  return canonical ? KIND_CODES[canonical] : undefined;
}

/** True when the string is one of the known kind names. */
export function isKindName(name: string): name is KindName {
  return (KIND_NAMES as readonly string[]).includes(name);
}

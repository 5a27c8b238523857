/**
 * The issuing body: upper-case pieces above the number (or the date, or the heading), grouped
 * into organs; the last organ issues, the ones above it are its superiors (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I; Hướng dẫn 36-HD/VPTW).
 */
import { clean, columns, isUpper } from './layout.ts';

const MOTTO_RE =
  /C[ỘO]NG\s+H[ÒOÕÓ][AÀ]\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM|Đ[ộỘ]c\s+l[ậẬ]p\s*[-–—]\s*T[ựỰ]\s+do\s*[-–—]\s*H[ạẠ]nh\s+[pP]h[úÚ]c|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/giu;
const RULE_RE = /[-_=]{3,}|\*{1,}\s*$/g;

/** Words that start an organ's name (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.1). */
const ORGAN_HEAD_RE = new RegExp(
  '^(?:UBND|HĐND|BCH|ỦY BAN|UỶ BAN|HỘI ĐỒNG|SỞ|BỘ|BAN|ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG BỘ|ĐẢNG ĐOÀN|' +
    'LIÊN ĐOÀN|TỔNG LIÊN ĐOÀN|TỈNH ỦY|TỈNH UỶ|HUYỆN ỦY|HUYỆN UỶ|THÀNH ỦY|THÀNH UỶ|QUẬN ỦY|' +
    'CHÍNH PHỦ|THỦ TƯỚNG|VĂN PHÒNG|BẢO HIỂM|CÔNG ĐOÀN|HỘI|ĐOÀN|MẶT TRẬN|CỤC|CHI CỤC|TỔNG CỤC|' +
    'TRUNG TÂM|PHÒNG|TRƯỜNG|QUỐC HỘI|TÒA ÁN|TOÀ ÁN|VIỆN|KHO BẠC|CÔNG AN|THANH TRA|CÔNG TY|' +
    'TẬP ĐOÀN|NGÂN HÀNG|ĐÀI|BÁO|HỌC VIỆN|ĐẠI HỌC|KIỂM TOÁN|BỆNH VIỆN)(?![\\p{L}])',
  'u',
);

export interface IssuerReading {
  issuer: string;
  superiorIssuer?: string;
}

/**
 * Read the issuer from lines [first, end); `numberLine` is the "Số:" line (-1 if none), whose
 * number is not part of the organ.
 * @example readIssuer(['UBND TỈNH LÀO CAI', 'SỞ CÔNG THƯƠNG', 'Số: 1050 /QĐ-SCT'], 0, 3, 2)
 *   // { issuer: 'SỞ CÔNG THƯƠNG', superiorIssuer: 'UBND TỈNH LÀO CAI' }
 */
export function readIssuer(lines: string[], first: number, end: number, numberLine: number): IssuerReading | null {
  const organs: string[] = [];
  let continuing = true;
  const blanked = blankMotto(lines, end);
  for (let i = first; i < end; i++) {
    let lineHasOrgan = false;
    // On the number line, everything from the label on is the number, whatever gaps split it
    // ("Số:    512      /SXD-QH": the codes would otherwise stand as an upper-case column).
    const line = i === numberLine ? cutAtLastLabel(blanked[i] ?? '') : (blanked[i] ?? '');
    for (const column of columns(line)) {
      const p = organPiece(column);
      if (!p) continue;
      lineHasOrgan = true;
      const last = organs.length - 1;
      if (organs.length && continuing && !ORGAN_HEAD_RE.test(p)) organs[last] = `${organs[last]} ${p}`;
      else organs.push(p);
      continuing = true;
    }
    if (!lineHasOrgan && clean(lines[i] ?? '') && !/^[\s*|_-]*$/.test(lines[i] ?? '')) continuing = false;
  }
  if (!organs.length) return null;
  const reading: IssuerReading = { issuer: organs[organs.length - 1] ?? '' };
  if (organs.length > 1) reading.superiorIssuer = organs.slice(0, -1).join(' / ');
  return reading;
}

/**
 * The text before the last "Số" of a line: the label, not the "SỐ" of an organ's name
 * ("TRUNG TÂM CHUYỂN ĐỔI SỐ   Số: 12/TB-TTCĐS").
 */
function cutAtLastLabel(line: string): string {
  return line.replace(/^([\s\S]*)(?<!\p{L})[Ss][ốỐôồổỗộóòỏõọoÔỒỔỖỘÓÒỎÕỌO](?!\p{L})[\s\S]*$/u, '$1');
}

/** Lines [0, end) with the motto blanked out: exploded tables split it across lines. */
function blankMotto(lines: string[], end: number): string[] {
  return lines
    .slice(0, end)
    .join('\n')
    .replace(MOTTO_RE, (m) => m.replace(/[^\n]/g, ' '))
    .split('\n');
}

/** The upper-case organ text of a column, or '' when it holds none. */
function organPiece(column: string): string {
  let p = clean(column.replace(RULE_RE, ' '));
  if (!p) return '';
  if (!isUpper(p)) {
    // A mixed line that ends with an upper-case run: "… ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM".
    const tailRun = /((?:\s|^)(?:[\p{Lu}Đ]+(?:\s+|$)|-\s+){2,})$/u.exec(p);
    if (!tailRun?.[1] || !isUpper(tailRun[1])) return '';
    p = tailRun[1].trim();
  }
  return /\p{Lu}{2}/u.test(p) ? p : '';
}

/**
 * Turn the bytes of a source document into clean text for the importer: detect the encoding,
 * refuse what is not text (PDF, Word, binary) with an error a maintainer can act on, and
 * normalise what is (NFC, LF line endings, Cyrillic look-alikes, control characters).
 *
 * Policy for text that is not UTF-8 (decided here, one place):
 * - UTF-16 with a BOM, or without one but with the tell-tale NUL byte in every other position,
 *   is decoded, with a warning.
 * - TCVN3 (ABC) and VNI-Windows, the pre-Unicode Vietnamese encodings, are converted with full
 *   tables (legacy-encodings.ts), with a warning asking for a check against the original; this
 *   also covers a UTF-8 file that already holds TCVN3/VNI mojibake ("KÕ ho¹ch").
 * - Windows-1258 (the Vietnamese ANSI code page) is decoded when that yields Vietnamese words,
 *   with a warning; any other invalid UTF-8 is refused (we cannot tell Latin-1 from a corrupt
 *   file, and a wrong guess would silently corrupt the archive).
 * - A UTF-8 file with a handful of broken bytes is decoded with U+FFFD in their place and a
 *   warning naming how many, so the maintainer can find them.
 */

import { repairCyrillic, toNfc } from '../text/vietnamese.ts';
import { decodeTcvn3, decodeVni, detectLegacyEncoding, UNICODE_VIETNAMESE_RE } from './legacy-encodings.ts';
import { isMostlyVietnamese } from './vietnamese-syllables.ts';

/** Decoded text ready for the importer. */
export interface DecodeSuccess {
  ok: true;
  /** NFC, Cyrillic look-alikes repaired, `\n` line endings, no control characters but `\n` and `\t`. */
  text: string;
  /** One Vietnamese line each, naming the file: what was repaired or guessed. */
  warnings: string[];
  /** The encoding the bytes were read as: 'utf-8', 'utf-16le', 'utf-16be', 'tcvn3', 'vni', 'windows-1258'. */
  encoding: string;
  /** How many invisible characters (zero-width, bidi controls, soft hyphens) were removed. */
  invisibleRemoved: number;
}

/** A file the importer must skip. */
export interface DecodeFailure {
  ok: false;
  /** One Vietnamese line: `<file>: <problem> — <what to do>`. */
  error: string;
  /** Stable machine code: 'empty', 'pdf', 'docx', 'ole', 'rtf', 'image', 'binary', 'not-utf8'. */
  code: string;
}

/** Result of {@link decodeSource}. */
export type DecodeResult = DecodeSuccess | DecodeFailure;

/** Magic numbers of formats people drop into the import folder by mistake. */
const MAGIC: Array<{ bytes: number[]; code: string; problem: string; action: string }> = [
  {
    bytes: [0x25, 0x50, 0x44, 0x46],
    code: 'pdf',
    problem: 'đây là tệp PDF, không phải văn bản thuần',
    action: 'hãy trích xuất văn bản (.txt, UTF-8) từ PDF trước rồi nhập tệp .txt',
  },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    code: 'docx',
    problem: 'đây là tệp nén ZIP (thường là .docx/.xlsx của Word/Excel), không phải văn bản thuần',
    action: 'hãy trích xuất văn bản (.txt, UTF-8) trước, ví dụ mở bằng Word và "Lưu thành" Plain Text UTF-8',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    code: 'ole',
    problem: 'đây là tệp Microsoft Office cũ (.doc/.xls), không phải văn bản thuần',
    action: 'hãy trích xuất văn bản (.txt, UTF-8) trước, ví dụ mở bằng Word và "Lưu thành" Plain Text UTF-8',
  },
  {
    bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66],
    code: 'rtf',
    problem: 'đây là tệp RTF, không phải văn bản thuần',
    action: 'hãy mở bằng Word và "Lưu thành" Plain Text UTF-8',
  },
  {
    bytes: [0x89, 0x50, 0x4e, 0x47],
    code: 'image',
    problem: 'đây là ảnh PNG',
    action: 'hãy nhận dạng chữ (OCR) và nhập tệp .txt thu được',
  },
  {
    bytes: [0xff, 0xd8, 0xff],
    code: 'image',
    problem: 'đây là ảnh JPEG',
    action: 'hãy nhận dạng chữ (OCR) và nhập tệp .txt thu được',
  },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function fail(fileName: string, code: string, problem: string, action: string): DecodeFailure {
  return { ok: false, code, error: `${fileName}: ${problem} — ${action}.` };
}

/**
 * UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte. Look at the first 4 KiB;
 * returns the byte order or null.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Share of bytes that are C0 controls other than tab, LF, CR, FF and ESC: text has next to none, binary ~10%. */
function controlRatio(bytes: Uint8Array): number {
  let controls = 0;
  for (const b of bytes) {
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) controls++;
  }
  return bytes.length === 0 ? 0 : controls / bytes.length;
}

/** Count invalid UTF-8 sequences and valid multi-byte ones (the decoder marks each bad sequence with U+FFFD). */
function utf8Stats(bytes: Uint8Array): { text: string; invalid: number; multiByte: number } {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let invalid = 0;
  let multiByte = 0;
  for (const ch of text) {
    if (ch === '\uFFFD') invalid++;
    else if (ch.codePointAt(0)! > 0x7f) multiByte++;
  }
  // A literal U+FFFD (EF BF BD) in a valid file is not an error.
  const literal = countLiteralReplacement(bytes);
  return { text, invalid: invalid - literal, multiByte: multiByte + literal };
}

function countLiteralReplacement(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

/**
 * Clean decoded text: LF line endings (CRLF, CR, form feed = pdftotext page break, U+2028/9),
 * NFC, Cyrillic look-alikes repaired, other control characters and stray BOMs removed.
 */
/**
 * Characters that print as nothing but change what text is: zero-width space, non-joiner and
 * joiner, word joiner and invisible operators, bidirectional controls (Unicode TR9), the
 * Mongolian vowel separator, the soft hyphen. Inside a word they hide it from the reader
 * ("K\u200BẾ HOẠCH" is not the heading KẾ HOẠCH) and from search; they are removed, and flagged.
 */
const INVISIBLE_RE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069]/g;

/** Remove invisible characters; returns the text and how many there were. */
function removeInvisible(text: string): { text: string; removed: number } {
  let removed = 0;
  const cleaned = text.replace(INVISIBLE_RE, () => {
    removed++;
    return '';
  });
  return { text: cleaned, removed };
}

function normaliseText(raw: string, fileName: string, warnings: string[]): string {
  let text = raw.replace(/\r\n?|[\f\v\u2028\u2029\u0085]/g, '\n');
  let stripped = 0;
  // eslint-disable-next-line no-control-regex -- this regex exists to remove control characters
  text = text.replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufeff\ufffe]/g, () => {
    stripped++;
    return '';
  });
  if (stripped > 0) warnings.push(`${fileName}: đã bỏ ${stripped} ký tự điều khiển không in được.`);
  text = toNfc(text);
  const repaired = toNfc(repairCyrillic(text));
  if (repaired !== text) {
    let changed = 0;
    const a = Array.from(text);
    const b = Array.from(repaired);
    if (a.length === b.length) {
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) changed++;
    } else {
      changed = 1;
    }
    warnings.push(`${fileName}: đã sửa ${changed} chữ Cyrillic trông giống chữ Latinh (ví dụ "С" → "C").`);
    text = repaired;
  }
  return text;
}

/** Convert TCVN3/VNI text if it is one; adds the warning. Returns null when it is not legacy text. */
function convertLegacy(text: string, fileName: string, warnings: string[]): { text: string; encoding: string } | null {
  const legacy = detectLegacyEncoding(text);
  if (legacy === null) return null;
  const converted = legacy === 'tcvn3' ? decodeTcvn3(text) : decodeVni(text);
  // The byte signals alone accept random bytes in 0x80–0xFF (issue 12, defect 14): the result
  // must read as Vietnamese.
  if (!isMostlyVietnamese(converted)) return null;
  const name = legacy === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI';
  warnings.push(
    `${fileName}: văn bản dùng bảng mã cũ ${name}, đã chuyển sang Unicode — hãy đối chiếu vài dòng với bản gốc (hoặc chuyển bằng Unikey rồi nhập lại).`,
  );
  return { text: converted, encoding: legacy };
}

/**
 * Decode the bytes of a source document (.txt/.md) to clean text, or explain why it cannot be
 * imported. Never throws.
 * @example
 * const r = decodeSource(new TextEncoder().encode('\uFEFFKế hoạch\r\n'), 'kh.txt');
 * // r.ok === true, r.text === 'Kế hoạch\n', r.encoding === 'utf-8'
 */
export function decodeSource(bytes: Uint8Array, fileName: string): DecodeResult {
  const warnings: string[] = [];
  if (bytes.length === 0)
    return fail(fileName, 'empty', 'Tệp rỗng (0 byte)', 'hãy kiểm tra lại tệp nguồn hoặc xoá nó khỏi thư mục nhập');
  for (const magic of MAGIC) {
    if (startsWith(bytes, magic.bytes)) return fail(fileName, magic.code, magic.problem, magic.action);
  }
  const reading = readBytes(bytes, fileName, warnings);
  if ('ok' in reading) return reading;
  let { raw, encoding } = reading;
  if (encoding === 'utf-8' || encoding.startsWith('utf-16')) {
    // A UTF-8/16 file can still hold TCVN3/VNI text that was once read as ANSI and saved again.
    const legacy = convertLegacy(raw, fileName, warnings);
    if (legacy !== null) {
      raw = legacy.text;
      encoding = legacy.encoding;
    }
  }
  const visible = removeInvisible(raw);
  const text = normaliseText(visible.text, fileName, warnings);
  if (text.trim() === '') {
    return fail(
      fileName,
      'empty',
      'Tệp rỗng (chỉ có khoảng trắng)',
      'hãy kiểm tra lại tệp nguồn hoặc xoá nó khỏi thư mục nhập',
    );
  }
  return { ok: true, text, warnings, encoding, invisibleRemoved: visible.removed };
}

/** Bytes read as text in some encoding, or the reason they cannot be. */
type Reading = { raw: string; encoding: string } | DecodeFailure;

const damagedUtf8 = (fileName: string, invalid: number) =>
  `${fileName}: ${invalid} chuỗi byte UTF-8 hỏng đã được thay bằng "�" — hãy tìm ký tự này và sửa theo bản gốc.`;

/** Read by the byte-order mark when there is one, else by what the bytes look like. */
function readBytes(bytes: Uint8Array, fileName: string, warnings: string[]): Reading {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const stats = utf8Stats(bytes.subarray(3));
    if (stats.invalid > 0) warnings.push(damagedUtf8(fileName, stats.invalid));
    return { raw: stats.text, encoding: 'utf-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || sniffUtf16(bytes) !== null) {
    const bom = startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le' : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be' : null;
    const encoding = bom ?? sniffUtf16(bytes)!;
    warnings.push(
      `${fileName}: tệp ở dạng ${encoding.toUpperCase()}${bom ? '' : ' (không có BOM)'}, đã chuyển sang UTF-8.`,
    );
    return { raw: new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes), encoding };
  }
  if (bytes.includes(0) || controlRatio(bytes) > 0.02) {
    return fail(
      fileName,
      'binary',
      'tệp nhị phân, không phải văn bản (có byte NUL hoặc ký tự điều khiển)',
      'hãy trích xuất văn bản (.txt, UTF-8) từ tài liệu gốc trước',
    );
  }
  const stats = utf8Stats(bytes);
  if (stats.invalid === 0) return { raw: stats.text, encoding: 'utf-8' };
  if (stats.multiByte > 0 && stats.invalid <= Math.max(2, stats.multiByte / 100)) {
    // Overwhelmingly UTF-8 with a few damaged bytes: keep the text, flag the damage.
    warnings.push(damagedUtf8(fileName, stats.invalid));
    return { raw: stats.text, encoding: 'utf-8' };
  }
  return readAnsi(bytes, stats.invalid, fileName, warnings);
}

/** Not UTF-8: a legacy Vietnamese encoding, or Windows-1258, when the result reads as Vietnamese. */
function readAnsi(bytes: Uint8Array, invalid: number, fileName: string, warnings: string[]): Reading {
  const legacy = convertLegacy(new TextDecoder('windows-1252').decode(bytes), fileName, warnings);
  if (legacy !== null) return { raw: legacy.text, encoding: legacy.encoding };
  const cp1258 = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  const vietnamese = cp1258.match(UNICODE_VIETNAMESE_RE)?.length ?? 0;
  if (vietnamese >= 3 && vietnamese >= invalid / 4 && isMostlyVietnamese(cp1258)) {
    warnings.push(
      `${fileName}: tệp không phải UTF-8, đã đọc theo bảng mã Windows-1258 — hãy đối chiếu với bản gốc và lưu lại tệp dạng UTF-8.`,
    );
    return { raw: cp1258, encoding: 'windows-1258' };
  }
  return fail(
    fileName,
    'not-utf8',
    `tệp không phải UTF-8 (${invalid} chuỗi byte không hợp lệ; có thể là Windows-1252/Latin-1)`,
    'hãy mở tệp bằng trình soạn thảo (hoặc Unikey) và lưu lại với bảng mã UTF-8',
  );
}

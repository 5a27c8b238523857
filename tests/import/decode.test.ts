import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource, type DecodeResult } from '../../src/import/decode.ts';
import { decodeTcvn3, decodeVni, detectLegacyEncoding } from '../../src/import/legacy-encodings.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const utf8 = (s: string) => new TextEncoder().encode(s);

function ok(result: DecodeResult) {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.error}`);
  return result;
}
function failure(result: DecodeResult) {
  if (result.ok) throw new Error('expected a failure');
  return result;
}

/** Bytes of a string in a single-byte code page, built from the platform decoder of that code page. */
function singleByte(text: string, codePage: string): Uint8Array {
  const decoder = new TextDecoder(codePage);
  const byChar = new Map<string, number>();
  for (let b = 255; b >= 0; b--) byChar.set(decoder.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text) {
    const direct = byChar.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    // Windows-1258 writes most toned vowels as the letter with its hat or horn + a tone mark.
    const nfd = ch.normalize('NFD');
    const tone = /[\u0300\u0301\u0303\u0309\u0323]/u.exec(nfd)?.[0] ?? '';
    const base = nfd.replace(tone, '').normalize('NFC');
    for (const part of [base, tone]) if (part !== '') out.push(byChar.get(part)!);
  }
  return Uint8Array.from(out);
}

/**
 * TCVN3 encoder written independently of the decoder under test: the TCVN3 code of each
 * lower-case toned vowel, listed by vowel row (a ă â e ê i o ô ơ u ư y) and tone column
 * (huyền, hỏi, ngã, sắc, nặng), as printed in TCVN 5712:1993.
 */
const TCVN3_ROWS: Array<[string, number[]]> = [
  ['aàảãáạ', [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ăằẳẵắặ', [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['âầẩẫấậ', [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['eèẻẽéẹ', [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['êềểễếệ', [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['iìỉĩíị', [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['oòỏõóọ', [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ôồổỗốộ', [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ơờởỡớợ', [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['uùủũúụ', [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ưừửữứự', [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['yỳỷỹýỵ', [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];
const TCVN3_PLAIN: Record<string, number> = {
  ă: 0xa8,
  â: 0xa9,
  ê: 0xaa,
  ô: 0xab,
  ơ: 0xac,
  ư: 0xad,
  đ: 0xae,
  Ă: 0xa1,
  Â: 0xa2,
  Ê: 0xa3,
  Ô: 0xa4,
  Ơ: 0xa5,
  Ư: 0xa6,
  Đ: 0xa7,
};
function tcvn3(text: string): Uint8Array {
  const table = new Map<string, number>(Object.entries(TCVN3_PLAIN));
  for (const [letters, codes] of TCVN3_ROWS) codes.forEach((code, i) => table.set(letters[i + 1]!, code));
  // Capital toned vowels have no code: the ABC upper-case fonts draw the lower-case ones.
  return Uint8Array.from(
    Array.from(text.normalize('NFC'), (ch) => table.get(ch) ?? table.get(ch.toLowerCase()) ?? ch.charCodeAt(0)),
  );
}

/** VNI encoder: base letter, then one byte for hat and tone together (VNI-Windows keyboard table). */
function vni(text: string): Uint8Array {
  const tones = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const plainTone = ['ø', 'ù', 'û', 'õ', 'ï'];
  const hatTone = ['à', 'á', 'å', 'ã', 'ä'];
  const breveTone = ['è', 'é', 'ú', 'ü', 'ë'];
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const upper = ch !== ch.toLowerCase();
    const nfd = ch.toLowerCase().normalize('NFD');
    let base = nfd[0]!;
    const marks = nfd.slice(1);
    const tone = tones.findIndex((t) => marks.includes(t));
    let code = '';
    if (ch.toLowerCase() === 'đ') {
      out += upper ? 'Ñ' : 'ñ';
      continue;
    }
    if (marks.includes('\u031b')) base = base === 'o' ? 'ô' : 'ö';
    if (base === 'i' && marks !== '') {
      out += (upper ? ['Ì', 'Í', 'Æ', 'Ó', 'Ò'] : ['ì', 'í', 'æ', 'ó', 'ò'])[tone]!;
      continue;
    }
    if (base === 'y' && tone === 4) {
      out += upper ? 'Î' : 'î';
      continue;
    }
    if (marks.includes('\u0302')) code = tone >= 0 ? hatTone[tone]! : 'â';
    else if (marks.includes('\u0306')) code = tone >= 0 ? breveTone[tone]! : 'ê';
    else if (tone >= 0) code = plainTone[tone]!;
    out += upper ? (base + code).toUpperCase() : base + code;
  }
  return singleByte(out, 'windows-1252');
}

const SENTENCE =
  'Kế hoạch thực hiện Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương Đảng về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc';

describe('decodeSource', () => {
  it('decodes UTF-8 with a BOM and turns CRLF and CR line endings into LF', () => {
    const r = ok(decodeSource(utf8('\uFEFFKẾ HOẠCH\r\nThực hiện Kết luận\rsố 196-KL/TW\r\n'), 'kh-196.txt'));
    expect(r).toEqual({
      ok: true,
      text: 'KẾ HOẠCH\nThực hiện Kết luận\nsố 196-KL/TW\n',
      warnings: [],
      encoding: 'utf-8',
      invisibleRemoved: 0,
    });
  });

  it('normalises decomposed Vietnamese to NFC', () => {
    const nfd = 'Nghị quyết về Đảng ủy'.normalize('NFD');
    expect(ok(decodeSource(utf8(nfd), 'nfd.txt')).text).toBe('Nghị quyết về Đảng ủy'.normalize('NFC'));
  });

  it('repairs Cyrillic look-alike letters and says how many', () => {
    const r = ok(decodeSource(utf8('Сông văn số 12/UBND-VX củа Ủy ban'), 'cv.txt'));
    expect(r.text).toBe('Công văn số 12/UBND-VX của Ủy ban');
    expect(r.warnings).toEqual(['cv.txt: đã sửa 2 chữ Cyrillic trông giống chữ Latinh (ví dụ "С" → "C").']);
  });

  it('repairs the Cyrillic "а" inside "củа" of corpus document 002', () => {
    const r = ok(decodeSource(readFileSync(join(FIXTURES, 'corpus/raw/002.txt')), '002.txt'));
    expect(r.text).toContain('ngày 30/8/2019 của Chính phủ');
    expect(r.text).not.toMatch(/[\u0400-\u04ff]/u);
    expect(r.warnings.some((w) => w.includes('Cyrillic'))).toBe(true);
  });

  it('strips control characters but keeps tabs, and reads a form feed as a line break', () => {
    const r = ok(
      decodeSource(
        utf8('Điều 1.\tPhạm vi điều chỉnh của Quy định này\u0007\u001b\fĐiều 2. Đối tượng áp dụng'),
        'ctl.txt',
      ),
    );
    expect(r.text).toBe('Điều 1.\tPhạm vi điều chỉnh của Quy định này\nĐiều 2. Đối tượng áp dụng');
    expect(r.warnings).toEqual(['ctl.txt: đã bỏ 2 ký tự điều khiển không in được.']);
  });

  it('decodes UTF-16 with a BOM in both byte orders, and without a BOM from the NUL pattern', () => {
    const text = 'Kế hoạch số 27/KH-LĐLĐ\n';
    const units = Array.from(text, (c) => c.charCodeAt(0));
    const le = Uint8Array.from([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    const be = Uint8Array.from([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]);
    const bare = le.subarray(2);
    expect(ok(decodeSource(le, 'a.txt'))).toMatchObject({ text, encoding: 'utf-16le' });
    expect(ok(decodeSource(be, 'b.txt'))).toMatchObject({ text, encoding: 'utf-16be' });
    const r = ok(decodeSource(bare, 'c.txt'));
    expect(r).toMatchObject({ text, encoding: 'utf-16le' });
    expect(r.warnings[0]).toContain('UTF-16LE (không có BOM)');
  });

  it('refuses an empty or whitespace-only file with a one-line Vietnamese error naming it', () => {
    for (const bytes of [new Uint8Array(), utf8('  \n\t\r\n'), Uint8Array.of(0xef, 0xbb, 0xbf)]) {
      const r = failure(decodeSource(bytes, 'trong.txt'));
      expect(r.code).toBe('empty');
      expect(r.error).toMatch(/^trong\.txt: Tệp rỗng .* — .+\.$/u);
      expect(r.error).not.toContain('\n');
    }
  });

  it('refuses PDF, Word and binary files and says to extract the text first', () => {
    const cases: Array<[Uint8Array, string]> = [
      [utf8('%PDF-1.7\n%âãÏÓ'), 'pdf'],
      [Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), 'docx'],
      [Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'ole'],
      [Uint8Array.of(0x01, 0x02, 0x00, 0x9c, 0xff, 0x00, 0x00, 0x13, 0x07), 'binary'],
    ];
    for (const [bytes, code] of cases) {
      const r = failure(decodeSource(bytes, 'kh.bin'));
      expect(r.code).toBe(code);
      expect(r.error).toMatch(/^kh\.bin: .+ — .+\.$/u);
      expect(r.error).not.toContain('\n');
    }
    expect(failure(decodeSource(utf8('%PDF-1.4'), 'kh.pdf')).error).toContain('hãy trích xuất văn bản (.txt');
  });

  it('converts TCVN3 (ABC) text, including the capitals line the upper-case fonts wrote with lower-case codes', () => {
    const bytes = tcvn3(`KẾ HOẠCH\n${SENTENCE}.`);
    const r = ok(decodeSource(bytes, 'abc.txt'));
    expect(r.encoding).toBe('tcvn3');
    expect(r.text).toBe(`KẾ HOẠCH\n${SENTENCE}.`);
    expect(r.warnings[0]).toMatch(/^abc\.txt: văn bản dùng bảng mã cũ TCVN3/u);
  });

  it('converts VNI text', () => {
    const r = ok(decodeSource(vni(`KẾ HOẠCH\n${SENTENCE}; ủy ban, Ỷ, người, ngữ, khuya, quý.`), 'vni.txt'));
    expect(r.encoding).toBe('vni');
    expect(r.text).toBe(`KẾ HOẠCH\n${SENTENCE}; ủy ban, Ỷ, người, ngữ, khuya, quý.`);
  });

  it('converts TCVN3 mojibake that was already saved as UTF-8', () => {
    const r = ok(decodeSource(utf8('KÕ ho¹ch cña Ban Th\u00ad\u00eang vô TØnh ñy vÒ c«ng t¸c §¶ng'), 'mojibake.txt'));
    expect(r.text).toBe('Kế hoạch của Ban Thường vụ Tỉnh ủy về công tác Đảng');
    expect(r.encoding).toBe('tcvn3');
  });

  it('reads Windows-1258 Vietnamese with a warning', () => {
    const r = ok(decodeSource(singleByte(SENTENCE, 'windows-1258'), 'ansi.txt'));
    expect(r.encoding).toBe('windows-1258');
    expect(r.text).toBe(SENTENCE);
    expect(r.warnings[0]).toContain('Windows-1258');
  });

  it('refuses Latin-1 text that is not Vietnamese instead of guessing', () => {
    const r = failure(decodeSource(singleByte('Résumé du café crème à Genève, très élevé.', 'windows-1252'), 'fr.txt'));
    expect(r.code).toBe('not-utf8');
    expect(r.error).toMatch(/^fr\.txt: tệp không phải UTF-8 .* — hãy mở tệp .* UTF-8\.$/u);
  });

  it('keeps a UTF-8 file with one damaged byte and warns where to look', () => {
    const bytes = Uint8Array.from([
      ...utf8('Kế hoạch số 27 của Liên đoàn Lao động huyện Phú Riềng '),
      0xff,
      ...utf8(' năm 2024'),
    ]);
    const r = ok(decodeSource(bytes, 'hong.txt'));
    expect(r.text).toContain('Phú Riềng \uFFFD năm 2024');
    expect(r.warnings).toEqual([
      'hong.txt: 1 chuỗi byte UTF-8 hỏng đã được thay bằng "�" — hãy tìm ký tự này và sửa theo bản gốc.',
    ]);
  });

  it('decodes all 35 fixture documents as UTF-8 without changing their words', () => {
    const files = [
      ...readdirSync(join(FIXTURES, 'seeds')).map((f) => `seeds/${f}`),
      ...readdirSync(join(FIXTURES, 'corpus/raw')).map((f) => `corpus/raw/${f}`),
    ];
    expect(files).toHaveLength(35);
    for (const f of files) {
      const bytes = readFileSync(join(FIXTURES, f));
      const r = ok(decodeSource(bytes, f));
      expect(r.encoding, f).toBe('utf-8');
      expect(r.text.replace(/[\p{L}]/gu, '').length, f).toBe(
        bytes
          .toString('utf8')
          .normalize('NFC')
          .replace(/\r\n?/g, '\n')
          .replace(/[\p{L}]/gu, '').length,
      );
    }
  });
});

describe('detectLegacyEncoding', () => {
  it('recognises TCVN3 and VNI and leaves Unicode Vietnamese alone', () => {
    expect(detectLegacyEncoding('KÕ ho¹ch cña §¶ng')).toBe('tcvn3');
    expect(detectLegacyEncoding('Keá hoaïch cuûa Ñaûng')).toBe('vni');
    expect(detectLegacyEncoding('Kế hoạch hoá, toà án, khoẻ, uỷ ban, quý, Đảng © 2025 – giá 10 €')).toBeNull();
  });
});

describe('decodeTcvn3', () => {
  it('converts the national motto as printed in old ABC documents', () => {
    expect(decodeTcvn3('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(decodeTcvn3('§éc lËp - Tù do - H¹nh phóc')).toBe('Độc lập - Tự do - Hạnh phúc');
  });
});

describe('decodeVni', () => {
  it('converts the national motto as typed with VNI fonts', () => {
    expect(decodeVni('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(decodeVni('Ñoäc laäp - Töï do - Haïnh phuùc')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(decodeVni('KEÁ HOAÏCH')).toBe('KẾ HOẠCH');
  });
});

/**
 * Normal Vietnamese case for names printed in capitals. Rules from Nghị định 30/2020/NĐ-CP,
 * Phụ lục II (viết hoa): a place name capitalises every syllable ("Phú Riềng", "Bà Rịa - Vũng
 * Tàu") while the unit word stays lower case ("huyện", "tỉnh"); a body's name capitalises its
 * type word and the first word of each field it covers ("Bộ Văn hóa, Thể thao và Du lịch",
 * "Sở Nông nghiệp và Môi trường").
 */

/** Proper names that keep their capitals inside a field name. */
const PROPER_NAMES: Array<[RegExp, string]> = [
  [/\bcông thương\b/giu, 'Công Thương'],
  [/\bviệt nam\b/giu, 'Việt Nam'],
  [/\bhồ chí minh\b/giu, 'Hồ Chí Minh'],
  [/\btrung ương\b/giu, 'Trung ương'],
  [/\bquốc hội\b/giu, 'Quốc hội'],
  [/\bchính phủ\b/giu, 'Chính phủ'],
  [/\bmặt trận tổ quốc\b/giu, 'Mặt trận Tổ quốc'],
  [/\bnhà nước\b/giu, 'Nhà nước'],
];

/**
 * One syllable with a capital first letter and the rest lower case.
 * @example capitalizeSyllable('RIỀNG') === 'Riềng'
 */
export function capitalizeSyllable(word: string): string {
  const lower = word.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/**
 * A place name with every syllable capitalised; dashes and digits kept.
 * @example toPlaceCase('BÀ RỊA - VŨNG TÀU') === 'Bà Rịa - Vũng Tàu'
 */
export function toPlaceCase(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((w) => w.split('-').map(capitalizeSyllable).join('-'))
    .join(' ');
}

/**
 * A field or unit name: lower case with the first word of each field capitalised (fields are
 * separated by "và", commas and spaced dashes), proper names kept.
 * @example toFieldCase('LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI') === 'Lao động - Thương binh và Xã hội'
 */
export function toFieldCase(name: string): string {
  const lower = name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
  const parts = lower.split(/(\s+và\s+|\s*,\s*|\s+-\s+)/u);
  const cased = parts
    .map((part, i) => (i % 2 === 0 ? part.charAt(0).toLocaleUpperCase('vi') + part.slice(1) : part))
    .join('');
  return PROPER_NAMES.reduce((text, [re, proper]) => text.replace(re, proper), cased);
}

/**
 * Capitalise only the first letter (a sentence), proper names kept.
 * @example toSentenceCase('TIỂU BAN THÔNG TIN') === 'Tiểu ban thông tin'
 */
export function toSentenceCase(text: string): string {
  const lower = text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
  const cased = lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
  return PROPER_NAMES.reduce((t, [re, proper]) => t.replace(re, proper), cased);
}

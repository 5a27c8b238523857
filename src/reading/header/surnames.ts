/**
 * Vietnamese family names (họ), for telling a signer's name from other capitalised words when
 * only the name survived at the end of a document ("Trân Trọng Cảm Ơn" is not a name). The
 * common Kinh family names and the frequent ones of other peoples (Lò, Cầm, Ksor, Rơ Châm…);
 * a name whose family name is not here is left unread rather than guessed (a flagged "unknown"
 * is better than a wrong signer). Roughly most frequent first.
 */
import { foldName } from '../../text/vietnamese.ts';

const SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Đào', 'Đoàn', 'Vương', 'Trương', 'Lưu', 'Lương', 'Trịnh', 'Đinh', 'Mai', 'Tô', 'Tạ', 'Hà',
  'Cao', 'Chu', 'Châu', 'Lâm', 'Quách', 'Thái', 'La', 'Kiều', 'Tăng', 'Triệu', 'Mạc', 'Khổng', 'Văn', 'Nông',
  'Lò', 'Lục', 'Giáp', 'Hứa', 'Thân', 'Từ', 'Phùng', 'Tôn', 'Tống', 'Kim', 'Lại', 'Nghiêm', 'Âu', 'Ông',
  'Doãn', 'Khúc', 'Quan', 'Mã', 'Viên', 'Cù', 'Diệp', 'Đàm', 'Đồng', 'Bạch', 'Hồng', 'Cấn', 'Vi', 'Lữ',
  'Ninh', 'Lã', 'Lạc', 'Phí', 'Phó', 'Mông', 'Sầm', 'Thạch', 'Danh', 'Hầu', 'Ưng', 'Kha', 'Khương', 'Biện',
  'Đậu', 'Cầm', 'Nhữ', 'Tiêu', 'Trang', 'Trình', 'Thiều', 'Ứng', 'Chế', 'Tiết', 'Công', 'Mẫn', 'Bế', 'Hạ',
  'Ma', 'Giang', 'Lều', 'Quàng', 'Đường', 'Yên', 'Hoa', 'Tào', 'Ôn', 'Lăng', 'Vòng', 'Sơn', 'Ksor', 'Rơ',
  'Siu', 'Rah', 'Nay', 'Kpă', 'Y', 'H', 'Lô', 'Vừ', 'Sùng', 'Thào', 'Giàng', 'Lầu', 'Mùa', 'Hờ', 'Tẩn',
] as const;

const FOLDED = new Set<string>(SURNAMES.map((s) => foldName(s)));

/**
 * True when the word is a Vietnamese family name.
 * @example isSurname('Nguyễn') === true; isSurname('Trân') === false
 */
export function isSurname(word: string): boolean {
  return FOLDED.has(foldName(word));
}

/**
 * District-level places (huyện, thị xã, provincial cities) whose province we are sure of, for
 * reading the province of a district body or of a place line ("Phú Riềng, ngày …"). Kept small
 * and honest: names that exist in two provinces (Hoàng Mai, Tân Châu, Châu Thành, Vĩnh Bảo…)
 * are left out, and an unknown place stays unknown. The provinces are those before 1 July 2025,
 * when districts were abolished (Luật Tổ chức chính quyền địa phương 2025); map them forward
 * with successorOf.
 */
import { foldName } from '../../text/vietnamese.ts';
import { findProvince, type Province } from './provinces.ts';

/** Province (name before 1 July 2025) → places under it. */
const PLACES_BY_PROVINCE: Record<string, string[]> = {
  'Bình Phước': [
    'Phú Riềng',
    'Đồng Xoài',
    'Bình Long',
    'Phước Long',
    'Chơn Thành',
    'Bù Đăng',
    'Bù Đốp',
    'Bù Gia Mập',
    'Lộc Ninh',
    'Hớn Quản',
    'Đồng Phú',
  ],
  'Quảng Ninh': ['Hạ Long', 'Móng Cái', 'Cẩm Phả', 'Uông Bí', 'Quảng Yên', 'Đông Triều', 'Ba Chẽ', 'Vân Đồn', 'Cô Tô'],
  'Lâm Đồng': ['Đà Lạt', 'Bảo Lộc', 'Đức Trọng', 'Di Linh', 'Lạc Dương'],
  'Đắk Lắk': ['Buôn Ma Thuột', 'Buôn Hồ', 'Krông Pắc', "Ea H'leo"],
  'Gia Lai': ['Pleiku', 'An Khê', 'Ayun Pa'],
  'Khánh Hòa': ['Nha Trang', 'Cam Ranh', 'Ninh Hòa'],
  'Bà Rịa - Vũng Tàu': ['Vũng Tàu', 'Bà Rịa', 'Phú Mỹ', 'Côn Đảo'],
  'Nghệ An': ['Vinh', 'Cửa Lò', 'Thái Hòa', 'Tương Dương'],
  'Bình Định': ['Quy Nhơn', 'An Nhơn', 'Hoài Nhơn'],
  'Đồng Nai': ['Biên Hòa', 'Long Khánh'],
  'Bình Dương': ['Thủ Dầu Một', 'Dĩ An', 'Thuận An', 'Bến Cát'],
  'Bình Thuận': ['Phan Thiết', 'La Gi'],
  'Tiền Giang': ['Mỹ Tho', 'Gò Công', 'Cai Lậy'],
  'An Giang': ['Long Xuyên', 'Châu Đốc'],
  'Kiên Giang': ['Rạch Giá', 'Hà Tiên', 'Phú Quốc'],
  'Lào Cai': ['Sa Pa', 'Bát Xát'],
  'Hà Nam': ['Phủ Lý', 'Duy Tiên'],
  'Phú Thọ': ['Việt Trì'],
  'Thành phố Hồ Chí Minh': ['Thủ Đức', 'Củ Chi', 'Cần Giờ'],
  'Đồng Tháp': ['Cao Lãnh', 'Sa Đéc', 'Hồng Ngự'],
  'Phú Yên': ['Tuy Hòa', 'Sông Cầu'],
  'Quảng Nam': ['Tam Kỳ', 'Hội An', 'Điện Bàn'],
  'Quảng Bình': ['Đồng Hới', 'Ba Đồn'],
  'Quảng Trị': ['Đông Hà'],
  'Ninh Thuận': ['Phan Rang - Tháp Chàm'],
  'Long An': ['Tân An', 'Kiến Tường'],
  'Hậu Giang': ['Vị Thanh', 'Ngã Bảy'],
  'Đắk Nông': ['Gia Nghĩa'],
  'Thanh Hóa': ['Sầm Sơn', 'Bỉm Sơn'],
  'Thái Nguyên': ['Sông Công', 'Phổ Yên'],
  'Vĩnh Phúc': ['Vĩnh Yên', 'Phúc Yên'],
  'Hải Dương': ['Chí Linh', 'Kinh Môn'],
  'Ninh Bình': ['Tam Điệp'],
  'Hà Nội': ['Sơn Tây', 'Ba Vì', 'Sóc Sơn'],
  'Hà Giang': ['Đồng Văn', 'Mèo Vạc'],
  'Tây Ninh': ['Trảng Bàng', 'Hòa Thành'],
  'Bạc Liêu': ['Giá Rai'],
  'Sóc Trăng': ['Vĩnh Châu', 'Ngã Năm'],
};

const PLACE_TO_PROVINCE = new Map<string, string>(
  Object.entries(PLACES_BY_PROVINCE).flatMap(([province, places]) =>
    places.map((p) => [foldName(p), province] as const),
  ),
);

/**
 * The province of a district-level place we are sure of (names compared with diacritics, so
 * "Phú Mỹ" is not "Phù Mỹ"), else undefined.
 * @example provinceOfPlace('PHÚ RIỀNG')?.name === 'Bình Phước'
 */
export function provinceOfPlace(place: string): Province | undefined {
  const name = PLACE_TO_PROVINCE.get(foldName(place.replace(/\s*-\s*/g, ' - ')));
  return name ? findProvince(name, '2025-06-30', true) : undefined;
}

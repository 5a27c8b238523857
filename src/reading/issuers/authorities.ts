/**
 * The authority table of central issuing bodies (cơ quan Trung ương): one entry per body with
 * its canonical name in normal case (Nghị định 30/2020/NĐ-CP, Phụ lục II), the aliases it is
 * printed or cited under, and the issuer codes it uses in numbers (Nghị định 30/2020/NĐ-CP
 * Phụ lục III; Hướng dẫn 36-HD/VPTW for Party bodies). Data only; lookups are below.
 *
 * A code may be shared: `TW` is used by the Ban Chấp hành Trung ương, the Bộ Chính trị and the
 * Ban Bí thư alike, so a code lookup can return several bodies and the caller must not pick one.
 */
import { foldWords } from './provinces.ts';
import { EXECUTIVE_HEADS } from './local-bodies.ts';

export interface Authority {
  /** Stable id ("bch-tw", "bhxh-vn"). */
  id: string;
  /** Canonical display name. */
  name: string;
  /** Other names and abbreviations, compared folded (case, diacritics, punctuation, "&" = "và"). */
  aliases: string[];
  /** Issuer codes as printed in numbers, canonical spelling (`TTg`, `LĐTBXH`). */
  codes: string[];
  /** Whether it is a Party body (its leader signs as Bí thư / Tổng Bí thư). */
  party?: boolean;
  /** First and last day it issued under this name, when it did not always exist. */
  validFrom?: string;
  validUntil?: string;
}

/** Central bodies. Ministries follow the lists of Nghị quyết 176/2025/QH15 and earlier. */
export const AUTHORITIES: readonly Authority[] = [
  // Party (Điều lệ Đảng; Quy định 66-QĐ/TW on Party documents).
  {
    id: 'bch-tw',
    name: 'Ban Chấp hành Trung ương Đảng',
    party: true,
    codes: ['TW'],
    aliases: [
      'Ban Chấp hành Trung ương',
      'BCH Trung ương Đảng',
      'BCH Trung ương',
      'BCH TW',
      'BCHTW',
      'BCH TƯ',
      'Trung ương',
      'Trung ương Đảng',
      'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam',
    ],
  },
  { id: 'bo-chinh-tri', name: 'Bộ Chính trị', party: true, codes: ['TW'], aliases: ['Bộ Chính trị Trung ương'] },
  {
    id: 'ban-bi-thu',
    name: 'Ban Bí thư',
    party: true,
    codes: ['TW'],
    aliases: ['Ban Bí thư Trung ương Đảng', 'Ban Bí thư Trung ương', 'BBT'],
  },
  {
    id: 'ban-to-chuc-tw',
    name: 'Ban Tổ chức Trung ương',
    party: true,
    codes: ['BTCTW'],
    aliases: ['BTCTW', 'BTC TW', 'Ban Tổ chức TW', 'Ban Tổ chức Trung ương Đảng'],
  },
  {
    id: 'ban-tuyen-giao-tw',
    name: 'Ban Tuyên giáo Trung ương',
    party: true,
    codes: ['BTGTW'],
    validUntil: '2025-02-28',
    aliases: ['BTGTW', 'BTG TW', 'Ban Tuyên giáo TW'],
  },
  {
    id: 'ban-dan-van-tw',
    name: 'Ban Dân vận Trung ương',
    party: true,
    codes: ['BDVTW'],
    validUntil: '2025-02-28',
    aliases: ['BDVTW', 'BDV TW', 'Ban Dân vận TW'],
  },
  {
    id: 'ban-tuyen-giao-dan-van-tw',
    name: 'Ban Tuyên giáo và Dân vận Trung ương',
    party: true,
    codes: ['BTGDVTW'],
    validFrom: '2025-02-01',
    aliases: ['BTGDVTW', 'Ban Tuyên giáo và Dân vận TW'],
  },
  {
    id: 'ban-kinh-te-tw',
    name: 'Ban Kinh tế Trung ương',
    party: true,
    codes: ['BKTTW'],
    validUntil: '2025-02-28',
    aliases: ['BKTTW', 'Ban Kinh tế TW'],
  },
  {
    id: 'ban-chinh-sach-chien-luoc-tw',
    name: 'Ban Chính sách, chiến lược Trung ương',
    party: true,
    codes: ['BCSCLTW'],
    validFrom: '2025-02-01',
    aliases: ['Ban Chính sách chiến lược Trung ương'],
  },
  {
    id: 'ban-noi-chinh-tw',
    name: 'Ban Nội chính Trung ương',
    party: true,
    codes: ['BNCTW'],
    aliases: ['BNCTW', 'Ban Nội chính TW'],
  },
  {
    id: 'ban-doi-ngoai-tw',
    name: 'Ban Đối ngoại Trung ương',
    party: true,
    codes: ['BĐNTW'],
    validUntil: '2025-02-28',
    aliases: ['BĐNTW', 'Ban Đối ngoại TW'],
  },
  {
    id: 'ubkt-tw',
    name: 'Ủy ban Kiểm tra Trung ương',
    party: true,
    codes: ['UBKTTW'],
    aliases: ['UBKTTW', 'UBKT TW', 'UBKT Trung ương', 'Ủy ban Kiểm tra TW'],
  },
  {
    id: 'van-phong-tw',
    name: 'Văn phòng Trung ương Đảng',
    party: true,
    codes: ['VPTW'],
    aliases: ['Văn phòng Trung ương', 'VPTW', 'Văn phòng TW'],
  },
  {
    id: 'hoi-dong-ly-luan-tw',
    name: 'Hội đồng Lý luận Trung ương',
    party: true,
    codes: ['HĐLLTW'],
    aliases: ['HĐLLTW'],
  },
  { id: 'quan-uy-tw', name: 'Quân ủy Trung ương', party: true, codes: ['QUTW'], aliases: ['QUTW'] },
  {
    id: 'dang-uy-chinh-phu',
    name: 'Đảng ủy Chính phủ',
    party: true,
    codes: ['ĐUCP'],
    validFrom: '2025-02-01',
    aliases: [],
  },
  {
    id: 'dang-uy-quoc-hoi',
    name: 'Đảng ủy Quốc hội',
    party: true,
    codes: ['ĐUQH'],
    validFrom: '2025-02-01',
    aliases: [],
  },
  {
    id: 'dang-uy-co-quan-dang-tw',
    name: 'Đảng ủy các cơ quan Đảng Trung ương',
    party: true,
    codes: [],
    validFrom: '2025-02-01',
    aliases: [],
  },
  {
    id: 'dang-uy-mttq-doan-the-tw',
    name: 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương',
    party: true,
    codes: [],
    validFrom: '2025-02-01',
    aliases: [],
  },
  {
    id: 'dang-uy-khoi-co-quan-tw',
    name: 'Đảng ủy Khối các cơ quan Trung ương',
    party: true,
    codes: ['ĐUK'],
    validUntil: '2025-02-28',
    aliases: [],
  },
  {
    id: 'dang-uy-khoi-doanh-nghiep-tw',
    name: 'Đảng ủy Khối Doanh nghiệp Trung ương',
    party: true,
    codes: [],
    validUntil: '2025-02-28',
    aliases: [],
  },
  // State (Hiến pháp 2013; Luật Tổ chức Chính phủ).
  { id: 'quoc-hoi', name: 'Quốc hội', codes: ['QH'], aliases: ['QH'] },
  {
    id: 'ubtv-quoc-hoi',
    name: 'Ủy ban Thường vụ Quốc hội',
    codes: ['UBTVQH'],
    aliases: ['UBTVQH', 'UB TVQH', 'Ủy ban TVQH'],
  },
  {
    id: 'chu-tich-nuoc',
    name: 'Chủ tịch nước',
    codes: ['CTN'],
    aliases: ['Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam'],
  },
  { id: 'chinh-phu', name: 'Chính phủ', codes: ['CP'], aliases: ['CP'] },
  { id: 'thu-tuong', name: 'Thủ tướng Chính phủ', codes: ['TTg'], aliases: ['Thủ tướng', 'TTg'] },
  {
    id: 'hoi-dong-bo-truong',
    name: 'Hội đồng Bộ trưởng',
    codes: ['HĐBT'],
    validUntil: '1992-09-30',
    aliases: ['HĐBT'],
  },
  { id: 'van-phong-chinh-phu', name: 'Văn phòng Chính phủ', codes: ['VPCP'], aliases: ['VPCP'] },
  { id: 'bo-quoc-phong', name: 'Bộ Quốc phòng', codes: ['BQP'], aliases: ['BQP'] },
  { id: 'bo-cong-an', name: 'Bộ Công an', codes: ['BCA'], aliases: ['BCA'] },
  { id: 'bo-ngoai-giao', name: 'Bộ Ngoại giao', codes: ['BNG'], aliases: ['BNG'] },
  { id: 'bo-noi-vu', name: 'Bộ Nội vụ', codes: ['BNV'], aliases: ['BNV'] },
  { id: 'bo-tu-phap', name: 'Bộ Tư pháp', codes: ['BTP'], aliases: ['BTP'] },
  { id: 'bo-tai-chinh', name: 'Bộ Tài chính', codes: ['BTC'], aliases: [] },
  {
    id: 'bo-ke-hoach-dau-tu',
    name: 'Bộ Kế hoạch và Đầu tư',
    codes: ['BKHĐT'],
    validUntil: '2025-02-28',
    aliases: ['BKHĐT', 'Bộ KH&ĐT', 'Bộ KHĐT'],
  },
  { id: 'bo-cong-thuong', name: 'Bộ Công Thương', codes: ['BCT'], aliases: [] },
  {
    id: 'bo-nn-ptnt',
    name: 'Bộ Nông nghiệp và Phát triển nông thôn',
    codes: ['BNNPTNT', 'BNN'],
    validUntil: '2025-02-28',
    aliases: ['BNNPTNT', 'Bộ NN&PTNT', 'Bộ NNPTNT'],
  },
  {
    id: 'bo-nn-mt',
    name: 'Bộ Nông nghiệp và Môi trường',
    codes: ['BNNMT'],
    validFrom: '2025-03-01',
    aliases: ['BNNMT', 'Bộ NN&MT', 'Bộ NNMT'],
  },
  {
    id: 'bo-tn-mt',
    name: 'Bộ Tài nguyên và Môi trường',
    codes: ['BTNMT'],
    validUntil: '2025-02-28',
    aliases: ['BTNMT', 'Bộ TN&MT', 'Bộ TNMT'],
  },
  {
    id: 'bo-gtvt',
    name: 'Bộ Giao thông vận tải',
    codes: ['BGTVT'],
    validUntil: '2025-02-28',
    aliases: ['BGTVT', 'Bộ GTVT'],
  },
  { id: 'bo-xay-dung', name: 'Bộ Xây dựng', codes: ['BXD'], aliases: ['BXD'] },
  {
    id: 'bo-tttt',
    name: 'Bộ Thông tin và Truyền thông',
    codes: ['BTTTT'],
    validUntil: '2025-02-28',
    aliases: ['BTTTT', 'Bộ TT&TT', 'Bộ TTTT'],
  },
  {
    id: 'bo-ldtbxh',
    name: 'Bộ Lao động - Thương binh và Xã hội',
    codes: ['BLĐTBXH', 'LĐTBXH'],
    validUntil: '2025-02-28',
    aliases: ['BLĐTBXH', 'Bộ LĐTBXH', 'Bộ LĐ-TB&XH', 'Bộ Lao động Thương binh và Xã hội'],
  },
  {
    id: 'bo-vhttdl',
    name: 'Bộ Văn hóa, Thể thao và Du lịch',
    codes: ['BVHTTDL'],
    aliases: ['BVHTTDL', 'Bộ VHTTDL', 'Bộ VH-TT&DL', 'Bộ VHTT&DL'],
  },
  { id: 'bo-khcn', name: 'Bộ Khoa học và Công nghệ', codes: ['BKHCN'], aliases: ['BKHCN', 'Bộ KH&CN', 'Bộ KHCN'] },
  { id: 'bo-gddt', name: 'Bộ Giáo dục và Đào tạo', codes: ['BGDĐT'], aliases: ['BGDĐT', 'Bộ GD&ĐT', 'Bộ GDĐT'] },
  { id: 'bo-y-te', name: 'Bộ Y tế', codes: ['BYT'], aliases: ['BYT'] },
  {
    id: 'bo-dan-toc-ton-giao',
    name: 'Bộ Dân tộc và Tôn giáo',
    codes: ['BDTTG'],
    validFrom: '2025-03-01',
    aliases: ['BDTTG'],
  },
  { id: 'uy-ban-dan-toc', name: 'Ủy ban Dân tộc', codes: ['UBDT'], validUntil: '2025-02-28', aliases: ['UBDT'] },
  {
    id: 'ngan-hang-nha-nuoc',
    name: 'Ngân hàng Nhà nước Việt Nam',
    codes: ['NHNN'],
    aliases: ['Ngân hàng Nhà nước', 'NHNN', 'NHNN Việt Nam'],
  },
  { id: 'thanh-tra-chinh-phu', name: 'Thanh tra Chính phủ', codes: ['TTCP'], aliases: ['TTCP'] },
  { id: 'kiem-toan-nha-nuoc', name: 'Kiểm toán Nhà nước', codes: ['KTNN'], aliases: ['KTNN'] },
  { id: 'toa-an-toi-cao', name: 'Tòa án nhân dân tối cao', codes: ['TANDTC'], aliases: ['TANDTC'] },
  {
    id: 'vien-kiem-sat-toi-cao',
    name: 'Viện kiểm sát nhân dân tối cao',
    codes: ['VKSTC', 'VKSNDTC'],
    aliases: ['VKSNDTC'],
  },
  { id: 'bhxh-vn', name: 'Bảo hiểm xã hội Việt Nam', codes: ['BHXH'], aliases: ['BHXH Việt Nam', 'BHXH VN', 'BHXHVN'] },
  {
    id: 'hd-thi-dua-tw',
    name: 'Hội đồng Thi đua - Khen thưởng Trung ương',
    codes: ['HĐTĐKT'],
    aliases: ['Hội đồng Thi đua Khen thưởng Trung ương', 'HĐTĐKT Trung ương'],
  },
  {
    id: 'ban-thi-dua-tw',
    name: 'Ban Thi đua - Khen thưởng Trung ương',
    codes: ['BTĐKT'],
    aliases: ['Ban Thi đua Khen thưởng Trung ương', 'Ban Thi đua - Khen thưởng TW', 'Ban TĐKT Trung ương'],
  },
  // Fatherland Front and mass organisations (Luật Mặt trận Tổ quốc Việt Nam; Luật Công đoàn).
  {
    id: 'mttq-tw',
    name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    // ĐCT: its Đoàn Chủ tịch, which signs for it ("Hướng dẫn 12/HD-MTTW-ĐCT"); there is none below.
    codes: ['MTTW', 'ĐCT'],
    aliases: [
      'Ủy ban Trung ương MTTQ Việt Nam',
      'UBTW MTTQ Việt Nam',
      'UBTƯ MTTQ Việt Nam',
      'UBTWMTTQVN',
      'Ủy ban Trung ương MTTQVN',
      'MTTQ Việt Nam Trung ương',
      'Ủy ban Trung ương Mặt trận Tổ quốc',
      'MTTW',
    ],
  },
  {
    id: 'tong-ldld',
    name: 'Tổng Liên đoàn Lao động Việt Nam',
    codes: ['TLĐ'],
    aliases: [
      'Tổng LĐLĐ Việt Nam',
      'Tổng LĐLĐ VN',
      'Tổng Liên đoàn',
      'Tổng LĐLĐVN',
      'TLĐLĐVN',
      'Tổng Liên đoàn Lao động',
    ],
  },
  {
    id: 'tw-doan',
    name: 'Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    codes: ['TWĐTN'],
    aliases: [
      'Trung ương Đoàn',
      'Trung ương Đoàn TNCS Hồ Chí Minh',
      'BCH Trung ương Đoàn',
      'Ban Chấp hành Trung ương Đoàn',
      'TW Đoàn',
      'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    ],
  },
  // The two national universities (Nghị định 186/2013/NĐ-CP); each prints its own code.
  {
    id: 'dhqg-hn',
    name: 'Đại học Quốc gia Hà Nội',
    codes: ['ĐHQGHN'],
    aliases: ['ĐHQGHN', 'ĐHQG Hà Nội'],
  },
  {
    id: 'dhqg-hcm',
    name: 'Đại học Quốc gia Thành phố Hồ Chí Minh',
    codes: ['ĐHQG'],
    aliases: [
      'ĐHQG-HCM',
      'ĐHQG TP.HCM',
      'ĐHQG Thành phố Hồ Chí Minh',
      'Đại học Quốc gia TP.HCM',
      'Đại học Quốc gia TP. Hồ Chí Minh',
    ],
  },
  {
    id: 'hoi-ccb-vn',
    name: 'Hội Cựu chiến binh Việt Nam',
    codes: [],
    aliases: ['Trung ương Hội Cựu chiến binh Việt Nam', 'Hội CCB Việt Nam', 'TW Hội CCB Việt Nam'],
  },
  {
    id: 'hoi-nong-dan-vn',
    name: 'Hội Nông dân Việt Nam',
    codes: ['HNDTW'],
    aliases: ['Trung ương Hội Nông dân Việt Nam', 'Hội ND Việt Nam', 'HNDTW'],
  },
  {
    id: 'hoi-lhpn-vn',
    name: 'Hội Liên hiệp Phụ nữ Việt Nam',
    codes: [],
    aliases: ['Trung ương Hội Liên hiệp Phụ nữ Việt Nam', 'Hội LHPN Việt Nam', 'TW Hội LHPN Việt Nam'],
  },
  {
    id: 'hoi-nguoi-cao-tuoi-vn',
    name: 'Hội Người cao tuổi Việt Nam',
    codes: [],
    aliases: ['TW Hội Người cao tuổi Việt Nam', 'Trung ương Hội Người cao tuổi Việt Nam'],
  },
];

/**
 * Comparison key of a name: folded words, "&" read as "và".
 * @example nameKey('Bộ LĐ-TB&XH') === 'bo ld tb va xh'
 */
export function nameKey(text: string): string {
  return foldWords(text.replace(/&/g, ' và '));
}

const compact = (key: string): string => key.replace(/ /g, '');

const BY_KEY = new Map<string, Authority>();
const BY_COMPACT = new Map<string, Authority>();
for (const a of AUTHORITIES) {
  for (const n of [a.name, ...a.aliases]) {
    BY_KEY.set(nameKey(n), a);
    BY_COMPACT.set(compact(nameKey(n)), a);
  }
}

/**
 * The central body a whole text names (its name or an alias, case, diacritics, spacing and
 * punctuation aside), else undefined. "Ban Thường vụ"/"Đoàn Chủ tịch" before a name is the body.
 * @example findAuthority('BCH Trung ương Đảng')?.name === 'Ban Chấp hành Trung ương Đảng'
 * @example findAuthority('BẢO HIỂM XÃ HỘI VIỆT NAM')?.id === 'bhxh-vn'
 */
export function findAuthority(text: string): Authority | undefined {
  const key = nameKey(text);
  const direct = BY_KEY.get(key) ?? BY_COMPACT.get(compact(key));
  if (direct) return direct;
  // An executive organ speaks for its body: "Đoàn Chủ tịch Ủy ban Trung ương MTTQ" is the MTTQ.
  const prefix = EXECUTIVE_HEADS.find((p) => key.startsWith(`${p} `));
  return prefix ? findAuthority(key.slice(prefix.length + 1)) : undefined;
}

/**
 * The central bodies that print a code after the type code; several for a shared code (`TW`).
 * Codes compare without diacritics or case, so `LDTBXH` finds `LĐTBXH`; Quốc hội codes carry
 * the term (`QH15`, `UBTVQH15`).
 * @example findAuthoritiesByCode('TTg')[0]?.name === 'Thủ tướng Chính phủ'
 */
export function findAuthoritiesByCode(code: string): Authority[] {
  const folded = nameKey(code)
    .replace(/ /g, '')
    .toUpperCase()
    .replace(/^(QH|UBTVQH)\d+$/, '$1');
  return AUTHORITIES.filter((a) => a.codes.some((c) => nameKey(c).toUpperCase() === folded));
}

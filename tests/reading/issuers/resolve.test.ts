import { describe, expect, it } from 'vitest';
import { resolveIssuer, resolveIssuerPrefix } from '../../../src/reading/issuers/resolve.ts';
import type { ResolvedIssuer } from '../../../src/reading/issuers/types.ts';

/** The fields a reader sees: canonical name, level, province. */
function summary(
  printed: string,
  parent?: string,
  date?: string,
): Pick<ResolvedIssuer, 'name' | 'level' | 'province'> | null {
  const r = resolveIssuer(printed, { ...(parent ? { parent } : {}), ...(date ? { date } : {}) });
  return r && { name: r.name, level: r.level, ...(r.province ? { province: r.province } : {}) };
}

describe('resolveIssuer', () => {
  describe('central bodies', () => {
    it('reads the Central Committee under each of its names', () => {
      for (const printed of [
        'BAN CHẤP HÀNH TRUNG ƯƠNG',
        'BCH Trung ương Đảng',
        'Ban Chấp hành Trung ương',
        'BCH TW',
        'Trung ương',
      ]) {
        expect([printed, summary(printed)]).toEqual([
          printed,
          { name: 'Ban Chấp hành Trung ương Đảng', level: 'trung-uong' },
        ]);
      }
    });
    it('tells the Politburo and the Secretariat from the Central Committee', () => {
      expect(summary('BỘ CHÍNH TRỊ')?.name).toBe('Bộ Chính trị');
      expect(summary('Ban Bí thư Trung ương Đảng')?.name).toBe('Ban Bí thư');
    });
    it('gives the Prime Minister the code TTg', () => {
      expect(resolveIssuer('THỦ TƯỚNG CHÍNH PHỦ')).toMatchObject({
        name: 'Thủ tướng Chính phủ',
        code: 'TTg',
        matchedBy: 'alias',
      });
    });
    it('reads ministries by name and by abbreviation', () => {
      expect(summary('BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI')?.name).toBe('Bộ Lao động - Thương binh và Xã hội');
      expect(summary('Bộ LĐ-TB&XH')?.name).toBe('Bộ Lao động - Thương binh và Xã hội');
      expect(summary('Bộ GD&ĐT')?.name).toBe('Bộ Giáo dục và Đào tạo');
      expect(summary('BỘ CÔNG THƯƠNG')?.name).toBe('Bộ Công Thương');
    });
    it('reads BHXH Việt Nam and the Tổng Liên đoàn', () => {
      expect(resolveIssuer('BẢO HIỂM XÃ HỘI VIỆT NAM')).toMatchObject({
        name: 'Bảo hiểm xã hội Việt Nam',
        code: 'BHXH',
        level: 'trung-uong',
      });
      expect(summary('BHXH Việt Nam')?.name).toBe('Bảo hiểm xã hội Việt Nam');
      expect(resolveIssuer('TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM')).toMatchObject({
        name: 'Tổng Liên đoàn Lao động Việt Nam',
        code: 'TLĐ',
      });
    });
    it('reads the central Party commissions', () => {
      expect(resolveIssuer('BAN TUYÊN GIÁO TRUNG ƯƠNG')).toMatchObject({
        name: 'Ban Tuyên giáo Trung ương',
        code: 'BTGTW',
      });
      expect(resolveIssuer('ỦY BAN KIỂM TRA TRUNG ƯƠNG')).toMatchObject({ code: 'UBKTTW' });
      expect(summary('VĂN PHÒNG TRUNG ƯƠNG ĐẢNG')?.name).toBe('Văn phòng Trung ương Đảng');
    });
    it('reads a commission printed under the Central Committee line', () => {
      expect(summary('BAN TỔ CHỨC', 'BAN CHẤP HÀNH TRUNG ƯƠNG')?.name).toBe('Ban Tổ chức Trung ương');
    });
    it('reads the Fatherland Front through its Presidium', () => {
      expect(summary('ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM')?.name).toBe(
        'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
      );
    });
  });

  describe('Party committees', () => {
    it('reads a Tỉnh ủy with its province', () => {
      expect(summary('TỈNH ỦY LÂM ĐỒNG')).toEqual({ name: 'Tỉnh ủy Lâm Đồng', level: 'tinh', province: 'Lâm Đồng' });
    });
    it('takes the Tỉnh ủy from its Đảng bộ line', () => {
      expect(summary('TỈNH ỦY', 'ĐẢNG BỘ TỈNH LÂM ĐỒNG')).toEqual({
        name: 'Tỉnh ủy Lâm Đồng',
        level: 'tinh',
        province: 'Lâm Đồng',
      });
    });
    it('reads the Ban Thường vụ as its Tỉnh ủy, province unknown when not printed', () => {
      expect(summary('BAN THƯỜNG VỤ TỈNH ỦY')).toEqual({ name: 'Tỉnh ủy', level: 'tinh' });
    });
    it('does not take the Ban Tuyên giáo for the Tỉnh ủy', () => {
      expect(summary('BAN TUYÊN GIÁO TỈNH ỦY LÂM ĐỒNG')).toEqual({
        name: 'Ban Tuyên giáo Tỉnh ủy Lâm Đồng',
        level: 'tinh',
        province: 'Lâm Đồng',
      });
      expect(resolveIssuer('BAN TUYÊN GIÁO TỈNH ỦY LÂM ĐỒNG')?.body).not.toBe('tinh-uy');
    });
    it('reads the merged Ban Tuyên giáo và Dân vận of a Tỉnh ủy', () => {
      expect(summary('Ban Tuyên giáo và Dân vận Tỉnh ủy', 'ĐẢNG BỘ TỈNH LAI CHÂU')?.name).toBe(
        'Ban Tuyên giáo và Dân vận Tỉnh ủy Lai Châu',
      );
    });
    it('reads a Huyện ủy with the province of its district', () => {
      expect(summary('HUYỆN ỦY PHÚ RIỀNG')).toEqual({
        name: 'Huyện ủy Phú Riềng',
        level: 'huyen',
        province: 'Bình Phước',
      });
    });
    it('tells the Huyện ủy from the UBND of the same district', () => {
      expect(resolveIssuer('HUYỆN ỦY PHÚ RIỀNG')?.body).toBe('huyen-uy');
      expect(resolveIssuer('UBND HUYỆN PHÚ RIỀNG')).toMatchObject({
        name: 'Ủy ban nhân dân huyện Phú Riềng',
        body: 'ubnd',
      });
    });
    it('reads a commune Đảng ủy at level xa, province from its parent', () => {
      expect(summary('ĐẢNG UỶ XÃ CÔNG HẢI', 'ĐẢNG BỘ TỈNH KHÁNH HOÀ')).toEqual({
        name: 'Đảng ủy xã Công Hải',
        level: 'xa',
        province: 'Khánh Hòa',
      });
    });
    it('leaves the province of a commune unknown without a parent line', () => {
      expect(summary('Đảng ủy phường Bến Thành')).toEqual({ name: 'Đảng ủy phường Bến Thành', level: 'xa' });
    });
    it('reads the Đảng bộ of a district as its Huyện ủy', () => {
      expect(summary('BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN PHÚ RIỀNG')?.name).toBe('Huyện ủy Phú Riềng');
    });
    it("reads a Đảng ủy of a body at that body's level", () => {
      expect(summary('ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH', 'ĐẢNG BỘ TỈNH LÀO CAI')).toEqual({
        name: 'Đảng ủy Ủy ban nhân dân tỉnh Lào Cai',
        level: 'tinh',
        province: 'Lào Cai',
      });
      expect(summary('Đảng ủy Khối các cơ quan tỉnh', 'ĐẢNG BỘ TỈNH LÂM ĐỒNG')).toEqual({
        name: 'Đảng ủy Khối các cơ quan tỉnh Lâm Đồng',
        level: 'tinh',
        province: 'Lâm Đồng',
      });
    });
    it('reads Thành ủy of a centrally-run city at province level and of a provincial city at district level', () => {
      expect(resolveIssuer('THÀNH ỦY CẦN THƠ')).toMatchObject({ level: 'tinh', province: 'Cần Thơ', code: 'TU' });
      expect(summary('THÀNH ỦY ĐÀ LẠT')).toEqual({ name: 'Thành ủy Đà Lạt', level: 'huyen', province: 'Lâm Đồng' });
    });
    it('refuses a bare Đảng ủy whose level nothing states', () => {
      expect(resolveIssuer('ĐẢNG ỦY')).toBeNull();
    });
  });

  describe('State and mass organisations of a place', () => {
    it('reads the Phú Riềng union in normal case, province from its parent line', () => {
      expect(resolveIssuer('LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG', { parent: 'LĐLĐ TỈNH BÌNH PHƯỚC' })).toMatchObject({
        name: 'Liên đoàn Lao động huyện Phú Riềng',
        level: 'huyen',
        province: 'Bình Phước',
        code: 'LĐLĐ',
        matchedBy: 'pattern',
      });
    });
    it('reads a union of a province by its abbreviation', () => {
      expect(summary('LĐLĐ tỉnh Lai Châu')).toEqual({
        name: 'Liên đoàn Lao động tỉnh Lai Châu',
        level: 'tinh',
        province: 'Lai Châu',
      });
    });
    it('reads "LĐLĐ tỉnh" without a place as a provincial union of unknown province', () => {
      expect(summary('LĐLĐ tỉnh')).toEqual({ name: 'Liên đoàn Lao động tỉnh', level: 'tinh' });
    });
    it('refuses a union at a level where unions do not exist', () => {
      expect(resolveIssuer('LIÊN ĐOÀN LAO ĐỘNG XÃ AN BÌNH')).toBeNull();
    });
    it('reads UBND and HĐND at each level', () => {
      expect(summary('UỶ BAN NHÂN DÂN TỈNH LAI CHÂU')).toEqual({
        name: 'Ủy ban nhân dân tỉnh Lai Châu',
        level: 'tinh',
        province: 'Lai Châu',
      });
      expect(summary('HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH')?.level).toBe('tinh');
      expect(summary('UBND THỊ XÃ QUẢNG YÊN')).toEqual({
        name: 'Ủy ban nhân dân thị xã Quảng Yên',
        level: 'huyen',
        province: 'Quảng Ninh',
      });
      expect(summary('UBND PHƯỜNG 12', 'UBND QUẬN 3')).toEqual({ name: 'Ủy ban nhân dân phường 12', level: 'xa' });
    });
    it('reads a centrally-run city at province level and a provincial city at district level', () => {
      expect(summary('ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ')).toEqual({
        name: 'Ủy ban nhân dân thành phố Cần Thơ',
        level: 'tinh',
        province: 'Cần Thơ',
      });
      expect(summary('UBND TP. HỒ CHÍ MINH')?.name).toBe('Ủy ban nhân dân Thành phố Hồ Chí Minh');
      expect(summary('UBND THÀNH PHỐ LÀO CAI')).toEqual({
        name: 'Ủy ban nhân dân thành phố Lào Cai',
        level: 'huyen',
        province: 'Lào Cai',
      });
    });
    it('reads the Fatherland Front of a commune through its Ban Thường trực', () => {
      expect(summary('BAN THƯỜNG TRỰC', 'ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH')).toEqual({
        name: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh',
        level: 'xa',
      });
    });
    it('reads a Sở with the province of its UBND line', () => {
      expect(summary('SỞ CÔNG THƯƠNG', 'UBND TỈNH LÀO CAI')).toEqual({
        name: 'Sở Công Thương tỉnh Lào Cai',
        level: 'tinh',
        province: 'Lào Cai',
      });
      expect(summary('Sở Giáo dục và Đào tạo tỉnh Nghệ An')?.name).toBe('Sở Giáo dục và Đào tạo tỉnh Nghệ An');
    });
    it('reads a Tỉnh đoàn and the associations of a place', () => {
      expect(summary('TỈNH ĐOÀN LAI CHÂU')).toEqual({
        name: 'Tỉnh đoàn Lai Châu',
        level: 'tinh',
        province: 'Lai Châu',
      });
      expect(summary('HỘI CỰU CHIẾN BINH HUYỆN BA CHẼ')).toEqual({
        name: 'Hội Cựu chiến binh huyện Ba Chẽ',
        level: 'huyen',
        province: 'Quảng Ninh',
      });
      expect(summary('HỘI LIÊN HIỆP PHỤ NỮ TỈNH NGHỆ AN')?.name).toBe('Hội Liên hiệp Phụ nữ tỉnh Nghệ An');
    });
    it('reads the Đoàn of a province as its Tỉnh đoàn', () => {
      expect(summary('BAN CHẤP HÀNH ĐOÀN TỈNH LAI CHÂU')).toEqual({
        name: 'Tỉnh đoàn Lai Châu',
        level: 'tinh',
        province: 'Lai Châu',
      });
      expect(summary('HUYỆN ĐOÀN PHÚ RIỀNG')).toEqual({
        name: 'Huyện đoàn Phú Riềng',
        level: 'huyen',
        province: 'Bình Phước',
      });
    });
    it('names a district department with its district', () => {
      expect(summary('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'UBND HUYỆN PHÚ RIỀNG')).toEqual({
        name: 'Phòng Giáo dục và Đào tạo huyện Phú Riềng',
        level: 'huyen',
        province: 'Bình Phước',
      });
    });
    it('reads a commission printed under its Tỉnh ủy line', () => {
      expect(summary('BAN DÂN VẬN', 'ĐẢNG BỘ TỈNH BÌNH PHƯỚC / TỈNH ỦY')).toEqual({
        name: 'Ban Dân vận Tỉnh ủy Bình Phước',
        level: 'tinh',
        province: 'Bình Phước',
      });
      expect(summary('ỦY BAN KIỂM TRA', 'HUYỆN ỦY PHÚ RIỀNG')?.name).toBe('Ủy ban Kiểm tra Huyện ủy Phú Riềng');
    });
    it('reads a commune-level special zone of 2025', () => {
      expect(summary('ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC', 'UBND TỈNH AN GIANG')).toEqual({
        name: 'Ủy ban nhân dân đặc khu Phú Quốc',
        level: 'xa',
        province: 'An Giang',
      });
    });
    it('refuses a sentence that only starts like a body', () => {
      expect(resolveIssuer('Đoàn Kiểm tra được sử dụng con dấu của Sở Công Thương')).toBeNull();
      expect(resolveIssuer('Ủy ban nhân dân thành phố phố')).toBeNull();
    });
    it('reads a unit of a local body', () => {
      expect(summary('VĂN PHÒNG UBND TỈNH LAI CHÂU')).toEqual({
        name: 'Văn phòng Ủy ban nhân dân tỉnh Lai Châu',
        level: 'tinh',
        province: 'Lai Châu',
      });
      expect(summary('TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN, KHÁNH TIẾT', 'ỦY BAN BẦU CỬ XÃ PHỐ BẢNG')?.name).toBe(
        'Tiểu ban Thông tin, Tuyên truyền, Khánh tiết Ủy ban bầu cử xã Phố Bảng',
      );
    });
    it('keeps the name of a district it does not know, with the province unknown', () => {
      expect(summary('UBND HUYỆN HOÀNG MAI')).toEqual({ name: 'Ủy ban nhân dân huyện Hoàng Mai', level: 'huyen' });
    });
    it('leaves the province out when the parent line and the district table disagree', () => {
      expect(summary('UBND HUYỆN PHÚ RIỀNG', 'UBND TỈNH LÂM ĐỒNG')).toEqual({
        name: 'Ủy ban nhân dân huyện Phú Riềng',
        level: 'huyen',
      });
    });
  });

  describe('printing accidents', () => {
    it('reads a name whose letters a PDF spaced apart', () => {
      expect(summary('ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH')).toEqual({
        name: 'Ủy ban nhân dân Thành phố Hồ Chí Minh',
        level: 'tinh',
        province: 'Thành phố Hồ Chí Minh',
      });
    });
    it('reads a " / " chain as parent and issuer', () => {
      expect(summary('LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH PHƯỚC / LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG')?.province).toBe(
        'Bình Phước',
      );
    });
    it('ignores Markdown emphasis and old tone placement', () => {
      expect(summary('**UỶ BAN NHÂN DÂN TỈNH THANH HOÁ**')?.name).toBe('Ủy ban nhân dân tỉnh Thanh Hóa');
    });
    it('keeps the printed text', () => {
      expect(resolveIssuer('  TỈNH ỦY   LÂM ĐỒNG ')?.printed).toBe('TỈNH ỦY LÂM ĐỒNG');
    });
  });

  describe('issuer phrases of citations', () => {
    it('drops the term after the name', () => {
      expect(summary('BCH Trung ương Đảng khóa XIII')?.name).toBe('Ban Chấp hành Trung ương Đảng');
      expect(summary('Ban Chấp hành Trung ương Đảng khoá XII')?.name).toBe('Ban Chấp hành Trung ương Đảng');
      expect(summary('Quốc hội khóa XV')?.name).toBe('Quốc hội');
      expect(summary('BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII')?.name).toBe('Ban Chấp hành Trung ương Đảng');
      expect(summary('HĐND tỉnh Quảng Ninh khóa XIV, kỳ họp thứ 20')?.name).toBe('Hội đồng nhân dân tỉnh Quảng Ninh');
      expect(summary('Ban Chấp hành Đảng bộ tỉnh Lâm Đồng nhiệm kỳ 2020 - 2025')?.name).toBe('Tỉnh ủy Lâm Đồng');
    });
    it('reads a leader signing for the body as the body', () => {
      expect(summary('Bộ trưởng Bộ Y tế')?.name).toBe('Bộ Y tế');
      expect(summary('Giám đốc Sở Công Thương', 'UBND TỈNH LÀO CAI')?.name).toBe('Sở Công Thương tỉnh Lào Cai');
      expect(summary('Chủ tịch UBND tỉnh Nghệ An')?.name).toBe('Ủy ban nhân dân tỉnh Nghệ An');
    });
    it('reads a plenum as its Central Committee', () => {
      expect(summary('Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII')?.name).toBe(
        'Ban Chấp hành Trung ương Đảng',
      );
    });
    it('reads a central steering committee as a central body, not a unit of the Central Committee', () => {
      expect(summary('Ban Chỉ đạo Trung ương')).toEqual({ name: 'Ban Chỉ đạo Trung ương', level: 'trung-uong' });
    });
    it('reads a commission of a Tỉnh ủy written in mixed case', () => {
      expect(summary('Ban Tổ chức Tỉnh uỷ')).toEqual({ name: 'Ban Tổ chức Tỉnh ủy', level: 'tinh' });
    });
    it('leaves "Ủy ban nhân dân Thành phố" without a name unresolved', () => {
      expect(resolveIssuer('Chủ tịch Ủy ban nhân dân Thành phố')).toBeNull();
    });
    it('keeps a name that only contains the word', () => {
      expect(summary('Bộ Khoa học và Công nghệ')?.name).toBe('Bộ Khoa học và Công nghệ');
      expect(summary('BỘ KHOA HỌC VÀ CÔNG NGHỆ')?.name).toBe('Bộ Khoa học và Công nghệ');
    });
  });

  describe('joint issuers', () => {
    it('reads bodies joined by dashes as one joint issuer', () => {
      const joint = resolveIssuer(
        'ỦY BAN THƯỜNG VỤ QUỐC HỘI - CHÍNH PHỦ - ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM',
      );
      expect(joint?.matchedBy).toBe('joint');
      expect(joint?.members?.map((m) => m.name)).toEqual([
        'Ủy ban Thường vụ Quốc hội',
        'Chính phủ',
        'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
      ]);
      expect(joint?.level).toBe('trung-uong');
    });
  });

  describe('bodies whose codes carry Đ', () => {
    it("reads a province's Đoàn đại biểu Quốc hội under its full and short names", () => {
      expect([
        summary('ĐOÀN ĐẠI BIỂU QUỐC HỘI TỈNH BÌNH PHƯỚC')?.name,
        summary('Đoàn ĐBQH tỉnh Đồng Nai')?.level,
      ]).toEqual(['Đoàn đại biểu Quốc hội tỉnh Bình Phước', 'tinh']);
    });
    it('tells the two national universities apart', () => {
      expect([
        resolveIssuer('ĐẠI HỌC QUỐC GIA HÀ NỘI')?.code,
        resolveIssuer('ĐẠI HỌC QUỐC GIA THÀNH PHỐ HỒ CHÍ MINH')?.code,
      ]).toEqual(['ĐHQGHN', 'ĐHQG']);
    });
    it('reads a Công đoàn by its field and place', () => {
      expect(summary('CÔNG ĐOÀN VIÊN CHỨC TỈNH ĐỒNG NAI')?.name).toBe('Công đoàn Viên chức tỉnh Đồng Nai');
    });
    it('reads "Đoàn Thanh niên" of a commune as the Đoàn TNCS Hồ Chí Minh', () => {
      expect(resolveIssuer('Đoàn Thanh niên xã Phú Riềng')).toMatchObject({
        name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Phú Riềng',
        code: 'ĐTN',
      });
    });
  });

  describe('text that names no body', () => {
    it('returns null', () => {
      expect(resolveIssuer('')).toBeNull();
      expect(resolveIssuer('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeNull();
      expect(resolveIssuer('KẾ HOẠCH')).toBeNull();
      expect(resolveIssuer('Số: 27/KH-LĐLĐ')).toBeNull();
    });
  });
});

describe('resolveIssuer, read again', () => {
  const hue = 'ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ';

  it('answers by the date as a first reading does, whatever was read before', () => {
    // Huế became a province of its own on 1 January 2025; the answers are kept between calls.
    for (const order of [
      ['2024-06-01', '2025-03-01'],
      ['2025-03-01', '2024-06-01'],
    ]) {
      const [first, second] = order.map((date) => resolveIssuer(hue, { date })?.province);
      expect(order[0] === '2024-06-01' ? [first, second] : [second, first]).toEqual(['Thừa Thiên Huế', 'Huế']);
    }
    expect(resolveIssuer(hue, { date: '2019-05-05' })?.province).toBe('Thừa Thiên Huế');
  });

  it('answers by the parent line, which is part of what is kept', () => {
    expect(resolveIssuer('ĐẢNG ỦY XÃ TÂN PHÚ', { parent: 'TỈNH ỦY ĐỒNG NAI' })?.province).toBe('Đồng Nai');
    expect(resolveIssuer('ĐẢNG ỦY XÃ TÂN PHÚ')?.province).toBeUndefined();
  });

  it('gives a result no caller can change for the next', () => {
    const result = resolveIssuer('THỦ TƯỚNG CHÍNH PHỦ')!;
    expect(() => Object.assign(result, { name: 'x' })).toThrow();
    expect(resolveIssuer('THỦ TƯỚNG CHÍNH PHỦ')?.name).toBe('Thủ tướng Chính phủ');
  });
});

describe('resolveIssuerPrefix', () => {
  it('reads the body at the start of an issuer phrase that runs on', () => {
    expect(resolveIssuerPrefix('Tỉnh ủy Lào Cai thành các chương trình')).toMatchObject({
      name: 'Tỉnh ủy Lào Cai',
      printed: 'Tỉnh ủy Lào Cai',
    });
    expect(resolveIssuerPrefix('Quốc hội cho tỉnh Thanh Hóa')?.name).toBe('Quốc hội');
    expect(resolveIssuerPrefix('UBND tỉnh Lào Cai về việc triển khai')?.name).toBe('Ủy ban nhân dân tỉnh Lào Cai');
  });
  it('returns null when no leading words name a body', () => {
    expect(resolveIssuerPrefix('về việc triển khai Kế hoạch')).toBeNull();
  });
});

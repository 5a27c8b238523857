import { describe, expect, it } from 'vitest';
import {
  PROVINCES,
  findProvince,
  isProvinceInForce,
  provinceEra,
  provinceLabel,
  provincesInForce,
  successorOf,
} from '../../../src/reading/issuers/provinces.ts';

describe('provincesInForce', () => {
  it('lists 63 units before the 2025 arrangement', () => {
    expect(provincesInForce('2024-08-08')).toHaveLength(63);
  });
  it('lists 63 units in the first half of 2025, with Huế in place of Thừa Thiên Huế', () => {
    const names = provincesInForce('2025-03-01').map((p) => p.name);
    expect(names).toHaveLength(63);
    expect(names).toContain('Huế');
    expect(names).not.toContain('Thừa Thiên Huế');
  });
  it('lists the 34 units of Nghị quyết 202/2025/QH15 from 1 July 2025', () => {
    const names = provincesInForce('2025-07-01')
      .map((p) => p.name)
      .sort((a, b) => a.localeCompare(b, 'vi'));
    expect(names).toEqual(
      [
        'An Giang',
        'Bắc Ninh',
        'Cà Mau',
        'Cao Bằng',
        'Cần Thơ',
        'Đà Nẵng',
        'Đắk Lắk',
        'Điện Biên',
        'Đồng Nai',
        'Đồng Tháp',
        'Gia Lai',
        'Hà Nội',
        'Hà Tĩnh',
        'Hải Phòng',
        'Huế',
        'Hưng Yên',
        'Khánh Hòa',
        'Lai Châu',
        'Lạng Sơn',
        'Lào Cai',
        'Lâm Đồng',
        'Nghệ An',
        'Ninh Bình',
        'Phú Thọ',
        'Quảng Ngãi',
        'Quảng Ninh',
        'Quảng Trị',
        'Sơn La',
        'Tây Ninh',
        'Thái Nguyên',
        'Thanh Hóa',
        'Thành phố Hồ Chí Minh',
        'Tuyên Quang',
        'Vĩnh Long',
      ].sort((a, b) => a.localeCompare(b, 'vi')),
    );
  });
  it('counts six centrally-run cities after the arrangement', () => {
    expect(provincesInForce('2025-07-01').filter((p) => p.type === 'thanh-pho')).toHaveLength(6);
  });
});

describe('isProvinceInForce', () => {
  it('ends an absorbed province on 30 June 2025', () => {
    const binhPhuoc = findProvince('Bình Phước')!;
    expect([isProvinceInForce(binhPhuoc, '2025-06-30'), isProvinceInForce(binhPhuoc, '2025-07-01')]).toEqual([
      true,
      false,
    ]);
  });
});

describe('findProvince', () => {
  it('reads a province inside an issuer line, whatever its case', () => {
    expect(findProvince('UBND TỈNH BÌNH PHƯỚC')?.name).toBe('Bình Phước');
    expect(findProvince('liên đoàn lao động tỉnh lai châu')?.name).toBe('Lai Châu');
  });
  it('ignores diacritics and old tone placement', () => {
    expect(findProvince('Thanh Hoá')?.name).toBe('Thanh Hóa');
    expect(findProvince('KHANH HOA')?.name).toBe('Khánh Hòa');
    expect(findProvince('Đắc Lắc')?.name).toBe('Đắk Lắk');
  });
  it('reads "TP." and "Thành phố" forms of Hồ Chí Minh City', () => {
    expect(findProvince('TP.HCM')?.name).toBe('Thành phố Hồ Chí Minh');
    expect(findProvince('Thành phố Hồ Chí Minh')?.name).toBe('Thành phố Hồ Chí Minh');
    expect(findProvince('UBND TP. Hồ Chí Minh')?.name).toBe('Thành phố Hồ Chí Minh');
  });
  it('keeps the dash of Bà Rịa - Vũng Tàu optional', () => {
    expect(findProvince('BÀ RỊA-VŨNG TÀU')?.name).toBe('Bà Rịa - Vũng Tàu');
    expect(findProvince('Bà Rịa Vũng Tàu')?.name).toBe('Bà Rịa - Vũng Tàu');
  });
  it('picks the unit in force on the date', () => {
    expect(findProvince('Huế', '2024-05-01')?.id).toBe('thua-thien-hue');
    expect(findProvince('Huế', '2025-05-01')?.id).toBe('hue');
    expect(findProvince('Lào Cai', '2024-05-01')?.id).toBe('lao-cai');
    expect(findProvince('Lào Cai', '2025-08-01')?.id).toBe('lao-cai-2025');
  });
  it('requires the whole text to be the name in exact mode', () => {
    expect(findProvince('Phú Riềng', undefined, true)).toBeUndefined();
    expect(findProvince('tỉnh Lâm Đồng', undefined, true)?.name).toBe('Lâm Đồng');
    expect(findProvince('Lâm Đồng mới', undefined, true)).toBeUndefined();
  });
  it('does not take a word of a longer name for a province', () => {
    expect(findProvince('Hội Nông dân')).toBeUndefined();
    expect(findProvince('Ninh')).toBeUndefined();
  });
});

describe('successorOf', () => {
  it('names the province an absorbed one became part of', () => {
    expect(successorOf('Bình Phước')?.name).toBe('Đồng Nai');
    expect(successorOf('Bà Rịa - Vũng Tàu')?.name).toBe('Thành phố Hồ Chí Minh');
    expect(successorOf('Hà Giang')?.name).toBe('Tuyên Quang');
  });
  it('names the new unit of a province that kept its name', () => {
    expect(successorOf('Lào Cai')?.id).toBe('lao-cai-2025');
  });
  it('follows Thừa Thiên Huế to Huế', () => {
    expect(successorOf('Thừa Thiên Huế')?.name).toBe('Huế');
  });
  it('has none for an unchanged unit', () => {
    expect(successorOf('Hà Nội')).toBeUndefined();
  });
  it('maps every unit absorbed in 2025 to a unit in force after it', () => {
    const after = new Set(provincesInForce('2025-07-01').map((p) => p.id));
    const orphans = PROVINCES.filter((p) => p.validUntil === '2025-06-30' && !after.has(successorOf(p)?.id ?? ''));
    expect(orphans.map((p) => p.name)).toEqual([]);
  });
});

describe('provinceLabel', () => {
  it('puts the unit word before the name', () => {
    expect(provinceLabel(findProvince('Lai Châu')!)).toBe('tỉnh Lai Châu');
    expect(provinceLabel(findProvince('Cần Thơ')!)).toBe('thành phố Cần Thơ');
    expect(provinceLabel(findProvince('TP HCM')!)).toBe('Thành phố Hồ Chí Minh');
  });
});

describe('provinceEra', () => {
  /** Every day from 2019 to 2026, as ISO text. */
  const days = Array.from({ length: 8 * 366 }, (_, i) => new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10));

  it('gives two days one key only when every unit is in force on both or on neither', () => {
    const seen = new Map<string, string>();
    for (const day of days) {
      const inForce = PROVINCES.map((p) => (isProvinceInForce(p, day) ? '1' : '0')).join('');
      const era = provinceEra(day);
      expect(seen.get(era) ?? inForce).toBe(inForce);
      seen.set(era, inForce);
    }
  });

  it('tells the days around a boundary apart, and keeps one key between boundaries', () => {
    expect(provinceEra('2025-06-30')).not.toBe(provinceEra('2025-07-01'));
    expect(provinceEra('2019-01-01')).toBe(provinceEra('2024-08-08'));
    expect(provinceEra(undefined)).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { AUTHORITIES, findAuthoritiesByCode, findAuthority } from '../../../src/reading/issuers/authorities.ts';
import { provinceOfPlace } from '../../../src/reading/issuers/places.ts';

describe('AUTHORITIES', () => {
  it('gives every body a unique id', () => {
    const ids = AUTHORITIES.map((a) => a.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
  it('never gives one alias to two bodies', () => {
    const clashes: string[] = [];
    for (const a of AUTHORITIES) {
      for (const n of [a.name, ...a.aliases]) {
        const other = findAuthority(n);
        if (other && other.id !== a.id) clashes.push(`${n}: ${a.id} / ${other.id}`);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('findAuthority', () => {
  it('reads names whatever their case, tone placement and spacing', () => {
    expect(findAuthority('BỘ VĂN HOÁ, THỂ THAO VÀ DU LỊCH')?.id).toBe('bo-vhttdl');
    expect(findAuthority('Uỷ ban Thường vụ Quốc hội')?.id).toBe('ubtv-quoc-hoi');
    expect(findAuthority('B Ộ Y T Ế')?.id).toBe('bo-y-te');
  });
  it('reads an executive organ as its body', () => {
    expect(findAuthority('Thường trực Ban Bí thư')?.id).toBe('ban-bi-thu');
  });
  it('does not read part of a name as the body', () => {
    expect(findAuthority('Chính phủ điện tử')).toBeUndefined();
    expect(findAuthority('Bộ')).toBeUndefined();
  });
});

describe('findAuthoritiesByCode', () => {
  it('names the body of a code only it uses', () => {
    expect(findAuthoritiesByCode('TTg').map((a) => a.name)).toEqual(['Thủ tướng Chính phủ']);
    expect(findAuthoritiesByCode('BGDĐT').map((a) => a.id)).toEqual(['bo-gddt']);
  });
  it('accepts D typed for Đ and any case', () => {
    expect(findAuthoritiesByCode('BLDTBXH').map((a) => a.id)).toEqual(['bo-ldtbxh']);
    expect(findAuthoritiesByCode('ttg').map((a) => a.id)).toEqual(['thu-tuong']);
  });
  it('returns every body of a shared code', () => {
    expect(findAuthoritiesByCode('TW').map((a) => a.id)).toEqual(['bch-tw', 'bo-chinh-tri', 'ban-bi-thu']);
  });
  it('reads the term of Quốc hội codes', () => {
    expect(findAuthoritiesByCode('QH15').map((a) => a.id)).toEqual(['quoc-hoi']);
    expect(findAuthoritiesByCode('UBTVQH15').map((a) => a.id)).toEqual(['ubtv-quoc-hoi']);
  });
  it('returns nothing for a local code', () => {
    expect(findAuthoritiesByCode('UBND')).toEqual([]);
  });
});

describe('provinceOfPlace', () => {
  it('gives the province of a district it is sure of', () => {
    expect(provinceOfPlace('PHÚ RIỀNG')?.name).toBe('Bình Phước');
    expect(provinceOfPlace('Đà Lạt')?.name).toBe('Lâm Đồng');
  });
  it('compares with diacritics: Phù Mỹ is not Phú Mỹ', () => {
    expect(provinceOfPlace('Phù Mỹ')).toBeUndefined();
  });
  it('leaves names shared by two provinces unknown', () => {
    expect(provinceOfPlace('Hoàng Mai')).toBeUndefined();
    expect(provinceOfPlace('Châu Thành')).toBeUndefined();
  });
});

import { describe, it, expect } from 'vitest';
import { startsWithBodyOpening, startsWithImplementsOpening } from '../../src/reading/openings.ts';

describe('startsWithImplementsOpening', () => {
  it('accepts an opening after a list marker', () => {
    expect(startsWithImplementsOpening('- Thực hiện Nghị quyết số 43-NQ/TW')).toEqual(true);
  });
  it('refuses a request opening, which names nothing implemented', () => {
    expect(startsWithImplementsOpening('Xét đề nghị của Giám đốc Sở Tư pháp,')).toEqual(false);
  });
});

describe('startsWithBodyOpening', () => {
  it('accepts the implements openings and the request openings', () => {
    expect(
      [
        'Căn cứ Luật Tổ chức chính quyền địa phương;',
        'Xét đề nghị của Chánh Văn phòng,',
        'Theo đề nghị của Sở Nội vụ',
      ].map(startsWithBodyOpening),
    ).toEqual([true, true, true]);
  });
  it('refuses the words inside a sentence', () => {
    expect(startsWithBodyOpening('Sở Tư pháp thực hiện việc rà soát')).toEqual(false);
  });
});

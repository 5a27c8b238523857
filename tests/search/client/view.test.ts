import { describe, expect, it } from 'vitest';
import { t, type UiKey } from '../../../src/render/i18n.ts';
import { resultDetails, resultHeading, roleBadge, statusText, type Strings } from '../../../src/search/client/view.ts';

// The strings the search page passes to its script, from vi.json.
const keys: UiKey[] = [
  'search.count',
  'search.countFiltered',
  'search.countBrowse',
  'search.numberFound',
  'search.none',
  'search.partial',
  'search.roleSelf',
  'search.roleImplements',
  'search.roleMentions',
  'doc.citedOnlyShort',
];
const strings: Strings = Object.fromEntries(keys.map((k) => [k, t(k)]));
const whole = { searched: 10, total: 10, oldestYear: '2019' };

describe('roleBadge', () => {
  it('says how a page carries the number', () => {
    expect(roleBadge('self', '02-NQ/TW', strings)).toBe('Văn bản mang số 02-NQ/TW');
    expect(roleBadge('implements', '02-NQ/TW', strings)).toBe('Thực hiện 02-NQ/TW');
    expect(roleBadge('mentions', '02-NQ/TW', strings)).toBe('Nhắc đến 02-NQ/TW');
  });

  it('is empty for a text match', () => {
    expect(roleBadge('other', '02-NQ/TW', strings)).toBe('');
    expect(roleBadge(undefined, '', strings)).toBe('');
  });
});

describe('resultHeading', () => {
  it('labels a result by kind and number', () => {
    expect(resultHeading({ kind: 'Kế hoạch', number: '27/KH-LĐLĐ' })).toBe('Kế hoạch 27/KH-LĐLĐ');
  });

  it('says "Văn bản" for an unknown kind and leaves out a missing number', () => {
    expect(resultHeading({ number: '43-NQ/TW' })).toBe('Văn bản 43-NQ/TW');
    expect(resultHeading({ kind: 'Kế hoạch', title: 'Về chuyển đổi số' })).toBe('Kế hoạch');
  });
});

describe('resultDetails', () => {
  it('joins the date as dd/mm/yyyy, the issuer and the cited-only note', () => {
    expect(resultDetails({ date: '2024-03-05', issuer: 'LĐLĐ huyện Phú Riềng', cited: '1' }, strings)).toBe(
      '05/03/2024 · LĐLĐ huyện Phú Riềng · chỉ biết qua trích dẫn',
    );
  });

  it('leaves out a missing or malformed date', () => {
    expect(resultDetails({ issuer: 'UBND' }, strings)).toBe('UBND');
    expect(resultDetails({ date: '2024' }, strings)).toBe('');
  });
});

describe('statusText', () => {
  it('counts the results of a query', () => {
    expect(
      statusText({ query: 'văn hóa', found: 3, total: 3, filtered: false, numbers: [], coverage: whole }, strings),
    ).toBe('Tìm thấy 3 văn bản cho “văn hóa”.');
  });

  it('says how many of how many when filters narrow a query, and names the numbers read', () => {
    expect(
      statusText({ query: 'nq 43', found: 1, total: 4, filtered: true, numbers: ['NQ 43'], coverage: whole }, strings),
    ).toBe('Tìm thấy 1 văn bản cho “nq 43” (trong số 4, theo bộ lọc đã chọn). Số ký hiệu được nhận ra: NQ 43.');
  });

  it('counts the pages filters select with no query', () => {
    expect(statusText({ query: '', found: 7, total: 7, filtered: true, numbers: [], coverage: whole }, strings)).toBe(
      '7 văn bản theo bộ lọc đã chọn.',
    );
  });

  it('reports no results, and a partial search of the newest documents', () => {
    const partial = { searched: 2000, total: 5000, oldestYear: '2021' };
    expect(
      statusText({ query: 'xyz', found: 0, total: 0, filtered: false, numbers: [], coverage: partial }, strings),
    ).toBe(
      'Không tìm thấy văn bản nào cho “xyz”. Đã tìm trong 2.000 văn bản mới nhất (từ năm 2021) trên tổng số 5.000.',
    );
  });
});

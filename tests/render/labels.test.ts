import { describe, it, expect } from 'vitest';
import { documentLabel, UNKNOWN_KIND } from '../../src/render/labels.ts';
import vi from '../../src/render/vi.json' with { type: 'json' };

describe('documentLabel', () => {
  it('joins the kind and the number', () => {
    expect(documentLabel({ kind: 'Kế hoạch', number: '27/KH-LĐLĐ' })).toEqual('Kế hoạch 27/KH-LĐLĐ');
  });

  it('keeps the number exactly as given, letter case and spacing included', () => {
    expect(documentLabel({ kind: 'Quyết định', number: '394/QĐ-TTg' })).toEqual('Quyết định 394/QĐ-TTg');
    expect(documentLabel({ kind: 'Kế hoạch', number: '27 /KH-LĐLD' })).toEqual('Kế hoạch 27 /KH-LĐLD');
  });

  it('names a document of unknown kind "Văn bản"', () => {
    expect(documentLabel({ kind: null, number: '43-NQ/TW' })).toEqual('Văn bản 43-NQ/TW');
    expect(documentLabel({ number: '43-NQ/TW' })).toEqual('Văn bản 43-NQ/TW');
  });

  it('falls back to the title when there is no number', () => {
    expect(documentLabel({ kind: 'Kế hoạch', number: null, title: 'Thực hiện Kết luận số 196-KL/TW' })).toEqual(
      'Kế hoạch Thực hiện Kết luận số 196-KL/TW',
    );
  });

  it('is the kind alone when there is neither number nor title', () => {
    expect(documentLabel({ kind: 'Công văn', number: null })).toEqual('Công văn');
    expect(documentLabel({})).toEqual('Văn bản');
  });

  it('prefers the number to the title', () => {
    expect(documentLabel({ kind: 'Kế hoạch', number: '27/KH-LĐLĐ', title: 'Thực hiện' })).toEqual(
      'Kế hoạch 27/KH-LĐLĐ',
    );
  });
});

describe('UNKNOWN_KIND', () => {
  it('is the UI string doc.unknownKind', () => {
    expect(UNKNOWN_KIND).toEqual(vi['doc.unknownKind']);
  });
});

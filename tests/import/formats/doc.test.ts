import { describe, expect, it } from 'vitest';
import { splitHeaderTable } from '../../../src/import/formats/doc.ts';

describe('splitHeaderTable', () => {
  it('reads the header table of a .doc column by column', () => {
    const body =
      'HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\t\nSố: 99/2025/NQ-HĐND\tQuảng Ninh, ngày 16 tháng 12 năm 2025\t\nNGHỊ QUYẾT\n';
    expect(splitHeaderTable(body)).toEqual({
      header:
        'HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NINH\nSố: 99/2025/NQ-HĐND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Ninh, ngày 16 tháng 12 năm 2025',
      rest: 'NGHỊ QUYẾT\n',
    });
  });

  it('collapses the blank left for a draft number', () => {
    expect(splitHeaderTable('UBND XÃ A\nSố:         /QĐ-UBND\tCỘNG HÒA\t\nBody').header).toEqual(
      'UBND XÃ A\nSố: /QĐ-UBND\n\nCỘNG HÒA',
    );
  });

  it('leaves a body that does not start with a table alone', () => {
    expect(splitHeaderTable('KẾ HOẠCH\nThực hiện…\n')).toEqual({ header: '', rest: 'KẾ HOẠCH\nThực hiện…\n' });
  });
});

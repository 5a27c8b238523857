import { describe, it, expect } from 'vitest';
import { buildSite, writeContent } from '../helpers/build.ts';

const good = `---
number: 27/KH-LĐLĐ
kind: Kế hoạch
title: Thực hiện Nghị quyết số 43-NQ/TW
issuer: LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG
date: '2024-08-08'
---

Nội dung.
`;

describe('a build of bad content', () => {
  it('fails on a missing required field, naming the file and the field', () => {
    const dir = writeContent({ 'ok.md': good, '2024/thieu-trich-yeu.md': good.replace(/^title: .*\n/m, '') });
    const result = buildSite(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/thieu-trich-yeu/);
    expect(result.output).toMatch(/title/);
    expect(result.output).toMatch(/thiếu trích yếu/);
  });

  it('fails on an impossible date, naming the file and the date', () => {
    const dir = writeContent({ 'ngay-sai.md': good.replace("'2024-08-08'", "'2024-02-30'") });
    const result = buildSite(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/ngay-sai/);
    expect(result.output).toMatch(/date.*ngày không hợp lệ: "2024-02-30"/s);
  });

  it('fails on a kind outside the known list', () => {
    const dir = writeContent({ 'loai-la.md': good.replace('kind: Kế hoạch', 'kind: Kế sách') });
    const result = buildSite(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/loai-la/);
    expect(result.output).toMatch(/loại văn bản "Kế sách" không có trong danh sách/);
  });

  it('fails on two files with the same identity, naming both', () => {
    const dir = writeContent({ 'a.md': good, 'b.md': good.replace('27/KH-LĐLĐ', '27 /KH-LĐLD') });
    const result = buildSite(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/Hai tệp mô tả cùng một văn bản/);
    expect(result.output).toMatch(/a\.md và .*b\.md/);
  });

  it('fails on frontmatter that is not valid YAML, naming the file', () => {
    const dir = writeContent({ 'yaml-hong.md': good.replace('kind: Kế hoạch', 'kind: [Kế hoạch') });
    const result = buildSite(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/yaml-hong\.md: phần đầu \(frontmatter YAML\) không đọc được/);
  });
});

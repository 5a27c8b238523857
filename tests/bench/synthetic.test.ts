import { describe, it, expect } from 'vitest';
import { createRandom, harvestClauses, planArchive } from '../../scripts/bench/synthetic.ts';

describe('createRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('draws the mulberry32 sequence, so seeds recorded by generated tests replay the same inputs', () => {
    const rand = createRandom(1);
    expect(rand()).toBe(0.6270739405881613);
    expect(createRandom(42)()).toBe(0.6011037519201636);
  });

  it('draws numbers in [0, 1)', () => {
    const out = Array.from({ length: 1000 }, createRandom(1)).filter((x) => !(x >= 0 && x < 1));
    expect(out).toEqual([]);
  });
});

describe('harvestClauses', () => {
  it('keeps prose clauses and drops headings and clauses that hold a document number', () => {
    const text = [
      'KẾ HOẠCH THỰC HIỆN',
      'Tăng cường sự lãnh đạo của các cấp ủy đảng, nâng cao nhận thức của cán bộ, đảng viên về công tác này.',
      'Thực hiện Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương về phát huy truyền thống.',
    ].join('\n');
    expect(harvestClauses([text])).toEqual([
      'Tăng cường sự lãnh đạo của các cấp ủy đảng',
      'nâng cao nhận thức của cán bộ',
      'đảng viên về công tác này',
    ]);
  });
});

describe('planArchive', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(planArchive(500, 3)).toEqual(planArchive(500, 3));
    expect(planArchive(500, 4)).not.toEqual(planArchive(500, 3));
  });

  it('chains plans three levels deep, each made after what it implements', () => {
    const plan = planArchive(500, 3);
    const district = plan.find((d) => d.level === 2)!;
    const provincial = plan[district.implementsIdx[0]!]!;
    const central = plan[provincial.implementsIdx[0]!]!;
    expect([district.level, provincial.level, central.level]).toEqual([2, 1, 0]);
    expect(Date.parse(district.date)).toBeGreaterThan(Date.parse(provincial.date));
    expect(Date.parse(provincial.date)).toBeGreaterThan(Date.parse(central.date));
  });

  it('repeats union plan numbers across issuers, never within one issuer and year', () => {
    const docs = planArchive(3000, 1);
    const identities = new Set(docs.map((d) => `${d.number}|${d.date.slice(0, 4)}|${d.issuer}`));
    expect(identities.size).toBe(docs.length);
    const numbers = docs.filter((d) => d.number.endsWith('KH-LĐLĐ')).map((d) => `${d.number}|${d.date.slice(0, 4)}`);
    expect(new Set(numbers).size).toBeLessThan(numbers.length);
  });
});

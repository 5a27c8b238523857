import { describe, it, expect } from 'vitest';
import { stripTokens } from '../../src/search/text.ts';

describe('stripTokens', () => {
  it('removes number tokens from text', () => {
    expect(stripTokens('Kế hoạch vb27khldld thực hiện')).toBe('Kế hoạch thực hiện');
  });
});

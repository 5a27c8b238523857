import { describe, it, expect } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/render/csp.ts';

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows scripts and styles from the site only, WebAssembly for Pagefind, and no plugins', () => {
    expect(CONTENT_SECURITY_POLICY).toEqual(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });

  it('never allows inline code or eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  });
});

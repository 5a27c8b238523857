/**
 * The Content-Security-Policy every page carries in a `<meta http-equiv>` (issue 12; DESIGN.md:
 * content never runs code). A static host may send no headers at all, so the policy travels in
 * the page. Scripts and styles come from the site itself only, never inline: even if text from a
 * document slipped through as markup, it could not run. Pagefind compiles WebAssembly, which
 * needs 'wasm-unsafe-eval' (CSP Level 3), not 'unsafe-eval'. `frame-ancestors` and reporting
 * are ignored in a meta policy, so they are left to hosts that can send headers.
 */

/** Directive → sources, in the order they are written. */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** The policy as the `content` of `<meta http-equiv="Content-Security-Policy">`. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, sources]) => `${name} ${sources}`).join('; ');

/**
 * Capping a slug segment: file systems refuse names over 255 bytes (ENAMETOOLONG), and a title
 * or an issuer printed as a paragraph would make one. One rule for file names, page addresses
 * and browse segments. Pure and browser-safe.
 */

/** Longest slug segment kept whole; 80 keeps URLs readable. */
export const MAX_SLUG_SEGMENT = 80;

/**
 * A short, stable hex digest of a string (FNV-1a, 32 bits): enough to tell apart names that
 * share a prefix.
 * @example shortDigest('abc') === '1a47e90b'
 */
export function shortDigest(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of text) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * A slug segment no longer than 80 characters: a longer one is cut at a word boundary and ends
 * in a digest of the whole, so two long names that share a beginning stay apart.
 * @example capSlug('a'.repeat(200)).length === 80
 */
export function capSlug(slug: string): string {
  if (slug.length <= MAX_SLUG_SEGMENT) return slug;
  const cut = slug.slice(0, MAX_SLUG_SEGMENT - 9);
  const head = cut.replace(/-[^-]*$/, '') || cut;
  return `${head.replace(/-+$/, '')}-${shortDigest(slug)}`;
}

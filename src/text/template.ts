/**
 * `{name}` placeholders, filled: the one templating rule for UI strings (server and browser).
 */

/**
 * Fill `{name}` placeholders from params; a placeholder without a value stays as written.
 * @example fillTemplate('{count} văn bản', { count: 5 }) === '5 văn bản'
 */
export function fillTemplate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

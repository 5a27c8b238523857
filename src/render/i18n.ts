/**
 * UI strings: data in one place (src/render/vi.json), looked up by flat dotted keys.
 */
import vi from './vi.json' with { type: 'json' };

export type UiKey = keyof typeof vi;

/**
 * The Vietnamese UI string for a key, with `{name}` placeholders filled in.
 * @example t('home.count', { count: 5 }) === 'Kho hiện có 5 văn bản.'
 */
export function t(key: UiKey, params: Record<string, string | number> = {}): string {
  return vi[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export { formatVietnameseDate as formatViDate } from '../text/dates.ts';

/**
 * UI strings: data in one place (src/render/vi.json), looked up by flat dotted keys.
 */
import vi from './vi.json' with { type: 'json' };
import { fillTemplate } from '../text/template.ts';

export type UiKey = keyof typeof vi;

/**
 * The Vietnamese UI string for a key, with `{name}` placeholders filled in.
 * @example t('home.count', { count: 5 }) === 'Kho hiện có 5 văn bản.'
 */
export function t(key: UiKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(vi[key], params);
}

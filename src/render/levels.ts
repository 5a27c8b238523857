/**
 * The names of issuer levels as shown to readers (vi.json), by level key.
 */
import type { LevelKey } from '../archive/overview/issuer-info.ts';
import { t, type UiKey } from './i18n.ts';

const LEVEL_KEYS: Record<LevelKey, UiKey> = {
  'trung-uong': 'level.trungUong',
  tinh: 'level.tinh',
  huyen: 'level.huyen',
  xa: 'level.xa',
  'khong-ro': 'level.unknown',
};

/**
 * The Vietnamese name of a level.
 * @example levelLabel('huyen') === 'Huyện'
 */
export function levelLabel(level: LevelKey): string {
  return t(LEVEL_KEYS[level]);
}

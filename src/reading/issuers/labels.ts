/**
 * Vietnamese labels of issuer levels, for facets and overviews (issue 17: counts by level).
 * Kept here beside the level type; the render layer may move them into its i18n data.
 */
import type { IssuerLevel } from './types.ts';

export const ISSUER_LEVEL_LABELS: Record<IssuerLevel, string> = {
  'trung-uong': 'Trung ương',
  tinh: 'Cấp tỉnh',
  huyen: 'Cấp huyện',
  xa: 'Cấp xã',
};

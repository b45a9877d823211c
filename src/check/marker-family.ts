import type { MarkerStyle } from '../tree/types.js';

/**
 * The family a style numbers with: 首先 … 其次 and 第一 … 第二 continue one another (the parser
 * lets them, and JY012 reports the mix), so both count as `di`; every other style is its own.
 *
 * @param style A marker style.
 * @returns The style that names its family.
 */
export function markerFamily(style: MarkerStyle): MarkerStyle {
  return style === 'sequence' ? 'di' : style;
}

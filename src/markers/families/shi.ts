import { numeralWordFamily } from './common.js';

/** `shi`: 一是 二是 … (e.g. `一是` `二是，` `十一是`) */
export const shi = numeralWordFamily('shi', '是');

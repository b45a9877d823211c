import { numeralWordFamily } from './common.js';

/** `yao`: 一要 二要 … (e.g. `一要` `二要，`) */
export const yao = numeralWordFamily('yao', '要');

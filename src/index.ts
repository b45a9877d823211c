export { parse, type ParseOptions } from './parse.js';
export { decode, DecodeError, encodingNames, type Decoded, type EncodingName } from './decode/decode.js';
export { toJson } from './write/json.js';
export { toYaml } from './write/yaml.js';
export { stripTree, type StripOptions } from './tree/strip.js';
export * from './tree/types.js';

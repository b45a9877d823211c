import { Option } from 'commander';
import { sourceFormats } from '../read/types.js';

/**
 * The `--from` option every reading command has (SPEC section 10): the input's format, over what
 * its bytes and name say. commander refuses any other value in one line (exit 2).
 *
 * @returns A new option, for one command.
 */
export function fromOption(): Option {
  return new Option('--from <format>', 'read the input as this format, whatever its bytes or name say (default: by content, then name)').choices(sourceFormats);
}

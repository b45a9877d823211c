import { Command, InvalidArgumentError, Option } from 'commander';
import { encodingNames, type EncodingName } from '../decode/decode.js';
import type { SourceFormat } from '../read/types.js';
import type { CheckCommandOptions } from './check-run.js';
import { fromOption } from './from-option.js';
import type { Io } from './io.js';

/** The reporters of `check` (their code is loaded only when `check` runs). */
export const checkReporterNames = ['stylish', 'json', 'github', 'sarif'] as const;

function count(value: string): number {
  if (!/^\d+$/u.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

const withFrom = (from: SourceFormat | undefined): { from?: SourceFormat } => (from === undefined ? {} : { from });

/** The options as commander parses them. */
interface CheckFlags {
  reporter: CheckCommandOptions['reporter'];
  maxWarnings?: number;
  quiet?: boolean;
  lang: CheckCommandOptions['lang'];
  config?: string;
  rule?: string[];
  encoding?: EncodingName;
  from?: SourceFormat;
}

/**
 * The `check` sub-command (definition only: the rules and reporters are loaded when it runs, so
 * that converting never loads them).
 *
 * @param io Where input and output go.
 * @param exit Receives the exit code.
 */
export function checkCommand(io: Io, exit: (code: number) => void): Command {
  return new Command('check')
    .description('lint the numbering of documents, for CI (exit 0 clean, 1 errors, 2 usage or unreadable input)')
    .argument('[files...]', 'documents to check (text, PDF, Word, HTML); none or `-` reads standard input')
    .addOption(new Option('-r, --reporter <name>', 'output format').choices(checkReporterNames).default('stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more than N warnings', count)
    .option('-q, --quiet', 'report errors only')
    .addOption(new Option('--lang <lang>', 'language of the messages').choices(['zh', 'en']).default('zh'))
    .option('-c, --config <file>', 'use this configuration instead of .jyparserc.json/.yaml or package.json#jyparse')
    .option('--rule <rule=level>', 'set a rule to off, warn or error, e.g. JY004=off (repeatable)', collect)
    // The program defines --encoding too and commander gives it the value; read it from there.
    .addOption(new Option('--encoding <name>', 'input encoding (default: auto)').choices([...encodingNames]))
    .addOption(fromOption())
    .action(async (files: string[], flags: CheckFlags, command: Command) => {
      const { runCheck } = await import('./check-run.js');
      const options: CheckCommandOptions = {
        reporter: flags.reporter,
        lang: flags.lang,
        rule: flags.rule ?? [],
        encoding: flags.encoding ?? command.optsWithGlobals<{ encoding?: EncodingName }>().encoding ?? 'auto',
        ...withFrom(flags.from ?? command.optsWithGlobals<{ from?: SourceFormat }>().from),
        ...(flags.maxWarnings === undefined ? {} : { maxWarnings: flags.maxWarnings }),
        ...(flags.quiet === true ? { quiet: true } : {}),
        ...(flags.config === undefined ? {} : { config: flags.config }),
      };
      exit(await runCheck(files, options, io));
    });
}
